"""The start's read-only checks of the store, begun on a thread while the window's
modules import.

Every start checks the store before anything reads it (core.store.recovery):
SQLite's ``quick_check``, and the cheap tests for damage that would stop the window
(a schema not as the app makes it, rows whose deck or topic is gone, text stored as
bytes). They read the whole file, so they grow with the store: on a 10,000-question
store they cost more than the rest of opening it. SQLite lets go of Python's
interpreter lock while it reads, so begun first thing on a thread they run while the
interpreter imports the window's modules, and the first frame no longer waits for
them (benchmarks/bench_startup.py --deck-size).

The early check can only confirm: it says "sound" for a store it found sound and
that has not changed since. The file it read (a link followed, as SQLite follows it)
and its write-ahead log must have the same size, age, inode and header (SQLite's
change counter, the log's salts) as when the check began and ended. Anything else
(damage found, an error, a store another program holds locked, a newer StudyApp's
store, a journal left by a crash, a file changed since) leaves the checks to run as
before, in the open path, holding the writer lock. It never writes and never waits:
a read-only connection with no busy timeout, and none at all beside a rollback
journal (whose replay is a write).
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path

from studyapp.core.store import backup, health, side_files
from studyapp.core.store.location import special_kind
from studyapp.core.store.sqlio import open_connection

Identity = tuple[tuple[int, int, int, bytes] | None, ...]
_HEADER_BYTES = 100  # a database file's header; a log's is its first 32


def _identity(path: Path, *, headers: bool = True) -> Identity:
    """What changes when the store or its log is written: size, age, inode and header
    of the file a link leads to and of its log. An empty log is no log (a connection
    makes one before it has anything to write).

    `headers=False` once this process has the store open: the files are then only
    looked at (stat), never opened. Closing any file this process opened on the
    store's file drops every lock the process holds on it (POSIX locks belong to the
    process), the window's connection's included, and a reader in another process
    closing then took itself for the last one and deleted the log the window was
    still writing."""
    real = Path(os.path.realpath(path))
    stamps: list[tuple[int, int, int, bytes] | None] = []
    for file in (real, real.with_name(real.name + "-wal")):
        try:
            if not stat.S_ISREG(os.stat(file).st_mode):  # a pipe would never answer
                raise OSError(f"{file} is not a file")
            if headers:
                with open(file, "rb") as handle:
                    st = os.fstat(handle.fileno())
                    header = handle.read(_HEADER_BYTES)
            else:
                st, header = os.stat(file), b""
        except OSError:
            stamps.append(None)
            continue
        empty_log = file != real and st.st_size == 0
        stamps.append(None if empty_log else (st.st_size, st.st_mtime_ns, st.st_ino, header))
    return tuple(stamps)


def _without_headers(identity: Identity) -> Identity:
    return tuple(None if stamp is None else (*stamp[:3], b"") for stamp in identity)


class EarlyCheck:
    """The checks of the store at `path`, running on a daemon thread from `start`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # Looked at before any connection (this check's own) makes a new log.
        self.log_lost = side_files.lost_log(self.path)
        self._sound_as: Identity | None = None  # the identity the store was found sound at
        self._thread = threading.Thread(target=self._run, name="studyapp-early-check", daemon=True)

    @classmethod
    def start(cls, path: str | Path) -> EarlyCheck:
        check = cls(path)
        check._thread.start()
        return check

    def _run(self) -> None:
        path = self.path
        real = Path(os.path.realpath(path))
        if not real.is_file() or real.with_name(real.name + "-journal").exists():
            return
        if any(special_kind(real.with_name(real.name + s)) for s in ("-wal", "-shm")):
            return  # SQLite would wait on a pipe there for ever: the open path says so
        before = _identity(path)
        try:
            # timeout=0: a store another program holds locked fails here at once; the
            # open path meets the lock, waits for it, and says so (once).
            uri = real.as_uri() + "?mode=ro"
            with contextlib.closing(open_connection(uri, uri=True, timeout=0)) as conn:
                sound = backup.quick_problem(conn) is None and health.urgent_problem(conn) is None
        except Exception:  # damage, a lock, an unreadable file: the open path meets it
            return  # again, and says so
        if sound and _identity(path) == before:
            self._sound_as = before

    def sound(self, path: str | Path, *, opened: bool = False) -> bool:
        """Whether the store at `path` was found sound and is unchanged since: waits for
        the check to end. False when it was not checked, or not found sound. `opened`:
        this process has the store open now, so its files are compared by what stat
        says, without their headers (see `_identity`)."""
        self._thread.join()
        if self._sound_as is None or Path(path) != self.path:
            return False
        if opened:
            return _identity(self.path, headers=False) == _without_headers(self._sound_as)
        return _identity(self.path) == self._sound_as
