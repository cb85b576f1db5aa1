"""Light and dark looks: the app palette, a small style sheet, the colours of states.

The theme setting is "system" (follow the operating system's colour scheme, the
default), "light" or "dark". `ThemeManager` resolves it to an effective "light" or
"dark", paints the application with it and says when it changes, so the answer
pane can switch its CSS (core.render.answer_css) in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QTableWidget,
    QWidget,
)

MODES = ("system", "light", "dark")
MODE_LABELS = {"system": "Follow System", "light": "Light", "dark": "Dark"}


class Colors(NamedTuple):
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    highlight: str
    highlight_text: str
    button: str
    panel: str
    # question states and the mastery bar
    new: str
    due: str
    learned: str
    weak: str
    bar_track: str


COLORS = {
    "light": Colors(
        window="#f3f4f6",
        base="#ffffff",
        alt_base="#f8f9fa",
        text="#1f2328",
        muted="#656d76",
        border="#d0d7de",
        highlight="#2f6feb",
        highlight_text="#ffffff",
        button="#ffffff",
        panel="#ffffff",
        new="#3b82f6",
        due="#e08a00",
        learned="#1f9d55",
        weak="#d64545",
        bar_track="#e3e6ea",
    ),
    "dark": Colors(
        window="#1b1e23",
        base="#0d1117",
        alt_base="#161b22",
        text="#e6edf3",
        muted="#9da7b3",
        border="#30363d",
        highlight="#2f6feb",
        highlight_text="#ffffff",
        button="#262b33",
        panel="#13171d",
        new="#58a6ff",
        due="#f0a020",
        learned="#3fb950",
        weak="#f85149",
        bar_track="#30363d",
    ),
}

STATE_LABELS = {
    "new": "New",
    # Reviewed, not learned yet (Anki's "young"; "learned" is Anki's "mature": core.
    # progress.is_mature), out of its steps: Anki's "Review" (graduated). A card
    # in its steps is Anki's "Learning" or "Relearning" (`state_label`), as `is:learn`
    # and `is:review` find them: "Learning" said both of a graduated card.
    "learning": "Review",
    "due": "Due",
    "learned": "Learned",
    # The card's state "weak" (core.progress: the last answer was Again, or recall is
    # below one half) has its own word: "Weak" is the Weak Topics tab's weakness score
    # (core.weak), another measure; one word for both made them read as one.
    "weak": "Struggling",
    "suspended": "Suspended",
    "buried": "Buried",  # until the next study day: a muted dot, as suspended
}


def state_label(state: str, phase: str = "") -> str:
    """The word a question's row, header and panel say: Anki's "Learning" or
    "Relearning" for a card in its steps (`phase`, fsrs's state), due or not; else its
    state's word (`STATE_LABELS`: "Review" once graduated, "Struggling" for one weak)."""
    if phase in ("learning", "relearning") and state in ("learning", "due"):
        return phase.capitalize()
    return STATE_LABELS[state]


# Anki's flag colours (core.flags), one set for both themes: each reads on white and
# on the dark base alike.
FLAG_COLORS = {
    1: "#e5484d",  # red
    2: "#f76b15",  # orange
    3: "#30a46c",  # green
    4: "#3e7bfa",  # blue
    5: "#e93d82",  # pink
    6: "#12a5a5",  # turquoise
    7: "#8e4ec6",  # purple
}


def state_color(theme: str, state: str) -> QColor:
    colors = COLORS[theme]
    return QColor(getattr(colors, state, colors.muted))


def applied_theme() -> str:
    """The theme the application's palette is in now: "dark" or "light"."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return "dark" if base == QColor(COLORS["dark"].base) else "light"


def system_theme() -> str:
    """The operating system's colour scheme as "light" or "dark" (unknown counts as light)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette(theme: str) -> QPalette:
    c = COLORS[theme]
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.highlight,
        QPalette.ColorRole.HighlightedText: c.highlight_text,
        QPalette.ColorRole.ToolTipBase: c.panel,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: "#0969da" if theme == "light" else "#58a6ff",
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.Light: c.base if theme == "light" else "#2d333b",
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return pal


def focus_ring(selector: str, color: str, keep: str = "") -> str:
    """The rule that shows the keyboard's focus on `selector`: its edge 2 px wide in
    `color`, `keep` (a padding or a size 1 px smaller) keeping its outer size, so
    nothing moves as the focus does. A control drawn by a sheet gets no focus frame
    from Fusion: a check box with the focus looked like one without (a tester's Tab
    through Preferences)."""
    return f"{selector}:focus {{ border-width: 2px; border-color: {color}; {keep} }}"


def button_css(theme: str) -> str:
    """Buttons of the grading panel and the notices: primary and the four grades.

    Style sheets are set on those small widgets only, never on the application: a
    global sheet routes every widget's painting (the tree's thousands of rows, the
    answer) through QStyleSheetStyle, which costs several milliseconds a frame.
    """
    c = COLORS[theme]
    grade = {1: c.weak, 2: c.due, 3: c.learned, 4: c.new}
    grade_rules = "\n".join(
        f"QPushButton#grade{r} {{ border-bottom: 3px solid {color}; }}"
        for r, color in grade.items()
    )
    return f"""
QPushButton {{
    border: 1px solid {c.border}; border-radius: 6px; padding: 6px 14px;
    background: {c.button}; color: {c.text};
}}
QPushButton:hover {{ border-color: {c.highlight}; }}
QPushButton:pressed {{ background: {c.alt_base}; }}
QPushButton:disabled {{ color: {c.muted}; }}
QPushButton#primary {{
    background: {c.highlight}; color: {c.highlight_text}; border-color: {c.highlight};
    font-weight: bold;
}}
{focus_ring("QPushButton", c.highlight, "padding: 5px 13px;")}
{focus_ring("QPushButton#primary", c.text, "padding: 5px 13px;")}
QPushButton#primary:disabled {{
    background: {c.button}; color: {c.muted}; border-color: {c.border};
}}
{grade_rules}
"""


def search_css(theme: str) -> str:
    c = COLORS[theme]
    return f"""
QLineEdit {{
    border: 1px solid {c.border}; border-radius: 6px; padding: 5px 8px;
    background: {c.alt_base}; color: {c.text};
}}
QLineEdit:focus {{ border: 1px solid {c.highlight}; }}
"""


CONTROL_BORDER = {"light": "#7d8590", "dark": "#8b949e"}  # a check box's edge: 3:1 on both


def field_css(theme: str) -> str:
    """Text fields (a mock's note, its answer box) on a panel in the Base colour, their
    own: Fusion draws their edge a shade darker than the window, which on the dark
    theme is black on black, and the empty note read as a label ("Note (optional)").
    Here the edge is a check box's, 3:1 against both themes' backgrounds."""
    c = COLORS[theme]
    return f"""
QLineEdit, QPlainTextEdit {{
    border: 1px solid {CONTROL_BORDER[theme]}; border-radius: 4px;
    background: {c.base}; color: {c.text};
}}
QLineEdit {{ padding: 3px 5px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {c.highlight}; }}
QLineEdit:disabled, QPlainTextEdit:disabled {{ border-color: {c.border}; }}
"""


def _icon_url(name: str) -> str | None:
    """A bundled icon as a style sheet's url(), where it is a file on disk."""
    from pathlib import Path

    from studyapp.resource_files import resource

    path = resource("icons", name)
    return Path(str(path)).as_posix() if isinstance(path, Path) and path.is_file() else None


def indicator_css(theme: str) -> str:
    """Check boxes (QCheckBox and the ticks of list and tree items) whose box can be
    seen: Fusion draws its edge a shade darker than the window, which on the dark
    theme is a black square on black. Here the edge is in a mid grey that stands 3:1
    against both themes' backgrounds, a ticked or partly ticked box is filled with
    the highlight colour with a white mark. And dialog buttons have no icons: the
    desktop's black ✗ and ✓ could hardly be seen on the dark theme's buttons."""
    c = COLORS[theme]
    edge = CONTROL_BORDER[theme]
    check, partial = _icon_url("check.svg"), _icon_url("partial.svg")
    boxes = "QCheckBox::indicator, QAbstractItemView::indicator"

    def state(pseudo: str) -> str:
        return ", ".join(f"{box.strip()}:{pseudo}" for box in boxes.split(","))

    marks = ""
    if check and partial:
        marks = f"""
{state("checked")} {{
    background: {c.highlight}; border-color: {c.highlight}; image: url("{check}");
}}
{state("indeterminate")} {{
    background: {c.highlight}; border-color: {c.highlight}; image: url("{partial}");
}}
"""
    # The keyboard's focus (check boxes and radio buttons, not a list's ticks: the
    # list has the focus, not each tick): a ring in the highlight colour, in the
    # text colour around a box already filled with it.
    smaller = "width: 10px; height: 10px;"
    rings = "\n".join(
        focus_ring(f"{kind}::indicator{ticked}", color, smaller)
        for kind in ("QCheckBox", "QRadioButton")
        for ticked, color in (("", c.highlight), (":checked", c.text))
    )
    dot = (
        "qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,"
        f" stop:0 {c.highlight_text}, stop:0.38 {c.highlight_text},"
        f" stop:0.48 {c.highlight}, stop:1 {c.highlight})"
    )
    return f"""
{boxes}, QRadioButton::indicator {{
    width: 12px; height: 12px; border: 1px solid {edge}; border-radius: 3px;
    background: {c.base};
}}
QRadioButton::indicator {{ border-radius: 7px; }}
{state("hover")}, QRadioButton::indicator:hover {{ border-color: {c.highlight}; }}
QRadioButton::indicator:checked {{ background: {dot}; border-color: {c.highlight}; }}
{marks}
{rings}
{state("disabled")}, QRadioButton::indicator:disabled {{
    border-color: {c.border}; background: {c.alt_base};
}}
{state("checked:disabled")}, {state("indeterminate:disabled")} {{
    border-color: {c.muted}; background: {c.muted};
}}
QRadioButton::indicator:checked:disabled {{
    border-color: {c.muted}; background: {dot.replace(c.highlight, c.muted)};
}}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
"""


def mute(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour (no style sheet)."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class Card(QFrame):
    """A rounded panel in the Base colour with a hairline border, painted from the palette."""

    RADIUS = 6.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        inset = int(self.RADIUS) + 1
        if self.rect().adjusted(inset, inset, -inset, -inset).contains(event.rect()):
            # Only the inside (under a child's transparent part): no border, no
            # corner in view. An antialiased rounded rect the card's size costs
            # about 0.15 ms even when clipped to a few rows, and every question
            # selected repaints the labels above the answer.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRect(event.rect())
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS
        )
        painter.end()


def rows_table(columns: Sequence[str], name: str) -> QTableWidget:
    """A read-only table of whole-row records: no grid, alternating rows, the second
    column stretching (the mock summary and the mock history use it)."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # A selected row made every label bold, wider than the width the header had measured
    # for it: "Over" and "Topics" were cut to "Over" and "Topi" at 125 %.
    header.setHighlightSections(False)
    return table


class HLine(QWidget):
    """A 1 px rule in the border colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(1)
        self.setBackgroundRole(QPalette.ColorRole.Mid)
        self.setAutoFillBackground(True)


class ThemeManager(QObject):
    """Holds the theme setting and paints the application with its effective theme."""

    changed = Signal(str)  # the effective theme: "light" | "dark"

    def __init__(self, app: QApplication, mode: str = "system", parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._mode = mode if mode in MODES else "system"
        self._effective = ""
        app.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self._apply()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def effective(self) -> str:
        return self._effective

    @property
    def colors(self) -> Colors:
        return COLORS[self._effective]

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"theme must be one of {MODES}, not {mode!r}")
        self._mode = mode
        self._apply()

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self._apply()

    def _apply(self) -> None:
        effective = effective_theme(self._mode)
        if effective == self._effective:
            return
        self._effective = effective
        self._app.setPalette(palette(effective))
        self.changed.emit(effective)


def effective_theme(mode: str) -> str:
    """The theme setting ("system", "light", "dark") as "light" or "dark"; an unknown
    setting follows the system."""
    return mode if mode in ("light", "dark") else system_theme()


def paint_application(app: QApplication, mode: str) -> None:
    """The application's palette in the theme setting `mode`, before any window: the
    questions asked at start-up (another StudyApp already open, …) come before the
    window's ThemeManager, and were drawn light while the app was dark."""
    app.setPalette(palette(effective_theme(mode)))
