"""A damaged store's way back (core.store.recovery calls it): what can still be read
of it is salvaged (core.store.salvage), and that copy is weighed against the newest
backup that passes its check; else a fresh store starts beside the damaged file.
Nothing moves before the copy that takes its place is made and checked. Loaded for a
damaged store only.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.store import Store, StoreError, backup, saved_copies, side_files, swap
from studyapp.core.store.backup import BackupInfo, BackupRefused, NewerBackup
from studyapp.core.store.errors import is_damage, translate_error
from studyapp.core.store.header import read_header
from studyapp.core.store.recovery import require_backups
from studyapp.core.store.recovery_report import RecoveryReport
from studyapp.core.store.sqlite_words import foreign, store_state
from studyapp.lazy import lazy

if TYPE_CHECKING:
    from studyapp.core.store.salvage import Salvage

salvage = lazy("studyapp.core.store.salvage")
salvage_words = lazy("studyapp.core.store.salvage_words")
carried = lazy("studyapp.core.store.carried")


def recover(
    path: Path, backup_dir: Path, now: datetime, problem: str
) -> tuple[Store, RecoveryReport]:
    """The store now in use in place of the damaged one at `path`, and what was done."""
    try:
        # Another program's database holds nothing of the person's: not taken apart
        saved = salvage.salvage(path, path) if path.exists() and not foreign(problem) else None
    except StoreError as exc:  # the disk, not the damage: change nothing
        raise _nothing_changed(path, problem, "save what it still holds", exc) from exc
    if saved is not None and saved.whole:
        return _install_salvage(path, now, problem, saved)
    require_backups(path, backup_dir, problem)
    skipped: list[Path] = []
    newer: Path | None = None
    source = ""  # where `saved` came from, when not the store: a damaged newer backup
    # The backups, and the copies StudyApp saved when the file went under it
    for info in saved_copies.recovery_candidates(path, backup_dir, now):
        staged = backup.staging_path(path)
        try:
            backup.check_backup(info.path)
            swap.copy_database(info.path, staged)
            backup.check_staged(staged)
        except BackupRefused as exc:
            skipped.append(info.path)
            if isinstance(exc, NewerBackup) and newer is None:
                newer = info.path
            backup.remove_staging_leftovers(path)
            if saved is None and not isinstance(exc, NewerBackup) and read_header(info.path):
                # (a database file: a pipe under a backup's name would hang the read)
                saved, source = _salvage_backup(path, problem, info)
            continue
        except StoreError as exc:  # the disk, not the backup: change nothing
            backup.remove_staging_leftovers(path)
            raise _nothing_changed(
                path, problem, f"restore the backup {info.path.name}", exc, info.path
            ) from exc
        if saved is not None and (
            saved.reviews > _reviews(staged) or salvage_words.backup_fills(saved, staged)
        ):
            # the damaged file still holds more of the person's reviews than the backup,
            # or the backup holds every row its bad pages held: the rows read, and
            # those it lost taken from the backup
            fill = salvage_words.Backfill.of(staged, info.created)
            mocks = bool(salvage_words.MOCK_TABLES & set(saved.unreadable))
            taken = _carry(path, staged, saved.path, problem, info, mocks=mocks)
            backup.remove_staging_leftovers(path)
            store, report = _install_salvage(
                path, now, problem, saved, source, fill._replace(taken=taken)
            )
            return store, report._replace(skipped=tuple(skipped))
        carried, mocks, cards = (0, 0, 0)
        if saved is not None:
            carried, mocks = _carry(path, saved.path, staged, problem, info, mocks=True)
            # where each question graded since stands, where its reviews were lost
            cards = _carry(path, saved.path, staged, problem, info, cards=True)[0]
        damaged = swap.swap_in(staged, path, now)
        side_files.remove_salvage_leftovers(path)
        return Store.open(path), RecoveryReport(
            damaged,
            problem,
            info,
            tuple(skipped),
            carried=carried,
            carried_mocks=mocks,
            carried_cards=cards,
            backups=backup_dir,
        )
    if saved is not None:
        store, report = _install_salvage(path, now, problem, saved, source)
        return store, report._replace(newer=newer, skipped=tuple(skipped))
    fresh = _fresh_store(path, problem)
    damaged = swap.swap_in(fresh, path, now)
    return Store.open(path), RecoveryReport(damaged, problem, None, tuple(skipped), newer=newer)


def _carry(
    path: Path,
    source: Path,
    target: Path,
    problem: str,
    info: BackupInfo,
    *,
    mocks: bool = False,
    cards: bool = False,
) -> tuple[int, int]:
    """The reviews `source` holds that `target` lacks, and with `mocks` its mock
    interviews, added to it: the salvage's to the backup staged, or the other way
    (core.store.carried); how many of each. With `cards`, instead, its cards graded
    later than `target`'s: (how many, 0)."""
    try:
        if cards:
            return carried.carry_cards(source, target), 0
        return carried.carry_rows(source, target, mocks=mocks)
    except sqlite3.Error as exc:
        error = translate_error(exc, path)
        if error is None or is_damage(exc):
            return 0, 0  # (rolled back) the backup is restored as it is
        backup.remove_staging_leftovers(path)  # the disk: change nothing
        raise _nothing_changed(
            path, problem, f"restore the backup {info.path.name}", error, info.path
        ) from exc


def _fresh_store(path: Path, problem: str) -> Path:
    """A new, empty store made beside `path` before anything moves: made after the
    damaged file went aside, a full disk left an empty file in its place, which the
    next start took for a first start, and the person never heard of their data."""
    staged = backup.staging_path(path)
    backup.remove_staging_leftovers(path)
    try:
        Store.open(staged).close()
    except StoreError as exc:
        backup.remove_staging_leftovers(path)
        raise _nothing_changed(path, problem, "start a new database beside it", exc) from exc
    return staged


def _nothing_changed(
    path: Path, problem: str, what: str, exc: StoreError, kept: Path | None = None
) -> StoreError:
    both = "the damaged database and the backup are both kept" if kept else "it is kept"
    then = "restore that backup" if kept else "repair it"
    return StoreError(
        f"Your study database {path} {store_state(problem)}, and StudyApp could not "
        f"{what}: {exc.message}",
        f"Nothing was changed: {both}. {exc.hint} Then start StudyApp again: it will "
        f"{then}.".replace("  ", " "),
    )


def _salvage_backup(path: Path, problem: str, info: BackupInfo) -> tuple[Salvage | None, str]:
    """What a damaged backup still holds, copied as the store's salvage would be, where
    the store itself held nothing that could be read: the newest backups damaged too
    were skipped whole, and an older one restored, though the damage was in pages
    that held none of the reviews (every grade since that older backup was lost).
    Weighed against the good backups as the store's own salvage is (`recover`)."""
    try:
        saved = salvage.salvage(info.path, path)
    except StoreError as exc:  # the disk: change nothing
        raise _nothing_changed(path, problem, "save what it still holds", exc) from exc
    when = info.created.strftime("%Y-%m-%d %H:%M UTC")
    said = (
        f"could read nothing of it; the backup {info.path.name} (made {when}) was damaged"
        " too, and from that backup it "
    )
    return saved, said


def _install_salvage(
    path: Path,
    now: datetime,
    problem: str,
    saved: Salvage,
    source: str = "",
    fill: salvage_words.Backfill | None = None,
) -> tuple[Store, RecoveryReport]:
    done = f"{source}{salvage_words.done_words(saved, fill)}"
    whole = saved.whole or (fill is not None and not salvage_words.missing(saved, fill))
    damaged = swap.swap_in(saved.path, path, now)
    return Store.open(path), RecoveryReport(damaged, problem, None, repaired=(done,), whole=whole)


def _reviews(path: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            return int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    except sqlite3.Error:
        return 0
