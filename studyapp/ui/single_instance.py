"""Bringing the StudyApp already running to the front, without QtNetwork.

Only one StudyApp writes to a data folder: the first to take the folder's lock
(core.recovery.acquire_store_lock). The bundle leaves QtNetwork out, so there is
no QLocalServer to talk through; the instances use the data folder instead. The
writer watches a small file there, ``studyapp.raise``, with QFileSystemWatcher
(inotify, FSEvents or ReadDirectoryChangesW: no polling). A second start writes a
new token into it (`request_raise`); the writer sees the change and emits
`RaiseRequestWatcher.raise_requested`, which the app connects to
`MainWindow.bring_to_front`. A token, not the file's time, says "new request":
one write can report two changes (truncate, then write), and an editor or a
backup tool touching the file must not raise the window.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from studyapp.core.recovery import linked_folder

RAISE_FILENAME = "studyapp.raise"


def raise_request_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / RAISE_FILENAME


def raise_request_paths(data_dir: str | Path) -> list[Path]:
    """The data folder's request file, and, where its store is a link to a file in
    another folder, that folder's: the StudyApp writing the file may have been started
    on either folder (core.recovery.acquire_store_lock takes both locks), and a
    request written beside one folder's store only never reached a window on the
    other."""
    linked = linked_folder(data_dir)
    own = raise_request_path(data_dir)
    return [own] if linked is None else [own, raise_request_path(linked)]


def _plain_or_none(path: Path) -> bool:
    """Whether `path` is a plain file (a link to one) or nothing: a named pipe under
    the request file's name waits for ever to be read or written, and the first start
    hung with no window, a second start with it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def request_raise(data_dir: str | Path) -> bool:
    """Ask the StudyApp holding this data folder to bring its window to the front.
    False when the request file cannot be written (a read-only folder, something
    other than a file under its name)."""
    token = f"{os.getpid()} {time.time_ns()}\n"
    written = False
    for path in raise_request_paths(data_dir):
        if not _plain_or_none(path):
            continue
        try:
            path.write_text(token, encoding="ascii")
        except OSError:
            continue
        written = True
    return written


class RaiseRequestWatcher(QObject):
    """In the instance that writes: says when another start asked it to come forward."""

    raise_requested = Signal()

    def __init__(self, data_dir: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = raise_request_paths(data_dir)
        self.path = self.paths[0]
        self.requests = 0  # how many requests were seen (for tests and the log)
        # The tokens seen: one request writes the same token beside both folders.
        self._seen = {self._read(path) for path in self.paths}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_changed)
        self._watch()

    @property
    def watching(self) -> bool:
        return str(self.path) in self._watcher.files()

    def _watch(self) -> None:
        """Watch the files, creating them first (a watcher needs a file to watch). A
        folder where one cannot be made leaves it unwatched: the second start still
        gets its read-only window, only this one does not come forward."""
        watched = self._watcher.files()
        for path in self.paths:
            if not path.exists():
                with contextlib.suppress(OSError):
                    path.touch()
            if path.exists() and _plain_or_none(path) and str(path) not in watched:
                self._watcher.addPath(str(path))

    @staticmethod
    def _read(path: Path) -> str:
        if not _plain_or_none(path):
            return ""
        try:
            return path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            return ""

    def _on_changed(self, _path: str) -> None:
        # A file replaced or deleted drops out of the watch list: watch it again.
        self._watch()
        self.check()

    def check(self) -> bool:
        """Emit `raise_requested` if a new request was written since the last look."""
        tokens = {self._read(path) for path in self.paths} - {""}
        if tokens <= self._seen:
            return False
        self._seen |= tokens
        self.requests += 1
        self.raise_requested.emit()
        return True

    def stop(self) -> None:
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)
