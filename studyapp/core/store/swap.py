"""Database files copied, put in place and moved aside: the steps a restore
(core.store.backup), a repair in place (core.store.daily_check) and a damaged store's
rescue (core.store.rescue) are made of. A file is never deleted: the one replaced is
kept beside it as ``<name>.damaged-<UTC time>``, and every rename is synced. Loaded
when a file is to be copied or replaced, not at every start.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from studyapp.core.store import StoreError, translate_error
from studyapp.core.store.backup import (
    _SIDE_FILES,
    _STAMP,
    BackupRefused,
    _closing,
    _connect_read_only,
    _fsync_dir,
    _fsync_file,
    _quick_check,
    _utc,
    _write_failed,
)
from studyapp.core.store.errors import is_damage, no_room_to_write, no_room_words
from studyapp.core.store.location import real_path, store_file
from studyapp.core.store.sqlio import open_connection
from studyapp.core.store.sqlite_words import plain_error


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
        # Told before the copy goes: its size is what tells the file size limit.
        why = (
            no_room_to_write(exc, target, source)
            if isinstance(exc, (sqlite3.Error, OSError))
            else None
        )
        for leftover in (target, Path(f"{target}-journal")):  # a full disk leaves both
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        if why is not None:
            clause, fix = no_room_words(why, target, f"the copy of {Path(source).name}")
            raise StoreError(
                f"Could not copy {Path(source).name}: {clause}.", f"{fix}, then try again."
            ) from exc
        if isinstance(exc, sqlite3.Error):
            raise _copy_failed(exc, Path(source), target) from exc
        if isinstance(exc, OSError):
            raise _write_failed(target.parent, exc) from exc
        raise
    return target


def _copy_failed(exc: sqlite3.Error, source: Path, target: Path) -> StoreError:
    if is_damage(exc):
        return BackupRefused(f"Could not copy {source.name}: it is damaged ({plain_error(exc)}).")
    known = translate_error(exc, target)
    if known is None:
        return StoreError(
            f"Could not copy {source.name}: {plain_error(exc)}.", "Try another backup."
        )
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
