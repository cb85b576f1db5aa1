"""Backup files of the store, at the database level: made, named, listed, checked,
copied and swapped in. The SQL side of core.backup (which adds retention, rotation
and the automatic schedule, and re-exports all of this).

A backup is a complete copy of the database made with SQLite's online backup API
from a read-only connection, so it is consistent even while the app writes (WAL)
and never changes the store. It is written to a hidden temporary file, checked
with ``PRAGMA quick_check``, synced and only then renamed into place: a crash or a
full disk can leave a stray ``.partial`` file, never a half backup under a real
name. Names carry the UTC time and the reason, ``studyapp-20261121T120000Z-close.sqlite3``,
so listing and rotating need no index file.

Restoring (`restore_backup`) checks the backup first, keeps the current store as
a "before-restore" backup (or moves it aside when it is damaged), and swaps the
file in with one atomic rename; the caller must have closed its Store.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
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
    side_files,
    translate_error,
)
from studyapp.core.store.copying import BackupCancelled, Progress, copy_pages, interruptible
from studyapp.core.store.errors import NewerStore, is_damage, newer_store, request_check
from studyapp.core.store.header import MAGIC, looks_whole, read_header
from studyapp.core.store.location import real_path, store_file
from studyapp.core.store.schema import (
    NOT_STUDYAPPS,
    another_programs,
    foreign_version,
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

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"studyapp-(\d{8}T\d{6}Z)(?:-([a-z]+(?:-[a-z]+)*))?(?:-(\d+))?\.sqlite3")
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
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


class BackupInfo(NamedTuple):
    """One backup file: where it is, when it was made (UTC), its size in bytes, why,
    and whether it looks usable: a database file as long as its header says (a cheap
    test: an empty, cut-short or foreign file fails it; damage inside needs the checks)."""

    path: Path
    created: datetime
    size: int
    reason: str = ""
    usable: bool = True


# --- making ------------------------------------------------------------------


def make_backup(
    source: Store | str | Path,
    backup_dir: str | Path,
    now: datetime,
    reason: str = "manual",
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy the store (an open Store or a database path) into `backup_dir`.

    Returns the new backup's path. Raises StoreError when there is nothing to back
    up, the store is damaged, or the backup cannot be written (full disk,
    read-only folder); the store itself is never touched.

    Only the path of a Store is used: the copy reads through a connection of its
    own, so it may run on another thread while the Store's connection keeps
    writing. `progress(step, percent)` hears how far it is; once `cancelled()` is
    true it stops within a step, leaves nothing behind and raises BackupCancelled.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    src_path = Path(source.path if isinstance(source, Store) else source)
    store_file(src_path)  # a folder, or a link to a drive not mounted: said so
    if not src_path.is_file():
        raise StoreError(
            f"There is no study database at {src_path} to back up.",
            "Start StudyApp once, or check --data-dir.",
        )
    folder = Path(backup_dir)
    stamp = _stamp_after_the_last(folder, now).strftime(_STAMP)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"studyapp-{stamp}-{reason}")
    except OSError as exc:
        raise _write_failed(folder, exc) from exc
    # Its own temporary name: another backup for the same reason in the same second
    # (two `studyapp backup` at once) picks the same target, and a shared temporary
    # file had each copy written over the other's.
    partial = folder / f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{_PARTIAL_SUFFIX}"
    try:
        with _connect_read_only(src_path) as src, _closing(open_connection(str(partial))) as dst:
            _refuse_newer(src, src_path)  # not damage: this version cannot judge it
            copy_pages(src, dst, progress, cancelled)
            # The copy inherits WAL mode from the store's header; a backup is a
            # single self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            if progress is not None:
                progress("Checking the copy", 80)
            # The full check, not quick_check: a backup that copies damaged indexes or
            # bytes would later be restored as the "newest good backup".
            problem = interruptible(dst, cancelled, lambda: health.full_problem(dst))
        if problem is not None:
            request_check(src_path)
            raise BackupCheckFailed(
                f"The backup of {src_path} failed its check ({problem}).",
                "The study database may be damaged; restart StudyApp to repair it.",
            )
        if cancelled is not None and cancelled():
            raise BackupCancelled
        if progress is not None:
            progress("Saving the backup", 95)
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        if cancelled is not None and cancelled():  # the check, interrupted
            raise BackupCancelled from exc
        raise _backup_failed(exc, src_path, folder) from exc
    except OSError as exc:
        raise _write_failed(folder, exc) from exc
    finally:
        # the copy's journal too: a full disk can leave it (the copy itself is gone)
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return target


def _stamp_after_the_last(folder: Path, now: datetime) -> datetime:
    """The time a new backup in `folder` is named with: `now`, or a second after the
    newest backup there where that is later, so that the backups' names keep the order
    they were made in. A clock set back (by hand, or corrected by the network) named
    the next backup before the one made just earlier, though it held more: a start
    that needed a backup restored the earlier one, losing the grades between them; two
    backups in one second were ordered by their reason's letters. A backup dated
    further ahead than a clock a little off (`is_future`) is not followed: its time is
    not known, and every backup after it would be dated ahead too."""
    now = _utc(now).replace(microsecond=0)
    newest = next((b.created for b in list_backups(folder) if not is_future(b, now)), None)
    if newest is not None and newest >= now:
        return newest + timedelta(seconds=1)
    return now


def _free_name(folder: Path, base: str) -> Path:
    candidate, n = folder / f"{base}.sqlite3", 2
    while candidate.exists():  # two backups within one second (close, then restore)
        candidate, n = folder / f"{base}-{n}.sqlite3", n + 1
    return candidate


def _backup_failed(exc: sqlite3.Error, src_path: Path, folder: Path) -> StoreError:
    known = translate_error(exc, src_path)
    if known is None:
        return StoreError(f"The backup was not made ({exc}).", f"Check the folder {folder}.")
    if "full" in str(exc).casefold():
        return BackupNotWritten(f"the disk holding {folder} is full", "Free some space")
    if not is_damage(exc) and _readable(src_path):
        # The store reads fine, so what failed to open or write was the copy: the
        # backups folder (read-only, unplugged), not the study database.
        return BackupNotWritten(
            f"cannot write to {folder} ({exc})", "Check that the backups folder is writable"
        )
    return StoreError(f"The backup was not made. {known.message}", known.hint)


def _readable(path: Path) -> bool:
    try:
        with _connect_read_only(path) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        return False
    return True


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
    return BackupNotWritten(
        f"cannot write to {folder} ({exc.strerror or exc})",
        "Free some space or check the folder's permissions",
    )


def backup_first(
    source: Store | str | Path, backup_dir: str | Path, now: datetime, reason: str, *, nothing: str
) -> Path:
    """`make_backup` of the store before a change only a backup can undo (a restore,
    removing a deck). When it cannot be made, the StoreError (of the same kind) starts
    with `nothing` ("Nothing was restored") and says why: the change was not made, and
    an automatic backup's "StudyApp will try again" would mislead."""
    try:
        return make_backup(source, backup_dir, now, reason)
    except BackupNotWritten as exc:
        raise StoreError(
            f"{nothing}: StudyApp backs up your study data first, and that backup could not "
            f"be written: {exc.why}.",
            f"{exc.fix}, then try again.",
        ) from exc
    except StoreError as exc:
        raise type(exc)(
            f"{nothing}: StudyApp backs up your study data first, and that backup could not "
            f"be made. {exc.message}",
            exc.hint,
        ) from exc


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
    if header is not None and header.user_version > SCHEMA_VERSION:
        if (flipped := _flipped_version(Path(path), header.user_version)) is not None:
            return flipped
        if _read_only_problem(Path(path), _another_programs) is not None:
            return foreign_version(header.user_version)
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


def _another_programs(conn: sqlite3.Connection) -> str | None:
    return "another program's" if another_programs(conn) else None


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
        raise refuse(str(exc)) from exc
    if problem is not None:
        if problem.startswith(NOT_STUDYAPPS):
            raise refuse("it is not a StudyApp database: another program's")
        raise refuse(f"it is damaged ({problem})")
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
    staged = copy_database(backup_path, staging_path(store_path))
    try:
        check_staged(staged)
        kept = _keep_current(store_path, Path(backup_dir), now)
        install_database(staged, store_path)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return kept


def _keep_current(store_path: Path, folder: Path, now: datetime) -> Path | None:
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
        return move_aside(store_path, now)
    if database_problem(store_path) is not None:
        return move_aside(store_path, now)
    _check_not_in_use(store_path)
    try:
        return backup_first(
            store_path, folder, now, "before-restore", nothing="Nothing was restored"
        )
    except BackupCheckFailed:  # damage quick_check misses: keep the file itself instead
        return move_aside(store_path, now)


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


def copy_database(source: str | Path, target: str | Path) -> Path:
    """A checked, synced, self-contained copy of the database `source` at `target`
    (overwritten), made with the backup API from a read-only connection."""
    target = Path(target)
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    try:
        with _connect_read_only(Path(source)) as src, _closing(open_connection(str(target))) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            problem = _quick_check(dst)
        if problem is not None:
            raise BackupRefused(f"The copy of {source} failed its check ({problem}).")
        _fsync_file(target)
    except BaseException as exc:
        for leftover in (target, Path(f"{target}-journal")):  # a full disk leaves both
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise _copy_failed(exc, Path(source), target) from exc
        if isinstance(exc, OSError):
            raise _write_failed(target.parent, exc) from exc
        raise
    return target


def _copy_failed(exc: sqlite3.Error, source: Path, target: Path) -> StoreError:
    if is_damage(exc):
        return BackupRefused(f"Could not copy {source.name}: it is damaged ({exc}).")
    if "full" in str(exc).casefold():
        return StoreError(
            f"Could not copy {source.name}: the disk holding {target.parent} is full.",
            "Free some space and try again.",
        )
    known = translate_error(exc, target)
    if known is None:
        return StoreError(f"Could not copy {source.name} ({exc}).", "Try another backup.")
    return StoreError(f"Could not copy {source.name}. {known.message}", known.hint)


def install_database(staged: Path, store_path: Path) -> None:
    """Atomically put `staged` at `store_path`, first removing the old store's WAL,
    shared-memory and journal files (SQLite would replay an old WAL into the new
    file). Those hold nothing the caller has not already kept: a backup was made
    or the old file moved aside together with them. Where `store_path` is a link,
    the file it leads to is replaced and the link kept."""
    store_path = store_file(store_path, new_ok=True)
    try:
        for suffix in _SIDE_FILES:
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, store_path)
        _fsync_dir(store_path.parent)
    except OSError as exc:
        raise StoreError(
            f"Could not replace the study database {store_path} ({exc.strerror or exc}).",
            "Close every StudyApp window and try again.",
        ) from exc


def move_aside(path: str | Path, now: datetime) -> Path:
    """Rename a damaged database (with its -wal/-shm/-journal files, which SQLite
    will then find beside it) to ``<name>.damaged-<UTC time>``; never deletes. Where
    `path` is a link, the file it leads to is moved, beside itself, and the link kept."""
    path = store_file(path)
    target = _aside_name(path, now)
    return _aside(path, target, lambda: os.replace(path, target))


def _aside(path: Path, target: Path, first: Callable[[], None]) -> Path:
    """`first` (the file's rename or link to `target`), then its side files renamed."""
    try:
        first()
        for suffix in _SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
        _fsync_dir(path.parent)
    except OSError as exc:
        raise StoreError(
            f"Could not move the damaged study database {path} aside ({exc.strerror or exc}).",
            "Move it yourself, then start StudyApp again.",
        ) from exc
    return target


def swap_in(new: Path, path: str | Path, now: datetime) -> Path:
    """Put the database `new` at `path`, keeping the file there (with its side files)
    as ``<name>.damaged-<UTC time>``; returns where it was kept (`path` when there was
    none). The file gets its second name first, as a hard link, so a kill or a power
    cut at any moment leaves the old file or the new one at `path`, never none: moved
    away first, a kill before the new one went in left no store, which the next start
    took for one deleted (restoring an older backup, or starting an empty store, in
    place of what had been saved). Where links cannot be made, it is moved first."""
    path = store_file(path, new_ok=True)
    if not path.exists():
        kept = path
    else:
        target = _aside_name(path, now)
        try:
            kept = _aside(path, target, lambda: os.link(path, target))
        except StoreError as exc:
            if isinstance(exc.__cause__, OSError) and target.exists():
                raise  # linked, but a side file could not move: nothing replaced
            kept = move_aside(path, now)  # a drive without hard links (FAT)
    install_database(new, path)
    return kept


def keep_copy(path: str | Path, now: datetime) -> Path:
    """A copy of the store as it is, beside it as ``<name>.damaged-<UTC time>``, made
    before a repair in place changes it."""
    return copy_database(path, _aside_name(real_path(path), now))


def _aside_name(path: Path, now: datetime) -> Path:
    stamp = _utc(now).strftime(_STAMP)
    target, n = path.with_name(f"{path.name}.damaged-{stamp}"), 2
    while target.exists():
        target, n = path.with_name(f"{path.name}.damaged-{stamp}-{n}"), n + 1
    return target


# --- helpers -----------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return moment.astimezone(UTC)


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
