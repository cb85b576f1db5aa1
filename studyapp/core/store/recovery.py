"""Opening the store safely at start-up: damage is repaired in place when nothing can be
lost by it, else moved aside and replaced by the newest good backup.

`open_store_safely` is what the app (and every writing command) calls instead of
`Store.open`, holding the data folder's writer lock:

1. Leftovers of a restore killed mid-way (``studyapp.sqlite3.restoring``) go.
2. A store SQLite cannot read, or one failing ``PRAGMA quick_check``, is damaged.
3. Otherwise, once a day, when a damage error was seen since (the
   ``.needs-check`` marker), or when a TEXT column holds bytes (a cheap test run
   at every start, as is the schema: either stops the window at once), the full
   check runs (core.store.daily_check, core.store.health): indexes out
   of step with their tables are rebuilt (``REINDEX``: derived data, nothing is
   lost); text that is not UTF-8 is rewritten with U+FFFD, as it already shows;
   triggers and views the app never makes are dropped. A copy of the file as it
   was is kept beside it first, and the report says so. Damage these cannot
   repair counts as damage, and so does a table, column or index lost.
4. A damaged store (core.store.rescue): first, every row of the person's data that
   can still be read is copied into a new store (core.store.salvage), its indexes,
   search index and rendered answers built again. Where every row was read (the
   damage was in derived data), that copy replaces the file and nothing is lost.
   Where rows were lost with a bad page, it is used when it holds more reviews than
   the newest good backup, or the backup holds every row the bad pages held: what
   it lost the backup holds (reviews, mock interviews) is taken from the backup, and
   the report says what, and what may still be missing (core.store.salvage_words).
   Where the backup is restored instead, the reviews and mock interviews the damaged
   file still holds that it lacks are added to it (core.store.carried).
5. Otherwise the newest backup that passes the full check (or the copy StudyApp
   saved when the file went under the open app, where it is as new and holds as
   many reviews: core.store.saved_copies) is copied and checked *before* anything
   moves; only then is the damaged file moved aside (never deleted:
   ``studyapp.sqlite3.damaged-<UTC time>``) and the copy put in its place. A copy
   that fails for the environment (a full disk) changes nothing and says so: the
   damaged file and the backup stay for the next start. With no usable backup at
   all, a fresh store starts beside the damaged file.
6. A sound store, at every start (each read through an index, or a folder listing):
   reviews whose questions another program deleted are said, kept, and the notes
   imported again (`_questions_gone`); a sync tool's copy of the store beside it
   holding newer reviews is named (`_newer_copies`, core.store.copies). Each is said
   once.
7. Before anything reads it, the store's log is checked for commits past a frame whose
   checksum fails (core.store.log_damage): SQLite reads none of them, and the first
   checkpoint drops them. A copy of the log as it is is kept beside it, and said.

Only damage triggers this: a locked, unreadable or full disk raises StoreError,
because moving the file would not help and might hide it from the person. So does
a store from a newer StudyApp (NewerStore: left untouched), and a store path that
is a link to a drive not mounted, a link loop or a folder (core.store.location):
a link is never replaced, and a repair or restore puts the file where it points.

What the person is told of all this, `RecoveryReport` and its words, is
core.store.recovery_report's.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from studyapp.core.paths import not_a_folder
from studyapp.core.store import (
    Store,
    StoreError,
    backup,
    copies,
    health,
    log_damage,
    own_file,
    saved_copies,
    session_rows,
    side_files,
)
from studyapp.core.store.early_check import EarlyCheck
from studyapp.core.store.errors import _translated, check_marker, is_damage, request_check
from studyapp.core.store.location import StoreUnavailable, store_file
from studyapp.core.store.names_back import names_back

# The report and its words (said once, in their own module); named here too, where
# callers have always found them.
from studyapp.core.store.recovery_report import (
    EMPTY,
    MISSING,
    ORPHANED,
    RecoveryReport,
    plain_problem,
)
from studyapp.core.store.sqlite_words import store_state
from studyapp.lazy import lazy

# Loaded for a damaged store only (it reads pages and copies rows), not at every start.
rescue = lazy("studyapp.core.store.rescue")
# Loaded on a start whose full check is due (once a day), not at every start.
daily_check = lazy("studyapp.core.store.daily_check")
# Loaded when a copy of the store is to be kept beside it.
swap = lazy("studyapp.core.store.swap")
# Loaded when a log is set aside: the grades it holds are kept in a copy.
log_aside = lazy("studyapp.core.store.log_aside")

FULL_CHECK_EVERY = timedelta(days=1)
K_FULL_CHECK_AT = "store.full_check_at"  # a setting: when the last full check passed
K_WAITING_CARDS = health.K_WAITING_CARDS
K_COPIES_TOLD = "store.copies_told"  # [name, size, mtime] of each copy beside it told of
REPAIRING = "repairing"  # `open_store_safely`'s stage past the check: the damage is being mended

log = logging.getLogger(__name__)


def open_store_safely(
    path: str | Path,
    backup_dir: str | Path,
    now: datetime,
    *,
    early: EarlyCheck | None = None,
    stage: Callable[[str], object] | None = None,
) -> tuple[Store, RecoveryReport | None]:
    """Open the store at `path`, repairing it or restoring a backup when it is damaged.

    Returns the open store and None, or, when it was damaged, the store now in use
    and a report to show. Raises StoreError for problems a backup cannot fix (a
    locked or unreadable file, a full disk, a store from a newer StudyApp, a link
    to a drive not mounted: core.store.location). Call it
    holding the data folder's writer lock. `early`: the checks begun on a thread at
    the very start (core.store.early_check); a store they found sound and unchanged
    is not checked again. `stage` is told REPAIRING when the damage found takes more than
    the check (a salvage, a backup restored: half a minute for a big store).
    """
    path = Path(path)
    session_rows.unchanged(path)  # the last session's rows, where the file is as it left it
    try:
        return _open_safely(path, backup_dir, now, early, stage or (lambda _stage: None))
    except StoreError as exc:
        cause = exc.__cause__
        if not (isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause)):
            raise
        # The caller holds StudyApp's own lock: no StudyApp holds the file, another
        # program does. "Close other StudyApp windows" sent the person to look for
        # windows that were not there.
        raise StoreError(
            f"The study database {path} is locked by another program (not StudyApp): "
            "a database browser or a backup or sync tool may have it open.",
            "Close that program, then start StudyApp again.",
        ) from cause


def _open_safely(
    path: Path,
    backup_dir: str | Path,
    now: datetime,
    early: EarlyCheck | None,
    stage: Callable[[str], object],
) -> tuple[Store, RecoveryReport | None]:
    # Before anything opens the store (which makes a new log): the early check looked.
    lost = early.log_lost if early is not None and early.path == path else side_files.lost_log(path)
    cut = _keep_damaged_log(path, now)  # before anything reads it, and a checkpoint drops it
    sound = early is not None and early.sound(path)
    # A link to a drive not mounted raises, rather than a backup taking its place.
    store_file(path, new_ok=not backup.list_backups(backup_dir))
    backup.remove_staging_leftovers(path)
    side_files.remove_salvage_leftovers(path)
    own_file.set_aside_own_file(path, backup_dir, now)  # no backup is the store itself
    aside, why = _set_aside_orphan(path, now)
    if aside is None:
        aside, why = _set_aside_journal(path, now)
    if aside is None:
        aside, why = _set_aside_log(path, now)
    if aside is not None:
        early, sound = None, False  # the file is to be checked as it is on its own
        request_check(path)
    opened, problem = _open_checked(path, backup_dir, now, early, sound)
    if opened is None:
        assert problem is not None
        stage(REPAIRING)
        opened = rescue.recover(path, Path(backup_dir), now, problem)
        opened = opened[0], _with_copies(*opened, path)
    store, report = opened
    report = _session_left(store, path, report)
    try:
        if report is not None and report.repaired:
            report = _names_back(store, path, Path(backup_dir), report)
        if cut is not None:
            cut = _grades_back(store, path, cut, report, own_log=aside is None)
    except BaseException:
        store.close()
        raise
    return store, _with_log_damaged(
        _with_log_lost(_with_aside(report, aside, why), lost, path), cut, path
    )


def _session_left(store: Store, path: Path, report: RecoveryReport | None) -> RecoveryReport | None:
    """`report` with the rows a session that ended without closing kept and the store
    lacks, saved in a copy beside it (core.store.session_rows), told of here: the copy is
    counted as told of among the copies beside the store."""
    try:
        with store._lock, _translated(path):
            left = session_rows.settle_left(store._conn, path)
        if left is None:
            return report
        if left.copy is not None:
            told = store.get_setting(K_COPIES_TOLD, [])
            stamp = left.copy.stat()
            told = [*(told if isinstance(told, list) else [])]
            store.set_setting(
                K_COPIES_TOLD, [*told, [left.copy.name, stamp.st_size, stamp.st_mtime_ns]]
            )
    except BaseException:
        store.close()
        raise
    if report is None:
        return RecoveryReport(path, "", None, session=left)
    # The copy saved when the file went under the app is said here, not as a sync
    # tool's copy.
    others = tuple(c for c in report.copies if c.path not in (left.saved, left.copy))
    if left.copy is not None:
        # The session's rows are in its copy: the copy of the file read with the log
        # set aside (core.store.log_aside), made at this start, says them again.
        for copy in others:
            if log_aside.WITH_LOG in copy.path.name:
                copy.path.unlink(missing_ok=True)
        others = tuple(c for c in others if log_aside.WITH_LOG not in c.path.name)
    return report._replace(session=left, copies=others)


def _names_back(
    store: Store, path: Path, backup_dir: Path, report: RecoveryReport
) -> RecoveryReport:
    """Decks and topics made again take their names (a deck its notes file) back from
    the newest backup that has them (core.store.names_back)."""
    with store._lock, _translated(path):
        before = _made_names(store._conn)
        used = names_back(store._conn, backup.list_backups(backup_dir))
        after = _made_names(store._conn, before)
    if used is None:
        return report
    when = used.created.strftime("%Y-%m-%d %H:%M UTC")
    done = (
        f"gave the decks and topics made again their names back (and a deck its notes"
        f" file) from the backup of {when}"
    )
    # The repairs said the names they were made under ("Recovered deck 1"): the person
    # knows them by their own, which the app now shows.
    repaired = list(report.repaired)
    for key, made in before.items():
        if (name := after.get(key)) is not None and name != made:
            repaired = [r.replace(f"“{made}”", f"“{name}”") for r in repaired]
    return report._replace(repaired=(*repaired, done), deck_made=True)


def _made_names(
    conn: sqlite3.Connection, ids: dict[tuple[str, int], str] | None = None
) -> dict[tuple[str, int], str]:
    """The names of the decks and topics made again (core.store.row_repairs), by table
    and id; with `ids`, the names those rows have now."""
    names: dict[tuple[str, int], str] = {}
    for table, made in (("decks", "Recovered deck %"), ("topics", "Recovered topic %")):
        if ids is None:
            rows = conn.execute(f"SELECT id, name FROM {table} WHERE name LIKE ?", (made,))
        else:
            wanted = [row_id for kind, row_id in ids if kind == table]
            marks = ", ".join("?" * len(wanted))
            rows = conn.execute(f"SELECT id, name FROM {table} WHERE id IN ({marks})", wanted)
        names.update({(table, int(row_id)): str(name) for row_id, name in rows})
    return names


def _open_checked(
    path: Path, backup_dir: str | Path, now: datetime, early: EarlyCheck | None, sound: bool
) -> tuple[tuple[Store, RecoveryReport | None] | None, str | None]:
    """The store opened and checked (with the report of what was repaired), or the
    damage that needs more than that."""
    problem = None if sound else _damage(path, backup_dir)
    if problem is not None:
        return None, problem
    try:
        store = Store.open(path)
    except StoreError as exc:
        cause = exc.__cause__
        if not (isinstance(cause, sqlite3.Error) and is_damage(cause)):
            raise
        return None, str(cause)
    try:
        # Asked again: opening migrates an older store, which the check did not see.
        still = early is not None and early.sound(path, opened=True)
        report, problem = _maintain(store, path, now, sound=still)
    except (sqlite3.DatabaseError, StoreError) as exc:
        store.close()
        # Damage quick_check passed over, met by the start's own reads (a page of a
        # table it did not visit): recovered as any other, not a traceback.
        cause = exc.__cause__ if isinstance(exc, StoreError) else exc
        if not (isinstance(cause, sqlite3.Error) and is_damage(cause)):
            raise
        return None, str(cause)
    except BaseException:
        store.close()
        raise
    if problem is not None:
        store.close()
        return None, problem
    try:
        if report is None:
            report = _questions_gone(store, path, now) or _newer_copies(store, path)
        elif report.whole and (gone := _questions_gone(store, path, now, report.damaged_path)):
            # Repaired in place (the search index, out of step because questions were
            # deleted): the loss itself was said only at the next start.
            report = report._replace(
                problem=f"{report.problem}; {gone.problem}",
                repaired=(*report.repaired, *gone.repaired),
                whole=False,
            )
    except BaseException:
        store.close()
        raise
    return (store, report), None


def _questions_gone(
    store: Store, path: Path, now: datetime, kept: Path | None = None
) -> RecoveryReport | None:
    """Reviews whose questions are no longer in the store (another program deleted
    them: a deck of 0 questions opened in silence, its history out of sight). They are
    kept, and the report has the start import the notes again (core.refill), which
    makes the questions again under their ids, with that history. Said once for as
    many; again only when more are gone."""
    with store._lock, _translated(path):
        cards, problem = health.untold_waiting(store._conn)
        told = health.told_waiting(store._conn)
    if problem is None:
        if cards < told:  # some came back: a later loss is told again
            store.set_setting(K_WAITING_CARDS, cards)
        return None
    kept = kept or swap.keep_copy(path, now)  # told, and so acknowledged, by the caller
    done = "kept those reviews: they are the questions' again when the questions come back"
    return RecoveryReport(kept, problem, None, repaired=(done,), whole=False)


def _with_copies(store: Store, report: RecoveryReport, path: Path) -> RecoveryReport:
    """`report` of a repair, a restore or a fresh start, with the copies a sync tool left
    beside the store holding reviews after the newest now in use: the store went missing
    or was damaged while a copy beside it held every review, a backup was restored, and
    only the next start named the copy."""
    try:
        found = _newer_copies(store, path)
    except BaseException:
        store.close()
        raise
    return report if found is None else report._replace(copies=found.copies)


def _newer_copies(store: Store, path: Path) -> RecoveryReport | None:
    """Copies of the store a sync tool left beside it, holding reviews after its newest
    (core.store.copies): said once for each copy as it is."""
    found = copies.copies_beside(store)
    told = store.get_setting(K_COPIES_TOLD, [])
    told = told if isinstance(told, list) else []
    fresh = tuple(c for c in found if [c.path.name, *c.stamp] not in told)
    if not fresh:
        return None
    store.set_setting(K_COPIES_TOLD, [[c.path.name, *c.stamp] for c in found])
    return RecoveryReport(path, "", None, copies=fresh)


def acknowledge_waiting(store: Store) -> None:
    """The person has been told of the history kept waiting for its questions (a
    salvage's report, `_questions_gone`'s), and the notes were imported again
    (core.refill): the next start says nothing more of it.

    Not done when the report is made: a start that ended between the repair and the
    import of the notes (killed, a power cut, a crash) left the next start silent,
    the lost questions and their reviews out of sight for good, where it tells again
    and imports the notes again."""
    with store._lock, _translated(store.path):
        cards, _reviews = health.waiting_history(store._conn)
    if cards:
        store.set_setting(K_WAITING_CARDS, cards)


def _set_aside_orphan(path: Path, now: datetime) -> tuple[Path | None, str]:
    """Set aside the log or journal of a store that is missing (core.store.side_files),
    before a backup or a new store takes the name; (where it went, why) or (None, "")."""
    side = side_files.orphan(path)
    if side is None:
        return None, ""
    return _aside_or_keep(path, side, now, ORPHANED), ORPHANED


def _set_aside_journal(path: Path, now: datetime) -> tuple[Path | None, str]:
    """Set aside a rollback journal another database left beside the store, before
    anything rolls it back (core.store.side_files); (where it went, why) or (None, "")."""
    journal = side_files.foreign_journal(path)
    if journal is None:
        return None, ""
    why = (
        "the database is in write-ahead-log mode, as StudyApp's always is, and such a"
        " database never makes a rollback journal"
    )
    return _aside_or_keep(path, journal, now, why), why


def _set_aside_log(path: Path, now: datetime) -> tuple[Path | None, str]:
    """Set aside the store's log when it is another database's (core.store.side_files):
    read with it, the store is damaged or not StudyApp's; on its own it is sound."""
    if (stray := side_files.stray_log(path)) is not None:
        why = (
            "the database is not in write-ahead-log mode, and leaving that mode removes the"
            " log, so no log beside it is its own"
        )
        return _with_its_grades(path, _aside_or_keep(path, stray, now, why), now), why
    found = side_files.foreign_log(path)
    if found is None:
        return None, ""
    log, problem = found
    why = (
        f"read with it, the database could not be read as StudyApp's ({plain_problem(problem)}),"
        " while the database file on its own is sound"
    )
    if problem.startswith(side_files.ANOTHER_STORES_LOG):
        why = (
            f"it is {problem}: read with it, your study data would have been that"
            " database's, while the database file on its own is sound"
        )
        return _aside_or_keep(path, log, now, why), why
    return _with_its_grades(path, _aside_or_keep(path, log, now, why), now), why


def _with_its_grades(path: Path, aside: Path, now: datetime) -> Path:
    """`aside`, the log set aside, with the grades it holds that the file lacks kept in
    a copy beside the store (core.store.log_aside): a copy the report names with its
    grades, and Backups… lists to restore."""
    log_aside.keep_readable_copy(path, aside, now)
    return aside


def _aside_or_keep(path: Path, side: Path, now: datetime, why: str) -> Path:
    try:
        return side_files.set_aside(side, now)
    except OSError as exc:
        raise StoreError(
            f"Beside the study database {path} is {side.name}, which does not belong to it"
            f" ({why}), and StudyApp could not move it aside ({exc.strerror or exc}).",
            "Nothing was changed. Move that file out of the folder (keep it), then start"
            " StudyApp again.",
        ) from exc


class _LogCut(NamedTuple):
    """The store's log damaged part-way (core.store.log_damage)."""

    kept: Path  # a copy of it as it was
    commits: int  # commits past the damage
    last_saved: Path | None  # the store as its last commit left it, to read grades from
    taken: int = 0  # reviews past the damage taken back into the store
    decks: tuple[str, ...] = ()  # the decks of their questions


def _keep_damaged_log(path: Path, now: datetime) -> _LogCut | None:
    """A copy of the store's log where it was damaged part-way with commits past the
    damage (core.store.log_damage), how many, and the store as the log's last commit
    left it; None where it was not."""
    commits = log_damage.commits_lost(path)
    if not commits:
        return None
    try:
        kept = log_damage.keep_copy(path, now)
        return _LogCut(kept, commits, log_damage.as_last_saved(path, kept))
    except OSError as exc:
        raise StoreError(
            f"The log of the latest changes to the study database {path} is damaged"
            f" part-way ({commits} saved changes past the damage cannot be read), and"
            f" StudyApp could not keep a copy of it ({exc.strerror or exc}).",
            "Nothing was changed. Free some space beside it (or copy the file"
            f" {log_damage.log_of(path)} somewhere safe), then start StudyApp again.",
        ) from exc


def _grades_back(
    store: Store, path: Path, cut: _LogCut, report: RecoveryReport | None, *, own_log: bool
) -> _LogCut:
    """`cut` with the reviews saved past the log's damage taken back into the store
    (core.store.log_damage.take_back). Not where a file beside the store was set aside
    as not its own (`own_log` False: the log may be another database's, its pages not
    the store's), nor where the session's own kept rows already saved them in a copy
    the start offers (core.store.session_rows)."""
    if cut.last_saved is None:
        return cut
    try:
        left = report.session if report is not None else None
        if not own_log or (left is not None and left.copy is not None):
            return cut
        with store._lock:
            taken, decks = log_damage.take_back(store._conn, cut.last_saved, path)
        return cut._replace(taken=taken, decks=tuple(decks))
    except Exception as exc:  # a rescue on top of a repair: the window must still open
        log.warning("the grades past the log's damage were not taken back: %r", exc)
        return cut
    finally:
        cut.last_saved.unlink(missing_ok=True)


def _with_log_damaged(
    report: RecoveryReport | None, cut: _LogCut | None, path: Path
) -> RecoveryReport | None:
    if cut is None:
        return report
    said = {
        "log_damaged": cut.kept,
        "log_commits": cut.commits,
        "log_taken": cut.taken,
        "log_decks": cut.decks,
    }
    if report is None:
        return RecoveryReport(path, "", None, **said)
    return report._replace(**said)


def _with_log_lost(report: RecoveryReport | None, lost: bool, path: Path) -> RecoveryReport | None:
    if not lost:
        return report
    if report is None:
        return RecoveryReport(path, "", None, log_lost=True)
    return report._replace(log_lost=True)


def _with_aside(
    report: RecoveryReport | None, aside: Path | None, why: str
) -> RecoveryReport | None:
    if aside is None:
        return report
    if report is None:
        return RecoveryReport(aside, why, None, set_aside=aside, set_aside_why=why)
    return report._replace(set_aside=aside, set_aside_why=why)


def _damage(path: Path, backup_dir: str | Path) -> str | None:
    if not path.exists():
        require_backups(path, Path(backup_dir), MISSING)
        # The first start; or the file was deleted or moved, with backups left to use.
        # (or a copy StudyApp saved when it went under the open app: core.store.saved_copies)
        found = backup.list_backups(backup_dir) or saved_copies.saved_copies(path)
        return MISSING if found else None
    if path.stat().st_size == 0 and not _log_holds_pages(path):
        # SQLite reads an empty file as an empty database. Where a store held anything
        # here (a backup of it, a copy saved of it, the rows its last session kept),
        # what it held was lost before this start: said, backups or not (a new store
        # took it over in silence). Where nothing ever did, the file is one a start
        # made and stopped before its first write (SQLite makes the file at the
        # connection, the schema goes in after): a first start, as for no file.
        require_backups(path, Path(backup_dir), EMPTY)
        return EMPTY if _ever_held_anything(path, backup_dir) else None
    return backup.database_problem(path)


def _log_holds_pages(path: Path) -> bool:
    """A write-ahead log beside an empty file: SQLite reads the store's pages from it."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _ever_held_anything(path: Path, backup_dir: str | Path) -> bool:
    """Whether anything beside the store shows it held something once: a backup (of
    any age, usable or not), a copy saved of it (core.store.saved_copies), the file of
    rows an earlier session on this computer kept (core.store.session_rows: every
    session that wrote leaves one, until the next start finds the store as it left
    it), a rollback journal with pages in it."""
    return bool(
        backup.list_backups(backup_dir)
        or saved_copies.saved_copies(path)
        or session_rows.left_behind(path)
        or _has_bytes(Path(f"{path}-journal"))
    )


def _has_bytes(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def full_check_due(store: Store, path: Path, now: datetime, *, sound: bool = False) -> bool:
    """`sound`: the cheap tests already passed (an early check of the file as it is)."""
    if check_marker(path).exists():
        return True
    with store._lock:
        if not sound and health.urgent_problem(store._conn):  # what stops the window: repair it now
            return True
    last = store.get_setting(K_FULL_CHECK_AT)
    try:
        since = now - datetime.fromisoformat(last)
    except (TypeError, ValueError):
        return True
    # A time ahead of now was written while the clock was wrong: waiting for it would
    # stop the daily check for as long, so it counts as due (and is dated now after).
    return since >= FULL_CHECK_EVERY or since < timedelta(0)


def _maintain(
    store: Store, path: Path, now: datetime, *, sound: bool = False
) -> tuple[RecoveryReport | None, str | None]:
    """The full check when due, with the repairs that lose nothing (core.store.daily_check).
    Returns a report of the repairs (or None), and the damage left that needs a backup
    (or None)."""
    if not full_check_due(store, path, now, sound=sound):
        return None, None
    return daily_check.check_and_repair(store, path, now)


def require_backups(path: Path, backup_dir: Path, problem: str) -> None:
    """Raise StoreUnavailable when the backups are kept through a link to a drive not
    connected now: a missing or damaged store would otherwise be taken for one with
    no backup at all, and a new, empty store start in its place (which the backups
    would not replace once the drive was back)."""
    if not backup_dir.is_symlink() or backup_dir.exists():
        return
    state = "is missing" if problem == MISSING else store_state(problem)
    raise StoreUnavailable(
        f"Your study database {path} {state}, and its backups folder {backup_dir}: "
        f"{not_a_folder(backup_dir)}.",
        "Nothing was changed. Connect it, then start StudyApp again: it will restore the"
        " newest good backup (or remove the link, to go on without those backups).",
    )
