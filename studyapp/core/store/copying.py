"""The online backup's copy of one database into another, in steps that report
progress and hear a cancel (core.store.backup makes backups with it).

SQLite's backup API copies pages from a read transaction on the source: the app's
own connection keeps writing meanwhile (WAL: a reader never blocks the writer). Each
step reads its own snapshot, so a write between two steps makes SQLite start the
copy over; after a few restarts the rest goes in one step, whose single snapshot
holds to the end and cannot restart: the copy always ends, and is always of one
moment of the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar

Progress = Callable[[str, int], None]  # (what is being done, percent)
T = TypeVar("T")


class BackupCancelled(Exception):
    """A backup stopped because its caller asked (`make_backup(cancelled=…)`): no
    file was left behind. Not an error to show."""


# Pages copied per step of a backup with progress: 1 MB of the store's 4 KB pages,
# so a cancel is heard within a few milliseconds.
STEP_PAGES = 256
# A write by another connection between two steps restarts the copy (SQLite's online
# backup): after this many restarts, the rest is copied in one step, which holds one
# snapshot to the end (WAL: the writer goes on meanwhile) and cannot restart.
_MAX_RESTARTS = 2


class _Restarted(Exception):
    """Stepping is given up for one step (see _MAX_RESTARTS)."""


def copy_pages(
    src: sqlite3.Connection,
    dst: sqlite3.Connection,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """The online backup from `src` into `dst`: in steps when someone listens or may
    cancel, else in one."""
    if progress is None and cancelled is None:
        src.backup(dst)
        return
    seen = {"remaining": None, "restarts": 0}

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled
        last = seen["remaining"]
        if last is not None and remaining >= last:  # the store changed: started over
            seen["restarts"] += 1
            if seen["restarts"] > _MAX_RESTARTS:
                raise _Restarted
        seen["remaining"] = remaining
        if progress is not None and total:
            progress("Copying your study data", (total - remaining) * 80 // total)

    if progress is not None:
        progress("Copying your study data", 0)
    try:
        src.backup(dst, pages=STEP_PAGES, progress=step)
    except _Restarted:
        src.backup(dst)


def interruptible(
    conn: sqlite3.Connection, cancelled: Callable[[], bool] | None, work: Callable[[], T]
) -> T:
    """`work()` on `conn`, its statements interrupted once `cancelled()` is true."""
    if cancelled is None:
        return work()
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 10_000)
    try:
        return work()
    finally:
        conn.set_progress_handler(None, 0)
