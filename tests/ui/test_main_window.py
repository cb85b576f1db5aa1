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


def shown_start(shown: str, text: str) -> None:
    """`shown` is `text`'s start up to a whole word, then " …": nothing from its middle."""
    assert shown.endswith(" …") and " … " not in shown, shown
    head = shown.removesuffix(" …")
    assert head and text.startswith(head) and text[len(head)] in " ,;:.(", shown


@pytest.mark.parametrize(
    "words",
    [
        # Never cut inside a word: the backup's name was cut ("before-remove-de").
        "Removed the deck Interview prep notes (45 questions, 120 reviews). File → Backups… "
        "can bring it back (studyapp-20261204T210744Z-before-remove-deck.sqlite3).",
        "Could not save the grade: the disk holding your notes is full. Free some "
        "space, then grade again (Ctrl+Z first if the question moved on).",
        # The testers' (41-edit-power-newline.png, 45-after-use-notes.png).
        "Saved in StudyApp only (Hypothesis-Testing.md would not read back as this edit: "
        "written there, it would change how the notes' next question's lines are read); "
        "re-imports keep this edit.",
        "The notes' text is back: Vault: 0 new, 1 updated, 6 unchanged, 0 removed; "
        "3 questions edited in StudyApp keep their text, not the file's (edit it in the "
        "app to change it).",
    ],
)
def test_a_status_too_long_for_the_bar_keeps_its_start_and_the_whole_in_its_tip(
    qtbot, make_window, monkeypatch, words
):
    """A message too long for the room beside the totals was cut in the middle
    ("it would change … read); re-imports keep this edit."): now its start shows, to a
    sentence's or clause's end, then " …"; it stays up as long as reading it takes;
    and the bar's tooltip lists the recent messages whole, this one first, and after
    they are gone too."""
    window = make_window(show=True)
    bar = window.statusBar()
    text = too_long(bar, words)
    shown_for: list[int] = []
    show = bar.showMessage
    monkeypatch.setattr(bar, "showMessage", lambda m, ms=0: (shown_for.append(ms), show(m, ms)))
    window.status("Graded Good.", 3000)
    window.status(text, 3000)
    shown = bar.currentMessage()
    shown_start(shown, text)
    assert bar.fontMetrics().horizontalAdvance(shown) < bar.width()
    tip = bar.toolTip()
    assert tip.index(html.escape(text, quote=False)) < tip.index("Graded")  # whole, first
    assert shown_for[-1] >= 1000 * len(text) // 15 > 3000  # 3 s: too short to read it
    window.status("Saved.", 3000)
    assert bar.currentMessage() == "Saved."
    bar.clearMessage()  # gone: the tooltip still has them, newest first, whole
    tip = bar.toolTip()
    assert tip.index("Saved.") < tip.index(html.escape(text, quote=False)) < tip.index("Graded")
