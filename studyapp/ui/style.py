"""The application's widget style: Fusion, with flat scroll bars drawn from a style sheet.

Fusion paints a scroll bar's groove and handle with gradients: about 2.5 ms for one
answer-height bar on this kind of machine, and both the answer's and the tree's bars
repaint whenever a question is selected (the answer's length changes the range).
A flat bar (a rounded handle on the Base colour, no arrow buttons, like most current
desktop apps) paints in a tenth of that.

The bars get it from a small style sheet set on each bar (and on the pages that
hold scroll areas of their own), never on the application: a global sheet would
route every widget's painting through QStyleSheetStyle. An earlier version drew
the bars in a Python QProxyStyle; every call Qt makes to the style (thousands while
a window is built and painted) then went through Python's override lookup, and
defining the subclass built PySide's enum types for all of QStyle: both showed in
every start (benchmarks/bench_startup.py) and every click (benchmarks/bench_ui.py).

Fusion itself is chosen by name when the QApplication is made (`-style Fusion`),
so that no QStyle object is handed to Python at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from studyapp.ui.theme import COLORS, applied_theme, button_css, field_css, indicator_css

STYLE_ARGUMENTS = ("-style", "Fusion")  # QApplication arguments: the same widgets everywhere
BAR_WIDTH = 14  # px across a bar
HANDLE_MIN = 28  # the shortest handle, px
HANDLE_INSET = 3  # space around the handle across the bar, px
HANDLE_ALPHA = {"rest": 110, "hover": 170, "pressed": 210}  # of the muted text colour


def _rgba(color: str, alpha: int) -> str:
    c = QColor(color)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def scroll_css(theme: str) -> str:
    """Flat scroll bars in the theme's colours: the track in Base, a rounded handle
    in the muted text colour (stronger under the mouse and while dragged), no
    arrow buttons. Clicking the track still pages, dragging the handle still drags:
    only the drawing is the sheet's."""
    c = COLORS[theme]
    radius = (BAR_WIDTH - 2 * HANDLE_INSET) // 2
    rest, hover, pressed = (_rgba(c.muted, HANDLE_ALPHA[k]) for k in ("rest", "hover", "pressed"))
    return f"""
QScrollBar:vertical {{ background: {c.base}; width: {BAR_WIDTH}px; margin: 0; border: none; }}
QScrollBar:horizontal {{ background: {c.base}; height: {BAR_WIDTH}px; margin: 0; border: none; }}
QScrollBar::handle {{ background: {rest}; border-radius: {radius}px; }}
QScrollBar::handle:vertical {{ min-height: {HANDLE_MIN}px; margin: 1px {HANDLE_INSET}px; }}
QScrollBar::handle:horizontal {{ min-width: {HANDLE_MIN}px; margin: {HANDLE_INSET}px 1px; }}
QScrollBar::handle:hover {{ background: {hover}; }}
QScrollBar::handle:pressed {{ background: {pressed}; }}
QScrollBar::add-line, QScrollBar::sub-line {{
    width: 0; height: 0; border: none; background: none;
}}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


def flat_scroll_area(area: QAbstractScrollArea) -> None:
    """Give a scroll area a corner (where its two bars meet) in the bars' Base colour.

    Fusion paints that square in the Window colour with a rule, which stood out
    beside the flat bars; a plain widget there costs nothing per paint. The bars'
    own look comes with the theme (`style_scroll_bars`).
    """
    corner = QWidget()
    corner.setAutoFillBackground(True)
    corner.setBackgroundRole(QPalette.ColorRole.Base)
    area.setCornerWidget(corner)


def style_scroll_bars(area: QAbstractScrollArea, theme: str) -> None:
    """Give a scroll area's own bars the theme's flat look (again after a theme change).

    A flat bar fills its whole rectangle, so Qt need not paint what lies under it
    first: without saying so, each repaint of a bar (every question selected changes
    the answer's) also repainted the panel beneath. The style sheet's polish clears
    that attribute, so it is set once the sheet has been applied.
    """
    css = scroll_css(theme)
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setStyleSheet(css)
        bar.ensurePolished()
        bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)


def flat_bars_in(window: QWidget, theme: str | None = None) -> None:
    """Flat bars for every scroll area of a short-lived window (a dialog), the pop-up
    lists of its combo boxes included, and check boxes that can be seen: the sheet
    joins the window's own. The theme is the one the application is in, unless given.
    Its dialog buttons lose the icons the desktop gave them (see `plain_buttons`)."""
    theme = theme or applied_theme()
    window.setStyleSheet(window.styleSheet() + scroll_css(theme) + indicator_css(theme))
    plain_buttons(window)


def plain_buttons(window: QWidget) -> None:
    """No icons on a window's dialog buttons (OK, Cancel, Close…). Where the desktop
    asks for them Qt uses its black ✗ and ✓, which could hardly be seen on the dark
    theme; the sheet's `dialogbuttonbox-buttons-have-icons: 0` holds only for button
    boxes made after it, so those already there are cleared here."""
    # Imported here: naming a Qt class builds its enums, and the first frame has no dialog.
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QDialogButtonBox

    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            button.setIcon(QIcon())


def page_css(theme: str) -> str:
    """The sheet of a page or panel with buttons and scroll areas of its own (the mock
    pages, the weak topics, the statistics): the buttons', the flat bars', the
    check boxes' and the text fields'."""
    return button_css(theme) + scroll_css(theme) + indicator_css(theme) + field_css(theme)
