"""File → Export weak topics as PDF… (Ctrl+E): the save dialog, the export on a worker
thread, its progress dialog and the message at the end.

`ExportTask` runs on a QThreadPool thread with its own connection to the store:
it builds the weak report and writes the PDF (core.weak + export.pdf touch no
widget) and reports through `ExportSignals`, which live on the main thread, so
Qt delivers progress and the result there. Cancel sets a flag the export checks
between questions and pages; a cancelled export leaves no file behind.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from studyapp.core.clock import Clock
from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.core.paths import with_extension
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.weak import ReportCancelled, WeakReport, describe, weak_report
from studyapp.export.pdf import ExportCancelled, PdfResult, export_weak_pdf
from studyapp.ui.background import BackgroundController, CancellableTask, tell
from studyapp.ui.messages import Messages, PlainText, error_words, format_traceback

TITLE = "Export weak topics"


def nothing_to_export(report: WeakReport) -> str | None:
    """What to say instead of exporting when the report lists no question (nothing
    studied, or nothing weak): no PDF is written then. None when there is something."""
    if report.nothing_studied or report.nothing_weak:
        return f"Nothing to export yet.\n\n{describe(report)}"
    return None


@dataclass
class ExportOutcome:
    path: Path
    result: PdfResult | None = None
    summary: str = ""  # describe(report)
    nothing_to_export: str | None = None  # nothing to list: no PDF written, this said
    error: str | None = None  # an error the user can fix (unwritable path …)
    cancelled: bool = False
    crash: str | None = None  # a traceback: a bug


class ExportSignals(QObject):
    progress = Signal(str, int)  # step, percent
    finished = Signal(object)  # ExportOutcome


class ExportTask(CancellableTask):
    def __init__(
        self,
        store_path: str | Path,
        out_path: str | Path,
        now: datetime,
        scheduler: SpacedRepetition,
        *,
        deck_id: int | None = None,
        topic_names: Sequence[str] | None = None,
        limit: int | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.store_path = store_path
        self.out_path = Path(out_path)
        self.now = now
        self.scheduler = scheduler
        self.deck_id = deck_id
        self.topic_names = list(topic_names or ())
        self.limit = limit
        self.read_only = read_only  # a read-only window's store: never opened to write
        self.signals = ExportSignals()

    def run(self) -> None:
        outcome = ExportOutcome(self.out_path)
        try:
            opener = Store.open_read_only if self.read_only else Store.open
            with opener(self.store_path) as store:
                self.signals.progress.emit("Scoring questions", 0)
                report = weak_report(
                    store,
                    self.deck_id,
                    self.now,
                    self.scheduler,
                    self.topic_names,
                    self.limit,
                    cached_html=True,
                    cancelled=self.is_cancelled,
                )
            outcome.summary = describe(report)
            # Scores move with the clock: what had weak questions when asked may not now.
            outcome.nothing_to_export = nothing_to_export(report)
            if outcome.nothing_to_export is None:
                outcome.result = export_weak_pdf(
                    report,
                    self.out_path,
                    progress=self.signals.progress.emit,
                    cancelled=self.is_cancelled,
                )
        except (ExportCancelled, ReportCancelled):
            outcome.cancelled = True
        except StudyAppError as exc:
            outcome.error = error_words(exc)
        except BaseException as exc:  # a bug: report it, never let it die in a thread
            outcome.crash = format_traceback(type(exc), exc, exc.__traceback__)
        tell(self.signals.finished, outcome)


class ExportController(BackgroundController):
    """Runs weak-topic exports for the window: save dialog, progress, result message."""

    writes_asked_file = True  # Quit waits for the PDF (BackgroundController)

    def __init__(
        self,
        store_path: str | Path,
        scheduler: SpacedRepetition,
        clock: Clock,
        messages: Messages,
        parent: QWidget,
        pool: QThreadPool | None = None,
        *,
        read_only: bool = False,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, pool)
        self._store_path = store_path
        self._read_only = read_only
        self._settings = settings  # where this data folder's last export went (recent_folders)
        self._scheduler = scheduler
        self._clock = clock
        self._messages = messages

    def ask_and_export(self, deck_id: int | None = None, deck_name: str = "") -> None:
        """Ask where, then export. With `deck_name` (one deck of several) the dialog's
        title and the suggested file name say which deck is exported."""
        from studyapp.ui import recent_folders

        name = re.sub(r"[^\w-]+", "-", deck_name).strip("-").lower() if deck_name else ""
        folder = recent_folders.start_folder(
            self._settings, recent_folders.EXPORTS, self._store_path
        )
        suggested = folder / "-".join(
            filter(None, ["weak-topics", name, f"{self._clock.now():%Y-%m-%d}.pdf"])
        )
        title = f"Export weak topics of {deck_name} as PDF" if deck_name else f"{TITLE} as PDF"
        path, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), "PDF (*.pdf)")
        if path:
            recent_folders.remember(self._settings, recent_folders.EXPORTS, path, self._store_path)
            target = with_extension(path, (".pdf",))
            if self._messages.confirm_replace(TITLE, path, target):
                self.start(target, deck_id=deck_id)

    def start(
        self,
        out_path: str | Path,
        *,
        deck_id: int | None = None,
        topic_names: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> ExportTask | None:
        if self.task is not None:
            return None
        task = ExportTask(
            self._store_path,
            out_path,
            self._clock.now(),
            self._scheduler,
            deck_id=deck_id,
            topic_names=topic_names,
            limit=limit,
            read_only=self._read_only,
        )
        # Shown at once, drawn before the work starts: laying out the PDF holds Python's
        # lock in Qt's code, and a dialog shown meanwhile stayed blank (ui/background.py).
        self._launch(task, "Exporting…", TITLE, 0)
        return task

    def _wrote(self, outcome: ExportOutcome) -> bool:
        return outcome.result is not None

    def _report(self, outcome: ExportOutcome) -> None:
        if outcome.crash is not None:
            print(outcome.crash, file=sys.stderr)
            self._messages.crash("The export failed unexpectedly.", outcome.crash)
        elif outcome.error is not None:
            self._messages.error(TITLE, PlainText(outcome.error))
        elif outcome.cancelled:
            return
        elif outcome.nothing_to_export is not None:
            self._messages.info(TITLE, PlainText(outcome.nothing_to_export))
        elif outcome.result is not None:
            pages = plural(outcome.result.pages, "page")
            text = f"{outcome.summary}\n\nWrote {pages} to {outcome.path}"
            self._messages.info(TITLE, PlainText(text))  # a path is the person's text
