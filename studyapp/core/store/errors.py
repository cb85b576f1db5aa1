"""StoreError and the translation of SQLite's environment failures into it."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from studyapp.core.model import (
    StudyAppError,
)


class StoreError(StudyAppError):
    """The database cannot be used right now: a plain message and what to do about it.

    `hint` is printed by the command line; `window_hint`, where given, is what the
    window says instead: what the person can do there (fix a folder's permissions,
    quit and start again), not an option to type ("choose another with --data-dir")."""

    def __init__(self, message: str, hint: str = "", window_hint: str = "") -> None:
        self.message = message
        self.hint = hint
        self.window_hint = window_hint or hint
        super().__init__(f"{message} {hint}".strip())


class StoreBusy(StoreError):
    """Another connection holds the lock (an import's transaction, another program):
    trying again later may succeed."""


class NewerStore(StoreError):
    """The database was made by a newer StudyApp (a higher schema version). Not damage:
    this version leaves it untouched (no repair, no backup of it, nothing over it)."""


def newer_store(path: str | Path | None, version: int, known: int) -> NewerStore:
    """The hint names the way out for a person who never ran a newer StudyApp (a
    version number written by hand or by another tool: "update StudyApp" was an
    update that does not exist, and `studyapp restore` refuses to replace the file):
    the file moved out, the next start restores the newest backup."""
    where = f" {path}" if path else ""
    way_out = (
        f" If no newer StudyApp was ever used with this data folder, move {path} out of"
        " it (keep it): StudyApp then starts from your newest backup."
        if path
        else ""
    )
    return NewerStore(
        f"The study database{where} was made by a newer version of StudyApp (its schema "
        f"version is {version}; this one knows up to {known}). StudyApp left it untouched.",
        f"Update StudyApp to use it, or choose another folder with --data-dir.{way_out}",
    )


def owned_by_another(*paths: str | Path) -> StoreError | None:
    """The first of `paths` that this user cannot write because another user owns it
    (StudyApp run once as root, with sudo, made its files root's), named with its owner
    and how to get it back; None where none is (or on a system without user ids).
    "Check that the data folder is writable" sent the person to a folder that was."""
    if not hasattr(os, "geteuid"):
        return None
    for path in map(Path, paths):
        try:
            owner = path.stat().st_uid
            if owner == os.geteuid() or os.access(path, os.W_OK):
                continue
        except OSError:
            continue
        try:
            import pwd

            name = pwd.getpwuid(owner).pw_name
        except (ImportError, KeyError):
            name = f"user id {owner}"
        return StoreError(
            f"{path} belongs to another user ({name}), so StudyApp cannot write it: it"
            " was probably started once as that user (with sudo). Your data is there.",
            f'Give the data folder back to yourself (sudo chown -R "$USER"'
            f" '{path.parent}'), then start StudyApp again.",
        )
    return None


LOCKED_AGAINST_CHANGE = (
    "is locked against any change (locked in the Finder's Get Info, or made immutable"
    " with chattr +i)"
)


def unlock_words(path: Path) -> str:
    """How to lift the flag of `locked_against_change` from `path`."""
    what = "folder" if path.is_dir() else "file"
    return (
        f"Unlock the {what} (in the Finder: Get Info, untick Locked; on Linux: sudo"
        f" chattr -i -a '{path}')"
    )


def locked_against_change(*paths: str | Path) -> Path | None:
    """The first of `paths` (a file or a folder) that this user owns and whose
    permissions let them write it, while the system still refuses: a flag on it
    forbids changes (the Finder's Get Info "Locked", `chflags uchg`, Linux's
    `chattr +i` or `+a`); None where none is, or the drive itself only reads. Never
    opened (closing a file this process has open would drop SQLite's locks): its mode
    is set to the mode it has, which a flag alone refuses its owner."""
    if not hasattr(os, "geteuid"):
        return None
    for path in map(Path, paths):
        try:
            info = path.stat()
            if info.st_uid != os.geteuid() or not info.st_mode & 0o200:
                continue
            if os.access(path, os.W_OK) or os.statvfs(path).f_flag & os.ST_RDONLY:
                continue
            if _flag_refuses(path, info.st_mode):
                return path
        except OSError:
            continue
    return None


def marked_unchangeable(*paths: str | Path) -> StoreError | None:
    """`locked_against_change` said, with the way to lift the flag: "Check the file's
    permissions" sent the person to permissions that allowed writing."""
    path = locked_against_change(*paths)
    if path is None:
        return None
    return StoreError(
        f"{path} {LOCKED_AGAINST_CHANGE}, though its permissions let you write it. What"
        " was saved before is kept.",
        f"{unlock_words(path)}, then try again.",
        f"{unlock_words(path)}, then quit StudyApp and start it again.",
    )


def _flag_refuses(path: Path, mode: int) -> bool:
    """Whether the system refuses the owner of `path` even a change of its mode to the
    mode it has (a change of nothing): only a flag against change does (EPERM), where
    permissions never keep an owner from that."""
    try:
        os.chmod(path, stat.S_IMODE(mode))
    except PermissionError as exc:
        return exc.errno == errno.EPERM
    return False


# --- errors ------------------------------------------------------------------

_LOCKED = (
    "The study database is busy: another StudyApp window may be using it.",
    "Close other StudyApp windows and try again.",
)
_DAMAGED = (
    "The study database {path} is damaged or is not a StudyApp database.",
    "Start StudyApp again: it repairs the file, or moves it aside (never deleting it)"
    " and restores the newest good backup.",
)
# What the window says for a hint of the command line's (StoreError.window_hint).
_IN_WINDOW = {
    "Check that its folder exists and is writable, or choose another with --data-dir.": (
        "Check that its folder exists and that you can write in it, then quit StudyApp"
        " and start it again."
    ),
    "Check the file's permissions, or choose another folder with --data-dir.": (
        "Fix the file's permissions so that you can write it, then quit StudyApp and"
        " start it again."
    ),
}
# Not SQLite's words: what `translate_error` reads a write refused at the system's file
# size limit as (SQLite says "disk I/O error", which sent the person to their cables).
_SIZE_LIMIT = "file size limit reached"
# (text in SQLite's message, message, hint); {path} is the database file.
_KNOWN_ERRORS: tuple[tuple[str, str, str], ...] = (
    ("database is locked", *_LOCKED),
    ("database table is locked", *_LOCKED),
    (
        "disk i/o error",
        "The disk holding the study database {path} failed to read or write it (a drive"
        " unplugged, or failing). What was saved before is kept in the file.",
        "Check that the disk is connected and healthy, then try again.",
    ),
    (
        "unable to open database file",
        "Could not open the study database {path}.",
        "Check that its folder exists and is writable, or choose another with --data-dir.",
    ),
    (
        "database or disk is full",
        "The disk holding the study database {path} is full. What was saved before is kept"
        " in the file.",
        "Free some space and try again.",
    ),
    (
        "readonly database",
        "The study database {path} is read-only. What was saved before is kept in it.",
        "Check the file's permissions, or choose another folder with --data-dir.",
    ),
    (
        _SIZE_LIMIT,
        "The study database {path} cannot grow: this system limits the size of the files"
        " StudyApp may write (ulimit -f), and the file has reached it. What was saved"
        " before is kept in the file.",
        "Raise that limit (or ask whoever set it to), then try again.",
    ),
    ("file is not a database", *_DAMAGED),
    ("database disk image is malformed", *_DAMAGED),
)


def translate_error(exc: sqlite3.Error, path: str | Path) -> StoreError | None:
    """The user-facing error for an environment failure; None for anything else (a bug)."""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_DIRECTORY:
        if (flagged := marked_unchangeable(Path(path).parent)) is not None:
            return flagged
        return StoreError(
            f"The folder {Path(path).parent} holding the study database cannot be written.",
            "Check the folder's permissions, or choose another with --data-dir.",
            "Fix the folder's permissions so that you can write in it, then quit StudyApp"
            " and start it again.",
        )
    text = str(exc).casefold()
    if ("readonly database" in text or "unable to open" in text) and (
        foreign := owned_by_another(path, f"{path}-wal", f"{path}-shm")
    ):
        return foreign
    if "readonly database" in text and (
        flagged := marked_unchangeable(path, f"{path}-wal", f"{path}-shm")
    ):
        return flagged
    if "unable to open" in text and (flagged := marked_unchangeable(Path(path).parent)):
        return flagged  # no log could be made in the folder
    if ("disk i/o error" in text and (no_room(exc) or disk_nearly_full(path))) or (
        "unable to open database file" in text and no_room_for_files(Path(path).parent)
    ):
        # SQLite reports a write that found no room (the WAL, its shared memory) as
        # an I/O error, which would send the person to check their cables.
        text = "database or disk is full"
    elif "disk i/o error" in text and at_size_limit(path):
        text = _SIZE_LIMIT
    if "locked" in text and writer_here(path):
        # This process holds StudyApp's writer lock of the folder: no StudyApp window
        # is in the way, and "close other StudyApp windows" sent the person to look
        # for windows that were not there.
        return StoreBusy(
            f"The study database {path} is locked by another program (not StudyApp): a"
            " database browser or a backup or sync tool may have it open. What was saved"
            " before is kept in the file.",
            "Close that program, then try again.",
        )
    for needle, message, hint in _KNOWN_ERRORS:
        if needle in text:
            kind = StoreBusy if message == _LOCKED[0] else StoreError
            return kind(message.format(path=path), hint, _IN_WINDOW.get(hint, ""))
    if is_damage(exc):  # "malformed database schema (…)" and other SQLITE_CORRUPT texts
        message, hint = _DAMAGED
        return StoreError(message.format(path=path), hint)
    return None


# SQLite's primary result codes for a file that is not (or no longer) a database.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_DAMAGE_TEXT = ("file is not a database", "malformed")
# A schema that needs what no StudyApp has: an index, a rule or a table another
# program added (a database browser, a newer sqlite3 shell) over a function, a sort
# order (collation) or a kind of table of its own. Every check of the file and every
# write into that table fails on it, so the file is as unusable as a damaged one,
# and its rows as readable: the repair copies them into a store of the app's schema.
# (Not a StudyApp's bug: the app's own SQL uses SQLite's built-in ones only.)
FOREIGN_SCHEMA_TEXT = ("unknown function", "no such collation sequence", "no such module")
CHECK_SUFFIX = ".needs-check"
# Below this much free space a disk I/O error is most likely the disk being full.
NEARLY_FULL_BYTES = 16 * 1024 * 1024


def disk_nearly_full(path: str | Path) -> bool:
    """Whether the disk holding `path` (a file or a folder) has almost no room left."""
    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def no_room_for_files(folder: str | Path) -> bool:
    """Whether a new file cannot be made in `folder` for want of room: a disk with no
    free inodes (space left, so `disk_nearly_full` saw nothing) or a quota. SQLite
    says only "unable to open database file" when it cannot make the store's log
    there; asking the system by making a file is what tells (`file_refused`)."""
    refused = file_refused(folder)
    return refused is not None and refused.errno in _NO_ROOM


def file_refused(folder: str | Path) -> OSError | None:
    """Why the system will not let a file be made in `folder` (None where it does), in
    its own words ("Read-only file system", "Permission denied"), where SQLite said
    only "unable to open database file": asked by making one, removed at once. Only
    after a failure: nothing on a start that opens."""
    try:
        fd, name = tempfile.mkstemp(prefix=".studyapp-room-", dir=folder)
    except OSError as exc:
        return exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return None


def writer_here(path: str | Path) -> bool:
    """Whether this process holds StudyApp's writer lock of the folder of the store at
    `path`: its lock file names this process (core.recovery)."""
    from studyapp.core.recovery import lock_owner

    return str(path) != ":memory:" and lock_owner(Path(path).parent) == os.getpid()


def at_size_limit(path: str | Path, *, beside: bool = True) -> bool:
    """Whether a file of the store (`path`, its log or journal; `beside` False: the
    file alone) has grown to within a page of the largest file this process may write
    (RLIMIT_FSIZE, `ulimit -f`): the system refuses the write, and SQLite says only
    "disk I/O error"."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return False
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return False
    for name in (str(path), f"{path}-wal", f"{path}-journal") if beside else (str(path),):
        with contextlib.suppress(OSError):
            if os.stat(name).st_size + _LARGEST_PAGE > limit:
                return True
    return False


_LARGEST_PAGE = 65536

FULL, SIZE_LIMIT = "full", "size limit"  # why a file could not grow (`no_room_to_write`)


def no_room_to_write(
    exc: sqlite3.Error | OSError, written: str | Path, source: str | Path
) -> str | None:
    """Why the file `written`, a copy of the database `source` (a backup being made, a
    backup staged for a restore), could not grow: FULL (a full disk, a quota) or
    SIZE_LIMIT (the largest file this process may write, `ulimit -f`, is smaller than
    the copy: SQLite sizes the file for every page at once, so the copy may be empty
    when it fails), told as `translate_error` tells them of the store; None for
    anything else. SQLite says only "disk I/O error" of both, and the backups' folder
    was blamed."""
    if isinstance(exc, OSError):
        if exc.errno in _NO_ROOM:
            return FULL
        return SIZE_LIMIT if exc.errno == errno.EFBIG else None
    text = str(exc).casefold()
    if "full" in text:
        return FULL
    if "disk i/o error" not in text:
        return None
    if no_room(exc) or disk_nearly_full(written):
        return FULL
    return SIZE_LIMIT if at_size_limit(written) or at_size_limit(source, beside=False) else None


def no_room_words(why: str, written: str | Path, what: str) -> tuple[str, str]:
    """`no_room_to_write`'s answer as a clause of `what` the file is ("the backup"),
    and what to do about it."""
    if why == SIZE_LIMIT:
        return (
            f"{what} cannot be written whole: this system limits the size of the files"
            f" StudyApp may write (ulimit -f), and {what} is larger",
            "Raise that limit (or ask whoever set it to)",
        )
    return f"the disk holding {Path(written).parent} is full", "Free some space"


def no_room(exc: sqlite3.Error) -> bool:
    """Whether SQLite could not grow the shared-memory file a WAL reader needs: only a
    full disk, a disk quota or a file size limit refuse that (not damage, not a lost
    drive). A full disk with room for its size left (a quota) looked sound to
    `disk_nearly_full`, and the start said "disk I/O error: check the disk"."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_IOERR_SHMSIZE


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file is damaged or not a database at all
    (as opposed to locked, unreadable or on a full disk)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return True
    text = str(exc).casefold()
    return any(needle in text for needle in (*_DAMAGE_TEXT, *FOREIGN_SCHEMA_TEXT))


def check_marker(store_path: str | Path) -> Path:
    """The file that asks the next start for the full check of the store: beside the
    file itself, where a link leads (start-up checks there: core.store.location)."""
    return Path(f"{os.path.realpath(store_path)}{CHECK_SUFFIX}")


def request_check(store_path: str | Path) -> None:
    """Ask the next start for the full check (core.store.recovery): damage was seen
    that ``quick_check`` may miss, such as an index out of step with its table."""
    with contextlib.suppress(OSError):
        check_marker(store_path).touch()


@contextlib.contextmanager
def _translated(path: str | Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        error = translate_error(exc, path)
        if error is None:
            raise
        if is_damage(exc) and str(path) != ":memory:":
            request_check(path)
        raise error from exc
