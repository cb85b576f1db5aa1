"""ui.path_watcher: the QFileSystemWatcher on a thread of its own. Asks made before
the watch thread answered (a reload, then another, while a drive is slow) are
taken in order, each "afresh" one replacing all that was watched, those not yet
answered included; its answers and events are handled on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from studyapp.ui.path_watcher import PathWatcher


def answered(qtbot, watcher: PathWatcher) -> None:
    """The last ask answered: all the watch thread sent before its answer, events
    included, has been handled on this thread (in the order it was sent)."""
    qtbot.waitUntil(lambda: not watcher.pending, timeout=10000)


def test_asks_made_before_an_answer_leave_only_the_last_paths_watched(qtbot, tmp_path):
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    watcher = PathWatcher()
    try:
        watcher.watch([str(folders[0])], afresh=True)  # a start's paths …
        watcher.watch([str(folders[1])], afresh=True)  # … a reload's, before the answer
        answered(qtbot, watcher)
        assert watcher.directories() == [str(folders[1])]

        watcher.watch([str(folders[2])])  # an event's path, too
        watcher.watch([str(folders[1])], afresh=True)  # then a reload
        answered(qtbot, watcher)
        assert watcher.directories() == [str(folders[1])]

        heard: list[tuple[str, bool]] = []
        watcher.directoryChanged.connect(
            lambda path: heard.append((path, threading.current_thread() is threading.main_thread()))
        )
        with qtbot.waitSignal(watcher.directoryChanged, timeout=5000):
            (folders[1] / "new.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        assert heard == [(str(folders[1]), True)]

        # An event already on its way when its path is removed: the watch thread has
        # sent it, the window has not had it yet. It is dropped when it comes.
        sent = threading.Event()
        worker = watcher._worker
        assert worker is not None
        worker.changed.connect(
            lambda path, *_: path == str(folders[1]) and sent.set(),
            Qt.ConnectionType.DirectConnection,  # on the watch thread, as it sends
        )
        (folders[1] / "other.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        assert sent.wait(10)
        watcher.removePaths([str(folders[1])])  # heard of no more, from now on
        assert watcher.directories() == []
        answered(qtbot, watcher)  # the removal's answer comes after that event
        assert [path for path, _ in heard] == [str(folders[1])]

        # A change made after: the watch thread no longer watches the path. A change
        # in a folder still watched, made after it, is heard; any event of the first
        # would have come before it (one stream of events, read in order).
        watcher.watch([str(folders[0])])
        answered(qtbot, watcher)
        (folders[1] / "third.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        with qtbot.waitSignal(
            watcher.directoryChanged,
            timeout=5000,
            check_params_cb=lambda path: path == str(folders[0]),
        ):
            (folders[0] / "later.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        watcher.watch([str(folders[0])])  # asked after the two changes were read …
        answered(qtbot, watcher)  # … so whatever they sent has been handled
        assert [path for path, _ in heard] == [str(folders[1]), str(folders[0])]
    finally:
        watcher.stop()
