"""Backups that are the store's own file: a name in the backups folder that is a hard
link to the study database, or a symbolic link to it (made by hand, or by a backup or
sync tool that links rather than copies).

Such a "backup" is no snapshot: every grade written to the store changes it too, so
it holds nothing the store does not, its name's date is false, and damage to the
store is damage to it. Listed, it counted as the newest backup. Each start moves
such names aside (kept, never deleted: a link removed loses no data, yet the folder
is the person's) so that no backup listed is the store itself, and the log says
which.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from studyapp.core.store import backup, side_files

log = logging.getLogger(__name__)

__all__ = ["set_aside_own_file"]


def set_aside_own_file(store_path: Path, backup_dir: str | Path, now: datetime) -> list[Path]:
    """Move aside the backups of `backup_dir` that are `store_path`'s own file (see the
    module docstring); returns where they went."""
    try:
        own = os.stat(store_path)
    except OSError:
        return []
    moved = []
    for info in backup.list_backups(backup_dir):
        try:
            theirs = os.stat(info.path)
        except OSError:
            continue
        if (theirs.st_dev, theirs.st_ino) != (own.st_dev, own.st_ino):
            continue
        try:
            moved.append(side_files.set_aside(info.path, now))
        except OSError as exc:
            log.warning("the backup %s is the study database itself, and could not be"
                        " moved aside: %s", info.path, exc)  # fmt: skip
            continue
        log.warning(
            "the backup %s was the study database itself (a link to it), not a copy:"
            " moved aside as %s",
            info.path.name,
            moved[-1],
        )
    return moved
