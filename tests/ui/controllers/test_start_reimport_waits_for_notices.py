"""At a start after a killed restore, with notes changed since, the re-import's box
("Your notes changed", its progress) opened over the notice that the restore did not
finish, hiding its words. The start's look at the notes now waits until the start's
notices are answered (app.StartNotices): the data-safety notices, and the offer to
resume a mock the app asks after them."""

from __future__ import annotations

import pytest

from studyapp.app import StartNotices
from studyapp.core import unfinished
from studyapp.core.store import restore_note
from studyapp.ui.messages import Messages

from .test_files_live import NOTES, save_as_an_editor_does
from .test_files_live import notes_store as notes_store
from .test_start_notices_in_turn import ok, open_boxes

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def _left_undone(store, tmp_path, which: str):
    """What a start says: a restore killed mid-way, or a closing backup that failed."""
    if which == "restore":
        killed = restore_note.under_way(store.path, tmp_path / "old.sqlite3")
        killed.__enter__()  # never left: the note stays, as a kill leaves it
        return killed
    from datetime import UTC, datetime

    unfinished.note_backup_failed(store, datetime.now(UTC), "the disk is full")
    return None


@pytest.mark.parametrize("which", ["restore", "backup"])
def test_the_start_s_reimport_waits_until_the_notices_are_closed(
    qtbot, make_window, notes_store, tmp_path, which
):
    store, notes = notes_store
    save_as_an_editor_does(notes, NOTES + "\n## What is QUIC?\n\nUDP, with streams.\n")
    killed = _left_undone(store, tmp_path, which)
    window = make_window(
        store=store, messages=Messages(None), progress_after_paint=True, watch_sources=True
    )
    files = window.controllers["files"]
    window.show()
    with qtbot.waitSignal(window.first_painted):
        pass
    qtbot.waitUntil(lambda: len(open_boxes()) == 1)

    assert files.live is None  # nothing looks at the notes while the notice is open
    ok(qtbot, open_boxes()[0])
    qtbot.waitUntil(lambda: files.live is not None)  # then the notes are looked at
    qtbot.waitUntil(lambda: not files.live.busy, timeout=20000)
    if killed is not None:
        killed.__exit__(None, None, None)
    window.close()


def test_without_notices_the_notes_are_looked_at_after_the_first_frame(
    qtbot, make_window, notes_store
):
    store, _notes = notes_store
    window = make_window(
        store=store, messages=Messages(None), progress_after_paint=True, watch_sources=True
    )
    files = window.controllers["files"]
    window.show()
    assert files.live is None
    with qtbot.waitSignal(window.first_painted):
        pass
    assert not open_boxes() and files.live is not None
    qtbot.waitUntil(lambda: not files.live.busy, timeout=20000)
    window.close()


def test_a_question_of_the_start_holds_the_look_too(qtbot, make_window, notes_store):
    """The app holds the start for its own question (the offer to resume a mock)."""
    store, _notes = notes_store
    notices = StartNotices()
    asked = notices.hold()
    window = make_window(store=store, watch_sources=True, start_notices=notices)
    files = window.controllers["files"]
    assert files.live is None  # the question is still open
    asked()
    assert files.live is not None
    asked()  # said twice: nothing more
    qtbot.waitUntil(lambda: not files.live.busy, timeout=20000)
    window.close()
