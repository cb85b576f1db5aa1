"""Room for a dialog's title in its title bar.

The window manager draws a dialog's title with the app's name after it (Qt adds
" — StudyApp" to every title that does not end with it), beside an icon and three
buttons; a narrow box had it cut in the middle ("Impor… dyApp", "Quit during an…
rt — StudyApp"). Two rules, both checked by tests/ui/test_dialog_titles.py:

- a dialog's title is short (TITLE_MAX characters, a person's file or deck name
  never in it) and does not name the app (Qt adds the name; "About StudyApp", which
  ends with it, gets nothing added); the dialog's text says the rest;
- `make_room_for_title` gives a message box or a progress dialog at least the width
  its whole title bar needs (the title in bold, the app's name, the bar's buttons).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem, QWidget

TITLE_MAX = 40  # characters of a dialog's own title, before " — StudyApp"
TITLE_SEPARATOR = " \u2014 "  # as Qt joins a title and the app's name on X11 and Windows
# The bar's icon, its minimize, maximize and close buttons and the margins around the
# title (Openbox, GNOME, KDE and Windows draw 3 buttons of 16-46 px): what the title
# text cannot use.
TITLE_BAR_CHROME = 130


def shown_title(title: str) -> str:
    """The title as the title bar shows it: with the app's name after it."""
    app = QGuiApplication.applicationDisplayName()
    if not app or not title or title.endswith(app):
        return title or app
    return f"{title}{TITLE_SEPARATOR}{app}"


def title_bar_width(title: str) -> int:
    """The width a title bar needs to show `title` whole, in bold as bars draw it."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(shown_title(title)) + TITLE_BAR_CHROME


def make_room_for_title(dialog: QWidget) -> None:
    """At least as wide as the dialog's title bar needs (up to most of its screen). A
    QMessageBox fixes its own size from its layout, so there the room is a spacer in
    its grid; other dialogs take a minimum width."""
    need = title_bar_width(dialog.windowTitle())
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        need = min(need, int(screen.availableGeometry().width() * 0.9))
    layout = dialog.layout()
    if dialog.inherits("QMessageBox") and isinstance(layout, QGridLayout):
        spacer = QSpacerItem(need, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    else:
        dialog.setMinimumWidth(max(dialog.minimumWidth(), need))
