"""F4 on a question of an Obsidian vault whose answer sits in a callout: the edit is
written into the note, inside its callout, and the pane shows the answer as an
imported one (its picture, never the literal ![[l1ball.png]])."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.core.test_writeback_callouts import REGULARIZATION

from .test_editing_dialog import open_editor_on, status


@pytest.fixture
def vault_store(tmp_path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "attachments").mkdir()
    picture = QImage(4, 4, QImage.Format.Format_RGB32)
    picture.fill(0)
    assert picture.save(str(vault / "attachments" / "l1ball.png"))
    note = vault / "ML" / "Regularization.md"
    note.parent.mkdir()
    note.write_text(REGULARIZATION, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, vault)
    yield store, note
    store.close()


@pytest.mark.parametrize(
    ("title", "typed", "written"),
    [
        (
            "Why does L1 give sparse solutions?",
            [" Indeed."],
            "> The L1 ball has corners on the axes, so the loss contour usually touches it"
            " at a corner. Indeed.\n> ![[l1ball.png]]\n",
        ),
        (
            "What is statistical power?",
            [Qt.Key.Key_Return, "Aim for 0.8."],
            "> The probability of rejecting $H_0$ when it is false: $1-\\beta$.\n> Aim for 0.8.\n",
        ),
    ],
)
def test_f4_edit_of_a_callout_answer_is_written_into_the_note(
    qtbot, make_window, vault_store, title, typed, written
):
    store, note = vault_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, title)
    cursor = dialog.answer_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    dialog.answer_edit.setTextCursor(cursor)
    for step in typed:
        if isinstance(step, str):
            qtbot.keyClicks(dialog.answer_edit, step)
        else:
            qtbot.keyClick(dialog.answer_edit, step)
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert status(window).startswith(f"Saved in {note.name} (")
    assert written in note.read_text(encoding="utf-8")
    shown = window.answer.answer_html()
    assert "[[" not in shown and ("l1ball" not in title or "<img" in shown)


def test_why_an_edit_stays_in_studyapp_is_shown_whole(qtbot, make_window, vault_store):
    """The reason an edit cannot go into its note is read in the status bar whole at
    the tester's window size: "… written there, it would change … read)" was cut in
    the middle of its sentence."""
    store, note = vault_store
    window = make_window(store=store, show=True)
    window.resize(1158, 770)
    dialog = open_editor_on(qtbot, window, "What is statistical power?")
    dialog.answer_edit.moveCursor(QTextCursor.MoveOperation.End)
    for step in [Qt.Key.Key_Return, Qt.Key.Key_Return, "[!question] Also this?"]:
        if isinstance(step, str):
            qtbot.keyClicks(dialog.answer_edit, step)
        else:
            qtbot.keyClick(dialog.answer_edit, step)
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    said = status(window)
    assert said.startswith("Saved in StudyApp only (") and "…" not in said
    assert "“> [!question] Also this?” would start a question of its own" in said
    assert "Also this" not in note.read_text(encoding="utf-8")
