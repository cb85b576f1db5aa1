"""Study → Optimize Scheduling…: FSRS fitted to the person's own reviews.

The fit (`core.optimize.optimize`, fsrs-rs: well under a second on thousands of
reviews, longer on a big history) runs on a worker thread through the project's
background helper (`ui/background.py`: a progress dialog that can be cancelled);
the dialog then shows what the fit changes: log loss and RMSE before and after
(lower predicts better) and the expected daily workload at the desired retention.
Nothing is stored until **Apply** is pressed. Below the minimum history it says
how many more reviews are needed, and there is nothing to apply.

The work is handed in as a callable with no Qt and no store in it (the reviews
are read on the main thread first), so a test can give a fake optimizer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.core.optimize import OptimizeResult
from studyapp.ui.background import BackgroundController, CancellableTask, tell
from studyapp.ui.messages import error_words, format_traceback
from studyapp.ui.screen_fit import fitted_layout, refit

TITLE = "Optimize Scheduling"
WORKING = "Fitting FSRS to your reviews…"


class OptimizeSignals(QObject):
    progress = Signal(str, int)  # step, percent
    finished = Signal(object)  # OptimizeResult, an error message (str), or None if cancelled


class OptimizeTask(CancellableTask):
    """Runs `compute()` on a pool thread. A cancelled fit finishes (fsrs-rs cannot be
    stopped midway) but its result is dropped."""

    def __init__(self, compute: Callable[[], OptimizeResult]) -> None:
        super().__init__()
        self.compute = compute
        self.signals = OptimizeSignals()

    def run(self) -> None:
        self.signals.progress.emit(WORKING, 10)
        outcome: Any
        try:
            outcome = self.compute()
        except StudyAppError as exc:  # too few reviews, a fit fsrs-rs refused
            outcome = error_words(exc).rstrip(".") + "."
        except Exception as exc:  # a bug: its traceback is shown
            outcome = "The fit failed unexpectedly:\n" + format_traceback(
                type(exc), exc, exc.__traceback__
            )
        tell(self.signals.finished, None if self.is_cancelled() else outcome)


class OptimizeRunner(BackgroundController):
    """One fit at a time, with the helper's progress dialog; the outcome goes to
    `on_outcome`."""

    def __init__(
        self,
        parent: QWidget,
        on_outcome: Callable[[object], None],
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent, pool)
        self.on_outcome = on_outcome

    def start(self, compute: Callable[[], OptimizeResult]) -> None:
        self._launch(OptimizeTask(compute), WORKING, TITLE, 300)

    def _report(self, outcome: Any) -> None:
        self.on_outcome(outcome)


class OptimizeDialog(QDialog):
    """Shows the fit's outcome; `apply_requested(result)` only on Apply."""

    apply_requested = Signal(object)  # OptimizeResult

    def __init__(self, reviews: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setMinimumWidth(560)
        self.result: OptimizeResult | None = None
        # "Can predict better": said only of a history a fit can learn from (a new user
        # read it beside "FSRS needs about 400 reviews… 375 more").
        intro = QLabel(
            "FSRS predicts when you will forget each answer. Fitted to your own reviews "
            f"({plural(reviews, 'review')} so far), it can predict better than with its "
            "default parameters, once there are enough of them. Nothing changes until "
            "you press Apply."
        )
        intro.setWordWrap(True)
        self.text = QLabel(WORKING)
        self.text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton("Apply")
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        fitted_layout(self, body, self.buttons)

    def show_outcome(self, outcome: object) -> None:
        """A result, an error message, or None (cancelled)."""
        if isinstance(outcome, OptimizeResult):
            self.show_result(outcome)
        elif outcome is None:
            self.show_message("Cancelled: nothing changed.")
        else:
            self.show_message(str(outcome))

    def show_result(self, result: OptimizeResult) -> None:
        self.result = result
        lines = result.lines()
        if not result.improved:
            lines.append(
                "The fitted parameters predict your reviews no better than those in use: "
                "applying them is not worth it."
            )
        self.text.setText("\n\n".join(lines))
        self.apply_button.setEnabled(result.improved)
        refit(self)

    def show_message(self, text: str) -> None:
        self.result = None
        self.text.setText(text)
        self.apply_button.setEnabled(False)
        refit(self)

    def _apply(self) -> None:
        if self.result is not None:
            self.apply_requested.emit(self.result)
            self.accept()
