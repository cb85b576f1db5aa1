"""A QFileSystemWatcher on a thread of its own, for the live notes (ui.live_sources).

`QFileSystemWatcher.addPaths` looks at each path (a stat, and the system's watch on
it, which resolves the path): on a network drive that answers slowly or not at all,
that held the window's thread at every start, reload and re-import. The watcher now
lives on a thread of its own with its own event loop (its events need one, so a pool
thread cannot hold it): the window asks it to watch paths by a queued signal and
goes on; what is watched, and every event, come back to the UI thread by signal.
A drive that does not answer holds that thread alone; the asks made meanwhile wait
their turn behind it, in order.

`files()`, `directories()` and `removePaths()` are answered on the UI thread from what
the watcher last said it watches: a path removed is heard of no more from then on,
though the watcher's thread may not have got to it yet.
"""

from __future__ import annotations

import atexit
import contextlib

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QThread, Signal, Slot

_running: set[QThread] = set()  # never destroyed while running (Qt aborts then)


@atexit.register
def _end_all() -> None:
    for thread in list(_running):
        thread.quit()
        thread.wait(2000)


class _Watching(QObject):
    """Lives on the watch thread: the QFileSystemWatcher, made there, and its calls."""

    changed = Signal(str, list, list)  # the path, the files and folders watched after it
    watching = Signal(int, list, list)  # the ask's number, the files and folders watched

    def __init__(self) -> None:
        super().__init__()
        self._fs: QFileSystemWatcher | None = None

    @Slot(int, list, list, bool)
    def watch(self, number: int, remove: list, add: list, afresh: bool) -> None:
        """Stop watching `remove` (`afresh`: every path not in `add`), watch `add`."""
        fs = self._fs
        if fs is None:
            fs = self._fs = QFileSystemWatcher(self)
            fs.directoryChanged.connect(self._on_changed)
            fs.fileChanged.connect(self._on_changed)
        old = fs.files() + fs.directories()
        gone = [p for p in old if p not in add] if afresh else [p for p in remove if p in old]
        if gone:
            fs.removePaths(gone)
        kept = set(old) - set(gone)
        new = [p for p in dict.fromkeys(add) if p not in kept]
        if new:
            fs.addPaths(new)  # may wait for a drive: this thread's, not the window's
        self.watching.emit(number, fs.files(), fs.directories())

    def _on_changed(self, path: str) -> None:
        # A file deleted or renamed over is watched no more (Qt lets it go): said too.
        fs = self._fs
        assert fs is not None
        self.changed.emit(path, fs.files(), fs.directories())


class PathWatcher(QObject):
    """The window's side of the watch thread (see the module docstring)."""

    directoryChanged = Signal(str)
    fileChanged = Signal(str)
    _ask = Signal(int, list, list, bool)  # number, paths to stop watching, to watch, afresh
    # The watch thread's answers, re-emitted here: a signal-to-signal connection is
    # queued to this object's thread (a Python slot was called on the emitter's).
    _watching = Signal(int, list, list)
    _changed = Signal(str, list, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Watching | None = None
        self._watching.connect(self._on_watching)
        self._changed.connect(self._on_changed)
        self._asked = self._answered = 0
        self._files: dict[str, None] = {}
        self._dirs: dict[str, None] = {}

    @property
    def pending(self) -> bool:
        """Whether an ask is not answered yet (a drive that does not answer)."""
        return self._answered != self._asked

    def files(self) -> list[str]:
        return list(self._files)

    def directories(self) -> list[str]:
        return list(self._dirs)

    def watch(self, paths: list[str], *, afresh: bool = False) -> None:
        """Watch `paths` too; `afresh`: instead of every path watched now (asks not
        answered yet included)."""
        if not paths and not (afresh and (self._files or self._dirs or self.pending)):
            return
        self._send([], list(paths), afresh)

    def removePaths(self, paths: list[str]) -> None:  # QFileSystemWatcher's name
        for path in paths:
            self._files.pop(path, None)
            self._dirs.pop(path, None)
        if paths:
            self._send(list(paths), [], False)

    def stop(self) -> None:
        """The window closes: the thread ends (where a drive holds it, it is left to end)."""
        thread, self._thread = self._thread, None
        self._files.clear()
        self._dirs.clear()
        if thread is None:
            return
        thread.quit()
        if thread.wait(2000):
            _running.discard(thread)

    def _send(self, remove: list[str], add: list[str], afresh: bool) -> None:
        if self._thread is None:
            thread = self._thread = QThread()
            thread.setObjectName("studyapp-watch")
            _running.add(thread)
            watching = self._worker = _Watching()
            watching.moveToThread(thread)
            thread.finished.connect(watching.deleteLater)
            queued = Qt.ConnectionType.QueuedConnection
            self._ask.connect(watching.watch, queued)
            watching.changed.connect(self._changed, queued)
            watching.watching.connect(self._watching, queued)
            thread.start()
        self._asked += 1
        self._ask.emit(self._asked, remove, add, afresh)

    @Slot(int, list, list)
    def _on_watching(self, number: int, files: list[str], folders: list[str]) -> None:
        self._answered = number
        if number != self._asked or self._thread is None:
            return  # asked again since (its answer says what is watched), or stopped
        self._files, self._dirs = dict.fromkeys(files), dict.fromkeys(folders)

    @Slot(str, list, list)
    def _on_changed(self, path: str, files: list[str], folders: list[str]) -> None:
        folder, file = path in self._dirs, path in self._files
        if not self.pending and self._thread is not None:
            self._files, self._dirs = dict.fromkeys(files), dict.fromkeys(folders)
        with contextlib.suppress(RuntimeError):  # closed meanwhile
            if folder:
                self.directoryChanged.emit(path)
            elif file:
                self.fileChanged.emit(path)
