"""One writer per study database, not only per data folder: a store kept in a synced
folder and linked into the data folder may be linked into a second data folder too
(the default one and a --data-dir, or STUDYAPP_DATA_DIR set in one shell). Each start
took only its own folder's lock, so a second StudyApp wrote beside the first, and the
first took its grades for another program's writes into the file. Now the lock beside
the file itself is taken too: the second start asks the first forward and opens
read-only, as a second start on one folder does, and a command says StudyApp is
running."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.app import watch_raise_requests
from studyapp.cli import main
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store, StoreError
from studyapp.startup import READ_ONLY_RUNNING, open_user_store

from .conftest import ScriptedMessages, make_doc, topic_id

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]

NOW = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)


def linked_folders(tmp_path: Path, layout: str) -> tuple[Path, Path]:
    """Two data folders whose stores are one file: the second links to the first's
    ("into-first"), or both link to a file in a synced folder ("both-linked")."""
    synced, first, second = tmp_path / "Dropbox", tmp_path / "first", tmp_path / "second"
    for folder in (synced, first, second):
        folder.mkdir()
    real = store_path(first if layout == "into-first" else synced)
    with Store.open(real) as store:
        store.import_document(make_doc(), str(tmp_path / "interview.md"), "hash-1")
    if layout == "both-linked":
        os.symlink(real, store_path(first))
    os.symlink(real, store_path(second))
    return first, second


@pytest.mark.parametrize("layout", ["into-first", "both-linked"])
@pytest.mark.parametrize("order", ["first-then-second", "second-then-first"])
def test_a_second_start_through_another_folder_opens_read_only(tmp_path, layout, order):
    first, second = linked_folders(tmp_path, layout)
    if order == "second-then-first":
        first, second = second, first
    holder = acquire_store_lock(first)  # the window started on one folder
    assert holder is not None
    asked: list[int | None] = []

    def ask(owner, _freed):
        asked.append(owner)
        return True

    try:
        opened = open_user_store(second, ScriptedMessages(), NOW, ask=ask)
        assert opened is not None
        try:
            assert opened.read_only == READ_ONLY_RUNNING and opened.lock is None
            assert asked == [os.getpid()]  # the first one's process
            with pytest.raises(StoreError):  # never two writers
                opened.store.rename_topic(topic_id(opened.store, "Statistics"), "Stats")
        finally:
            opened.store.close()
    finally:
        holder.release()
    again = acquire_store_lock(second)  # the first closed: the second writes
    assert again is not None
    again.release()


def test_a_command_through_another_folder_says_studyapp_is_running(tmp_path, capsys):
    first, second = linked_folders(tmp_path, "into-first")
    with acquire_store_lock(first):
        before = store_path(first).read_bytes()
        assert main(["rename-deck", "--data-dir", str(second), "1", "Renamed"]) != 0
        assert "StudyApp is running" in capsys.readouterr().err
        assert store_path(first).read_bytes() == before


@pytest.mark.parametrize("order", ["first-then-second", "second-then-first"])
def test_a_second_start_through_another_folder_brings_the_first_forward(
    qtbot, tmp_path, make_window, order
):
    first, second = linked_folders(tmp_path, "into-first")
    if order == "second-then-first":
        first, second = second, first
    holder = acquire_store_lock(first)
    window = make_window(show=True)
    watcher = watch_raise_requests(window, first)
    try:
        with qtbot.waitSignal(watcher.raise_requested, timeout=5000):
            opened = open_user_store(
                second, ScriptedMessages(), NOW, ask=lambda _owner, _freed: False
            )
        assert opened is None and window.raise_requests == 1 and watcher.requests == 1
        assert not watcher.check()  # one request, however many files it was written to
    finally:
        watcher.stop()
        holder.release()
