"""An edit and Ctrl+Z: plain Enter in the title field saved the edit into the notes
file (Save was the dialog's default button; the docs say Ctrl+S or Ctrl+Enter), and
Ctrl+Z then said "Nothing to undo" or took back the grades given before the edit,
leaving the edit in the file. Now Enter moves on to the next field, and Ctrl+Z takes
the edit back (the file's text as it was) or says why it cannot, and where the file's
version before the edit is kept, undoing nothing older in its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp.core import note_versions
from studyapp.core.importer import import_file
from studyapp.core.store import Store

from ..conftest import qid
from ..window_helpers import press, start_studying
from .test_editing_dialog import open_editor_on

NOTES = """\
# Networking

## What is TCP?

A reliable byte stream.

## What is UDP?

Datagrams, no delivery promise.
"""

CTRL = Qt.KeyboardModifier.ControlModifier


def stored_notes(tmp_path: Path, text: str, name: str):
    """A store with `text` imported from a notes file of its own: (store, notes)."""
    notes = tmp_path / "mine" / name
    notes.parent.mkdir()
    notes.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    yield store, notes
    store.close()


@pytest.fixture
def notes_store(tmp_path) -> tuple[Store, Path]:
    yield from stored_notes(tmp_path, NOTES, "net.md")


def type_at_title_end(qtbot, dialog, text):
    dialog.title_edit.setFocus()
    dialog.title_edit.end(False)
    qtbot.keyClicks(dialog.title_edit, text)


def ctrl_z(qtbot, window):
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, CTRL)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_plain_enter_in_the_title_field_moves_on_and_saves_nothing(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    type_at_title_end(qtbot, dialog, "ZZ")

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert notes.read_text(encoding="utf-8") == NOTES
    assert not dialog.title_edit.hasFocus()  # on to the next field, as a form
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Enter)  # the topic: on again
    assert dialog.isVisible() and notes.read_text(encoding="utf-8") == NOTES
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return, CTRL)  # the documented key
    assert not dialog.isVisible()
    assert "## What is TCP?ZZ" in notes.read_text(encoding="utf-8")


def test_ctrl_z_after_an_edit_takes_it_back_and_leaves_older_steps(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    tcp = qid(store, "What is TCP?")
    window.controllers["browse"].show_question(tcp)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_1, CTRL)  # a flag: a step before the edit
    assert store.question(tcp).flag == 1
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    type_at_title_end(qtbot, dialog, "ZZ")
    dialog.answer_edit.selectAll()
    qtbot.keyClicks(dialog.answer_edit, "Changed.")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
    assert "What is TCP?ZZ" in notes.read_text(encoding="utf-8")

    ctrl_z(qtbot, window)

    assert notes.read_text(encoding="utf-8") == NOTES  # the file as it was
    question = store.question(tcp)
    assert (question.title, question.answer_markdown) == ("What is TCP?", "A reliable byte stream.")
    assert question.flag == 1  # the step before the edit is still there
    assert status(window).startswith("Edit undone: “What is TCP?”")
    ctrl_z(qtbot, window)
    assert store.question(tcp).flag == 0  # and the next Ctrl+Z takes it back


def test_ctrl_z_after_an_edit_its_notes_changed_since_says_where_the_old_file_is(
    qtbot, make_window, notes_store
):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    tcp = qid(store, "What is TCP?")
    window.controllers["browse"].show_question(tcp)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_1, CTRL)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    dialog.answer_edit.selectAll()
    qtbot.keyClicks(dialog.answer_edit, "Changed in the app.")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
    edited = notes.read_text(encoding="utf-8")
    notes.write_text(edited.replace("Changed in the app.", "Changed in an editor."), "utf-8")
    import_file(store, notes)

    ctrl_z(qtbot, window)

    assert "Changed in an editor." in notes.read_text(encoding="utf-8")
    kept = note_versions.note_folder(note_versions.versions_root(store.path), notes)
    assert status(window).startswith("Edit not undone: its notes changed “What is TCP?”")
    assert window.messages.kinds() == ["warn"]  # said whole: where the old file is
    said = str(window.messages.shown[-1])
    # the one file kept before the edit (its folder holds one per save), the text in it
    (named,) = [p for p in kept.iterdir() if str(p) in said]
    assert "A reliable byte stream." in named.read_text(encoding="utf-8")
    assert store.question(tcp).flag == 1  # nothing older undone in its place


def test_ctrl_z_after_e_in_a_session_takes_back_an_edit_kept_in_the_app(qtbot, make_window, store):
    """The bundled-style deck has no notes file: the edit is kept in the app, and
    Ctrl+Z gives the question its title back, following its notes again."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Statistics")
    press(qtbot, window, Qt.Key.Key_Space)
    window.grade(3)  # a grade before the edit
    studied = window.current_qid
    before = store.question(studied)
    press(qtbot, window, Qt.Key.Key_E)
    dialog = window.controllers["editing"].edit_dialog
    type_at_title_end(qtbot, dialog, "ZZ")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter saved nothing
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, CTRL)
    assert store.question(studied).title == before.title + "ZZ"
    reviews = len(store.reviews())

    qtbot.keyClick(window.answer, Qt.Key.Key_Z, CTRL)

    after = store.question(studied)
    assert (after.title, after.answer_markdown, after.edited) == (
        before.title,
        before.answer_markdown,
        before.edited,
    )
    assert len(store.reviews()) == reviews  # the grade before it stays
    assert window.mode == "study"


def test_ctrl_z_after_e_in_a_session_takes_back_an_edit_written_into_the_notes(
    qtbot, make_window, notes_store
):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    window.controllers["browse"].show_question(qid(store, "What is TCP?"))
    window.controllers["study"].start_study()
    assert window.mode == "study"
    studied = window.current_qid
    title = store.question(studied).title
    press(qtbot, window, Qt.Key.Key_E)
    dialog = window.controllers["editing"].edit_dialog
    type_at_title_end(qtbot, dialog, "ZZ")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
    assert f"{title}ZZ" in notes.read_text(encoding="utf-8")

    qtbot.keyClick(window.answer, Qt.Key.Key_Z, CTRL)

    assert notes.read_text(encoding="utf-8") == NOTES
    assert store.question(studied).title == title
    assert window.mode == "study"


def test_ctrl_z_after_an_edit_saved_over_a_change_in_the_notes_gives_that_change_back(
    qtbot, make_window, notes_store
):
    """The notes changed the question while it was edited, and the person saved over
    it: Ctrl+Z gives back what was there just before the save, not the text the
    dialog opened with."""
    store, notes = notes_store
    window = make_window(store=store, show=True)
    tcp = qid(store, "What is TCP?")
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    meanwhile = NOTES.replace("A reliable byte stream.", "A reliable, ordered byte stream.")
    notes.write_text(meanwhile, encoding="utf-8")
    import_file(store, notes)
    dialog.answer_edit.selectAll()
    qtbot.keyClicks(dialog.answer_edit, "Mine.")
    window.messages.answers.append(True)  # Save Mine
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
    assert store.question(tcp).answer_markdown == "Mine."

    ctrl_z(qtbot, window)

    assert store.question(tcp).answer_markdown == "A reliable, ordered byte stream."
    assert notes.read_text(encoding="utf-8") == meanwhile


TOPICS = """\
# Networking

## Transport

### What is TCP?

A reliable byte stream.

### What is UDP?

Datagrams, no delivery promise.

## Security

### What is TLS?

Encryption on top of TCP.
"""


@pytest.fixture
def topics_store(tmp_path) -> tuple[Store, Path]:
    yield from stored_notes(tmp_path, TOPICS, "topics.md")


@pytest.mark.parametrize("how", ["drag", "menu"])
def test_ctrl_z_after_a_move_takes_back_the_move_not_the_edit_before_it(
    qtbot, make_window, topics_store, how
):
    """A tester edited a question (written into the notes), then dragged another onto a
    topic and pressed Ctrl+Z: the move stayed, and the edit before it was taken back,
    the notes file rewritten."""
    store, notes = topics_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    type_at_title_end(qtbot, dialog, " (h2)")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, CTRL)
    edited = notes.read_text(encoding="utf-8")
    assert "### What is TCP? (h2)" in edited
    udp = qid(store, "What is UDP?")
    transport = store.question(udp).topic_id
    security = store.question(qid(store, "What is TLS?")).topic_id
    if how == "drag":
        model = window.model
        mime = model.mimeData([model.question_index(udp)])
        model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.topic_index(security))
    else:
        assert window.controllers["editing"].move_question(udp, security)
    assert store.question(udp).topic_id == security

    ctrl_z(qtbot, window)

    assert store.question(udp).topic_id == transport  # the move taken back
    assert notes.read_text(encoding="utf-8") == edited  # the edit left as it was
    assert status(window).startswith("Move undone")
    ctrl_z(qtbot, window)
    assert notes.read_text(encoding="utf-8") == TOPICS  # then the edit
