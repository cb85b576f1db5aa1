"""ui.path_watcher: the QFileSystemWatcher on a thread of its own. Asks made before
the watch thread answered (a reload, then another, while a drive is slow) are
taken in order, each "afresh" one replacing all that was watched, those not yet
answered included; its answers and events are handled on the UI thread."""

from __future__ import annotations

import threading

from studyapp.ui.path_watcher import PathWatcher


def test_asks_made_before_an_answer_leave_only_the_last_paths_watched(qtbot, tmp_path):
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    watcher = PathWatcher()
    try:
        watcher.watch([str(folders[0])], afresh=True)  # a start's paths …
        watcher.watch([str(folders[1])], afresh=True)  # … a reload's, before the answer
        qtbot.waitUntil(lambda: not watcher.pending, timeout=10000)
        assert watcher.directories() == [str(folders[1])]

        watcher.watch([str(folders[2])])  # an event's path, too
        watcher.watch([str(folders[1])], afresh=True)  # then a reload
        qtbot.waitUntil(lambda: not watcher.pending, timeout=10000)
        assert watcher.directories() == [str(folders[1])]

        heard: list[tuple[str, bool]] = []
        watcher.directoryChanged.connect(
            lambda path: heard.append((path, threading.current_thread() is threading.main_thread()))
        )
        with qtbot.waitSignal(watcher.directoryChanged, timeout=5000):
            (folders[1] / "new.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        assert heard == [(str(folders[1]), True)]

        watcher.removePaths([str(folders[1])])  # heard of no more, from now on
        assert watcher.directories() == []
        (folders[1] / "other.md").write_text("## Q?\n\nA.\n", encoding="utf-8")
        qtbot.waitUntil(lambda: not watcher.pending, timeout=10000)
        qtbot.wait(50)  # any event already on its way is delivered (and dropped)
        assert [path for path, _ in heard] == [str(folders[1])]
    finally:
        watcher.stop()
