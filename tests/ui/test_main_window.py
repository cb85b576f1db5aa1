"""The window as a shell: its views, menus and shortcuts, and its geometry kept."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QSettings

from studyapp.ui.main_window import K_GEOMETRY, K_LAST_QUESTION, K_SPLITTER, K_ZOOM
from studyapp.ui.recent_folders import data_key
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL


def test_window_has_tree_answer_grading_menus_and_icon(make_window):
    window = make_window()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[0] == "File" and {"View", "Study", "Help"} <= set(menus)
    assert window.splitter.count() == 2
    assert not window.windowIcon().isNull()
    assert window.timer_slot.isHidden()  # room for the mock-interview timer


def test_every_shortcut_is_listed_in_a_menu(make_window):
    window = make_window()
    listed = {keys for _, keys in window.shortcut_rows()}
    for keys in ("Space", "1", "2", "3", "4", "J", "K", "Ctrl+F", "Ctrl+Z", "Ctrl+O"):
        assert keys in listed, keys


def test_geometry_splitter_and_zoom_persist(qtbot, make_window, settings_path, store):
    window = make_window(show=True)
    prefs = window.controllers["prefs"]
    window.splitter.setSizes([300, 900])
    prefs.zoom_in()
    prefs.zoom_in()
    window.close()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    # the question open last is the data folder's (recent_folders.data_key)
    for key in (K_GEOMETRY, K_SPLITTER, data_key(store.path, K_LAST_QUESTION)):
        assert settings.value(key) is not None, key
    assert int(settings.value(K_ZOOM)) == 2
    again = make_window(show=True)
    assert again.answer.zoom == 2
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_the_shortcuts_page_wraps_no_row_while_the_screen_has_room(qtbot, make_window):
    from PySide6.QtGui import QTextTable
    from PySide6.QtWidgets import QTextBrowser

    from studyapp.ui.messages import reference_dialog

    window = make_window()
    window.controllers["prefs"].show_shortcuts()  # F1
    _, title, text = window.messages.shown[-1]
    dialog = reference_dialog(window, title, text)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    document = dialog.findChild(QTextBrowser).document()
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    wrapped = []
    for row in range(table.rows()):
        for column in range(table.columns()):
            block = table.cellAt(row, column).firstCursorPosition().block()
            if block.layout().lineCount() > 1:
                wrapped.append(block.text())
    # It was as wide as the browser's first layout, on any screen: "Move Question to /
    # Topic…", "Space or Ctrl+Return or / Ctrl+Enter or Ctrl+Space". A row may wrap
    # only on a screen too narrow for the page (the test platform's is 800 px).
    screen = window.screen().availableGeometry()
    assert not wrapped or dialog.width() >= int(screen.width() * 0.9), wrapped


def too_long(bar, words: str) -> str:
    """`words` made longer than any bar this test gets."""
    while bar.fontMetrics().horizontalAdvance(words) <= bar.width():
        words = words.replace(" notes", " notes and more notes", 1)
        assert " notes" in words
    return words


def shown_whole_words(shown: str, text: str) -> None:
    """`shown` is `text`'s first and last words, each whole, " … " between them."""
    head, tail = shown.split(" … ")
    assert head and tail and text.startswith(head + " ") and text.endswith(" " + tail)


@pytest.mark.parametrize(
    "words",
    [
        # After Remove Deck a new user read "… can bring it back (studyapp-20261204T210744Z-
        # before-remove-de": cut inside the backup's name, and the name was the point.
        "Removed the deck Interview prep notes (45 questions, 120 reviews). File → Backups… "
        "can bring it back (studyapp-20261204T210744Z-before-remove-deck.sqlite3).",
        # What went wrong first, what to do at the end.
        "Could not save the grade: the disk holding your notes is full. Free some "
        "space, then grade again (Ctrl+Z first if the question moved on).",
    ],
)
def test_a_status_too_long_for_the_bar_keeps_its_start_and_its_end(
    qtbot, make_window, monkeypatch, words
):
    """A message too long for the room beside the totals was cut at its end, whole
    only in the bar's tooltip while it showed. Now its start and its end show, cut
    between words in the middle; it stays up as long as reading it takes; and the
    bar's tooltip lists the recent messages whole, after they are gone too."""
    window = make_window(show=True)
    bar = window.statusBar()
    text = too_long(bar, words)
    shown_for: list[int] = []
    show = bar.showMessage
    monkeypatch.setattr(bar, "showMessage", lambda m, ms=0: (shown_for.append(ms), show(m, ms)))
    window.status("Graded Good.", 3000)
    window.status(text, 3000)
    shown = bar.currentMessage()
    shown_whole_words(shown, text)
    assert bar.fontMetrics().horizontalAdvance(shown) < bar.width()
    assert text.split()[-1] in shown and text.split()[0] in shown
    assert shown_for[-1] >= 1000 * len(text) // 15 > 3000  # 3 s: too short to read it
    window.status("Saved.", 3000)
    assert bar.currentMessage() == "Saved."
    bar.clearMessage()  # gone: the tooltip still has them, newest first, whole
    tip = bar.toolTip()
    assert tip.index("Saved.") < tip.index(html.escape(text, quote=False)) < tip.index("Graded")
