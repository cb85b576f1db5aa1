"""The window's 2-second poll looked at the store's file (whether another file was put
in its place or another program wrote into it: a stat, its header's first bytes, its
log's stat) on the UI thread, and QFileSystemWatcher.addPaths stat'ed every path to
watch there too: on a slow or network disk the window stopped while they waited.
Both now wait on a thread of their own; what they find is said on the UI thread."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QFileSystemWatcher

from studyapp.core.store import Store
from tests.ui.window_helpers import start_studying

from .test_files_live_folder_moved import folder_store  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def looks_at(monkeypatch, path: Path, hold: threading.Event | None = None) -> list[bool]:
    """Each stat of `path` the same-file check (Store.check_same_file) makes from now
    on, as whether it was made on the UI thread (a grade's own check before it writes
    is the grade's); a stat off it waits for `hold` (a disk that does not answer)
    where one is given."""
    real, check = os.stat, Store.check_same_file
    on_ui_thread: list[bool] = []
    checking = threading.local()

    def stat(name, *args, **kwargs):
        if os.fspath(name) == str(path) and getattr(checking, "now", False):
            on_ui_thread.append(threading.current_thread() is threading.main_thread())
            if hold is not None and not on_ui_thread[-1]:
                hold.wait(30)
        return real(name, *args, **kwargs)

    def check_same_file(store):
        checking.now = True
        try:
            return check(store)
        finally:
            checking.now = False

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(Store, "check_same_file", check_same_file)
    return on_ui_thread


def checked(qtbot, live) -> None:
    qtbot.waitUntil(lambda: not getattr(live, "checking_file", False), timeout=20000)


def test_the_poll_looks_at_the_store_file_off_the_ui_thread(qtbot, make_window, store, monkeypatch):
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    start_studying(qtbot, window, store)
    window.reveal()
    assert window.grade(3) is not None  # the window's own write
    said: list[str] = []
    live.said.connect(said.append)
    path = Path(store.path)

    on_ui_thread = looks_at(monkeypatch, path)
    live.poll_store()
    checked(qtbot, live)
    monkeypatch.undo()
    assert on_ui_thread and not any(on_ui_thread)  # looked at, on the pool
    assert said == []  # its own grade is no other program's

    # Another file renamed over the store (a sync tool): said, from the pool's look.
    other = path.with_name("synced.sqlite3")
    shutil.copyfile(path, other)
    os.replace(other, path)
    on_ui_thread = looks_at(monkeypatch, path)
    live.poll_store()
    checked(qtbot, live)
    monkeypatch.undo()
    assert not any(on_ui_thread)
    (line,) = said
    assert "replaced or deleted" in line and "-open-" in line
    window.close()


def test_a_store_file_on_a_disk_that_does_not_answer_holds_no_poll_nor_grade(
    qtbot, make_window, store, monkeypatch
):
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    start_studying(qtbot, window, store)
    said: list[str] = []
    live.said.connect(said.append)

    answer = threading.Event()
    on_ui_thread = looks_at(monkeypatch, Path(store.path), answer)
    live.poll_store()  # returns while the look waits for the disk
    qtbot.waitUntil(lambda: bool(on_ui_thread), timeout=20000)
    assert on_ui_thread == [False]
    live.poll_store()
    live.poll_store()  # no more looks behind the one that waits
    window.reveal()
    assert window.grade(3) is not None  # the store's lock is not held by the wait
    answer.set()
    checked(qtbot, live)
    monkeypatch.undo()
    assert said == []
    assert len(store.reviews()) == 1
    window.close()


def test_the_watch_adds_its_paths_off_the_ui_thread(
    qtbot,
    make_window,
    folder_store,  # noqa: F811
    monkeypatch,
):
    """addPaths stats each path: a folder deck on a drive that does not answer held
    the window at each start, reload and re-import."""
    store, deck = folder_store
    real = QFileSystemWatcher.addPaths
    answer = threading.Event()
    on_ui_thread: list[bool] = []

    def add_paths(fs, paths):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        if not on_ui_thread[-1]:
            answer.wait(30)  # the drive does not answer (until the test lets it)
        return real(fs, paths)

    monkeypatch.setattr(QFileSystemWatcher, "addPaths", add_paths)
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: bool(on_ui_thread), timeout=20000)
    assert on_ui_thread == [False] and live.looking  # the window goes on meanwhile
    live.rewatch()  # a reload meanwhile: its ask waits its turn
    answer.set()
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    monkeypatch.undo()
    assert not any(on_ui_thread)
    assert str(deck / "net") in live.fs.directories()  # watched, once the drive answered

    # A new notes file in the folder is heard from the watch thread, as before, and
    # said on the UI thread (where the window's handlers read and change its state).
    heard: list[bool] = []
    live.fs.directoryChanged.connect(
        lambda _path: heard.append(threading.current_thread() is threading.main_thread())
    )
    with qtbot.waitSignal(live.fs.directoryChanged, timeout=5000):
        (deck / "net" / "udp.md").write_text("## What is UDP?\n\nDatagrams.\n", encoding="utf-8")
    assert heard and all(heard)
    window.close()


def test_the_automatic_backups_look_at_the_store_file_is_off_the_ui_thread(
    qtbot, make_window, store, clock, tmp_path, monkeypatch
):
    """The backup timer (every minute) asked the same before it copied, on the UI
    thread; it asks on the backup's own thread now. A file replaced is not copied,
    nothing is said of it there (the poll and the next grade say it), and the backup
    stays due."""
    from studyapp.core.backup import list_backups

    from .test_data_safety_worker import due_backup

    window = make_window(show=True, auto_backup=True)
    data_safety = window.controllers["data_safety"]
    backups = data_safety.backup_dir
    due_backup(window, clock)
    path = Path(store.path)

    on_ui_thread = looks_at(monkeypatch, path)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy, timeout=20000)
    monkeypatch.undo()
    assert on_ui_thread and not any(on_ui_thread)
    (made,) = list_backups(backups)

    window.reveal()
    assert window.grade(3) is not None
    clock.advance(minutes=31)
    other = path.with_name("synced.sqlite3")
    shutil.copyfile(path, other)
    os.replace(other, path)  # a sync tool puts another file in its place
    on_ui_thread = looks_at(monkeypatch, path)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy, timeout=20000)
    monkeypatch.undo()
    assert not any(on_ui_thread)
    assert [b.path for b in list_backups(backups)] == [made.path]  # nothing copied
    assert "backup" not in window.statusBar().currentMessage().lower()
    assert window.messages.shown == []
    assert data_safety.tick_backup()  # still due: asked again at the next tick
    qtbot.waitUntil(lambda: not data_safety.worker.busy, timeout=20000)
    window.close()
