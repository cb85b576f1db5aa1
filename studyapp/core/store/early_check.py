"""The start's read-only checks of the store, begun on a thread while the window's
modules import.

Every start checks the store before anything reads it (core.store.recovery):
SQLite's ``quick_check``, and the cheap tests for damage that would stop the window
(a schema not as the app makes it, text stored as bytes). Both read the whole file,
so they grow with the store: on a 10,000-question store they cost more than the
rest of opening it. SQLite lets go of Python's interpreter lock while it reads, so
begun first thing on a thread they run while the interpreter imports the window's
modules, and the first frame no longer waits for them (benchmarks/bench_startup.py
--deck-size).

The early check can only confirm: it says "sound" for a store it found sound and
that has not changed since (the file and its write-ahead log the same size, age
and inode as when the check began and ended). Anything else (damage found, an
error, a newer StudyApp's store, a journal left by a crash, a file changed since)
leaves the checks to run as before, in the open path, holding the writer lock.
It never writes: a read-only connection, and none at all beside a rollback journal
(whose replay is a write).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from studyapp.core.store import backup

Identity = tuple[tuple[int, int, int] | None, ...]


def _identity(path: Path) -> Identity:
    """What changes when the store or its log is written: size, age and inode. An
    empty log is no log (a connection makes one before it has anything to write)."""
    stamps: list[tuple[int, int, int] | None] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(file)
        except OSError:
            st = None
        empty_log = st is not None and file != path and st.st_size == 0
        stamps.append(None if st is None or empty_log else (st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(stamps)


class EarlyCheck:
    """The checks of the store at `path`, running on a daemon thread from `start`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._sound_as: Identity | None = None  # the identity the store was found sound at
        self._thread = threading.Thread(target=self._run, name="studyapp-early-check", daemon=True)

    @classmethod
    def start(cls, path: str | Path) -> EarlyCheck:
        check = cls(path)
        check._thread.start()
        return check

    def _run(self) -> None:
        path = self.path
        if not path.is_file() or path.with_name(path.name + "-journal").exists():
            return
        before = _identity(path)
        try:
            sound = backup.database_problem(path) is None and backup.urgent_problem(path) is None
        except Exception:  # locked, unreadable, a newer StudyApp's store: the open
            return  # path meets it again, and says so
        if sound and _identity(path) == before:
            self._sound_as = before

    def sound(self, path: str | Path) -> bool:
        """Whether the store at `path` was found sound and is unchanged since: waits for
        the check to end. False when it was not checked, or not found sound."""
        self._thread.join()
        return (
            self._sound_as is not None
            and Path(path) == self.path
            and _identity(self.path) == self._sound_as
        )
