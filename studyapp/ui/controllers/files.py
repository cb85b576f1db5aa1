"""Files in and out: File → Import Notes… (a worker thread with progress, ui.
import_worker) and File → Export Weak Topics as PDF… (ui.export_worker), both
loaded on first use. A finished import that changed something says so through
`imported`; the browse and study controllers reload from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import MainWindow
from studyapp.ui.ui_state import Mode, Tab

if TYPE_CHECKING:
    from studyapp.ui.export_worker import ExportController
    from studyapp.ui.import_worker import ImportController, ImportResult


class FilesController(Controller):
    imported = Signal(object)  # the ImportResult of an import that changed the store

    def __init__(self, ctx: AppContext, shell: MainWindow) -> None:
        super().__init__(ctx, shell)
        self._importer: ImportController | None = None
        self._exporter: ExportController | None = None
        shell.closing.connect(self.cancel_all)

    @property
    def busy_importing(self) -> bool:
        return self._importer is not None and self._importer.busy

    def cancel_all(self) -> None:
        if self._importer is not None and self._importer.busy:
            self._importer.cancel()
        if self._exporter is not None and self._exporter.busy:
            self._exporter.cancel()  # a cancelled export leaves no file behind

    # --- import ------------------------------------------------------------------------

    @property
    def importer(self) -> ImportController:
        """Notes import (file dialog, worker thread, progress, summary), loaded on the
        first import: a start imports none of it."""
        if self._importer is None:
            from studyapp.ui.import_worker import ImportController

            self._importer = ImportController(
                self.store.path, self.ctx.messages, self.shell, self.ctx.thread_pool
            )
            self._importer.finished.connect(self._on_import_finished)
        return self._importer

    def ask_and_import(self) -> None:
        """File → Import Notes… (Ctrl+O)."""
        if not self.refuse_if_read_only("Importing"):
            self.importer.ask_and_import()

    def import_files(self, paths: list[str | Path]) -> None:
        if not self.refuse_if_read_only("Importing"):
            self.importer.start(paths)

    def _on_import_finished(self, result: ImportResult) -> None:
        if result.changed:
            self.imported.emit(result)

    # --- export ------------------------------------------------------------------------

    def exporter(self) -> ExportController:
        """The weak-topics export (save dialog, worker thread, progress, message),
        loaded on the first export. Read-only windows export too: it only reads."""
        if self._exporter is None:
            from studyapp.ui.export_worker import ExportController

            ctx = self.ctx
            self._exporter = ExportController(
                ctx.store.path,
                ctx.scheduler,
                ctx.clock,
                ctx.messages,
                self.shell,
                ctx.thread_pool,
                read_only=self.read_only,
            )
        return self._exporter

    def _export_deck_id(self) -> int | None:
        """What File → Export covers: with several decks, the deck selected in the
        tree; all decks from the weak-topics tab (which shows them all) or with one."""
        if len(self.store.decks()) < 2 or self.shell.current_tab() is not Tab.QUESTIONS:
            return None
        node = self.shell.tree.current_node()
        return None if node is None else self.shell.model.deck_id_of(node)

    def export_weak_topics(self) -> bool:
        """File → Export Weak Topics as PDF… (Ctrl+E), and the weak topics' "Export
        PDF…": ask where, then export the current deck (see `_export_deck_id`) on a
        worker thread. False when no export was asked for (during a mock, or while
        one runs)."""
        return self._export(self._export_deck_id())

    def _export(self, deck_id: int | None) -> bool:
        if self.shell.mode is Mode.MOCK:
            return False
        exporter = self.exporter()
        if exporter.busy:
            self.status("An export is already running.", 4000)
            return False
        exporter.ask_and_export(deck_id)
        return True

    def export_weak_questions(self, question_ids: Sequence[str]) -> bool:
        """A mock summary's "Export weak questions as PDF".

        ExportController narrows an export to a deck, to topic names or to the N
        weakest questions, not to given questions; so this exports the weak topics
        of the deck the mock's questions come from (all decks when they span
        several). Those questions are in it as far as the scoring finds them weak
        (mock skips, over-time answers and Again all count)."""
        model = self.shell.model
        decks = {
            question.deck_id for q in question_ids if (question := model.question(q)) is not None
        }
        deck_id = next(iter(decks)) if len(decks) == 1 and len(self.store.decks()) > 1 else None
        return self._export(deck_id)
