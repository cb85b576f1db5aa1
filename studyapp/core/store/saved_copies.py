"""What StudyApp itself saved beside the store when its file was deleted or replaced
under the open app (core.store.replaced: ``studyapp-open-<UTC time>.sqlite3``), as
candidates for a start that finds the store missing or damaged.

Such a copy holds every grade saved until the file went, while the newest backup
(made up to 30 minutes earlier) may lack the last ones: the start restored the
backup, named the copy in a long message, and the person had to restore again by
hand. `recovery_candidates` puts a copy ahead of the backups where it is at least as
new as the newest of them and holds at least as many reviews; any other copy comes
after them (better than a new, empty store). Each is checked as a backup is before
it is used (core.store.rescue), and none is moved or deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.store import backup
from studyapp.core.store.backup import BackupInfo
from studyapp.core.store.copies import names_beside
from studyapp.core.store.header import looks_whole
from studyapp.core.store.sqlio import open_unchangeable

OPEN = "open"  # the reason of such a copy, as a backup's is "auto" or "manual"


def saved_copies(store: Path) -> list[BackupInfo]:
    """The copies StudyApp saved beside `store` (see the module docstring), newest first."""
    name = re.compile(
        rf"{re.escape(store.stem)}-open-(\d{{8}}T\d{{6}}Z)(?:-\d+)?{re.escape(store.suffix)}"
    )
    names = names_beside(store)
    found = []
    for entry in names:
        match = name.fullmatch(entry)
        if match is None:
            continue
        path = store.parent / entry
        try:
            info = os.stat(path)
            created = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(info.st_mode):
            found.append(BackupInfo(path, created, info.st_size, OPEN, looks_whole(path)))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def recovery_candidates(store: Path, backup_dir: str | Path, now: datetime) -> list[BackupInfo]:
    """The backups in the order a start tries them (core.store.backup.recovery_order),
    with the copies StudyApp saved beside `store`: ahead of them those at least as new
    as the newest usable backup and holding at least as many reviews, after them the
    others."""
    backups = backup.recovery_order(backup.list_backups(backup_dir), now)
    newest = next(
        (b for b in backups if b.usable and not backup.is_future(b, now)),
        None,
    )
    least = -1 if newest is None else reviews_in(newest.path)
    ahead, after = [], []
    for copy in saved_copies(store):
        first = copy.usable and (newest is None or copy.created >= newest.created)
        (ahead if first and reviews_in(copy.path) >= least else after).append(copy)
    return [*ahead, *backups, *after]


def reviews_in(path: Path) -> int:
    """How many reviews the database at `path` holds; -1 where it cannot be read."""
    with contextlib.suppress(sqlite3.Error), contextlib.closing(open_unchangeable(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    return -1
