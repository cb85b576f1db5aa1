"""Other copies of the store beside it: what a sync tool leaves when two computers
changed the store between syncs ("studyapp (Sam's conflicted copy 2026-12-01).sqlite3"
from Dropbox, "studyapp.sync-conflict-20261201-101500-ABCD.sqlite3" from Syncthing,
"studyapp-LAPTOP.sqlite3" from OneDrive, "studyapp(1).sqlite3" from Google Drive).
The grades made on one computer are then in that copy only, and StudyApp opened its
own file in silence: they were out of sight, and the copy was likely deleted as
clutter.

`newer_copies` finds, in the store's folder, the plain files named like the store
that are StudyApp stores of a version this one reads and hold reviews dated after
the store's newest: each with how many. It reads only headers, and opens only such
files, read-only and immutable (no side file is touched). Nothing is merged or
moved: the person is told, `copies_beside` lists them in Backups… (beside the
backups, core.backup.restore_sources), and a restore from there or `studyapp restore`
takes one in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.store.errors import _translated
from studyapp.core.store.header import read_header
from studyapp.core.store.schema import SCHEMA_VERSION
from studyapp.core.store.sqlio import open_unchangeable

if TYPE_CHECKING:
    from studyapp.core.store import Store

# The app's own files beside the store, and what it leaves there: never a copy.
_OWN_MARKS = (
    ".damaged-",
    ".set-aside-",
    ".restoring",
    ".salvage",
    ".session-",  # the rows a session kept (core.store.session_rows)
    "-wal",
    "-shm",
    "-journal",
)
_MOST_FILES = 200  # a folder of more is no data folder StudyApp made: not listed


class NewerCopy(NamedTuple):
    path: Path
    reviews: int  # reviews dated after the store's newest
    stamp: tuple[int, int]  # size and modification time: a copy told of once


def names_beside(store: Path) -> list[str]:
    """The names of the files in the store's folder; none where it cannot be listed or
    holds more than a data folder StudyApp made would (`_MOST_FILES`)."""
    try:
        with os.scandir(store.parent) as entries:
            names = [e.name for _n, e in zip(range(_MOST_FILES + 1), entries, strict=False)]
    except OSError:
        return []
    return [] if len(names) > _MOST_FILES else names


def newer_copies(store: Path, newest_ms: Callable[[], int]) -> list[NewerCopy]:
    """The copies beside `store` holding reviews dated after `newest_ms()` (the store's
    newest review, read only where there is a copy), newest first (see the module
    docstring)."""
    stem = store.stem.casefold()
    names = names_beside(store)
    found = []
    newest: int | None = None
    for name in names:
        path = store.parent / name
        if (
            name == store.name
            or not name.casefold().startswith(stem)
            or any(mark in name for mark in _OWN_MARKS)
        ):
            continue
        try:
            info = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        header = read_header(path)
        if header is None or not 1 <= header.user_version <= SCHEMA_VERSION:
            continue
        newest = newest_ms() if newest is None else newest
        reviews = _reviews_after(path, newest)
        if reviews:
            found.append(NewerCopy(path, reviews, (info.st_size, info.st_mtime_ns)))
    return sorted(found, key=lambda c: c.stamp[1], reverse=True)


def copies_beside(store: Store) -> list[NewerCopy]:
    """`newer_copies` of the open `store`: a sync tool's copies, and what StudyApp saved
    when the store was deleted or replaced under it (studyapp-open-….sqlite3)."""
    path = Path(store.path)

    def newest() -> int:
        with store._lock, _translated(path):
            return newest_review_ms(store._conn)

    return newer_copies(path, newest)


def _reviews_after(path: Path, newest_ms: int) -> int:
    with contextlib.suppress(sqlite3.Error), contextlib.closing(open_unchangeable(path)) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM reviews WHERE reviewed_at_ms > ?"
                " AND typeof(reviewed_at_ms) = 'integer'",
                (newest_ms,),
            ).fetchone()[0]
        )
    return 0


def newest_review_ms(conn: sqlite3.Connection) -> int:
    # Text sorts after every number: such a time (a damaged value) is no newest review.
    row = conn.execute(
        "SELECT max(reviewed_at_ms) FROM reviews WHERE typeof(reviewed_at_ms) = 'integer'"
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0
