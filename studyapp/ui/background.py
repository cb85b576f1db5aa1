"""Long work off the UI thread, with a progress dialog the person can cancel.

The work itself is a QRunnable whose `signals` emit `progress(step, percent)`
and `finished(outcome)`; it never touches widgets. A controller subclass starts
it through `_launch`, and gets the outcome back on the main thread in `_report`
(import and export both work this way).

The quit keys work while the dialog shows: the dialog is window-modal (unless the
controller leaves the window free: `modal`), so the window's own Quit shortcut
cannot fire, and Ctrl+Q was silently dropped. The
dialog passes them to the window's Quit action, which asks before it cancels. So
does the window's close button, whose click Qt dropped for the blocked window
(ui/blocked_close.py).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from studyapp.ui.title_room import make_room_for_title

# How long work waits for its dialog's first frame (`_launch` with no minimum duration)
# before it starts all the same.
FIRST_FRAME_WAIT_MS = 500
# What a dialog adds while Quit waits for its work (`quit_when_done`).
QUITTING = "\n\nStudyApp closes once it is written."


def tell(signal: Any, *args: object) -> None:
    """Emit a task's signal from its pool thread. A window closed and deleted
    meanwhile leaves nobody to tell (PySide raises RuntimeError): nothing is said."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class CancellableTask(QRunnable):
    """A task its owner keeps until `finished` (not auto-deleted), with a cancel flag
    that the work checks between its steps (from its own thread), and a hold that
    stops it at its next check while the person is asked whether to cancel it."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._cancel = threading.Event()
        self._go = threading.Event()
        self._go.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._go.set()  # a held task goes on to its cancel

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def hold(self) -> None:
        """Stop the work at its next `should_stop` until `release` or `cancel`: while
        "Cancel the import?" is asked, nothing is saved behind the question."""
        self._go.clear()

    def release(self) -> None:
        self._go.set()

    def should_stop(self) -> bool:
        """The work's check between its steps, from its own thread: waits while held,
        then whether it was cancelled."""
        self._go.wait()
        return self._cancel.is_set()


class BackgroundController(QObject):
    """Runs one task at a time with a window-modal, cancellable progress dialog."""

    # Whether the window waits for the work (its dialog window-modal). An import leaves
    # it free: a big file's took half a minute, during which nothing could be read.
    modal = True

    completed = Signal(object)  # the task's outcome, before the person is told: the
    # window shows it behind the summary they read
    finished = Signal(object)  # the task's outcome, after the person was told

    # Work that writes a file the person asked for (an export): Quit waits for it, its
    # progress shown (`quit_when_done`), and a closing nobody can be asked about
    # (SIGTERM) gives it a while (`finish_within`). Quit closed the window at once, the
    # export cancelled, and the PDF saved a moment before was silently not there.
    writes_asked_file = False

    def __init__(self, parent: QWidget, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = pool or QThreadPool.globalInstance()
        self.task: Any = None
        self.dialog: QProgressDialog | None = None
        self._dialog_args = ("", "", 0)  # the launch's label, title and minimum ms
        self._close_filter: Any = None  # a BlockedClose while the dialog shows
        self._unstarted: QRunnable | None = None  # launched, waiting for the dialog's first frame
        self._then_quit: Callable[[], object] | None = None  # Quit waits for the work
        self._cancel_timer: threading.Timer | None = None  # `finish_within`'s bound

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _launch(
        self, task: QRunnable, label: str, title: str, minimum_ms: int, *, quiet: bool = False
    ) -> None:
        """`quiet`: no dialog until the task's first `progress` (a look that may find
        nothing to do, then work that says it is under way): the dialog's wait for its
        minimum duration starts then, not at the launch.

        `minimum_ms` 0: the dialog shows at once, and the work starts once it has drawn
        its first frame. Work that holds Python's lock through one long Qt call (a PDF's
        pages laid out) stops every Python call of the window's thread meanwhile, the
        dialog's own event filters among them: a dialog shown then, after its minimum
        duration, stayed an empty frame (or the window under it) until the call
        returned, half a second and more."""
        self.task = task
        self._dialog_args = (label, title, minimum_ms)
        task.signals.progress.connect(self._on_progress)  # type: ignore[attr-defined]
        task.signals.finished.connect(self._on_finished)  # type: ignore[attr-defined]
        if not quiet:
            self._open_dialog()
        if self.dialog is not None and minimum_ms == 0:
            self._unstarted = task
            self.dialog.show()
            # A dialog never drawn (its window minimized) must not hold the work up.
            QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._start_unstarted)
            return
        self._pool.start(task)

    def _start_unstarted(self) -> None:
        task, self._unstarted = self._unstarted, None
        if task is not None:
            self._pool.start(task)

    def _open_dialog(self) -> None:
        label, title, minimum_ms = self._dialog_args
        dialog = self.dialog = QProgressDialog(label, "Cancel", 0, 100, self._parent)
        dialog.setWindowTitle(title)
        make_room_for_title(dialog)  # "Impor… dyApp" in a bar as narrow as the bar
        if self.modal:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        else:  # beside the window, the keys left with it: the person reads on meanwhile
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            # As wide as its longest step: a label that grows and shrinks with each count
            # made the dialog jump.
            dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("x" * 60))
        dialog.setMinimumDuration(minimum_ms)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel)
        dialog.installEventFilter(self)  # the quit keys reach the window's Quit
        # (Not blocked by a window left free: heard all the same, it asks as Quit does.)
        self._hear_close_button()

    def _hear_close_button(self) -> None:
        """The window's close button asks as its Quit does, while the dialog blocks the
        window (Qt dropped the window manager's close request: ui/blocked_close.py)."""
        quit_action = self._quit_action()
        app = QCoreApplication.instance()
        if quit_action is None or app is None or self._close_filter is not None:
            return
        from studyapp.ui.blocked_close import BlockedClose

        self._close_filter = BlockedClose(lambda: int(self._parent.winId()), quit_action.trigger)
        app.installNativeEventFilter(self._close_filter)

    def _stop_hearing_close_button(self) -> None:
        app = QCoreApplication.instance()
        if self._close_filter is not None and app is not None:
            app.removeNativeEventFilter(self._close_filter)
        self._close_filter = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.dialog
            and event.type() == QEvent.Type.Close
            and not event.spontaneous()
            and self.writes_asked_file
        ):
            # Closed with the window (ui/own_windows.py): a progress dialog's close is its
            # Cancel, and the file asked for was dropped. The window's closing decides
            # (`finish_within`); the dialog only goes from the screen.
            watched.hide()  # type: ignore[attr-defined]
            return True
        painted = event.type() == QEvent.Type.Paint
        if watched is self.dialog and painted and self._unstarted is not None:
            # Started on the next turn of the event loop: after this frame is painted
            # and on the screen.
            QTimer.singleShot(0, self._start_unstarted)
        if (
            watched is self.dialog
            and event.type() == QEvent.Type.KeyPress
            and (quit_action := self._quit_action()) is not None
            and any(
                isinstance(event, QKeyEvent) and event.keyCombination() == keys[0]
                for keys in quit_action.shortcuts()
                if keys.count()
            )
        ):
            quit_action.trigger()
            return True
        return super().eventFilter(watched, event)

    def _quit_action(self) -> Any:
        """The window's File → Quit, where the parent is the app's window."""
        action = getattr(self._parent, "action", None)
        try:
            return action("quit") if callable(action) else None
        except KeyError:
            return None

    def quit_when_done(self, quit_now: Callable[[], object]) -> None:
        """Quit asked while this writes a file the person asked for: the work goes on, its
        dialog shown at once saying the window closes once the file is written, and
        `quit_now` runs then. The dialog's button takes the quit back (Don't Quit): the
        work goes on, and nothing is lost either way. A file that could not be written
        is said before the window closes."""
        if self.task is None:
            quit_now()
            return
        self._then_quit = quit_now
        if self.dialog is None:
            self._open_dialog()
        dialog = self.show_dialog()
        if dialog is not None:
            dialog.setCancelButtonText("Don't Quit")
            dialog.setLabelText(self._quitting_text(dialog.labelText()))

    @property
    def quitting(self) -> bool:
        """Whether Quit waits for this work to end."""
        return self._then_quit is not None

    @staticmethod
    def _quitting_text(label: str) -> str:
        return f"{label.split(QUITTING)[0]}{QUITTING}"

    def finish_within(self, ms: int) -> None:
        """The window closed under this work without asking (SIGTERM): it goes on for
        up to `ms` (the process waits for the pool's work), then is cancelled: a short
        export is written, and one that cannot end in time leaves no file."""
        if self.task is None or self._cancel_timer is not None:
            return
        self._start_unstarted()  # launched, still waiting for its dialog's first frame
        timer = self._cancel_timer = threading.Timer(ms / 1000, self.task.cancel)
        timer.daemon = True
        timer.start()

    def cancel(self) -> None:
        if self._then_quit is not None:  # the dialog's "Don't Quit": the work goes on
            self._then_quit = None
            if self.dialog is not None:
                self.dialog.setCancelButtonText("Cancel")
                self.dialog.setLabelText(self.dialog.labelText().split(QUITTING)[0])
            return
        if self.task is not None:
            self.task.cancel()
            self._start_unstarted()  # to see the cancel and finish
            if self.dialog is not None:
                self.dialog.setLabelText("Cancelling…")

    def _on_progress(self, step: str, percent: int) -> None:
        if self.dialog is None and self.task is not None and not self.task.is_cancelled():
            self._open_dialog()  # (launched `quiet`: the work itself begins now)
        if self.dialog is not None and not (self.task and self.task.is_cancelled()):
            shown = min(percent, 99)  # (100 is the end: the dialog closes)
            label = self._step_text(step, shown)
            self.dialog.setLabelText(self._quitting_text(label) if self.quitting else label)
            self.dialog.setValue(shown)

    def _step_text(self, step: str, percent: int) -> str:
        """The dialog's words for a step the task told, the bar at `percent`."""
        return step

    def show_dialog(self) -> QProgressDialog | None:
        """The progress dialog, shown now where it waits for its minimum duration (one
        that shows later comes up over what has opened meanwhile)."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.show()
        return self.dialog

    def _on_finished(self, outcome: object) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._stop_hearing_close_button()
        self.task = None
        if self._cancel_timer is not None:
            self._cancel_timer.cancel()
            self._cancel_timer = None
        then_quit, self._then_quit = self._then_quit, None
        self.completed.emit(outcome)
        if then_quit is not None:
            # Quit waited for it: a file written needs no box to close first; one that
            # was not is said, then the quit goes on.
            if not self._wrote(outcome):
                self._report(outcome)
            self.finished.emit(outcome)
            QTimer.singleShot(0, then_quit)
            return
        # Told only in a window still open: after the person closed it (its work
        # cancelled on closing), a box opened over no window kept the process
        # running, the window hidden, after its OK.
        if not getattr(self._parent, "closed", False):
            self._report(outcome)
        elif getattr(outcome, "crash", None):
            print(outcome.crash, file=sys.stderr)  # type: ignore[attr-defined]
        self.finished.emit(outcome)

    def _report(self, outcome: Any) -> None:
        raise NotImplementedError

    def _wrote(self, outcome: Any) -> bool:
        """Whether the work wrote what the person asked for (`writes_asked_file`)."""
        return False
