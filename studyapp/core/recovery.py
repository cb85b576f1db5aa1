"""Opening the store safely at start-up, and keeping to one writer per data folder.

`open_store_safely` is what the app calls instead of `Store.open`. A store SQLite
cannot read, or one that fails ``PRAGMA quick_check``, is moved aside (never
deleted: ``studyapp.sqlite3.damaged-<UTC time>``, with its -wal/-shm files), the
newest backup that passes its own check is restored, and a `RecoveryReport` says
in plain words what happened and what may be missing. With no usable backup a
fresh store starts and the damaged file stays beside it. Only damage triggers
this: a locked, unreadable or full disk raises StoreError as before, because
moving the file would not help and might hide it from the user.

`acquire_store_lock` keeps a second app instance from writing to the same store.
It is an OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``<data dir>/studyapp.lock``, so the system drops it when the holder exits or is
killed: there are no stale locks to clean up, and a lock file left behind by a
crash is simply locked again. The file holds the holder's process id, for the
message. The file itself is never deleted (deleting a lock file others may have
open races with them).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp.core import backup
from studyapp.core.backup import BackupInfo
from studyapp.core.store import Store, StoreError

LOCK_FILENAME = "studyapp.lock"
# Windows locks a byte range; one far past the pid text keeps the pid readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


# --- opening the store -------------------------------------------------------


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


# --- one writer per data folder ------------------------------------------------


class StoreLock:
    """The single-writer lock of a data folder, held until `release()` (or exit)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.release()


def lock_path(data_dir: str | Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def acquire_store_lock(data_dir: str | Path) -> StoreLock | None:
    """Take the data folder's writer lock; None when another instance holds it.

    Raises StoreError when the lock file cannot be created (a read-only folder):
    the caller can then open the store read-only (`Store.open_read_only`).
    """
    path = lock_path(data_dir)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the lock file {path} ({exc.strerror or exc}).",
            "Check that the data folder is writable, or choose another with --data-dir.",
        ) from exc
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        return None
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError:
        pass  # the pid is only for the message; the lock is what counts
    return StoreLock(path, fd)


def lock_owner(data_dir: str | Path) -> int | None:
    """The process id written by the instance holding the lock, if any and readable
    (for "StudyApp is already running (process 1234)")."""
    try:
        text = lock_path(data_dir).read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    first = text.strip().splitlines()[0] if text.strip() else ""
    return int(first) if first.isdigit() else None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
