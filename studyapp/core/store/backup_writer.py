"""Making a backup file (core.store.backup names, lists and checks them): the store
copied with SQLite's online backup API from a read-only connection into a hidden
temporary file, given the full check, synced and only then renamed into place, so a
crash or a full disk can leave a stray ``.partial`` file, never a half backup under a
real name. `backup_first` is the backup a restore or a deck's removal makes first.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from studyapp.core.store import Store, StoreError, health, translate_error
from studyapp.core.store.backup import (
    _PARTIAL_SUFFIX,
    _REASON,
    _STAMP,
    BackupCheckFailed,
    BackupNotWritten,
    _closing,
    _connect_read_only,
    _fsync_dir,
    _fsync_file,
    _refuse_newer,
    _utc,
    _write_failed,
    is_future,
    list_backups,
)
from studyapp.core.store.copying import BackupCancelled, Progress, copy_pages, interruptible
from studyapp.core.store.errors import (
    file_refused,
    is_damage,
    no_room_to_write,
    no_room_words,
    request_check,
)
from studyapp.core.store.location import store_file
from studyapp.core.store.sqlio import open_connection
from studyapp.core.store.sqlite_words import plain_error


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
    if isinstance(source, Store):
        # A file another program replaced or wrote into holds no copy of this store's
        # data: said as such, not as a backup that failed its check.
        source.check_same_file()
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
        if (why := no_room_to_write(exc, partial, src_path)) is not None:
            raise BackupNotWritten(*no_room_words(why, partial, "the backup")) from exc
        raise _backup_failed(exc, src_path, folder) from exc
    except OSError as exc:
        if (why := no_room_to_write(exc, partial, src_path)) is not None:
            raise BackupNotWritten(*no_room_words(why, partial, "the backup")) from exc
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
        return StoreError(
            f"The backup was not made: {plain_error(exc)}.", f"Check the folder {folder}."
        )
    if "full" in str(exc).casefold():
        return BackupNotWritten(f"the disk holding {folder} is full", "Free some space")
    if not is_damage(exc) and _readable(src_path):
        # The store reads fine, so what failed to open or write was the copy: the
        # backups folder (read-only, unplugged), not the study database. The system
        # says why ("Read-only file system"); SQLite only "unable to open database file".
        if (refused := file_refused(folder)) is not None:
            return _write_failed(folder, refused)
        return BackupNotWritten(
            f"cannot write to {folder}", "Check that the backups folder is writable"
        )
    return StoreError(f"The backup was not made. {known.message}", known.hint)


def _readable(path: Path) -> bool:
    try:
        with _connect_read_only(path) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        return False
    return True


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
