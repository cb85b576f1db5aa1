"""`studyapp backup` (or `backup --list`) and `restore`: the store's backups made,
listed and restored from the command line.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.cli import EXIT_OK, _fail
from studyapp.commands.stores import FolderInUse, writer_lock
from studyapp.core.format import size_label

if TYPE_CHECKING:
    from studyapp.core.store import StoreError


def cmd_backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core import backup
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path

    folder = resolve_data_dir(args.data_dir)
    backups = backup.backup_dir(folder)
    if args.list:
        try:
            os.listdir(backups)  # list_backups reads a folder it cannot open as empty
        except FileNotFoundError:
            pass
        except OSError as exc:
            return _fail(f"cannot read the backups folder {backups} ({exc.strerror or exc})")
        infos = _restore_sources(store_path(folder), backups)
        if not infos:
            print(f"No backups yet in {backups}")
        for info in infos:
            size = size_label(info.size)
            junk = (
                "  (not a usable backup: no whole database)"
                if not info.usable and info.reason != "set-aside"  # a log: said by its kind
                else ""
            )
            kind = backup.source_label(info)
            print(f"{info.created:%Y-%m-%d %H:%M:%S} UTC  {size:>10}  {kind:<34} {info.path}{junk}")
        return EXIT_OK
    now = datetime.now(UTC)
    try:
        lock = writer_lock(folder)
    except FolderInUse:
        lock = None  # the window writes: a backup only reads the store, safely beside it
    try:
        path = backup.make_backup(store_path(folder), backups, now, "manual")
        if lock is not None:  # rotation is the writer's: the window rotates its own
            backup.rotate(backups, now)
    finally:
        if lock is not None:
            lock.release()
    print(path)
    return EXIT_OK


def _restore_sources(store: Path, backups: Path) -> list:
    """What File → Backups… lists (core.backup.restore_sources): the backups, and the
    copies beside the store holding reviews after its newest (a sync tool's, or the one
    a start saved with a session's grades). The store is only read, beside a window
    that may have it open; where it cannot be read, the backups and StudyApp's own
    copies are listed."""
    from studyapp.core import backup
    from studyapp.core.model import StudyAppError
    from studyapp.core.store import Store

    if store.exists():
        try:
            with Store.open_read_only(store) as opened:
                return backup.restore_sources(opened, backups)
        except StudyAppError:
            pass
    found = [*backup.kept_sources(store), *backup.list_backups(backups)]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _refill_media(store_file: Path) -> None:
    """The restored decks' Anki pictures written again where they are gone
    (core.anki_media.refill_media); a store that will not open is said by the next
    command that opens it."""
    import contextlib

    from studyapp.core.anki_media import refill_media
    from studyapp.core.model import StudyAppError
    from studyapp.core.store import Store

    with contextlib.suppress(StudyAppError, OSError), Store.open(store_file) as opened:
        refill_media(opened)


def cmd_restore(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core import backup
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path
    from studyapp.core.store import StoreError
    from studyapp.core.store.backup import DamagedBackup

    folder = resolve_data_dir(args.data_dir)
    backups = backup.backup_dir(folder)
    source: Path = args.file
    if not source.exists() and source.name == str(source) and (backups / source.name).exists():
        source = backups / source.name  # a name as `studyapp backup --list` shows it
    store = store_path(folder)
    with writer_lock(folder):
        if not args.yes and (refused := _not_agreed(store, source)) is not None:
            return _fail(refused)
        before = _as_it_is(store)
        said = ""
        try:
            try:
                kept = backup.restore_backup(source, store, backups, datetime.now(UTC))
            except DamagedBackup as exc:
                if not args.yes:  # what can be read of it, only when asked for
                    raise DamagedBackup(
                        exc.message,
                        "Choose another file, or add --yes to restore what can still be"
                        " read of it (rows on its damaged pages will be missing).",
                    ) from exc
                from studyapp.core.store.salvage_restore import restore_salvaged

                kept, said = restore_salvaged(source, store, backups, datetime.now(UTC))
        except StoreError as exc:
            if before is None or _as_it_is(store) != before:
                raise  # the file was moved aside before the refusal: the message says
            raise _nothing_restored(exc) from exc
        _refill_media(store)
    print(
        f"Restored {source} into {store}."
        if not said
        else f"Restored {source} into {store}: {said}"
    )
    if kept is None:
        print("There was no study database before.")
    elif kept.parent == backups:
        print(f"The previous study database was kept as a backup: {kept}")
    else:
        print(f"The previous study database was damaged; it was moved aside to {kept}")
    return EXIT_OK


def _not_agreed(store: Path, source: Path) -> str | None:
    """Asked at a terminal, as `remove-deck` asks, with what the backup lacks that the
    study data has (core.store.holdings): why the restore is not made (the person said
    no; a script that did not say --yes), None to go on. Only where the two files
    compare: a backup that is no sound database is refused by the restore itself, in
    its own words, and study data that cannot be read (missing, emptied, damaged) is
    what a restore is for, and is kept (moved aside) by it."""
    from studyapp.commands.ask import confirmed
    from studyapp.core.store import SCHEMA_VERSION
    from studyapp.core.store.header import read_header
    from studyapp.core.store.holdings import restore_loses

    header = read_header(store)
    if header is None or header.user_version > SCHEMA_VERSION or not source.is_file():
        return None  # a newer StudyApp's data: the restore refuses to replace it
    made = read_header(source)
    if made is None or made.user_version > SCHEMA_VERSION:
        # No database, or a newer StudyApp's: the restore refuses it, in its own words,
        # at the first try (asked first, the refusal came only with --yes).
        return None
    loses = restore_loses(store, source)
    if not loses:
        return None
    answer = confirmed(
        f"Replace your study data with {source.name}?",
        f"{loses} Your study data as it is now is kept first, as a backup.".lstrip(),
    )
    if answer is None:
        said = f" ({loses.rstrip('.')})" if loses else ""
        replace = f"this would replace your study data with {source.name}{said}"
        return f"{replace}; add --yes to restore it"
    return None if answer else "kept your study data as it is: nothing was restored"


def _as_it_is(path: Path) -> tuple[int, int, int] | None:
    """The study database's file as it is (which file, its size and time); None where
    there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _nothing_restored(exc: StoreError) -> StoreError:
    """The refusal, saying first what the person has: their study data as it was."""
    from studyapp.core.store import StoreError

    nothing = "Nothing was restored"
    if exc.message.startswith(nothing):
        return exc
    return StoreError(f"{nothing}: your study data is as it was. {exc.message}", exc.hint)
