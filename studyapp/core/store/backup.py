"""Backup files of the store, at the database level: named, listed, checked and
restored. The SQL side of core.backup (which adds retention, rotation and the
automatic schedule, and re-exports what its callers use).

A backup is made by core.store.backup_writer; the file copies and renames of a
restore, a repair and a rescue are in core.store.swap. Names carry the UTC time and
the reason, ``studyapp-20261121T120000Z-close.sqlite3``, so listing and rotating
need no index file.

Restoring (`restore_backup`) checks the backup first, keeps the current store as
a "before-restore" backup (or moves it aside when it is damaged), and swaps the
file in with one atomic rename; the caller must have closed its Store.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from studyapp.core.paths import not_a_folder
from studyapp.core.store import (
    SCHEMA_VERSION,
    Store,
    StoreError,
    health,
    restore_note,
    session_rows,
    side_files,
    translate_error,
)
from studyapp.core.store.errors import (
    LOCKED_AGAINST_CHANGE,
    NewerStore,
    is_damage,
    locked_against_change,
    newer_store,
    unlock_words,
)
from studyapp.core.store.header import MAGIC, looks_whole, other_kind, read_header
from studyapp.core.store.location import real_path, store_file
from studyapp.core.store.schema import (
    NO_DATABASE,
    NOT_STUDYAPPS,
    foreign_problem,
    refuse_newer,
)
from studyapp.core.store.sqlio import (
    log_to_read,
    open_connection,
    open_copy_with_log,
    open_unchangeable,
    open_without_journal,
    unchangeable,
)
from studyapp.core.store.sqlite_words import plain_error, plain_problem
from studyapp.lazy import lazy, lazy_pattern

# Named lazily: the writer imports this module, and the file moves are needed only
# when a file is copied or replaced, not at every start.
backup_writer = lazy("studyapp.core.store.backup_writer")
swap = lazy("studyapp.core.store.swap")

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = lazy_pattern(r"studyapp-(\d{8}T\d{6}Z)(?:-([a-z]+(?:-[a-z]+)*))?(?:-(\d+))?\.sqlite3")
_REASON = lazy_pattern(r"[a-z]+(?:-[a-z]+)*")
_PARTIAL_SUFFIX = ".partial"
# SQLite's primary result codes for a file that is not (or no longer) a database.
_STORE_TABLES = {"decks", "questions", "cards", "reviews"}
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupCheckFailed(StoreError):
    """The copy was made but failed the full check: the store itself is damaged."""


class BackupNotWritten(StoreError):
    """The backup could not be written (a full disk, a folder read-only or not there):
    `why` says so in a clause, `fix` what to do about it."""

    def __init__(self, why: str, fix: str) -> None:
        super().__init__(f"The backup was not made: {why}.", f"{fix}; StudyApp will try again.")
        self.why, self.fix = why, fix


class BackupRefused(StoreError):
    """This backup cannot be used (damaged, not StudyApp's, failing the app's checks),
    as opposed to an environment failure (full disk, unreadable folder) while using it."""


class NewerBackup(BackupRefused):
    """A backup made by a newer StudyApp: sound, most likely, but not for this version."""


class DamagedBackup(BackupRefused):
    """A StudyApp database damaged inside: what it still holds can be restored
    (core.store.salvage_restore)."""


class BackupInfo(NamedTuple):
    """One backup file: where it is, when it was made (UTC), its size in bytes, why,
    and whether it looks usable: a database file as long as its header says (a cheap
    test: an empty, cut-short or foreign file fails it; damage inside needs the checks)."""

    path: Path
    created: datetime
    size: int
    reason: str = ""
    usable: bool = True
    newer_reviews: int = 0  # a copy beside the store: its reviews after the store's newest


# --- naming and listing ------------------------------------------------------


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(UTC creation time, reason) of a backup file name; None for any other file."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    except ValueError:  # digits of no real time ("20260230T…"): named so by hand, not by us
        return None
    return created, match.group(2) or ""


def list_backups(backup_dir: str | Path) -> list[BackupInfo]:
    """The backups in `backup_dir`, newest first (other files are ignored)."""
    folder = Path(backup_dir)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        parsed = parse_backup_name(path.name)
        if parsed is None:
            continue
        try:
            info = path.stat()
        except OSError:
            continue
        found.append(BackupInfo(path, parsed[0], info.st_size, parsed[1], looks_whole(path)))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


# A backup dated further ahead than this was made while the clock was wrong: its
# real time is unknown, so it must not outrank every backup made since.
FUTURE_SLACK = timedelta(days=1)


def is_future(info: BackupInfo, now: datetime) -> bool:
    return info.created > _utc(now) + FUTURE_SLACK


def recovery_order(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups to try, best first: newest first, those dated in the future last."""
    return sorted(backups, key=lambda b: is_future(b, now))  # stable: newest first kept


# --- checking ----------------------------------------------------------------


def database_problem(path: str | Path) -> str | None:
    """What is wrong with the database file at `path` ("file is not a database",
    the first lines of a failed quick_check), or None when it is sound.

    Only damage counts: a locked or unreadable file raises StoreError instead, as
    moving it aside would not help. The check reads only: a read-write connection
    to a damaged file deletes its -wal on close, and with it what might be saved.
    (A read-only connection still replays the WAL a crash left behind.)

    A file whose header says a newer StudyApp made it raises NewerStore, damaged or
    not: its pages are that version's to judge, and a damaged one was moved aside
    and an older backup of this version's restored in its place.
    """
    header = read_header(path)
    if header is None and (kind := other_kind(path)) is not None:
        # Another file saved or synced under the store's name: nothing of a database
        # in it to salvage; moved aside as it is, said as what it is.
        return f"{NOT_STUDYAPPS}{NO_DATABASE}{kind}"
    if header is not None and (damaged := header.format_problem) is not None:
        return damaged
    if header is not None and header.user_version > SCHEMA_VERSION:
        if (flipped := _flipped_version(Path(path), header.user_version)) is not None:
            return flipped
        if (foreign := _read_only_problem(Path(path), foreign_problem)) is not None:
            return foreign
        raise newer_store(path, header.user_version, SCHEMA_VERSION)
    return _read_only_problem(Path(path), _quick_check)


def _flipped_version(path: Path, version: int) -> str | None:
    """The damage of a header whose version a flipped bit raised past any StudyApp's
    (health.damaged_version), in words; None for a newer StudyApp's store."""
    with contextlib.suppress(sqlite3.Error), _connect_read_only(path) as conn:
        if (own := health.damaged_version(conn, version)) is not None:
            return (
                f"the schema version in its header reads {version}, which no StudyApp"
                f" writes, where its tables are those of version {own}"
            )
    return None


def urgent_problem(path: str | Path) -> str | None:
    """What start-up would repair before anything reads the store at `path`
    (`health.urgent_problem`: a column lost, text stored as bytes), which stops
    whatever reads it; None if there is none. For the commands that only read, and
    cannot repair it. A store of a newer StudyApp raises NewerStore: not damage."""

    def check(conn: sqlite3.Connection) -> str | None:
        _refuse_newer(conn, path)
        return health.urgent_problem(conn) or health.untold_waiting(conn)[1]

    return _read_only_problem(Path(path), check)


def _refuse_newer(conn: sqlite3.Connection, path: str | Path) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        refuse_newer(conn, path, version)


def _read_only_problem(path: Path, check: Callable[[sqlite3.Connection], str | None]) -> str | None:
    try:
        with _connect_read_only(path) as conn:
            return check(conn)
    except sqlite3.Error as exc:
        if is_damage(exc):
            return str(exc)
        error = translate_error(exc, path)
        if error is None:
            raise
        raise error from exc


def check_backup(path: str | Path) -> None:
    """Raise StoreError (one line) unless `path` is a sound StudyApp database this
    version can open."""
    path = Path(path)
    name = path.name

    def refuse(why: str, kind: type[BackupRefused] = BackupRefused) -> StoreError:
        return kind(f"{name} is not a usable StudyApp backup: {why}.", "Choose another file.")

    if not path.is_file():
        raise refuse("file not found" if not path.exists() else "not a file")
    with path.open("rb") as head:
        if head.read(16) != MAGIC:  # notes, a PDF, an empty file…
            raise refuse(
                "it is not a StudyApp database, not a database at all"
                " (`studyapp backup --list` shows the backups)"
            )
    version, tables, extra = 0, set(), None
    try:
        problem = database_problem(path)
        if problem is None:
            with _connect_read_only(path) as conn:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if 1 <= version <= SCHEMA_VERSION and _STORE_TABLES.issubset(tables):
                    extra = health.full_problem(conn)
    except NewerStore:
        raise refuse("it was made by a newer version of StudyApp", NewerBackup) from None
    except StoreError as exc:
        raise refuse(exc.message.rstrip(".")) from exc
    except sqlite3.Error as exc:
        raise refuse(plain_error(exc)) from exc
    if problem is not None:
        if problem.startswith(NOT_STUDYAPPS):
            raise refuse("it is not a StudyApp database: another program's")
        raise refuse(f"it is damaged ({plain_problem(problem)})", DamagedBackup)
    if version > SCHEMA_VERSION:
        raise refuse("it was made by a newer version of StudyApp", NewerBackup)
    if version < 1 or not _STORE_TABLES.issubset(tables):
        raise refuse("it is not a StudyApp database")
    if extra is not None:
        raise refuse(f"it fails StudyApp's own checks ({extra})")


def check_staged(path: Path) -> None:
    """Open a staged copy as the app will (migrating it) and run the full check on
    the result: what replaces the store must pass the app's own checks."""
    try:
        with Store.open(path) as store:
            problem = health.full_problem(store._conn)
    except StoreError as exc:
        if not (isinstance(exc.__cause__, sqlite3.Error) and is_damage(exc.__cause__)):
            raise  # the disk, not the backup
        problem = exc.message
    if problem is not None:
        raise BackupRefused(
            f"{path.name} did not pass StudyApp's checks once restored ({problem}).",
            "Nothing was replaced. Choose another backup.",
        )


# --- restoring ---------------------------------------------------------------

_STAGING_SUFFIX = ".restoring"


def staging_path(store_path: Path) -> Path:
    """Where a backup is copied before it replaces the store (removed after): beside
    the file itself, where a link leads, so the rename is on one disk."""
    real = real_path(store_path)
    return real.with_name(real.name + _STAGING_SUFFIX)


def remove_staging_leftovers(store_path: Path) -> list[Path]:
    """Delete what a restore killed mid-way left: the staged copy and its journal.
    Only call it holding the data folder's writer lock (no restore is running)."""
    removed = []
    staged = staging_path(store_path)
    for leftover in (staged, *(Path(f"{staged}{s}") for s in _SIDE_FILES)):
        if side_files.free_work_name(leftover):
            removed.append(leftover)
    return removed


def restore_backup(
    backup_path: str | Path,
    store_path: str | Path,
    backup_dir: str | Path,
    now: datetime,
) -> Path | None:
    """Replace the store at `store_path` with the backup at `backup_path`.

    The backup is checked first (StoreError if it is damaged or not a StudyApp
    database, and nothing changes). The current store is then kept: backed up as
    "before-restore" into `backup_dir`, or, when it is too damaged to back up,
    moved aside as ``<store>.damaged-<time>``. Returns where the previous store was
    kept (None when there was none). The caller must have closed its Store; the
    file is swapped in with one atomic rename. The backup file itself is only read.
    """
    store_path = Path(store_path)
    store_file(store_path, new_ok=True)  # a link is kept: the backup goes where it points
    check_backup(backup_path)
    # Noted while it runs: one killed mid-way is said at the next start.
    with restore_note.under_way(store_path, backup_path):
        staged = swap.copy_database(backup_path, staging_path(store_path))
        try:
            check_staged(staged)
            kept = _keep_current(store_path, Path(backup_dir), now, backup_path)
            swap.install_database(staged, store_path)
            # The rows earlier sessions kept are in the file kept (core.store.session_rows):
            # the person chose this one, no other program put it there.
            session_rows.discard_left(store_path)
        finally:
            with contextlib.suppress(OSError):
                staged.unlink(missing_ok=True)
    return kept


def _keep_current(store_path: Path, folder: Path, now: datetime, source: str | Path) -> Path | None:
    """The store as it is, kept before `source` is restored over it: its "before-restore"
    backup (noted as made before restoring `source`: core.backup_about), or the file
    moved aside where it is too damaged to back up."""
    if not store_path.exists():
        return None
    if (journal := side_files.foreign_journal(store_path)) is not None:
        # Another database's journal: the checks below would roll it into the store
        # they keep. Set aside, it is kept too.
        try:
            side_files.set_aside(journal, now)
        except OSError as exc:
            raise StoreError(
                f"Nothing was restored: {journal} does not belong to the study database,"
                f" and it could not be moved aside ({exc.strerror or exc}).",
                "Move that file out of the folder (keep it), then try again.",
            ) from exc
    if store_path.stat().st_size == 0:
        return swap.move_aside(store_path, now)
    if database_problem(store_path) is not None:
        return swap.move_aside(store_path, now)
    _check_not_in_use(store_path)
    try:
        made = backup_writer.backup_first(
            store_path, folder, now, "before-restore", nothing="Nothing was restored"
        )
    except BackupCheckFailed:  # damage quick_check misses: keep the file itself instead
        return swap.move_aside(store_path, now)
    from studyapp.core import backup_about

    backup_about.note(made, restored=str(source))
    return made


def _check_not_in_use(store_path: Path) -> None:
    """Refuse while any connection (this process's or another's) has the store open:
    replacing the file under it would lose its writes or corrupt it. An open WAL
    connection holds a shared lock on the file, so an exclusive one cannot be had."""
    try:
        with _closing(open_connection(str(store_path), timeout=0)) as conn:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if "locked" not in str(exc).casefold():
            error = translate_error(exc, store_path)
            if error is None:
                raise
            raise error from exc
        raise StoreError(
            f"The study database {store_path} is in use: it cannot be replaced now.",
            "Close every StudyApp window (or close the store) and try again.",
        ) from exc


# --- helpers -----------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return moment.astimezone(UTC)


def _write_failed(folder: Path, exc: OSError) -> StoreError:
    if folder.is_symlink() and not folder.exists():  # mkdir says only "File exists"
        # Backups kept on another drive through a link, the drive not connected now.
        return BackupNotWritten(
            f"{folder}: {not_a_folder(folder)}", "Connect it, or point the link elsewhere"
        )
    if folder.exists() and not folder.is_dir():
        return BackupNotWritten(
            f"{folder} is a file, not a folder", "Move that file away (StudyApp never deletes it)"
        )
    if isinstance(exc, PermissionError) and (locked := locked_against_change(folder)):
        # "Check the folder's permissions": they let the person write it.
        return BackupNotWritten(f"{locked} {LOCKED_AGAINST_CHANGE}", unlock_words(locked))
    if exc.errno == errno.EROFS:  # no permission to fix, no space to free
        return BackupNotWritten(
            f"{folder} is on a drive that can only be read", "Make that drive writable"
        )
    return BackupNotWritten(
        f"cannot write to {folder} ({exc.strerror or exc})",
        "Free some space or check the folder's permissions",
    )


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    # sqlite3.Connection's own context manager commits; it does not close.
    try:
        yield conn
    finally:
        conn.close()


def _connect_read_only(path: Path) -> contextlib.AbstractContextManager[sqlite3.Connection]:
    """A connection that cannot change the file (and cannot create it).

    A hot journal beside the file (a writer killed mid-transaction, in rollback
    journaling) is rolled back first, as any read-write open would: a read-only
    connection cannot, and fails as if the file were read-only. The rollback only
    puts back what the file held before that unfinished transaction."""
    if side_files.stray_log(path) is not None or _sound_beside_a_journal(path):
        # Another file's log or journal beside a backup (core.store.side_files): SQLite
        # read the log as the backup's (refused as "not StudyApp's"), and rolled the
        # journal back into it, spoiling a good backup for good.
        return _closing(open_unchangeable(path))
    uri = path.resolve().as_uri()
    conn = open_connection(uri + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY_ROLLBACK:
            conn.close()
            if side_files.foreign_journal(path) is not None:
                # Another database's journal: rolled back, it wrote that database's pages
                # into this file. The file is read without it; the start sets the
                # journal aside (core.store.recovery).
                return _closing(open_without_journal(path))
            with (
                contextlib.suppress(sqlite3.Error),
                _closing(open_connection(uri + "?mode=rw", uri=True)) as writer,
            ):
                writer.execute("PRAGMA schema_version").fetchone()  # rolls the journal back
            conn = open_connection(uri + "?mode=ro", uri=True)
        elif unchangeable(exc, path):  # a folder that cannot be written: still readable
            conn.close()
            conn = open_unchangeable(path)
        elif log_to_read(exc, path):  # the same, with commits in its log: from a copy
            conn.close()
            conn = open_copy_with_log(path)
        # Anything else (damage) is for the caller's own reads to meet and judge.
    return _closing(conn)


def _sound_beside_a_journal(path: Path) -> bool:
    """Whether `path` is a backup with a hot journal beside it that is whole and sound
    on its own: a backup is written whole and renamed into place, so the journal is
    another file's. One that is not sound on its own was being written by a tool
    killed mid-way: its journal is its own, and is rolled back as SQLite would."""
    if parse_backup_name(path.name) is None or side_files.journal_beside(path) is None:
        return False
    try:
        with _closing(open_unchangeable(path)) as conn:
            return _quick_check(conn) is None and health.full_problem(conn) is None
    except sqlite3.Error:
        return False


def quick_problem(conn: sqlite3.Connection) -> str | None:
    """`database_problem` on a connection already open: SQLite's quick_check, and
    tables without a StudyApp version."""
    return _quick_check(conn)


def _quick_check(conn: sqlite3.Connection) -> str | None:
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        return "; ".join(rows)
    if (foreign := foreign_problem(conn)) is not None:
        # Whatever version its header holds, StudyApp's own included: found here,
        # before anything writes to the file (it was switched to StudyApp's log, then
        # called a damaged StudyApp store that "may still be recoverable").
        return foreign
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if (
        version == 0
        and conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite%' LIMIT 1"
        ).fetchone()
    ):
        return "it holds tables but no StudyApp version: not a StudyApp database"
    if 1 <= version < SCHEMA_VERSION and (problems := health.schema_problems(conn)):
        # An upgrade is due, and its steps need that version's tables: another
        # program's file under a StudyApp version, or a table lost. Found here, before
        # anything writes to the file (the upgrade failed with a traceback, after
        # switching the file to WAL).
        return "; ".join(problems[:3])
    return None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
