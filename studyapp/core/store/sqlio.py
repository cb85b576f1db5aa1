"""Connections that survive damaged bytes: every sqlite3 connection of the store opens here.

Two kinds of bit rot escape the sqlite3 module's own error handling:
- A non-UTF-8 byte in the schema text makes SQLite's error message undecodable,
  and Python raises `UnicodeDecodeError` instead of a `sqlite3.Error`, which no
  handler of a database error catches. `Connection` turns it back into a
  `sqlite3.DatabaseError` marked as corruption (SQLITE_CORRUPT), so it is treated
  as the damage it is: moved aside and recovered.
- A non-UTF-8 byte in a text value makes every query reading it fail ("Could not
  decode to UTF-8 column"). The text factory decodes it with U+FFFD replacement
  characters instead, logs it once per connection and counts it
  (`Connection.undecodable`), so the text shows and nothing stops. It also asks
  the next start for the full check (core.store.health), which repairs such
  values and tells the person, offering a backup instead.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from studyapp.core.store.errors import no_room, no_room_for_files, request_check

log = logging.getLogger("studyapp.store")


def sql_filename(path: str | Path) -> str | bytes:
    """`path` as a value bound in SQL (``ATTACH DATABASE ?``): its text, or its bytes
    where its name is not UTF-8 (a folder named on another system, an old archive
    unzipped). SQLite takes a file name as bytes, while Python binds text as UTF-8
    only: every write beside a store in such a folder stopped with a traceback
    ("surrogates not allowed"), though the store itself opened."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


@contextlib.contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction on a plain connection (a repair's, a salvage's): BEGIN
    IMMEDIATE, COMMIT at the end, ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def damage_error(exc: UnicodeDecodeError) -> sqlite3.DatabaseError:
    """The sqlite3 error an undecodable SQLite message stands for: corruption."""
    raw = exc.object if isinstance(exc.object, bytes | bytearray) else b""
    text = bytes(raw).decode("utf-8", "replace") or "undecodable text in the database"
    error = sqlite3.DatabaseError(f"database disk image is malformed ({text})")
    error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
    return error


class Connection(sqlite3.Connection):
    """A sqlite3 connection whose statements raise sqlite3 errors only (see above)."""

    undecodable = 0  # text values read with replacement characters so far
    check_path: Path | None = None  # the store file, for asking the next start to check it

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        try:
            super().__init__(*args, **kwargs)
        except UnicodeDecodeError as exc:
            raise damage_error(exc) from None
        self.text_factory = self._decode

    def _decode(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            if not self.undecodable:
                log.warning(
                    "text that is not UTF-8 in the study database, shown with U+FFFD: %r",
                    raw[:80],
                )
                if self.check_path is not None:  # the next start repairs it, and says so
                    request_check(self.check_path)
            self.undecodable += 1
            return raw.decode("utf-8", "replace")

    def plain_rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """All rows of a query as plain tuples, text decoded by sqlite3 itself: for the
        reads of thousands of rows at start-up, where a Python call per text value (the
        text factory above) and a Row object per row cost more than the query. A value
        that is not UTF-8 fails that decoding, and the query runs again through the
        repairing text factory."""
        row_factory, self.row_factory = self.row_factory, None
        try:
            self.text_factory = str
            try:
                return super().execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "decode" not in str(exc):
                    raise
            finally:
                self.text_factory = self._decode
            return self.execute(sql, params).fetchall()
        finally:
            self.row_factory = row_factory

    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        try:
            return super().execute(*args, **kwargs)
        except UnicodeDecodeError as exc:
            raise damage_error(exc) from None
        except UnicodeEncodeError:
            # A value holding lone surrogates (a file name that is not UTF-8, PEP 383),
            # which SQLite's text cannot hold: it stopped the write with a traceback.
            # Bound as core.textio.path_key keeps it (shown as U+FFFD, the name found
            # again by os_path); refused before anything ran, so bound once more.
            if len(args) < 2 or not isinstance(args[1], list | tuple):
                raise
            from studyapp.core.textio import path_key

            log.warning("a value not UTF-8 bound as its path_key: %s", args[0][:80])
            keyed = [path_key(v) if isinstance(v, str) else v for v in args[1]]
            return super().execute(args[0], keyed, *args[2:], **kwargs)

    def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        try:
            return super().executemany(*args, **kwargs)
        except UnicodeDecodeError as exc:
            raise damage_error(exc) from None

    def executescript(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        try:
            return super().executescript(*args, **kwargs)
        except UnicodeDecodeError as exc:
            raise damage_error(exc) from None


def unchangeable(exc: sqlite3.Error, path: str | Path) -> bool:
    """Whether a read failed only because the store (in WAL mode) sits in a folder that
    cannot be written (a read-only share, a snapshot): SQLite cannot make the shared-
    memory file a reader needs there. With no WAL file beside it, no writer can exist
    (it would need one), so the file cannot change while read: `open_unchangeable`
    reads it. A WAL file left beside it holds commits that reading the file alone
    would miss, so it stays an error.

    A folder on a file system mounted read-only (a write-protected card, a snapshot,
    a share mounted `ro`) or made immutable fails otherwise: SQLite says only that it
    cannot open the database (SQLITE_CANTOPEN), even to root, and the store could not
    even be read.

    A full disk (or a quota, a file size limit) has no room for the shared-memory
    file: the start stopped at "the disk is full" where the person could at least
    have read their questions; an empty log means nothing is waiting to be read
    from it, and no writer can add to it while the disk is full."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_CANTOPEN:
        if not _in_unwritable_folder(path):
            return False
    elif code != sqlite3.SQLITE_READONLY_DIRECTORY and not no_room(exc):
        return False
    wal = Path(f"{Path(path).resolve()}-wal")  # beside the file a link leads to
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def log_to_read(exc: sqlite3.Error, path: str | Path) -> bool:
    """Whether a read failed because the store's folder cannot be written (as in
    `unchangeable`) while a log beside it holds commits: a data folder copied to a
    write-protected card or a snapshot, or by a sync tool that skips the shared-memory
    file. Reading the file alone would miss those commits; `open_copy_with_log` reads
    them from a copy."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_CANTOPEN:
        if not _in_unwritable_folder(path):
            return False
    elif code != sqlite3.SQLITE_READONLY_DIRECTORY:
        return False
    try:
        return Path(f"{Path(path).resolve()}-wal").stat().st_size > 0
    except OSError:
        return False


def open_copy_with_log(path: str | Path, **kwargs: Any) -> Connection:
    """A read-only connection to a copy of the store at `path` and its log, made in a
    temporary folder (removed at exit) where SQLite can make the shared-memory file
    the log needs: the start stopped at "cannot create the lock file", and the reviews
    were nowhere to be read. The files at `path` are not touched."""
    import shutil

    real = Path(path).resolve()
    copy = reading_folder() / real.name
    shutil.copyfile(real, copy)
    shutil.copyfile(f"{real}-wal", f"{copy}-wal")
    conn = open_connection(str(copy), **kwargs)
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_without_journal(path: str | Path, **kwargs: Any) -> Connection:
    """A read-only connection to the store at `path` that leaves the file under its
    journal's name alone (another database's, or no journal's bytes at all: core.store.
    side_files): the file on its own (`open_unchangeable`), or, where its log holds
    commits (the window writing beside a reader), a copy of the file and its log
    (`open_copy_with_log`). Read alone, the file then missed them: a store the window
    had just made read as empty, "schema version 0", and was called damaged."""
    try:
        holds = Path(f"{Path(path).resolve()}-wal").stat().st_size > 0
    except OSError:
        holds = False
    return open_copy_with_log(path, **kwargs) if holds else open_unchangeable(path, **kwargs)


def reading_folder() -> Path:
    """A new temporary folder for reading a copy of a store, removed at exit; those
    a run left behind (ended without its exit handlers: killed, or a window's quick
    exit) are removed after a day."""
    import atexit
    import shutil
    import tempfile
    import time

    for stale in Path(tempfile.gettempdir()).glob("studyapp-read-*"):
        try:
            if time.time() - stale.stat().st_mtime > 86400:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass
    folder = Path(tempfile.mkdtemp(prefix="studyapp-read-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _in_unwritable_folder(path: str | Path) -> bool:
    """Whether the store file exists in a folder that cannot be written at all: its
    file system mounted read-only, or the folder made immutable (`chattr +i`), which
    stop root too; or one with no room left for a new file (no free inodes, a quota),
    where no writer can make the log it would need either."""
    real = Path(path).resolve()
    try:
        if not real.is_file():
            return False
        return not os.access(real.parent, os.W_OK) or no_room_for_files(real.parent)
    except OSError:
        return False


def open_unchangeable(path: str | Path, **kwargs: Any) -> Connection:
    """A read-only connection to a store file that cannot change (see `unchangeable`)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    return open_connection(uri, uri=True, **kwargs)


def open_connection(database: str, **kwargs: Any) -> Connection:
    """`sqlite3.connect` with the store's `Connection` class."""
    conn = sqlite3.connect(database, factory=Connection, **kwargs)
    assert isinstance(conn, Connection)
    return conn
