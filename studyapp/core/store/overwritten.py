"""The store's file written into by another program while the app has it open.

`cp backups/studyapp-….sqlite3 studyapp.sqlite3` (or `cat … >`, a sync or backup tool
that writes a file in place) keeps the file's inode and gives it other pages, so the
check for a file replaced (core.store.replaced: the path leads to another inode) saw
nothing. The open connection went on laying its log's pages over pages that were no
longer theirs: the indexes no longer matched the tables, closing the window wrote
the mix into the file, Back Up Now refused with SQLite's words, and the next start
kept reviews of questions shown as New.

What the file looked like after this process last wrote it (its own commits, the
checkpoints they make, a VACUUM) is noted here, per file, for every store of the
process that has it open: the device and inode, the size, the time it was last
written to the nanosecond, and the header's change counter and the version it is
valid for. Before each write, and on the window's poll, the store compares: a file
that looks otherwise was written by someone else, outside SQLite's locks. A write and
its note are made under one lock, so another store of the process (a re-import on a
worker) never takes this store's write for a stranger's. Backups and a second,
read-only window only read the file; a restore opens a new store on a new file.

What SQLite writes for another program through its own locks (a commit, or a
checkpoint: a sqlite3 shell opened on the store beside the window, reading and
running ``PRAGMA wal_checkpoint``) changes the file too, yet leaves its content as
it was: a checkpoint copies pages from the log into the file, and every connection
reads the same rows before and after. Such a change was taken for a stranger's
write: the window stopped saving and saved the session elsewhere, a false alarm.
A file that looks otherwise is now read afresh (`only_checkpointed`) before it is
called written into: still a store in write-ahead-log mode with the page size this
connection knows, every table holding as many rows as this connection reads in it,
every row this session wrote still there (by its key: another connection of the app
may have changed it since; core.store.session_rows), and SQLite's quick check
passing. A copy put over it (a backup, another computer's
copy, a page written over) fails one of these. A copy that agrees on all of them (a
copy of the file taken earlier in the session, with changes since that added no
row) was taken for a checkpoint, and those changes were lost without a word: first,
the log itself is asked (core.store.log_pages) whether a checkpoint made the file
so, which no copy of older pages passes, the log file emptied by a TRUNCATE
checkpoint too (its shared memory keeps which log it is, and where no frame was
copied since, the file's digest is compared); only where the log cannot tell (a new
log of another program's writes) do the rows decide.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from studyapp.core.store import log_pages, session_rows
from studyapp.core.store.header import MAGIC
from studyapp.core.store.held import read_start

Look = tuple[int, int, int, int, bytes]  # device, inode, size, mtime (ns), header's counters

_lock = threading.RLock()
# file → [stores watching it, its last own look, its log then (core.store.log_pages),
# the file's digest then, where its log had no copied frame (log_pages.file_digest)]
_looks: dict[tuple[int, int], list] = {}


def look(path: str | Path) -> Look | None:
    """What the file at `path` looks like now; None where it cannot be looked at."""
    try:
        info = os.stat(path)
        head, _size = read_start(path, 100)  # the open store's locks kept (core.store.held)
    except OSError:
        return None
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, head[24:32] + head[92:96]


class OwnWrites:
    """One store's part in what its process last wrote into its file (see the module
    docstring). `writing()` goes around each write that may reach the file; `foreign()`
    says whether the file changed since without this process."""

    def __init__(self, path: str | Path) -> None:
        self.path = path
        now = look(path)
        self._key = None if now is None else (now[0], now[1])
        if self._key is None:
            return
        with _lock:
            _looks.setdefault(self._key, [0, now, log_pages.log_state(path), None])[0] += 1

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around a commit or a checkpoint: what the file looks like after it is noted
        as this process's own (an error in it too: it may have written some)."""
        if self._key is None:
            yield
            return
        with _lock:
            try:
                yield
            finally:
                self.noted()

    def noted(self) -> None:
        """The file as it is now is this process's own doing."""
        if self._key is None:
            return
        with _lock:
            entry = _looks.get(self._key)
            now = look(self.path)
            if entry is not None and now is not None and now[:2] == self._key:
                _note(entry, self.path, now)

    def as_left(self) -> bool:
        """Whether the file looks now as this process's last write left it: the look
        (a stat and the header's first bytes) is made before the lock is taken, so a
        disk that does not answer holds the caller's thread alone, never a commit of
        another thread waiting for the lock. False also where it cannot be told."""
        if self._key is None:
            return False
        now = look(self.path)
        with _lock:
            entry = _looks.get(self._key)
            return now is not None and entry is not None and now == entry[1]

    def foreign(self, same: Callable[[], bool] | None = None) -> bool:
        """Whether the file at the path, still the one opened, was written since this
        process last wrote it: another program wrote into it. `same`: whether the
        store still holds what it held (`only_checkpointed`), asked where the file
        looks otherwise; where it does, the file as it is is taken as this store's."""
        if self._key is None:
            return False
        with _lock:
            entry = _looks.get(self._key)
            now = look(self.path)
            if entry is None or now is None or now[:2] != self._key:
                return False  # gone or replaced: core.store.replaced says so
            if now == entry[1]:
                return False
            # Its size or header changed, not its time alone (a `touch`).
            changed = (now[2], now[4]) != (entry[1][2], entry[1][4])
            digest = entry[3] or None  # (not while it is being read: `_note`)
            if log_pages.checkpointed(self.path, entry[2], changed, digest) is False:
                return True  # no checkpoint made it so: see core.store.log_pages
            if same is not None and same():
                _note(entry, self.path, look(self.path) or now)
                return False
            return True

    def close(self) -> None:
        if self._key is None:
            return
        with _lock:
            entry = _looks.get(self._key)
            if entry is not None:
                entry[0] -= 1
                if entry[0] <= 0:
                    del _looks[self._key]
        self._key = None


def _note(entry: list, path: str | Path, now: Look) -> None:
    """The file as it looks `now`, and its log, are this process's own (under `_lock`).
    Where the log holds no frame copied into the file, the file's digest is kept too
    (core.store.log_pages): read again only where the file changed since the last, on
    a thread of its own (`_digest_later`)."""
    state = log_pages.log_state(path)
    digest = None
    if state is not None and state.backfill == 0:
        digest = entry[3] if entry[1] == now else None
        if digest is None:
            digest = _READING
            _digest_later(entry, path, now)
    entry[1], entry[2], entry[3] = now, state, digest


_READING = b""  # a digest being read: until it is in, the rows decide (as with none)
_pending: list[threading.Thread] = []


def _digest_later(entry: list, path: str | Path, now: Look) -> None:
    """Reads the file's digest for `entry` on a thread of its own, kept where the file
    still looks `now`. The whole file is read (tens of megabytes on a big store): on
    the thread of the write that noted it, one grade in a few hundred waited 20-30 ms
    for it on a 7 MB store. The file does not change until the next checkpoint, so a
    digest read a moment later is the one it had."""

    def read() -> None:
        digest = log_pages.file_digest(path)
        with _lock:
            if entry[3] is _READING and entry[1] == now:
                entry[3] = digest

    thread = threading.Thread(target=read, name="studyapp-store-digest", daemon=True)
    _pending[:] = [*(t for t in _pending if t.is_alive()), thread]
    thread.start()


def settle() -> None:
    """Waits until the digests being read are in (a test, before it copies a file over
    the store)."""
    for thread in list(_pending):
        thread.join()


def stop_writing(conn: sqlite3.Connection, path: str | Path) -> sqlite3.Connection | None:
    """The connection writes nothing more into the file written by another program:
    every write refused, and a reading connection kept open beside it until after it
    closes, so that closing it does not checkpoint its log into the other program's
    pages (SQLite checkpoints only when it closes the last connection to a file, and
    a read-only connection never does). Returns that connection (None where it could
    not be opened)."""
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA query_only = ON")
    try:
        # Closed with the store, maybe on another thread than the look that made it
        # (the window's poll looks from a pool thread).
        guard = sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False
        )
        with contextlib.suppress(sqlite3.Error):  # its lock is taken by the first read
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return None
    return guard


def only_checkpointed(conn: sqlite3.Connection, path: str | Path) -> bool:
    """Whether the store at `path`, whose file changed without this process, still
    holds what `conn` (this store's connection, outside a transaction) holds: the
    change was SQLite's own, a checkpoint another program ran (see the module
    docstring). Reads every table's count, on both connections, and the quick check:
    done only where the file changed without this process."""
    try:
        head, _size = read_start(path, 100)
    except OSError:
        return False
    if len(head) < 100 or head[:16] != MAGIC or head[18] != 2 or head[19] != 2:
        return False  # not a store in write-ahead-log mode (a backup is not: cp of one)
    size = int.from_bytes(head[16:18], "big")
    try:
        if (size if size != 1 else 65536) != int(conn.execute("PRAGMA page_size").fetchone()[0]):
            return False
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as fresh:
            fresh.execute("BEGIN")  # one moment of the file and its log
            try:
                if _counts(fresh) != _counts(conn):
                    return False
                kept = session_rows.kept_schema(conn)
                # By key: a row the session wrote may have been changed since by another
                # connection (a re-import on a worker), not one gone with the file.
                if session_rows.missing_from(fresh, conn, kept, gone=True):
                    return False
                return [row[0] for row in fresh.execute("PRAGMA quick_check(1)")] == ["ok"]
            finally:
                fresh.execute("COMMIT")
    except sqlite3.Error:
        return False


def _counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Each plain table of the store and how many rows it holds, and its schema's version."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
            " AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    counts = [("", int(conn.execute("PRAGMA main.schema_version").fetchone()[0]))]
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts.append(
            (name, int(conn.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]))
        )
    return counts
