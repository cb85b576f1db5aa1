"""Backups of the store: made, listed, rotated, checked and restored. No Qt here.

A backup is a complete copy of the database made with SQLite's online backup API
from a read-only connection, so it is consistent even while the app writes (WAL)
and never changes the store. It is written to a hidden temporary file, checked
with ``PRAGMA quick_check``, synced and only then renamed into place: a crash or a
full disk can leave a stray ``.partial`` file, never a half backup under a real
name. Names carry the UTC time and the reason, ``studyapp-20261121T120000Z-close.sqlite3``,
so listing and rotating need no index file.

Retention (`retained`): every backup of the last 2 days; then the newest of each
UTC day up to 14 days; the newest of each ISO week up to 61 days; the newest of
each month up to 365 days; older ones are deleted. The newest backup of all is
never deleted, so rotation alone can never leave no backup.

Restoring (`restore_backup`) checks the backup first, keeps the current store as
a "before-restore" backup (or moves it aside when it is damaged), and swaps the
file in with one atomic rename; the caller must have closed its Store.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.core.clock import Clock
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError, translate_error

BACKUP_DIRNAME = "backups"
AUTO_BACKUP_INTERVAL = timedelta(minutes=30)
# Reasons the app uses; any lower-case word-with-hyphens is accepted.
REASONS = ("auto", "close", "manual", "before-restore")

KEEP_ALL = timedelta(days=2)
KEEP_DAILY = timedelta(days=14)
KEEP_WEEKLY = timedelta(days=61)
KEEP_MONTHLY = timedelta(days=365)

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"studyapp-(\d{8}T\d{6}Z)(?:-([a-z]+(?:-[a-z]+)*))?(?:-(\d+))?\.sqlite3")
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PARTIAL_SUFFIX = ".partial"
_STALE_PARTIAL_SECONDS = 3600
# SQLite's primary result codes for a file that is not (or no longer) a database.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_DAMAGE_TEXT = ("file is not a database", "malformed")
_STORE_TABLES = {"decks", "questions", "cards", "reviews"}
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was made (UTC), its size in bytes, why."""

    path: Path
    created: datetime
    size: int
    reason: str = ""


def backup_dir(data_dir: str | Path) -> Path:
    """The folder holding the backups of the store in `data_dir` (not created here)."""
    return Path(data_dir) / BACKUP_DIRNAME


# --- making ------------------------------------------------------------------


def make_backup(
    source: Store | str | Path,
    backup_dir: str | Path,
    now: datetime,
    reason: str = "manual",
) -> Path:
    """Copy the store (an open Store or a database path) into `backup_dir`.

    Returns the new backup's path. Raises StoreError when there is nothing to back
    up, the store is damaged, or the backup cannot be written (full disk,
    read-only folder); the store itself is never touched.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    src_path = Path(source.path if isinstance(source, Store) else source)
    if not src_path.is_file():
        raise StoreError(
            f"There is no study database at {src_path} to back up.",
            "Start StudyApp once, or check --data-dir.",
        )
    folder = Path(backup_dir)
    stamp = _utc(now).strftime(_STAMP)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"studyapp-{stamp}-{reason}")
    except OSError as exc:
        raise _write_failed(folder, exc) from exc
    partial = folder / f".{target.name}{_PARTIAL_SUFFIX}"
    try:
        with _connect_read_only(src_path) as src, _closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # The copy inherits WAL mode from the store's header; a backup is a
            # single self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            problem = _quick_check(dst)
        if problem is not None:
            raise StoreError(
                f"The backup of {src_path} failed its check ({problem}).",
                "The study database may be damaged; restart StudyApp to repair it.",
            )
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise _backup_failed(exc, src_path, folder) from exc
    except OSError as exc:
        raise _write_failed(folder, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


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
        return StoreError(
            f"The backup was not made: the disk holding {folder} is full.",
            "Free some space; StudyApp will try again.",
        )
    return StoreError(f"The backup was not made. {known.message}", known.hint)


def _write_failed(folder: Path, exc: OSError) -> StoreError:
    return StoreError(
        f"The backup was not made: cannot write to {folder} ({exc.strerror or exc}).",
        "Free some space or check the folder's permissions; StudyApp will try again.",
    )


# --- listing and rotating ----------------------------------------------------


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(UTC creation time, reason) of a backup file name; None for any other file."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    created = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
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
        found.append(BackupInfo(path, parsed[0], info.st_size, parsed[1]))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def retained(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Which backups the retention rule keeps at `now` (see the module docstring)."""
    now = _utc(now)
    newest_first = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    keep: set[Path] = set()
    buckets: set[tuple[str, object]] = set()
    for info in newest_first:
        age = now - info.created
        bucket: tuple[str, object]
        if age <= KEEP_ALL:  # a backup from the future (clock set back) counts as recent
            keep.add(info.path)
            continue
        if age <= KEEP_DAILY:
            bucket = ("day", info.created.date())
        elif age <= KEEP_WEEKLY:
            bucket = ("week", tuple(info.created.isocalendar())[:2])
        elif age <= KEEP_MONTHLY:
            bucket = ("month", (info.created.year, info.created.month))
        else:
            continue
        if bucket not in buckets:  # newest first: the first one seen is the newest
            buckets.add(bucket)
            keep.add(info.path)
    if newest_first:
        keep.add(newest_first[0].path)
    return keep


def rotate(backup_dir: str | Path, now: datetime) -> list[Path]:
    """Delete the backups the retention rule drops; returns the paths removed.

    A file that cannot be deleted is left for the next rotation. Leftover
    ``.partial`` files of interrupted backups older than an hour go too.
    """
    backups = list_backups(backup_dir)
    keep = retained(backups, now)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    with contextlib.suppress(OSError):
        for path in Path(backup_dir).glob(f".studyapp-*{_PARTIAL_SUFFIX}"):
            if time.time() - path.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                path.unlink()
    return removed


# --- checking ----------------------------------------------------------------


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file is damaged or not a database at all
    (as opposed to locked, unreadable or on a full disk)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return True
    text = str(exc).casefold()
    return any(needle in text for needle in _DAMAGE_TEXT)


def database_problem(path: str | Path) -> str | None:
    """What is wrong with the database file at `path` ("file is not a database",
    the first lines of a failed quick_check), or None when it is sound.

    Only damage counts: a locked or unreadable file raises StoreError instead, as
    moving it aside would not help. The check reads only: a read-write connection
    to a damaged file deletes its -wal on close, and with it what might be saved.
    (A read-only connection still replays the WAL a crash left behind.)
    """
    path = Path(path)
    try:
        with _connect_read_only(path) as conn:
            return _quick_check(conn)
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

    def refuse(why: str) -> StoreError:
        return StoreError(f"{name} is not a usable StudyApp backup: {why}.", "Choose another file.")

    if not path.is_file():
        raise refuse("file not found" if not path.exists() else "not a file")
    version, tables = 0, set()
    try:
        problem = database_problem(path)
        if problem is None:
            with _connect_read_only(path) as conn:
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except StoreError as exc:
        raise refuse(exc.message.rstrip(".")) from exc
    except sqlite3.Error as exc:
        raise refuse(str(exc)) from exc
    if problem is not None:
        raise refuse(f"it is damaged ({problem})")
    if version > SCHEMA_VERSION:
        raise refuse("it was made by a newer version of StudyApp")
    if version < 1 or not _STORE_TABLES.issubset(tables):
        raise refuse("it is not a StudyApp database")


# --- restoring ---------------------------------------------------------------


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
    check_backup(backup_path)
    staged = copy_database(backup_path, store_path.with_name(store_path.name + ".restoring"))
    try:
        kept = _keep_current(store_path, Path(backup_dir), now)
        install_database(staged, store_path)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    return kept


def _keep_current(store_path: Path, folder: Path, now: datetime) -> Path | None:
    if not store_path.exists():
        return None
    if store_path.stat().st_size == 0:
        return move_aside(store_path, now)
    if database_problem(store_path) is not None:
        return move_aside(store_path, now)
    _check_not_in_use(store_path)
    return make_backup(store_path, folder, now, "before-restore")


def _check_not_in_use(store_path: Path) -> None:
    """Refuse while any connection (this process's or another's) has the store open:
    replacing the file under it would lose its writes or corrupt it. An open WAL
    connection holds a shared lock on the file, so an exclusive one cannot be had."""
    try:
        with _closing(sqlite3.connect(store_path, timeout=0)) as conn:
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
        with _connect_read_only(Path(source)) as src, _closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            problem = _quick_check(dst)
        if problem is not None:
            raise StoreError(f"The copy of {source} failed its check ({problem}).")
        _fsync_file(target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise _copy_failed(exc, Path(source), target) from exc
        if isinstance(exc, OSError):
            raise _write_failed(target.parent, exc) from exc
        raise
    return target


def _copy_failed(exc: sqlite3.Error, source: Path, target: Path) -> StoreError:
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
    or the old file moved aside together with them."""
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
    will then find beside it) to ``<name>.damaged-<UTC time>``; never deletes."""
    path = Path(path)
    stamp = _utc(now).strftime(_STAMP)
    target, n = path.with_name(f"{path.name}.damaged-{stamp}"), 2
    while target.exists():
        target, n = path.with_name(f"{path.name}.damaged-{stamp}-{n}"), n + 1
    try:
        os.replace(path, target)
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


# --- scheduling --------------------------------------------------------------


class BackupScheduler:
    """When an automatic backup is due: something changed and the last backup (or
    the start) is at least `interval` ago. Time comes from the injected clock."""

    def __init__(self, clock: Clock, interval: timedelta = AUTO_BACKUP_INTERVAL) -> None:
        self._clock = clock
        self.interval = interval
        self._last = clock.now()
        self._changed = False

    @property
    def changed(self) -> bool:
        """Whether anything changed since the last backup."""
        return self._changed

    def should_backup(self, changed: bool = False) -> bool:
        """Report whether a change happened (since the previous call) and ask if a
        backup is due now."""
        self._changed = self._changed or changed
        return self._changed and self._clock.now() - self._last >= self.interval

    def mark_done(self) -> None:
        """A backup was made now."""
        self._last = self._clock.now()
        self._changed = False

    def mark_failed(self) -> None:
        """A backup failed now: try again after another interval, changes still pending."""
        self._last = self._clock.now()


class AutoBackup:
    """The automatic backups of one open store, as the app drives them.

    Call `tick()` from a timer (once a minute is plenty) and after grading; call
    `on_close()` before closing the store. Whether anything changed is read from
    the store's own change counter, so nothing else needs reporting (`note_change()`
    exists for changes made through another connection). Both return the new
    backup's path, or None when none was due, and raise StoreError when a backup
    failed (full disk, read-only folder): show it and keep studying; the store
    is untouched and the next attempt comes one interval later.
    """

    def __init__(
        self,
        store: Store,
        backup_dir: str | Path,
        clock: Clock,
        interval: timedelta = AUTO_BACKUP_INTERVAL,
    ) -> None:
        self.store = store
        self.backup_dir = Path(backup_dir)
        self._clock = clock
        self.scheduler = BackupScheduler(clock, interval)
        self._seen_changes = store.data_changes

    def note_change(self) -> None:
        self.scheduler.should_backup(changed=True)

    def _store_changed(self) -> bool:
        current = self.store.data_changes
        changed = current != self._seen_changes
        self._seen_changes = current
        return changed

    def tick(self) -> Path | None:
        if not self.scheduler.should_backup(self._store_changed()):
            return None
        return self._backup("auto")

    def on_close(self) -> Path | None:
        """Back up if anything changed since the last backup, or if there is none yet."""
        self.scheduler.should_backup(self._store_changed())
        if not self.scheduler.changed and list_backups(self.backup_dir):
            return None
        return self._backup("close")

    def _backup(self, reason: str) -> Path:
        now = self._clock.now()
        try:
            path = make_backup(self.store, self.backup_dir, now, reason)
        except StoreError:
            self.scheduler.mark_failed()
            raise
        self.scheduler.mark_done()
        rotate(self.backup_dir, now)
        return path


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
    """A connection that cannot change the file (and cannot create it)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return _closing(sqlite3.connect(uri, uri=True))


def _quick_check(conn: sqlite3.Connection) -> str | None:
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    return None if rows == ["ok"] else "; ".join(rows)


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
