"""Keeping to one writer per data folder, and (re-exported from core.store.recovery)
opening the store safely at start-up.

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
import errno
import os
import time
from pathlib import Path

from studyapp.core.paths import STORE_FILENAME
from studyapp.core.store import StoreError
from studyapp.core.store.errors import marked_unchangeable, owned_by_another
from studyapp.core.store.recovery import RecoveryReport, acknowledge_waiting, open_store_safely

__all__ = [
    "LOCK_FILENAME",
    "RecoveryReport",
    "StoreLock",
    "acknowledge_waiting",
    "acquire_store_lock",
    "lock_owner",
    "lock_path",
    "open_store_safely",
]

LOCK_FILENAME = "studyapp.lock"
# Windows locks a byte range; one far past the pid text keeps the pid readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
# What taking a lock another process holds fails with (flock: EWOULDBLOCK, which is
# EAGAIN; msvcrt.locking: EACCES or EDEADLOCK); any other error is no lock at all.
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


# --- one writer per data folder ------------------------------------------------


class StoreLock:
    """The single-writer lock of a data folder, held until `release()` (or exit);
    `also`: the lock beside the file a linked store leads to, held with it."""

    def __init__(self, path: Path, fd: int, also: StoreLock | None = None) -> None:
        self.path = path
        self._fd: int | None = fd
        self._also = also

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._also is not None:
            self._also.release()
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


def linked_folder(data_dir: str | Path) -> Path | None:
    """The folder the store's file really is in, where the store in `data_dir` is a link
    to a file in another folder (a store kept in a synced folder, linked into the data
    folder); None when it is not. Another data folder may link to the same file."""
    store = Path(data_dir) / STORE_FILENAME
    if not store.is_symlink():
        return None
    real = Path(os.path.realpath(store)).parent
    return None if real == Path(os.path.realpath(data_dir)) else real


def acquire_store_lock(data_dir: str | Path) -> StoreLock | None:
    """Take the data folder's writer lock; None when another instance holds it.

    Where the store is a link to a file in another folder, the lock of that folder
    is taken too: a StudyApp started on a second data folder linking to the same file
    (or on the folder the file is in) wrote beside the first, each holding its own
    folder's lock, and the first took the other's grades for another program's
    writes. A folder whose lock cannot be made (one only read) is left at the data
    folder's lock.

    Raises StoreError when the lock file cannot be created (a read-only folder), or
    cannot be locked at all (a drive without locks): the caller can then open the
    store read-only (`Store.open_read_only`).
    """
    lock = _acquire(lock_path(data_dir))
    if lock is None or (linked := linked_folder(data_dir)) is None:
        return lock
    try:
        lock._also = _acquire(lock_path(linked))
    except StoreError:
        return lock
    if lock._also is None:  # a StudyApp writes the file through the folder it is in
        lock.release()
        return None
    return lock


def _acquire(path: Path) -> StoreLock | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise _lock_file_problem(path, exc) from exc
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _HELD:
            return None
        # No lock at all here (a network drive without its lock service: ENOLCK),
        # which is no StudyApp running: saying so sent the person to close windows
        # that were not there, and left every start read-only.
        raise StoreError(
            f"Cannot lock the file {path} ({exc.strerror or exc}): the data folder's "
            "drive does not support locking, as some network drives do not.",
            "Choose a folder on this computer with --data-dir.",
        ) from exc
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError:
        pass  # the pid is only for the message; the lock is what counts
    return StoreLock(path, fd)


def _lock_file_problem(path: Path, exc: OSError) -> StoreError:
    """Why the lock file cannot be opened, named: a folder where the lock file should
    be (a sync tool's conflict, a hand edit), or files of another user, were reported
    as "check that the data folder is writable", which it was, and every start stayed
    read-only with nothing to fix. (A data folder that is a file is said before.)"""
    folder = path.parent
    with contextlib.suppress(OSError):
        if isinstance(exc, PermissionError) and (
            foreign := owned_by_another(path, folder / "studyapp.sqlite3", folder)
        ):
            return foreign
        if isinstance(exc, PermissionError) and (flagged := marked_unchangeable(folder)):
            return flagged
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return StoreError(
                f"Cannot create the lock file {path}: the disk holding the data folder"
                " is full (no room for a new file).",
                "Free some space and try again.",
            )
        if exc.errno == errno.EROFS:
            # "Fix the permissions of the data folder": no permission can be fixed on
            # a write-protected stick, a disk image, a snapshot or a drive mounted so.
            return StoreError(
                f"The data folder {folder} is on a drive that can only be read"
                f" ({exc.strerror or 'read-only file system'}: a write-protected drive,"
                " or one mounted read-only), so StudyApp cannot write your study data"
                " there.",
                "Copy the data folder to a drive that can be written and choose the copy"
                " with --data-dir, or make the drive writable.",
                "Copy the data folder to a drive that can be written, or make the drive"
                " writable, then quit StudyApp and start it again (with --data-dir"
                " naming the copy).",
            )
        if path.is_dir():
            return StoreError(
                f"{path} is a folder, not StudyApp's lock file, so StudyApp cannot make"
                " sure it is the only one writing to your study data.",
                "Move or rename that folder (StudyApp never deletes it), then start"
                " StudyApp again.",
            )
        if isinstance(exc, PermissionError) and path.is_file():
            # "Cannot create the lock file": it was there, made by an earlier start;
            # its permissions (or the folder's) keep this user from writing it.
            folder_too = "" if os.access(folder, os.W_OK) else ", nor can the data folder"
            return StoreError(
                f"The lock file {path} is there but you cannot write it"
                f" ({exc.strerror or exc}){folder_too}: their permissions allow you only"
                " to read them.",
                f"Make the data folder {folder} and its files writable for you (chmod -R"
                " u+w on it), or choose another folder with --data-dir.",
                f"Make the data folder {folder} and its files writable for you, then quit"
                " StudyApp and start it again.",
            )
        if path.is_symlink() and (why := _broken_link(path)):
            # "Check that the data folder is writable": it was; the link was not followed.
            return StoreError(
                f"The lock file {path} is {why}, so StudyApp cannot make sure it is the"
                " only one writing to your study data.",
                "Remove that link (it holds nothing of yours: StudyApp makes its lock file"
                " again), then start StudyApp again.",
            )
    return StoreError(
        f"Cannot create the lock file {path} ({exc.strerror or exc}).",
        "Check that the data folder is writable, or choose another with --data-dir.",
        f"Fix the permissions of the data folder {folder} so that you can write in it,"
        " then quit StudyApp and start it again.",
    )


def _broken_link(path: Path) -> str | None:
    """What is wrong with the symbolic link `path` (a sync tool's or a hand-made link to
    a drive not connected, or to itself), in words; None when it leads somewhere."""
    try:
        os.path.realpath(path, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link that loops back to itself"
        return (
            f"a symbolic link to {os.path.realpath(path)}, which is not there (its drive"
            " may not be connected, or it was removed)"
        )
    return None


def lock_owner(data_dir: str | Path) -> int | None:
    """The process id written by the instance holding the lock, if any and readable
    (for "StudyApp is already running (process 1234)"); of the lock beside a linked
    store's file where that one is held."""
    linked = linked_folder(data_dir)
    if linked is not None and _held(lock_path(linked)):
        data_dir = linked
    try:
        text = lock_path(data_dir).read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    first = text.strip().splitlines()[0] if text.strip() else ""
    return int(first) if first.isdigit() else None


CLOSING_MARK = "closing"  # the lock file's second line: its holder is quitting


def note_closing(data_dir: str | Path) -> None:
    """This process, holding the folder's lock, has hidden its window and ends once
    its closing backup is written: said in the lock file, for a start meanwhile to wait
    for it rather than offer a read-only window (`wait_for_closing`). Nothing where
    this process holds no lock there."""
    if lock_owner(data_dir) != os.getpid():  # the pid its holder wrote
        return
    with contextlib.suppress(OSError):
        lock_path(data_dir).write_text(f"{os.getpid()}\n{CLOSING_MARK}\n", encoding="ascii")


def closing(data_dir: str | Path) -> bool:
    """Whether the instance holding the folder's lock is quitting (`note_closing`)."""
    try:
        lines = lock_path(data_dir).read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return False
    return lines[1:2] == [CLOSING_MARK] and _held(lock_path(data_dir))


def wait_for_closing(data_dir: str | Path, timeout: float) -> StoreLock | None:
    """The folder's lock, once the instance quitting (`closing`) let it go; None if it
    still holds it after `timeout` seconds, or holds it and is not quitting."""
    deadline = time.monotonic() + timeout
    while closing(data_dir):
        if (lock := acquire_store_lock(data_dir)) is not None:
            return lock
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.05)
    return acquire_store_lock(data_dir)


def _held(path: Path) -> bool:
    """Whether another holds the lock of the lock file `path` now."""
    try:
        lock = _acquire(path)
    except StoreError:
        return False
    if lock is None:
        return True
    lock.release()
    return False


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
