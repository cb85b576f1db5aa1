"""The store as a command opens it: to write, under the data folder's writer lock and
as the window opens it (a damaged store repaired or restored first); to read, without
a lock and read-only, so it works beside the window.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.model import StudyAppError

if TYPE_CHECKING:
    from studyapp.core.store import Store


class FolderInUse(StudyAppError):
    """Another StudyApp (a window, or a command) writes to this data folder now."""


def writer_lock(folder: Path):
    """The data folder's writer lock, the one the window takes: one writer at a time,
    so a command cannot write beside a restore (and lose its changes) or beside the
    window. Raises FolderInUse, with who holds it, when it is taken."""
    from studyapp.core import recovery

    lock = recovery.acquire_store_lock(folder)
    if lock is None:
        owner = recovery.lock_owner(folder)
        running = f" (process {owner})" if owner else ""
        raise FolderInUse(
            f"StudyApp is running with this data folder{running}; close it and try again"
        )
    return lock


@contextlib.contextmanager
def writing_store(data_dir: str | None) -> Iterator[Store]:
    """The store, for a command that writes: under the writer lock, opened as the
    window opens it (a damaged store is repaired or restored from a backup, and
    the report printed on stderr)."""
    from datetime import UTC, datetime

    from studyapp.core.backup import backup_dir
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path
    from studyapp.core.recovery import open_store_safely

    folder = resolve_data_dir(data_dir)
    with writer_lock(folder):
        store, report = open_store_safely(store_path(folder), backup_dir(folder), datetime.now(UTC))
        if report is not None:
            from studyapp.core.refill import after_recovery

            said = after_recovery(store, report.may_miss_notes)  # as the window's start
            print(f"studyapp: {report.title}. {report.message} {said}".rstrip(), file=sys.stderr)
        with store:
            yield store


def reading_store(data_dir: str | None) -> Store:
    """The store, for a command that only reads (decks, export-weak, export-deck): it
    takes no lock and writes nothing (the store is opened read-only), so it works
    beside the window. A damaged, empty or missing store is a one-line error, left as
    it is for the next start of the window to repair or restore. A folder named by
    --data-dir or STUDYAPP_DATA_DIR that holds no store is an error too (a typo, most
    likely), not a new empty store there."""
    from studyapp.core.backup import backup_dir, list_backups
    from studyapp.core.paths import ENV_VAR, store_path
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.store import Store, StoreError, log_damage
    from studyapp.core.store.backup import database_problem, urgent_problem
    from studyapp.core.store.location import on_read_only_drive, store_file
    from studyapp.core.store.sqlite_words import foreign, store_state

    named = bool(data_dir or os.environ.get(ENV_VAR))
    folder = resolve_data_dir(data_dir, create=False)  # a reading command makes nothing
    path = store_file(store_path(folder))  # a link to a drive not mounted: said so
    if not path.exists():
        if list_backups(backup_dir(folder)):
            raise StudyAppError(
                f"the study database {path} is missing; "
                + _way_out(folder, on_read_only_drive(folder), "restore its newest backup")
            )
        if named:
            raise StudyAppError(
                f"no StudyApp data in {folder}: check the folder, or start the app or"
                " `studyapp import NOTES.md` first"
            )
        return Store.open(":memory:")  # a new machine: nothing yet, and nothing written
    problem = database_problem(path) if path.stat().st_size else "the file is empty"
    problem = problem or urgent_problem(path)
    if problem is not None:
        what = "repair it or restore a backup"
        if foreign(problem):  # nothing of it to repair: it goes aside, as it is
            what = "move it aside as it is and restore a backup"
        raise StudyAppError(
            f"the study database {path} {store_state(problem)}; "
            + _way_out(folder, on_read_only_drive(folder), what)
        )
    # A log damaged part-way is left as it is for the next start, which keeps a copy of
    # it and says what it lost (core.store.log_damage): tidied away here, it was gone.
    shared = _maybe_open_elsewhere(folder) or log_damage.commits_lost(path) > 0
    try:
        return Store.open_read_only(path, shared=shared)
    except StoreError:
        return Store.open(path)  # another version's schema: upgraded, or refused plainly


@contextlib.contextmanager
def trying_store(data_dir: str | None) -> Iterator[Store]:
    """The store, for a command that tries writes and keeps none (`import --dry-run`):
    a copy of it in memory, read as `reading_store` reads it, without the writer's
    lock, so it works beside the window (a dry run was refused while the window was
    open, though it writes nothing). No store yet: an empty one, in memory too."""
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path
    from studyapp.core.store import Store

    if not store_path(resolve_data_dir(data_dir, create=False)).exists():
        with Store.open(":memory:") as fresh:
            yield fresh
        return
    with reading_store(data_dir) as seen, seen.copy_in_memory() as copy:
        yield copy


def _way_out(folder: Path, read_only: bool, what: str) -> str:
    """How a store a reading command refuses gets mended: by the next start of the
    window, or, on a drive that can only be read (where that start cannot write
    either), by a start on a copy of the folder."""
    if not read_only:
        return f"start StudyApp to {what}"
    return (
        f"the drive it is on can only be read, so nothing can be mended there: copy the"
        f" data folder {folder} to a drive that can be written and start StudyApp with"
        f" --data-dir naming the copy to {what}"
    )


def _maybe_open_elsewhere(folder: Path) -> bool:
    """Whether another process (the window, a command that writes) may have the store
    open: its writer lock is taken, or cannot be tried. Only then must a reader leave
    the store's log alone (schema.connect_for_reading); alone, it tidies it away."""
    from studyapp.core import recovery
    from studyapp.core.store import StoreError

    if not recovery.lock_path(folder).exists():
        return False  # no writer has run here: and trying the lock would make its file
    try:
        lock = recovery.acquire_store_lock(folder)
    except StoreError:
        return True
    if lock is None:
        return True
    lock.release()
    return False
