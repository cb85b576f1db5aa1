"""Backups of the store: retention, rotation and the automatic schedule. No Qt here.

The database side (making, naming, listing, checking and restoring backup files)
is in core.store.backup and core.store.backup_writer and re-exported here, so
callers keep using `core.backup` for all of it (the file copies and renames under
a restore are core.store.swap's).

Retention (`retained`): every backup of the last 2 days; then the newest of each
local day up to 14 days; the newest of each ISO week up to 61 days; the newest of
each month up to 365 days; older ones are deleted. The newest backup of all is
never deleted, so rotation alone can never leave no backup. Only backups that look
usable (`BackupInfo.usable`: a whole database file) count: an empty or cut-short
file never keeps its day's good backup from being kept, and goes itself. Backups
dated ahead of now (the clock was ahead then, or is behind now) are thinned by the
same rule as of the newest of them: a clock set back never deletes them all.

The routine backups (automatic and on closing) are thinned further, as each is a
whole copy of the store (a big one: 170 MB each, six closes in 11 minutes made a
gigabyte): of the last 2 days only the newest `RECENT_ROUTINE` and the newest of
each local day are kept. And the backups kept may take at most `SIZE_FACTOR` times the
store's size (the newest usable backup's size stands for it), or `SIZE_FLOOR`
where that is more (a small store keeps its year of history): past it, the oldest
routine backups go first. Neither rule ever deletes the newest usable backup, nor
one the person made (manual) or one made before a change only a backup can undo
("before-restore", "before-remove-deck"): those are what they may come back for.
What such a backup was made before (the deck removed, the backup restored) is noted
beside it (core.backup_about) and said by `source_label`. The person may delete any
backup in Backups… (`delete_backup`) but the only usable one left (`why_kept`).
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.clock import Clock, local_timezone
from studyapp.core.store import Store, StoreError
from studyapp.core.store.backup import (
    _PARTIAL_SUFFIX,
    BackupInfo,
    _utc,
    check_backup,
    database_problem,
    is_damage,
    is_future,
    list_backups,
    parse_backup_name,
    recovery_order,
    restore_backup,
)
from studyapp.core.store.copying import BackupCancelled
from studyapp.lazy import lazy, lazy_pattern

if TYPE_CHECKING:
    from studyapp.core.store.backup_writer import backup_first, make_backup

# Making a backup is loaded with the first one (a timer's, the closing one, a
# command's), not at start: `make_backup` and `backup_first` are re-exported through
# `__getattr__`.
backup_writer = lazy("studyapp.core.store.backup_writer")

__all__ = [
    "AutoBackup",
    "BackupCancelled",
    "BackupInfo",
    "BackupScheduler",
    "backup_dir",
    "backup_first",
    "check_backup",
    "database_problem",
    "delete_backup",
    "is_damage",
    "kind_label",
    "list_backups",
    "make_backup",
    "parse_backup_name",
    "restore_backup",
    "restore_sources",
    "retained",
    "rotate",
    "source_label",
]

BACKUP_DIRNAME = "backups"
AUTO_BACKUP_INTERVAL = timedelta(minutes=30)
# Reasons the app uses; any lower-case word-with-hyphens is accepted.
AUTOMATIC, CLOSING, MANUAL = "auto", "close", "manual"  # why a backup was made
REASONS = (AUTOMATIC, CLOSING, MANUAL, "before-restore")

KEEP_ALL = timedelta(days=2)
KEEP_DAILY = timedelta(days=14)
KEEP_WEEKLY = timedelta(days=61)
KEEP_MONTHLY = timedelta(days=365)

_STALE_PARTIAL_SECONDS = 3600

# The routine backups, thinned (see the module docstring): any other reason is one
# the person asked for, or one made before a change only a backup can undo.
ROUTINE = (AUTOMATIC, CLOSING)
RECENT_ROUTINE = 3
SIZE_FACTOR = 5
SIZE_FLOOR = 256 * 1024 * 1024
# No closing backup when the newest backup is this recent and the session changed at
# most SMALL_CHANGE_ROWS rows (a grade writes about four): a few grades more rest on
# the store itself (WAL, synchronous=FULL) for at most this long.
CLOSE_SKIP_WITHIN = timedelta(hours=1)
SMALL_CHANGE_ROWS = 100


COPY = "copy"  # a copy of the store beside it, holding newer reviews (core.store.copies)
KINDS = {
    "auto": "Automatic",
    "close": "On closing",
    "manual": "Made by you",
    "before-restore": "Before a restore",
    "open": "Your session, saved by StudyApp",  # core.store.saved_copies
    "damaged": "Damaged data, set aside",  # core.store.kept_files
    "set-aside": "Log set aside (no database)",
    "": "Backup",
}
UNUSABLE = "Not a usable backup"  # the kind of a file that is no whole database


def kind_label(reason: str) -> str:
    """A backup's kind as Backups… and `studyapp backup --list` say it."""
    return KINDS.get(reason, reason.replace("-", " ").capitalize())


def source_label(info: BackupInfo) -> str:
    """What a restore source is: a backup's kind, or what a copy beside the data holds."""
    from studyapp.core.format import plural

    if info.reason == COPY:
        return f"Copy beside your data: {plural(info.newer_reviews, 'newer review')}"
    if info.newer_reviews:
        return f"{kind_label(info.reason)}: {plural(info.newer_reviews, 'review')} yours lack"
    if not info.usable and info.reason not in KEPT:
        return UNUSABLE
    return before_what(info) or kind_label(info.reason)


def before_what(info: BackupInfo) -> str:
    """What a backup made before a change was made before, where that was noted beside
    it (core.backup_about): "Before removing “SRE flashcards”", "Before restoring
    2026-12-07 12:51" (the backup restored, by its time as the list shows it; a file
    not named as a backup by its name); "" where nothing was (a backup from before
    notes)."""
    if info.reason not in BEFORE:
        return ""
    from studyapp.core import backup_about

    about = backup_about.read(info.path)
    if deck := about.get("deck"):
        return f"Before removing “{deck}”"
    if restored := about.get("restored"):
        from studyapp.core.format import local_time

        name = Path(restored).name
        parsed = parse_backup_name(name)
        return (
            f"Before restoring {local_time(parsed[0])}"
            if parsed is not None
            else f"Before restoring {name}"
        )
    return ""


# Made before a change only a backup can undo: what it was made before is noted beside it.
BEFORE = ("before-restore", "before-remove-deck")
KEPT = ("damaged", "set-aside", "open")  # kept beside the store, not backups: never chosen first


def restore_sources(store: Store, backup_dir: str | Path) -> list[BackupInfo]:
    """What Backups… offers to restore, newest first: the backups, and the copies beside
    the store that hold reviews after its newest. Such a copy (a sync tool's, or what
    StudyApp saved when the store was deleted under it) was named in a message only,
    and taking it in meant quitting for a terminal."""
    from studyapp.core.store.copies import copies_beside
    from studyapp.core.store.saved_copies import saved_copies

    copies = [
        BackupInfo(
            copy.path,
            datetime.fromtimestamp(copy.stamp[1] / 1e9, UTC),
            copy.stamp[0],
            COPY,
            newer_reviews=copy.reviews,
        )
        for copy in copies_beside(store)
    ]
    # What StudyApp itself saved beside the store, with a session's grades (the file
    # written over or replaced under the app, core.store.saved_copies): listed even
    # where its reviews are no newer than the store's, as the message says it is.
    listed = {copy.path for copy in copies}
    saved = [c for c in saved_copies(Path(store.path)) if c.usable and c.path not in listed]
    listed |= {copy.path for copy in saved}
    found = [*_counted(store, [*copies, *saved]), *list_backups(backup_dir)]
    found += [k for k in kept_sources(store.path) if k.path not in listed]
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def kept_sources(store: str | Path) -> list[BackupInfo]:
    """The files StudyApp kept beside the store (core.store.kept_files: a damaged store
    moved aside, a log set aside, a session's copy) as Backups… and `backup --list`
    show them, with their size and date: a damaged copy may be restored (it is checked
    first), a log cannot."""
    from studyapp.core.store.header import looks_whole
    from studyapp.core.store.kept_files import kept_files

    return [
        BackupInfo(k.path, k.created, k.size, k.kind, k.database and looks_whole(k.path))
        for k in kept_files(store)
    ]


def _counted(store: Store, copies: list[BackupInfo]) -> list[BackupInfo]:
    """The copies beside the store, each with the reviews it holds that the store lacks
    (core.store.holdings), not only those dated after the store's newest: a file put in
    the store's place may lack older ones too. Backups… chooses the copy holding most."""
    from studyapp.core.store.holdings import held_or_none

    counted = []
    for copy in copies:
        held = held_or_none(copy.path, store.path)
        counted.append(copy if held is None else copy._replace(newer_reviews=held.reviews))
    return counted


ONLY_BACKUP = "It is your only backup: StudyApp always keeps one."


def why_kept(backups: list[BackupInfo], info: BackupInfo) -> str:
    """Why Backups… may not delete the backup `info` of the list `backups` ("" where it
    may): the only usable backup of the study data stays (as rotation keeps it)."""
    others = [b for b in backups if b.usable and b.path != info.path and is_backup(b)]
    return ONLY_BACKUP if info.usable and not others else ""


def is_backup(info: BackupInfo) -> bool:
    """A backup of the backups folder, not a file kept beside the data nor a copy there."""
    return info.reason not in (*KEPT, COPY)


def delete_backup(backup_dir: str | Path, path: str | Path) -> bool:
    """Delete the backup at `path` in `backup_dir`, with its note (core.backup_about),
    as the person asked in Backups…: False where it is no backup there, is the only
    usable one left (`why_kept`), or could not be deleted."""
    from studyapp.core import backup_about

    backups = list_backups(backup_dir)
    info = next((b for b in backups if b.path == Path(path)), None)
    if info is None or why_kept(backups, info):
        return False
    try:
        info.path.unlink()
    except OSError:
        return False
    backup_about.forget(info.path)
    return True


def backup_dir(data_dir: str | Path) -> Path:
    """The folder holding the backups of the store in `data_dir` (not created here)."""
    return Path(data_dir) / BACKUP_DIRNAME


def retained(backups: list[BackupInfo], now: datetime, tz: tzinfo | None = None) -> set[Path]:
    """Which backups the retention rule keeps at `now` (see the module docstring); its
    days, weeks and months are those of `tz` (the computer's zone unless given)."""
    now = _utc(now)
    tz = tz or local_timezone()
    newest_first = recovery_order(
        sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True), now
    )
    # An empty, cut-short or foreign file restores nothing: it must not take the
    # place of a good backup of its day (which would then be deleted) nor be the
    # one kept as the newest. It goes, unless no backup at all is usable.
    usable = [info for info in newest_first if info.usable]
    # Dated further ahead than a clock a little off: the clock was ahead when they
    # were made, or it is behind now (a machine whose clock went back to its
    # firmware's date). Which, nothing tells, so neither timeline outranks the other:
    # those ahead are thinned by the same rule as of the newest of them, never all
    # deleted (aged by their distance from now, one start with the clock set back
    # deleted every backup there was). Once now passes them, they age as any other.
    ahead = [info for info in usable if is_future(info, now)]
    keep = _kept_by_rule([info for info in usable if not is_future(info, now)], now, tz)
    if ahead:
        keep |= _kept_by_rule(ahead, ahead[0].created, tz)
    if not usable and not newest_first:
        return keep
    # The newest properly dated one (recovery_order puts it first).
    newest = (usable or newest_first)[0]
    keep.add(newest.path)
    return keep - _over_budget([i for i in newest_first if i.path in keep], newest)


def _over_budget(kept: list[BackupInfo], newest: BackupInfo) -> set[Path]:
    """The routine backups, oldest first, to delete so that those kept take at most
    SIZE_FACTOR times the store's size (or SIZE_FLOOR): never `newest`, nor any other
    kind. The newest backup's size stands for the store's: a backup is the store."""
    budget = max(SIZE_FACTOR * newest.size, SIZE_FLOOR)
    total = sum(info.size for info in kept)
    dropped: set[Path] = set()
    for info in reversed(kept):  # oldest first
        if total <= budget:
            break
        if info.path != newest.path and info.reason in ROUTINE:
            dropped.add(info.path)
            total -= info.size
    return dropped


def _kept_by_rule(newest_first: list[BackupInfo], now: datetime, tz: tzinfo) -> set[Path]:
    keep: set[Path] = set()
    buckets: set[tuple[str, object]] = set()
    recent_routine = 0
    for info in newest_first:
        age = now - info.created  # a little ahead (a clock a few hours off): recent
        day = info.created.astimezone(tz).date()  # the person's day, not UTC's
        bucket: tuple[str, object]
        if age <= KEEP_ALL and info.reason in ROUTINE:
            # Only the newest few; older ones of the 2 days go as the daily tier's do.
            recent_routine += 1
            if recent_routine <= RECENT_ROUTINE:
                keep.add(info.path)
                buckets.add(("day", day))
                continue
        elif age <= KEEP_ALL:
            keep.add(info.path)
            continue
        if age <= KEEP_DAILY:
            bucket = ("day", day)
        elif age <= KEEP_WEEKLY:
            bucket = ("week", tuple(day.isocalendar())[:2])
        elif age <= KEEP_MONTHLY:
            bucket = ("month", (day.year, day.month))
        else:
            continue
        if bucket not in buckets:  # newest first: the first one seen is the newest
            buckets.add(bucket)
            keep.add(info.path)
    return keep


def rotate(backup_dir: str | Path, now: datetime, tz: tzinfo | None = None) -> list[Path]:
    """Delete the backups the retention rule drops; returns the paths removed.

    A file that cannot be deleted is left for the next rotation. What killed
    backups left (``.partial`` copies and their ``.partial-journal``) goes too once
    it is an hour old: a younger one may belong to a backup still being written.
    """
    backups = list_backups(backup_dir)
    keep = retained(backups, now, tz)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    from studyapp.core import backup_about

    backup_about.remove_orphans(backup_dir)  # those of the backups removed too
    with contextlib.suppress(OSError):
        for path in Path(backup_dir).glob(f".studyapp-*{_PARTIAL_SUFFIX}*"):
            if _utc(now).timestamp() - path.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                with contextlib.suppress(OSError):
                    path.unlink()
    remove_dead_partials(backup_dir)
    return removed


_PARTIAL_PID = lazy_pattern(r"\.studyapp-.*\.(\d+)-[0-9a-f]+\.partial(?:-journal)?")


def remove_dead_partials(backup_dir: str | Path) -> list[Path]:
    """Delete the backups being written by a process no longer running (killed,
    crashed: a restore's "before" backup, 14 MB, left behind), whatever their age: one
    listing of the folder, and a look at each such file's process. The young ones of a
    process still running are its own (a backup under way)."""
    from studyapp.core.store.session_rows import running

    removed = []
    with contextlib.suppress(OSError):
        for path in Path(backup_dir).glob(f".studyapp-*{_PARTIAL_SUFFIX}*"):
            match = _PARTIAL_PID.fullmatch(path.name)
            if match is None or running(int(match[1])) or int(match[1]) == os.getpid():
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


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
        now = self._clock.now()
        if now < self._last:
            # The clock was set back: the interval counts from here. Counted from the
            # last backup, no automatic backup came until the clock passed it again.
            self._last = now
        return self._changed and now - self._last >= self.interval

    def mark_done(self) -> None:
        """A backup was made now."""
        self._last = self._clock.now()
        self._changed = False

    def mark_failed(self) -> None:
        """A backup failed now: try again after another interval, changes still pending."""
        self._last = self._clock.now()

    # A backup made elsewhere (on a worker thread) while changes go on: it takes the
    # changes made before it started; those made while it runs are for the next one.

    def mark_started(self) -> None:
        """A backup starts now, taking every change reported so far."""
        self._changed = False

    def mark_ended(self, made: bool) -> None:
        """The backup started with `mark_started` ended: made, or failed (its changes
        pending again, and the next attempt one interval later)."""
        self._last = self._clock.now()
        if not made:
            self._changed = True

    def mark_cancelled(self) -> None:
        """The backup started with `mark_started` was stopped: its changes are pending
        again, due as they were (the closing backup takes them)."""
        self._changed = True


class AutoBackup:
    """The automatic backups of one open store, as the app drives them.

    Call `tick()` from a timer (once a minute is plenty) and after grading; call
    `on_close()` before closing the store. Whether anything changed is read from
    the store's own change counter and from SQLite's `data_version`, which moves
    when another connection commits (an import runs on a worker with its own), so
    nothing needs reporting (`note_change()` is there for what neither shows). Both
    return the new backup's path, or None when none was due, and raise StoreError
    when a backup failed (full disk, read-only folder): show it and keep studying;
    the store is untouched and the next attempt comes one interval later.
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
        self._seen_changes = self._changes()
        self._at_backup = self._seen_changes  # the changes the last backup (or the open) saw
        self._started_at = self._seen_changes  # those the backup under way saw

    def note_change(self) -> None:
        self.scheduler.should_backup(changed=True)

    def _changes(self) -> tuple[int, int]:
        """What this store's connection changed, and the version other connections'
        commits moved (an import on a worker was never backed up: its writes are not
        this connection's)."""
        return self.store.data_changes, self.store.data_version()

    def _store_changed(self) -> bool:
        current = self._changes()
        changed = current != self._seen_changes
        self._seen_changes = current
        return changed

    def tick(self) -> Path | None:
        if not self.scheduler.should_backup(self._store_changed()):
            return None
        return self._backup(AUTOMATIC)

    def start(self) -> bool:
        """`tick()` for a caller that makes the copy itself, off the UI thread: True
        when an automatic backup is due, which then counts as started. Report its end
        with `ended(made)` or `cancelled()`; meanwhile the store may change (the copy
        is of one moment: what changes after it waits for the next backup)."""
        if not self.scheduler.should_backup(self._store_changed()):
            return False
        self.scheduler.mark_started()
        self._started_at = self._seen_changes
        return True

    def begin_manual(self) -> None:
        """A backup asked for by hand starts: like an automatic one it takes every change
        so far, so the next automatic backup does not copy the same again."""
        self.scheduler.should_backup(self._store_changed())
        self.scheduler.mark_started()
        self._started_at = self._seen_changes

    def ended(self, made: bool) -> None:
        """The backup `start()` (or `begin_manual()`) began was made (rotation is the
        caller's), or failed."""
        self.scheduler.mark_ended(made)
        if made:
            self._at_backup = self._started_at

    def cancelled(self) -> None:
        """The backup `start()` began was stopped (closing, a restore): still due."""
        self.scheduler.mark_cancelled()

    def closing_due(self) -> bool:
        """Whether closing calls for a backup: something changed since the last one, or
        there is none yet; not when the newest usable backup is less than
        CLOSE_SKIP_WITHIN old and this session changed only a few rows since (a few
        grades), which a whole copy of the store, on every quit, did not merit."""
        self.scheduler.should_backup(self._store_changed())
        backups = [b for b in list_backups(self.backup_dir) if b.usable]
        if not backups:
            return True
        if not self.scheduler.changed:
            return False
        now = _utc(self._clock.now())
        recent = timedelta(0) <= now - backups[0].created <= CLOSE_SKIP_WITHIN
        rows, version = self._changes()
        small = version == self._at_backup[1] and rows - self._at_backup[0] <= SMALL_CHANGE_ROWS
        return not (recent and small)

    def on_close(self) -> Path | None:
        """Back up when `closing_due()`; the new backup's path, or None."""
        if not self.closing_due():
            return None
        return self._backup(CLOSING)

    def _backup(self, reason: str) -> Path:
        now = self._clock.now()
        try:
            path = backup_writer.make_backup(self.store, self.backup_dir, now, reason)
        except StoreError:
            self.scheduler.mark_failed()
            raise
        self.scheduler.mark_done()
        self._at_backup = self._seen_changes
        rotate(self.backup_dir, now, self._clock.timezone())
        return path


def __getattr__(name: str) -> object:
    """`make_backup` and `backup_first` (core.store.backup_writer), imported on first use."""
    if name in ("make_backup", "backup_first"):
        return getattr(backup_writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
