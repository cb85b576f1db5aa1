"""What the Weak Topics and Statistics tabs show, computed off the UI thread.

Either tab's figures take a pass over the whole history of the deck: 100–250 ms
on a 10,000-question deck, far more than the frame a click may take. So
`FiguresWorker.request(compute)` runs `compute(store, cancelled)` on a
QThreadPool thread, with a read-only connection of its own to the store file
(the window's connection is never shared across threads), its reads in one
snapshot, and emits `ready(result)` on the UI thread.

Only the newest request counts. One pass runs at a time: a newer request waits
for it, and asks it to stop (`cancelled()` turns true; the weak topics' pass
looks between questions), so changes in quick succession never pile up passes on
the pool the imports and exports share. `invalidate()` (the store changed) makes
whatever is under way stale at once, before the view's own ask arrives; a stale
result is never shown.

A request starts on the event loop's next turn, once the tab that asked has been
painted: a task started at once would hold Python's lock (the GIL) against the
paint's own Python (the delegates, the charts), and the tab would show late.

Where a second connection cannot be had (a database in memory, a file that can
no longer be opened), the computation runs on the UI thread with the window's
own connection, as it always did: slower, never wrong. An exception inside
`compute` arrives as `failed(exception)` for the controller to report. Before a
restore swaps the store's file, `wait()` ends the pass under way: its
connection would make the swap refuse ("in use").
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from studyapp.core.model import StudyAppError
from studyapp.core.store import Store

Cancelled = Callable[[], bool]
Compute = Callable[[Store, Cancelled], Any]
_NO_CONNECTION = object()  # the task could not open the store: compute on the UI thread
_STALE = object()  # the task stopped or was not wanted any more: nothing to show


class _Newest:
    """The newest request's number, in a plain object the pool thread reads (the
    worker, a QObject, may be deleted with its window while a pass runs)."""

    number = 0


class _Signals(QObject):
    done = Signal(int, object, object)  # request number, result, exception or None


class _Task(QRunnable):
    """One pass. Its signals object belongs to it, not to the window: a window
    deleted while the pass runs takes only the connection to it along."""

    def __init__(self, number: int, path: str, compute: Compute, cancelled: Cancelled) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the worker keeps it until it has reported
        self.number = number
        self.path = path
        self.compute = compute
        self.cancelled = cancelled
        self.signals = _Signals()
        self.ended = threading.Event()  # its connection is closed

    def run(self) -> None:
        result: object = _STALE
        error: BaseException | None = None
        try:
            if not self.cancelled():
                result = self._compute()
        except BaseException as exc:  # reported on the UI thread, never lost in this one
            result, error = None, exc
        finally:
            self.ended.set()
            if self.cancelled() and result is not _NO_CONNECTION:
                result, error = _STALE, None
            # RuntimeError: the window was deleted meanwhile; nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self.signals.done.emit(self.number, result, error)

    def _compute(self) -> object:
        try:
            store = Store.open_read_only(self.path)
        except StudyAppError:
            return _NO_CONNECTION
        with store, store.snapshot():
            return self.compute(store, self.cancelled)


class FiguresWorker(QObject):
    ready = Signal(object)  # the newest request's result
    failed = Signal(object)  # the exception the newest request's computation raised

    def __init__(
        self,
        store: Callable[[], Store],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`store()`: the window's store as of now (a restore replaces it)."""
        super().__init__(parent)
        self._store = store
        self._pool = pool or QThreadPool.globalInstance()
        self._newest = _Newest()  # the number of the newest request (or invalidation)
        self._waiting: tuple[int, Compute] | None = None  # the newest, not yet started
        self._running: _Task | None = None

    @property
    def busy(self) -> bool:
        """A request is under way whose result has not arrived."""
        return self._waiting is not None or (
            self._running is not None and self._running.number == self._newest.number
        )

    def request(self, compute: Compute) -> None:
        """Compute `compute(store, cancelled)` in the background; `ready` brings the
        result (unless a newer request or `invalidate()` comes first)."""
        self._newest.number += 1
        self._waiting = (self._newest.number, compute)
        QTimer.singleShot(0, self, self._start)

    def invalidate(self) -> None:
        """The store changed: what is under way or waiting will not be shown, and the
        pass under way is asked to stop."""
        self._newest.number += 1
        self._waiting = None

    def wait(self, seconds: float = 30.0) -> None:
        """Until the pass under way has closed its connection (its result is dropped).
        Nothing starts before the next request."""
        self.invalidate()
        if self._running is not None:
            self._running.ended.wait(seconds)

    def _start(self) -> None:
        if self._running is not None or self._waiting is None:
            return  # one pass at a time: the newest waits for the one under way
        number, compute = self._waiting
        self._waiting = None
        store = self._store()
        if str(store.path) == ":memory:":
            self._deliver(compute, store)
            return
        newest = self._newest
        task = self._running = _Task(
            number, str(store.path), compute, lambda: number != newest.number
        )
        task.signals.done.connect(self._on_done)
        self._pool.start(task)

    def _on_done(self, number: int, result: object, error: BaseException | None) -> None:
        task, self._running = self._running, None
        if task is not None and number == self._newest.number and result is not _STALE:
            if result is _NO_CONNECTION:
                self._deliver(task.compute, self._store())
            elif error is not None:
                self.failed.emit(error)
            else:
                self.ready.emit(result)
        self._start()  # the newest request, if one came meanwhile

    def _deliver(self, compute: Compute, store: Store) -> None:
        try:
            result = compute(store, lambda: False)
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.ready.emit(result)
