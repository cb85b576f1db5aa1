"""The store's file deleted or replaced while the store is open, written back.

SQLite keeps writing to the file it opened, whatever happens to its name: deleted
(a careless clean-up, a sync tool), every grade after it was reported saved into a
file that no longer had a name, and at the next start nothing of it, nor of what came
before, was there. Replaced (a sync tool putting back its own older copy), the next
start read the other file. `StoreBase` compares the file at the store's path with the
one it opened before each write, when a Store is backed up, and when it closes; where
they differ, `put_back` copies the open database (all it holds, its write-ahead log
included) back to the path through SQLite's backup API and reopens it there. A file
found in its place is kept beside it as ``<name>.replaced-<UTC time>``, never deleted.

Its write-ahead log and shared-memory file (-wal, -shm) removed alone (a cleaner of
"temporary" files) hid the commits since from any other reader, and a crash lost them
though each was reported saved. `reopen_log` moves them into the file and opens the
store again, so SQLite makes both anew where they belong.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.store.errors import StoreError, translate_error
from studyapp.core.store.schema import connect

Identity = tuple[int, int]
_STAMP = "%Y%m%dT%H%M%SZ"


def identity(path: str | Path) -> Identity | None:
    """The file at `path` (links followed) as (device, inode); None when there is none.
    Raises OSError when it cannot be told (a folder that cannot be read)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino)


def log_files(path: str | Path) -> tuple[Identity | None, Identity | None]:
    """The store's -wal and -shm files as they are (see `identity`)."""
    return identity(f"{path}-wal"), identity(f"{path}-shm")


def logs_moved_away(path: str | Path, opened: tuple[Identity | None, ...]) -> bool:
    """Whether a -wal or -shm file the open store had is gone or another one now."""
    try:
        now = log_files(path)
    except OSError:
        return False
    return any(was is not None and was != is_ for was, is_ in zip(opened, now, strict=True))


def reopen_log(conn: sqlite3.Connection, path: str | Path) -> tuple[sqlite3.Connection, str]:
    """Move what the removed log holds into the store's file and open it again: the
    new connection makes its -wal and -shm again. StoreError where that fails (the
    store stays open as it was)."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.Error as exc:
        if (known := translate_error(exc, path)) is None:
            raise
        raise known from exc
    conn.close()
    note = (
        f"The write-ahead log of the study database {path} was removed while StudyApp "
        "was running; what it held was moved into the database."
    )
    return connect(path), note


def moved_away(path: str | Path, opened: Identity) -> bool:
    """Whether the file at `path` is no longer the one opened as `opened`. Where that
    cannot be told, it is taken as still there: only a sure change writes anything."""
    try:
        return identity(path) != opened
    except OSError:
        return False


def put_back(
    conn: sqlite3.Connection, path: str | Path, now: datetime
) -> tuple[sqlite3.Connection, str]:
    """Write the database open on `conn` back at `path` and open it there; returns the
    new connection (`conn` is closed) and what happened, in words. On a failure to
    copy (a full disk) raises StoreError with `conn` still open and nothing changed,
    so the next write tries again."""
    target = Path(os.path.realpath(path))  # a link stays a link: its file is written
    replaced = target.exists()
    what = "replaced by another file" if replaced else "deleted"
    staged = target.with_name(f"{target.name}.put-back")
    try:
        if os.path.abspath(path) == str(target):  # no link on the way: a folder deleted
            target.parent.mkdir(parents=True, exist_ok=True)  # with it is made again
        _copy_out(conn, staged)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error) and (known := translate_error(exc, target)):
            reason = known.message
        else:
            reason = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(
            f"The study database {path} was {what} while StudyApp was running, and "
            f"could not be written back: {reason}",
            "Keep StudyApp open: your data is still in it. Free some space or make the "
            "folder writable, then do it again.",
        ) from exc
    conn.close()  # its log is checkpointed into the old file, and its side files go
    kept = None
    if target.exists():
        kept = _replaced_name(target, now)
        os.replace(target, kept)
    os.replace(staged, target)
    from studyapp.core.store.backup import _fsync_dir

    _fsync_dir(target.parent)
    note = f"The study database {path} was {what} while StudyApp was running; "
    note += "what StudyApp had open was written back in its place."
    if kept is not None:
        note += f" The other file is kept as {kept}."
    return connect(path), note


def _copy_out(conn: sqlite3.Connection, staged: Path) -> None:
    from studyapp.core.store.backup import _fsync_file  # it imports the store package

    with contextlib.closing(sqlite3.connect(staged)) as dst:
        conn.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one file, until it is opened again
    _fsync_file(staged)


def _replaced_name(path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime(_STAMP)
    target, n = path.with_name(f"{path.name}.replaced-{stamp}"), 2
    while target.exists():
        target, n = path.with_name(f"{path.name}.replaced-{stamp}-{n}"), n + 1
    return target
