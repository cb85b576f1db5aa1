"""Closing the main window (its close button, or Quit) closes the windows it opened:
its dialogs and message boxes, the modeless ones beside it too. They stayed on the
screen over a window that was gone, an edit's unsaved text in one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studyapp.ui.messages import Messages
from tests.ui.conftest import qid
from tests.ui.controllers.test_files import held_import

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # offscreen: the edit kept open is raised
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
    pytest.mark.usefixtures("no_voice"),
]

NOTES = "# Databases\n\n## What is an index?\n\nA sorted structure for lookups.\n"


def shown_besides(window) -> list[str]:
    """The titles of the app's windows on the screen other than `window`."""
    return [
        w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
    ]


def open_edit(qtbot, window, store):
    window.controllers["browse"].show_question(qid(store, "What is momentum?"))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F4)
    dialog = window.controllers["editing"].edit_dialog
    qtbot.keyClicks(dialog.answer_edit, " More.")
    return dialog


def open_notice(window, tmp_path):
    return Messages(window).notice("Backup on closing", "It could not be made last time.")


def open_preferences(window, tmp_path):
    prefs = window.controllers["prefs"]
    prefs.find_microphones = lambda: ()  # no system probe in tests
    return prefs.open_preferences()


def open_preview(window, tmp_path):
    notes = tmp_path / "more.md"
    notes.write_text(NOTES, encoding="utf-8")
    files = window.controllers["files"]
    files.import_paths([str(notes)])
    return files.preview_dialog


OPENERS = {
    "a notice beside it": open_notice,
    "the preferences": open_preferences,
    "the optimizer": lambda window, _: window.controllers["prefs"].open_optimize(),
    "the backups": lambda window, _: window.controllers["data_safety"].show_backups(),
    "the mock's set-up": lambda window, _: window.controllers["mock"].open_mock_setup(),
    "an import's preview": open_preview,
}


@pytest.mark.parametrize("how", ["close", "quit"])
@pytest.mark.parametrize("opened", list(OPENERS))
def test_closing_the_window_closes_what_it_opened(make_window, tmp_path, opened, how):
    window = make_window(show=True)
    dialog = OPENERS[opened](window, tmp_path)
    assert dialog is not None and dialog.isVisible()
    if how == "quit":
        window.act_quit.trigger()
    else:
        window.close()
    assert not window.isVisible()
    assert shown_besides(window) == []


def test_an_unsaved_edit_asks_first_and_kept_keeps_the_window(qtbot, make_window, store):
    """As the edit's own close button: "Discard your changes?" Kept, the edit and the
    window stay (a notice beside it too), the text as typed; discarded, all close and
    the store is unchanged."""
    window = make_window(show=True)
    notice = open_notice(window, None)
    dialog = open_edit(qtbot, window, store)
    window.messages.answers = [False]  # keep the changes
    window.act_quit.trigger()
    assert ("confirm", "Edit Question", "Discard your changes to this question?") in (
        window.messages.shown
    )
    assert window.isVisible() and dialog.isVisible() and not window.closed
    assert notice.isVisible()  # what it says is not lost to a quit that did not happen
    assert " More." in dialog.answer_edit.toPlainText()
    window.messages.answers = [True]  # discard them
    window.close()
    assert not window.isVisible() and shown_besides(window) == []
    momentum = store.question(qid(store, "What is momentum?"))
    assert " More." not in momentum.answer_markdown


def test_an_edit_not_changed_closes_without_asking(qtbot, make_window, store):
    window = make_window(show=True)
    open_edit(qtbot, window, store).answer_edit.undo()
    window.close()
    assert shown_besides(window) == [] and "confirm" not in window.messages.kinds()


def test_quitting_during_an_import_closes_its_progress_at_once(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Quit during an import, answered "cancel the import and quit": the window went
    and the import's progress stayed on the screen until the import had stopped."""
    started, go = held_import(monkeypatch)
    notes = tmp_path / "more.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_files([notes])
    qtbot.waitUntil(started.is_set)
    files.importer.show_dialog()
    window.messages.answers.append(True)  # cancel the import and quit
    window.act_quit.trigger()
    assert window.messages.shown[-1][:2] == ("confirm", "Quit during an import")
    assert not window.isVisible() and shown_besides(window) == []
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as finished:
        go.set()
    assert finished.args[0].cancelled
