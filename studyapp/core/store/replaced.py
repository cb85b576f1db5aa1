"""The store's file replaced or deleted under the open app.

A sync tool putting another computer's copy in place (a new file renamed over the
store), a backup tool restoring one, a cleaner deleting it: the open connection goes
on reading and writing the file it opened, which is no longer at the store's path.
Every grade from then on went into a file nothing would ever open again, and the
next start opened the file put in its place (or restored an older backup): the
session's grades were lost, with no word.

The store notes its file (device and inode) when it opens it, and every write checks
the path still leads there (one stat, before the transaction: not on the start, and
nothing beside the fsync of a commit). Where it does not, nothing is written: what
the open connection holds, every grade of the session with it, is saved beside the
store under a name the next start finds among its copies (core.store.copies), and
StoreReplaced says where it is and what to do.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from studyapp.core.paths import restore_command
from studyapp.core.store.errors import StoreError
from studyapp.core.store.sqlite_words import plain_error


class StoreReplaced(StoreError):
    """The store's file is no longer the one this store opened: nothing is written.
    `short`: one line for a status bar, with the saved copy's name."""

    short = ""


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """The device and inode the path leads to; None for no file (or an in-memory store)."""
    if str(path) == ":memory:":
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def save_open_copy(conn: sqlite3.Connection, path: Path) -> tuple[Path | None, str]:
    """Copy what `conn` has open to a new file beside `path`: (where, "") or (None, why
    not)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target, n = path.with_name(f"{path.stem}-open-{stamp}{path.suffix}"), 2
    while target.exists():
        target, n = path.with_name(f"{path.stem}-open-{stamp}-{n}{path.suffix}"), n + 1
    try:
        with contextlib.closing(sqlite3.connect(target)) as copy:
            conn.backup(copy)
            # A file on its own, as a backup is: the store's WAL mode came with its
            # pages, and every read-only look at the copy (a start weighing it, Backups…)
            # left a -wal and a -shm beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if isinstance(exc, sqlite3.Error):
            return None, plain_error(exc)
        return None, exc.strerror or str(exc)
    return target, ""


def save_sound_copy(conn: sqlite3.Connection, path: Path) -> tuple[Path | None, str]:
    """`save_open_copy` for a file another program wrote into (core.store.overwritten):
    the connection reads what it holds in memory and its log as its own, its other
    pages from the file, which are now the other program's. A copy whose pages do
    not hold together is given its rows back in a sound file (core.store.salvage),
    as a damaged store is, and the rows this session wrote are written into it again
    (core.store.session_rows)."""
    copy, why = save_open_copy(conn, path)
    if copy is None:
        return copy, why
    try:
        with contextlib.closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as c:
            sound = [row[0] for row in c.execute("PRAGMA quick_check(1)")] == ["ok"]
    except sqlite3.Error:
        sound = False
    if not sound:
        from studyapp.core.store import salvage  # loaded only for damage

        try:
            saved = salvage.salvage(copy, copy)
        except (OSError, StoreError, sqlite3.Error):
            saved = None
        if saved is not None:
            with contextlib.suppress(OSError):
                os.replace(saved.path, copy)
    from studyapp.core.store import session_rows

    # Every row this session wrote, as it left it, whatever the other program left of
    # the pages (where the copy cannot take them, it is kept as it is).
    with contextlib.suppress(OSError, StoreError, sqlite3.Error):
        session_rows.write_again(conn, copy)
    return copy, ""


def replaced_error(
    path: Path, copy: Path | None, why: str, *, overwritten: bool = False
) -> StoreReplaced:
    """`overwritten`: the file is the one opened, with pages another program wrote
    into it (core.store.overwritten), not another file under its name."""
    if overwritten:
        message = (
            f"The study database {path} was overwritten by another program while StudyApp"
            " had it open: something other than StudyApp wrote into the file (a copy"
            " put over it with cp, a sync or backup tool). StudyApp writes nothing more"
            " into it. "
        )
    else:
        there = "deleted" if file_identity(path) is None else "replaced by another file"
        message = (
            f"The study database {path} was {there} while StudyApp had it open: a sync or"
            " backup tool may have put another copy in its place. StudyApp wrote nothing"
            " into it. "
        )
    what = "written into by another program" if overwritten else "replaced or deleted"
    if copy is not None:
        error = StoreReplaced(
            message + f"What StudyApp had open, with this session's grades, is saved as {copy}.",
            "Quit StudyApp and start it again. To go on from the saved copy, restore it"
            " in File → Backups…, where it is listed, or run"
            f" `{restore_command(copy, path.parent)}` (the database there now is kept as"
            " a backup).",
        )
        error.short = (
            f"Your study data file was {what}: nothing more is saved into it. This"
            f" session is kept in {copy.name}; quit and start StudyApp again."
        )
        return error
    error = StoreReplaced(
        message + f"What it had open could not be saved beside it ({why}).",
        "Keep StudyApp open, free some space or fix the folder, then try again.",
    )
    error.short = (
        f"Your study data file was {what}: nothing more is saved into it, and this"
        " session could not be kept beside it (see the message at the next grade)."
    )
    return error
