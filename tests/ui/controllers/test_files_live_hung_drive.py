"""The 2-second look at whether each deck's file or folder is still there ran on the
UI thread: a deck on a network drive that stopped answering (a hung NFS or SMB
mount) hung the window at every poll. The look now runs on a pool thread; the
window goes on while it waits, no second look piles up behind it, and the deck is
marked when the answer comes."""

from __future__ import annotations

import os
import threading

import pytest

from .test_files_live_folder_moved import folder_store, marked  # noqa: F401 (fixture)


def test_a_drive_that_does_not_answer_holds_no_poll_of_the_window(
    qtbot,
    make_window,
    folder_store,  # noqa: F811
    monkeypatch,
):
    store, deck = folder_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    live.fs.removePaths(live.fs.directories() + live.fs.files())  # as on a network drive

    real = os.path.exists
    answer = threading.Event()
    on_ui_thread: list[bool] = []

    def exists(path) -> bool:
        if os.fspath(path) == str(deck):
            on_ui_thread.append(threading.current_thread() is threading.main_thread())
            if not on_ui_thread[-1]:
                answer.wait(30)  # the drive does not answer (until the test lets it)
        return real(path)

    monkeypatch.setattr(os.path, "exists", exists)
    away = deck.with_name("interview-moved")
    os.rename(deck, away)

    live.poll_store()  # returns while the look waits for the drive
    qtbot.waitUntil(lambda: bool(on_ui_thread), timeout=20000)
    live.poll_store()
    live.poll_store()  # no more looks behind the one that waits
    assert on_ui_thread == [False]
    assert not marked(window)

    with qtbot.waitSignal(live.finished, timeout=20000):
        answer.set()  # the drive answers: the folder is not there
    assert marked(window)
    monkeypatch.undo()


@pytest.mark.parametrize("what", ["a reload", "an editor's save"])
def test_a_drive_that_does_not_answer_holds_no_watch_of_the_window(
    qtbot,
    make_window,
    folder_store,  # noqa: F811
    monkeypatch,
    what,
):
    """Which paths to watch (at every reload: a folder deck's sub-folders and files
    walked) and whether a path an event named is a notes file were looked at on the
    UI thread: a deck on a drive that stopped answering froze the window there too."""
    store, deck = folder_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    notes = deck / "net" / "net.md"
    live.fs.removePaths(live.fs.directories() + live.fs.files())

    real = os.stat
    answer = threading.Event()
    on_ui_thread: list[str] = []

    def stat(path, *args, **kwargs):
        if os.fspath(path).startswith(str(deck.parent)):
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(os.fspath(path))
            else:
                answer.wait(30)  # the drive does not answer (until the test lets it)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    if what == "a reload":
        live.rewatch()  # returns while the look waits for the drive
    else:
        live.debounce.setInterval(60_000)  # the re-import's own look is not this test's
        live._on_fs_event(str(notes))  # a new file saved over the notes
    assert on_ui_thread == [] and live.looking

    answer.set()
    qtbot.waitUntil(lambda: not live.looking, timeout=20000)
    monkeypatch.undo()
    assert on_ui_thread == []
    assert str(notes) in live.fs.files()  # watched, once the drive answered
