"""Backups made off the UI thread: the automatic one on its timer, and Back Up Now.

A backup of a big store takes seconds (the copy, its full check, the sync): made on
the UI thread, it froze the window. `BackupWorker.start(reason)` runs
`core.backup.make_backup` (then the rotation) on a QThreadPool thread. The copy
reads through a connection of its own (SQLite's online backup API, from a
read-only connection): the window's connection keeps writing meanwhile, as WAL
lets it, and a grade made during the copy is in the store whatever the copy saw.
The file is written under a hidden temporary name and renamed when whole and
checked, so a backup is whole or absent.

One backup runs at a time. A manual backup asked for while an automatic one runs
stops that one (it would copy the same) and follows it. `settle()` is for the
moments that must not share the store with a backup: closing the window and
restoring. It stops an automatic backup (within one 1 MB step of the copy, or at
once in its check), waits for a manual one, and hands its outcome over before it
returns, so the caller can go on at once (the closing backup, the restore's swap,
which refuses a store another connection has open).

The task never touches a widget; its outcome comes back on the UI thread as
`finished(outcome)`, and how far it is as `progress(step, percent)`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from studyapp.core.backup import AUTOMATIC, BackupCancelled, make_backup, rotate
from studyapp.core.model import StudyAppError
from studyapp.ui.background import tell
from studyapp.ui.messages import format_traceback


@dataclass
class BackupOutcome:
    reason: str
    path: Path | None = None  # the backup made
    error: StudyAppError | None = None  # not made: a full disk, a folder gone …
    cancelled: bool = False
    crash: str | None = None  # a traceback: a bug
    lost: StudyAppError | None = None  # not made: the store's file is another's (`check`)


class _Signals(QObject):
    progress = Signal(str, int)  # step, percent
    done = Signal(object)  # BackupOutcome


class BackupTask(QRunnable):
    """One backup. Kept by its worker until it has reported (not auto-deleted)."""

    def __init__(
        self,
        store_path: Path,
        backup_dir: Path,
        now: Callable[[], datetime],
        reason: str,
        check: Callable[[], None] | None = None,
        zone: Callable[[], tzinfo] | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.store_path = store_path
        # Raises where the store's file holds no copy of the window's data (replaced,
        # written into: Store.check_same_file), asked on this thread, not the window's.
        self._check = check
        self.backup_dir = backup_dir
        # Read when the copy starts: a backup queued behind a busy pool (an import) was
        # named for when it was asked, older than backups made meanwhile that hold less,
        # and recovery takes the newest name for the newest data.
        self._now = now
        self._zone = zone  # whose days the backups kept are counted in (rotate)
        self.reason = reason
        self.signals = _Signals()
        self.outcome: BackupOutcome | None = None  # set before `ended`
        self.ended = threading.Event()  # its connection is closed, its outcome set
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        outcome = BackupOutcome(self.reason)
        try:
            if self.is_cancelled():
                raise BackupCancelled
            if self._check is not None:
                try:
                    self._check()
                except StudyAppError as exc:
                    outcome.lost = exc
                    raise BackupCancelled from exc
            now = self._now()
            outcome.path = make_backup(
                self.store_path,
                self.backup_dir,
                now,
                self.reason,
                progress=lambda step, percent: tell(self.signals.progress, step, percent),
                cancelled=self.is_cancelled,
            )
            rotate(self.backup_dir, now, self._zone() if self._zone else None)
        except BackupCancelled:
            outcome.cancelled = True
        except StudyAppError as exc:
            outcome.error = exc
        except BaseException as exc:  # a bug: reported on the UI thread, never lost here
            outcome.crash = format_traceback(type(exc), exc, exc.__traceback__)
        self.outcome = outcome
        self.ended.set()
        tell(self.signals.done, outcome)


class BackupWorker(QObject):
    progress = Signal(str, int)  # the running backup's step and percent
    finished = Signal(object)  # BackupOutcome, on the UI thread, once per backup

    def __init__(
        self,
        store_path: Callable[[], Path],
        backup_dir: Path,
        now: Callable[[], datetime],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        zone: Callable[[], tzinfo] | None = None,
    ) -> None:
        """`store_path()`: the store's file as of now (a restore reopens it); `zone()`:
        the zone of the clock `now` is read from."""
        super().__init__(parent)
        self._store_path = store_path
        self._backup_dir = backup_dir
        self._now = now
        self._zone = zone
        self._pool = pool or QThreadPool.globalInstance()
        self.running: BackupTask | None = None
        self._queued: str | None = None  # a manual backup waiting for the running one
        self._settled: list[BackupTask] = []

    @property
    def busy(self) -> bool:
        return self.running is not None or self._queued is not None

    @property
    def reason(self) -> str | None:
        """Why the backup under way (or next) is made: "auto", "manual"."""
        if self._queued is not None:
            return self._queued
        return self.running.reason if self.running is not None else None

    def start(self, reason: str, check: Callable[[], None] | None = None) -> bool:
        """Make a backup for `reason` in the background. False when one is under way
        already (a manual one, asked during an automatic one, follows it). `check`:
        asked first, on the pool thread; where it raises, no backup is made and the
        outcome's `lost` says why."""
        if self.running is not None:
            if reason == AUTOMATIC or self._queued is not None:
                return False
            self._queued = reason
            if self.running.reason == AUTOMATIC:
                self.running.cancel()  # this one copies the same, and more
            return True
        task = self.running = BackupTask(
            Path(self._store_path()), self._backup_dir, self._now, reason, check, self._zone
        )
        task.signals.progress.connect(self._on_progress)
        task.signals.done.connect(self._on_done)
        self._pool.start(task)
        return True

    def settle(self) -> None:
        """Before closing or a restore: no backup runs when this returns. An automatic
        one is stopped, a manual one (and one queued) finished; their outcomes are
        delivered (`finished`) before this returns."""
        while self.running is not None:
            task = self.running
            if task.reason == AUTOMATIC:
                task.cancel()
            if self._pool.tryTake(task):  # still waiting for a thread: run it here
                task.run()
            task.ended.wait()
            if self.running is task:  # not told yet (run here, it told at once)
                # Its `done` is still on its way: the task lives until then (its
                # signals' object with it).
                self._settled.append(task)
                self._deliver(task)

    def _on_progress(self, step: str, percent: int) -> None:
        if self.running is not None:
            self.progress.emit(step, percent)

    def _on_done(self, outcome: BackupOutcome) -> None:
        task = self.running
        if task is not None and task.outcome is outcome:
            self._deliver(task)
        else:  # settle() delivered it already; its task may go now
            self._settled = [t for t in self._settled if t.outcome is not outcome]

    def _deliver(self, task: BackupTask) -> None:
        self.running = None
        outcome = task.outcome
        queued, self._queued = self._queued, None
        if queued is not None:
            self.start(queued)
        if outcome is not None:
            self.finished.emit(outcome)
