"""Opening the store safely at start-up: damage is moved aside and repaired from a backup.

`open_store_safely` is what the app calls instead of `Store.open`. A store SQLite
cannot read, or one that fails ``PRAGMA quick_check``, is moved aside (never
deleted: ``studyapp.sqlite3.damaged-<UTC time>``, with its -wal/-shm files), the
newest backup that passes its own check is restored, and a `RecoveryReport` says
in plain words what happened and what may be missing. With no usable backup a
fresh store starts and the damaged file stays beside it. Only damage triggers
this: a locked, unreadable or full disk raises StoreError as before, because
moving the file would not help and might hide it from the user.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp.core.store import Store, StoreError, backup
from studyapp.core.store.backup import BackupInfo


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What `open_store_safely` did about a damaged store, for the person to read."""

    damaged_path: Path  # where the damaged file now is (kept, never deleted)
    problem: str  # what SQLite said about it
    restored: BackupInfo | None  # the backup now in use; None: a fresh, empty store
    skipped: tuple[Path, ...] = ()  # newer backups that failed their own check

    @property
    def title(self) -> str:
        if self.restored is None:
            return "Your study data could not be read; StudyApp started afresh"
        return "Your study data was damaged and has been restored from a backup"

    @property
    def message(self) -> str:
        what = (
            f"StudyApp could not read its study database ({self.problem}). "
            f"The damaged file was moved aside, not deleted: {self.damaged_path}."
        )
        if self.restored is None:
            return (
                f"{what} No usable backup was found, so StudyApp started with a new, empty "
                "database: import your notes again to study; the reviews in the damaged "
                "file are not in it. Keep that file: it may still be recoverable."
            )
        when = self.restored.created.strftime("%Y-%m-%d %H:%M UTC")
        skipped = (
            f" {len(self.skipped)} newer backup(s) were damaged too and were skipped."
            if self.skipped
            else ""
        )
        return (
            f"{what} The newest good backup, made {when}, was restored.{skipped} "
            f"Reviews and changes made after {when} may be missing."
        )


def open_store_safely(
    path: str | Path, backup_dir: str | Path, now: datetime
) -> tuple[Store, RecoveryReport | None]:
    """Open the store at `path`, repairing it from a backup when it is damaged.

    Returns the open store and None, or, when it was damaged, the store now in use
    and a report to show. Raises StoreError for problems a backup cannot fix (a
    locked or unreadable file, a full disk, a store from a newer StudyApp).
    """
    path = Path(path)
    problem = _damage(path, backup_dir)
    if problem is None:
        try:
            return Store.open(path), None
        except StoreError as exc:
            cause = exc.__cause__
            if not (isinstance(cause, sqlite3.Error) and backup.is_damage(cause)):
                raise
            problem = str(cause)
    damaged = backup.move_aside(path, now)
    skipped: list[Path] = []
    for info in backup.list_backups(backup_dir):
        try:
            backup.check_backup(info.path)
            staged = backup.copy_database(info.path, path.with_name(path.name + ".restoring"))
            backup.install_database(staged, path)
            store = Store.open(path)
        except StoreError:
            skipped.append(info.path)
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)  # only ever a copy of a backup here
            continue
        return store, RecoveryReport(damaged, problem, info, tuple(skipped))
    return Store.open(path), RecoveryReport(damaged, problem, None, tuple(skipped))


def _damage(path: Path, backup_dir: str | Path) -> str | None:
    if not path.exists():
        return None  # the first start, or the user removed it on purpose
    if path.stat().st_size == 0:
        # SQLite reads an empty file as an empty database, but it never leaves a
        # store empty: with backups around, treat it as the loss it is.
        return "the file is empty" if backup.list_backups(backup_dir) else None
    return backup.database_problem(path)
