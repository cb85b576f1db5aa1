"""What the Weak Topics and Statistics tabs show, computed off the UI thread.

Either tab's figures take a pass over the whole history of the deck: 100–250 ms
on a 10,000-question deck, far more than the frame a click may take. So
`FiguresWorker.request(compute)` runs `compute(store)` on a QThreadPool thread,
with a read-only connection of its own to the store file (the window's
connection is never shared across threads), and emits `ready(result)` on the UI
thread. Only the newest request is delivered: a grade meanwhile makes the
result before it stale, and the request that follows the grade wins.

A request starts on the event loop's next turn, once the tab that asked has been
painted: a task started at once would hold Python's lock (the GIL) against the
paint's own Python (the delegates, the charts), and the tab would show late.
Requests made in one turn are computed once, for the newest.

Where a second connection cannot be had (a database in memory, a file that can
no longer be opened), the computation runs on the UI thread with the window's
own connection, as it always did: slower, never wrong. An exception inside
`compute` arrives as `failed(exception)` for the controller to report. Before a
restore swaps the store's file, `wait()` lets the tasks under way end: their
connections would make the swap refuse ("in use").
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from studyapp.core.model import StudyAppError
from studyapp.core.store import Store

Compute = Callable[[Store], Any]
_NO_CONNECTION = object()  # the task could not open the store: compute on the UI thread


class _Signals(QObject):
    done = Signal(int, object, object)  # request number, result, exception or None


class _Task(QRunnable):
    def __init__(self, number: int, path: str, compute: Compute, signals: _Signals) -> None:
        super().__init__()
        self.number = number
        self.path = path
        self.compute = compute
        self.signals = signals
        self.ended = threading.Event()  # its connection is closed

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()

    def _run(self) -> None:
        try:
            store = Store.open_read_only(self.path)
        except StudyAppError:
            self._report(_NO_CONNECTION, None)
            return
        try:
            with store:
                result = self.compute(store)
        except BaseException as exc:  # reported on the UI thread, never lost in this one
            self._report(None, exc)
        else:
            self._report(result, None)

    def _report(self, result: object, error: BaseException | None) -> None:
        # RuntimeError: the window was closed and deleted meanwhile: nobody to tell.
        with contextlib.suppress(RuntimeError):
            self.signals.done.emit(self.number, result, error)


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
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._requested = 0  # the number of the newest request
        self._computes: dict[int, Compute] = {}  # the requests not yet done
        self._tasks: dict[int, _Task] = {}  # the tasks started and not yet reported

    @property
    def busy(self) -> bool:
        """A request is under way whose result has not arrived."""
        return self._requested in self._computes

    def request(self, compute: Compute) -> None:
        """Compute `compute(store)` in the background; `ready` brings the result."""
        self._requested += 1
        number = self._requested
        self._computes[number] = compute
        QTimer.singleShot(0, self, lambda: self._start(number))

    def _start(self, number: int) -> None:
        if number != self._requested:  # a newer request came in the same turn
            self._computes.pop(number, None)
            return
        store = self._store()
        if str(store.path) == ":memory:":
            self._deliver(self._computes.pop(number), store)
            return
        task = self._tasks[number] = _Task(
            number, str(store.path), self._computes[number], self._signals
        )
        self._pool.start(task)

    def wait(self, seconds: float = 30.0) -> None:
        """Until every task under way has closed its connection (their results, come
        later, are dropped as stale). Nothing new starts before the next request."""
        self._requested += 1
        for task in list(self._tasks.values()):
            task.ended.wait(seconds)

    def _on_done(self, number: int, result: object, error: BaseException | None) -> None:
        self._tasks.pop(number, None)
        compute = self._computes.pop(number, None)
        if number != self._requested or compute is None:
            return  # a newer request is under way: this result is already stale
        if result is _NO_CONNECTION:
            self._deliver(compute, self._store())
        elif error is not None:
            self.failed.emit(error)
        else:
            self.ready.emit(result)

    def _deliver(self, compute: Compute, store: Store) -> None:
        try:
            result = compute(store)
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.ready.emit(result)
