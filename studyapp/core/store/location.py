"""Where the store's file really is, and whether it is there to be used at all.

The store's path may be a symbolic link (the file kept on another drive, or in a
synced folder). Everything that moves, replaces or copies beside the file works on
the file the link leads to, so a repair or a restore keeps the link and puts the
file where the link points (and the staged copy on the same disk, so the final
rename can be atomic).

A link that leads nowhere is not a deleted store: its drive is most likely not
mounted yet. Treating it as missing would restore a backup as a plain file in
place of the link, and the real store would never be used again once the drive
came back. `store_file` refuses it instead, naming where the link points, and so
it does a link that loops and a folder where the file should be.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from studyapp.core.store.errors import StoreError

_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's, beside the database file


class StoreUnavailable(StoreError):
    """The store's path cannot lead to a database file now (see the module docstring)."""


def real_path(path: str | Path) -> Path:
    """Where the links of `path` lead, as far as they go (`path` itself when it is no
    link): what is made, moved or replaced beside the store goes there."""
    return Path(os.path.realpath(path))


def store_file(path: str | Path, *, new_ok: bool = False) -> Path:
    """The file the store at `path` is: `path` itself, or where its links lead.

    Raises StoreUnavailable when `path` is a folder, a link that loops, or a link to
    a file that is not there. With `new_ok`, a link to a file not there yet whose
    folder exists is fine (a store is about to be made, or restored, where it points).
    """
    path = Path(path)
    try:
        return _store_file(path, new_ok)
    except PermissionError as exc:  # a data folder that cannot be entered
        raise unreachable(path, exc) from exc


def unreachable(path: Path, exc: OSError) -> StoreUnavailable:
    """The error for a store whose folder cannot even be looked into."""
    return StoreUnavailable(
        f"Could not reach the study database {path} ({exc.strerror or exc}).",
        "Check the permissions of its folder (it may belong to another user, say after a"
        " run with sudo), or choose another folder with --data-dir.",
        "Fix the permissions of its folder (it may belong to another user, say after a"
        " run with sudo), then quit StudyApp and start it again.",
    )


def special_kind(path: str | Path) -> str | None:
    """What `path` is when it is there but is neither a plain file nor a link ("a
    folder", "a named pipe" …); None for a file, a link, or nothing there. Reading a
    named pipe waits for a writer that never comes: start-up hung, with no window and
    no word, on a pipe in the store's place, its journal's or a backup's."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _store_file(path: Path, new_ok: bool) -> Path:
    if not path.is_symlink():
        if (kind := special_kind(path)) is not None:
            raise StoreUnavailable(
                f"{path} is {kind}, not StudyApp's study database file.",
                f"Move or rename that {_noun(kind)} (StudyApp never deletes it), or choose "
                "another data folder with --data-dir.",
            )
        for suffix in _SIDE_FILES:
            # SQLite keeps its journal there: a folder in its place (a sync tool's
            # conflict, a copy gone wrong) was blamed on permissions or the disk, and
            # a named pipe there hung the start for good.
            side = Path(f"{path}{suffix}")
            if (kind := special_kind(side) or _special_target(side)) is not None:
                raise StoreUnavailable(
                    f"{side} is {kind}, where SQLite keeps the study database's journal: "
                    "the database cannot be opened beside it.",
                    f"Move or rename that {_noun(kind)} (StudyApp never deletes it), then "
                    "start StudyApp again.",
                )
        for suffix in ("-wal", "-shm"):
            _refuse_broken_link(Path(f"{path}{suffix}"))
        return path
    try:
        real = Path(os.path.realpath(path, strict=True))  # ELOOP; ENOENT: dangling
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreUnavailable(
                f"StudyApp's study database {path} is a symbolic link that leads back to "
                "itself (a loop): there is no file to open.",
                "Point the link at your study database, or remove it; nothing was changed.",
            ) from exc
        target = real_path(path)
        if new_ok and target.parent.is_dir():
            return target
        raise StoreUnavailable(
            f"StudyApp's study database {path} is a link to {target}, which is not "
            "available: the drive or folder holding it may not be connected or mounted.",
            "Connect it, then start StudyApp again. The link was left as it is: no backup "
            "was put in its place.",
        ) from exc
    return _store_file(real, new_ok)  # a link to a folder is refused there


def _refuse_broken_link(side: Path) -> None:
    """Raise StoreUnavailable where the store's log or shared memory is a symbolic link
    that leads nowhere (to a drive not connected, a folder removed) or to itself:
    SQLite could neither open nor make it, and every start stopped with "Could not open
    the study database: check that its folder exists and is writable", which it did."""
    if not side.is_symlink():
        return
    try:
        os.path.realpath(side, strict=True)
    except OSError as exc:
        loop = exc.errno == errno.ELOOP
        what = (
            "a symbolic link that loops back to itself"
            if loop
            else f"a symbolic link to {real_path(side)}, which is not there (its drive may"
            " not be connected, or it was removed)"
        )
        log = side.name.endswith("-wal")
        if log and not loop:  # it may hold grades not yet in the file: never dropped here
            hint = (
                "Connect that drive, then start StudyApp again. If it is gone for good,"
                " remove the link: the study database then opens as its own file holds it."
            )
        else:
            hint = "Remove that link (nothing can be read through it), then start StudyApp again."
        raise StoreUnavailable(
            f"{side} is {what}. SQLite keeps the study database's"
            f" {'log' if log else 'shared memory'} there, so the database cannot be opened"
            " beside it.",
            f"{hint} Nothing was changed.",
        ) from exc


def _special_target(path: Path) -> str | None:
    """`special_kind` of what a link at `path` leads to (a side file linked to a pipe)."""
    if not path.is_symlink():
        return None
    return special_kind(os.path.realpath(path))


def _noun(kind: str) -> str:
    return kind.split(" ", 1)[1]


def heal_side_files(path: str | Path) -> None:
    """Give SQLite's side files of a writable store (its WAL and shared memory) the
    store's own mode where they cannot be written. SQLite makes them with the mode of
    the store file, so a run while the store was read-only (then opened read-only, as
    the window does) leaves them read-only, and after the person made the store
    writable again every write still failed as "read-only". Only the permissions
    change: what they hold is kept. Nothing when they belong to another user."""
    real = real_path(path)
    try:
        if not os.access(real, os.W_OK):
            return
        mode = real.stat().st_mode & 0o777
        for suffix in ("-wal", "-shm"):
            side = Path(f"{real}{suffix}")
            if side.exists() and not os.access(side, os.W_OK):
                os.chmod(side, mode)
    except OSError:
        pass  # then SQLite's own error says read-only, as before


def on_read_only_drive(folder: Path) -> bool:
    """Whether `folder` is on a drive mounted read-only (a write-protected stick, a
    disk image or a snapshot): nothing there can be repaired or restored in place.
    False where the system cannot tell (no ``statvfs``, as on Windows) or the folder
    cannot be asked."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False
