"""A store that refuses a write (full disk, read-only file) is a plain message with its
hint, and the screen stays as it was; a damaged store at start-up is put right from
a backup and the person is told."""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studyapp import app as app_module
from studyapp.app import open_user_store
from studyapp.core.backup import backup_dir, list_backups, make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store, StoreError
from studyapp.ui import import_worker

from .conftest import ScriptedMessages, make_doc, qid, topic_id

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

GD = "What is gradient descent?"
FULL = StoreError("The disk holding the study database is full.", "Free some space and try again.")


def refuse(*_args, **_kwargs):
    raise FULL


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def study_revealed(qtbot, make_window, store):
    window = make_window(show=True)
    study = window.controllers["study"]
    window.tree.select_topic(topic_id(store, "Optimization"))
    study.start_study()
    press(qtbot, Qt.Key.Key_Space)
    assert study.session.revealed and window.grading.face == "grade"
    return window


def assert_shown_with_hint(window, title, message, hint):
    kind, shown_title, text = window.messages.shown[-1]
    assert (kind, shown_title) == ("error", title)
    assert text == f"{message}\n\n{hint}"  # the message, then what to do about it
    assert message in window.statusBar().currentMessage()


# --- grading ----------------------------------------------------------------------------


def test_a_full_disk_on_grade_keeps_the_question_revealed_to_grade_again(
    qtbot, make_window, store, monkeypatch
):
    window = study_revealed(qtbot, make_window, store)
    study = window.controllers["study"]
    on_screen = window.current_qid
    monkeypatch.setattr(store, "record_review", refuse)

    press(qtbot, Qt.Key.Key_3)

    assert_shown_with_hint(window, "Could not save the grade", FULL.message, FULL.hint)
    assert window.current_qid == on_screen and window.mode == "study"
    assert study.session.revealed and window.grading.face == "grade"
    assert window.answer.is_answer_visible()
    assert all(a.isEnabled() for a in window.grade_actions.values())
    assert store.reviews(on_screen) == []

    monkeypatch.undo()  # space freed: the same key now saves the grade
    press(qtbot, Qt.Key.Key_3)
    assert [r.rating for r in store.reviews(on_screen)] == [3]
    assert window.current_qid != on_screen


def test_a_store_turned_read_only_on_grade_says_so_with_its_hint(qtbot, make_window, store):
    window = study_revealed(qtbot, make_window, store)
    study = window.controllers["study"]
    on_screen = window.current_qid
    store._conn.execute("PRAGMA query_only = ON")  # SQLite's own SQLITE_READONLY
    try:
        assert window.grade(4) is None
    finally:
        store._conn.execute("PRAGMA query_only = OFF")
    kind, title, text = window.messages.shown[-1]
    assert kind == "error" and title == "Could not save the grade"
    assert "read-only" in text and "permissions" in text.split("\n\n")[1]
    assert window.current_qid == on_screen and study.session.revealed


def test_a_failed_undo_is_a_message(qtbot, make_window, store, monkeypatch):
    window = study_revealed(qtbot, make_window, store)
    window.grade(3)
    monkeypatch.setattr(store, "undo_review", refuse)
    window.undo()
    assert_shown_with_hint(window, "Could not undo the grade", FULL.message, FULL.hint)


def test_a_full_disk_on_a_mock_grade_keeps_the_answer_and_note(
    qtbot, make_window, store, monkeypatch
):
    window = make_window(show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid(store, GD)])
    mock.mock_reveal()
    mock.mock_panel.note.setText("remember the learning rate")
    monkeypatch.setattr(store, "record_mock_answer", refuse)

    assert mock.mock_grade(2) is None

    assert_shown_with_hint(window, "Could not save the grade", FULL.message, FULL.hint)
    assert window.mode == "mock" and mock.mock.state == "revealed"
    assert mock.mock_panel.note_text() == "remember the learning rate"
    monkeypatch.undo()
    assert mock.mock_grade(2) is not None
    assert window.mode == "browse"  # the one question is answered: the summary shows


# --- editing and importing ------------------------------------------------------------------


EDITS = [
    ("move_question", "Could not move the question"),
    ("rename_topic", "Could not rename the topic"),
    ("create_topic", "Could not create the topic"),
]


@pytest.mark.parametrize(("method", "title"), EDITS, ids=[m for m, _ in EDITS])
def test_edits_refused_by_the_store_leave_the_tree_as_it_was(
    make_window, store, monkeypatch, method, title
):
    window = make_window()
    editing = window.controllers["editing"]
    gd, stats = qid(store, GD), topic_id(store, "Statistics")
    monkeypatch.setattr(store, method, refuse)
    calls = {
        "move_question": lambda: editing.move_question(gd, stats),
        "rename_topic": lambda: editing.rename_topic(stats, "Stats"),
        "create_topic": lambda: editing.create_topic(store.decks()[0].id, "Probability"),
    }
    assert not calls[method]()
    assert_shown_with_hint(window, title, FULL.message, FULL.hint)
    assert window.model.question(gd).topic_id == topic_id(store, "Optimization")
    assert window.model.topic_path(stats).endswith("Statistics")


def test_an_import_whose_store_cannot_open_is_an_error_not_a_crash(
    qtbot, make_window, tmp_path, monkeypatch
):
    window = make_window(show=True)
    files = window.controllers["files"]
    notes = tmp_path / "more.md"
    notes.write_text("# More\n\n### What is a GAN?\n\nTwo networks.\n", encoding="utf-8")
    monkeypatch.setattr(import_worker.Store, "open", classmethod(lambda cls, path: refuse()))
    with qtbot.waitSignal(files.importer.finished, timeout=10_000) as blocker:
        files.import_files([notes])
    result = blocker.args[0]
    assert result.crash is None and result.errors == [str(FULL)]
    kind, title, text = window.messages.shown[-1]
    assert (kind, title) == ("error", "Import notes")
    assert FULL.message in text and FULL.hint in text


READ_ONLY = StoreError(
    "The study database is read-only.",
    "Check the file's permissions, or choose another folder with --data-dir.",
    "Fix the file's permissions so that you can write it, then quit StudyApp and start it again.",
)


def read_only(*_args, **_kwargs):
    raise READ_ONLY


@pytest.mark.parametrize("refused", ["opening the store", "importing"])
def test_an_import_the_store_refuses_gives_the_windows_hint(
    qtbot, make_window, tmp_path, monkeypatch, refused
):
    """It gave the command line's: "choose another folder with --data-dir"."""
    window = make_window(show=True)
    files = window.controllers["files"]
    notes = tmp_path / "more.md"
    notes.write_text("# More\n\n### What is a GAN?\n\nTwo networks.\n", encoding="utf-8")
    if refused == "importing":
        monkeypatch.setattr(import_worker, "import_file", lambda: read_only)
    else:
        monkeypatch.setattr(import_worker.Store, "open", classmethod(read_only))
    with qtbot.waitSignal(files.importer.finished, timeout=10_000):
        files.import_files([notes])
    kind, _title, text = window.messages.shown[-1]
    text = html.unescape(text)
    assert kind == "error" and READ_ONLY.message in text
    assert READ_ONLY.window_hint in text
    assert "--data-dir" not in text


# --- a damaged store at start-up ----------------------------------------------------------


NOW = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)
EXTRA = (("What is a GAN?", ("Generative",), "Two networks."),)


@pytest.fixture
def damaged_data_dir(tmp_path) -> Path:
    """A data folder whose store was backed up with the 6 test questions, then grew to
    7, then was damaged (garbage over the file)."""
    folder = tmp_path / "userdata"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        store.import_document(make_doc(), str(folder / "interview.md"), "h1")
        make_backup(store, backup_dir(folder), NOW - timedelta(hours=2), "auto")
        store.import_document(make_doc(EXTRA, deck="Extra"), str(folder / "x.md"), "h2")
        assert store.question_count() == 7
    store_path(folder).write_bytes(os.urandom(64 * 1024))
    return folder


def test_a_damaged_store_is_moved_aside_restored_and_the_person_told(damaged_data_dir):
    messages = ScriptedMessages()
    opened = open_user_store(damaged_data_dir, messages, NOW, ask=None)
    assert opened is not None
    try:
        assert opened.read_only is None and opened.lock is not None
        assert opened.store.question_count() == 6  # the backup's
        report = opened.report
        newest = list_backups(backup_dir(damaged_data_dir))[0]
        assert report is not None and report.restored == newest
        assert report.damaged_path.exists() and ".damaged-" in report.damaged_path.name
        ((kind, title, text),) = messages.shown
        assert (kind, title) == ("warn", "Your study data")  # the box says the rest
        assert html.escape(report.title) in text and html.escape(report.message) in text
        assert "restored from a backup" in report.title
    finally:
        opened.store.close()
        opened.release()


def test_run_on_a_damaged_store_starts_on_the_backup(damaged_data_dir, monkeypatch, capfd):
    made = []
    original = app_module.create_window

    def spy(*args, **kwargs):
        window = original(*args, **kwargs)
        made.append(window)
        return window

    monkeypatch.setattr(app_module, "create_window", spy)
    assert app_module.run(data_dir=damaged_data_dir, smoke=True) == 0
    (window,) = made
    assert window.model.question_count() == 6 and window.current_qid is not None
    err = capfd.readouterr().err
    assert "restored from a backup" in err  # smoke mode prints what a dialog would say
    assert [p for p in damaged_data_dir.iterdir() if ".damaged-" in p.name]
    assert list_backups(backup_dir(damaged_data_dir))[0].reason == "auto"  # smoke made none


def test_a_store_error_reported_from_work_off_the_window_gives_the_windows_hint():
    """Messages.exception: the figures' computing, anything that hands it its error."""
    messages = ScriptedMessages()
    messages.exception("Could not compute the figures", READ_ONLY)
    kind, _title, text = messages.shown[-1]
    assert kind == "error" and READ_ONLY.window_hint in text and "--data-dir" not in text
