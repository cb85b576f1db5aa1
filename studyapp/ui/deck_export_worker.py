"""File → Export Deck…: a deck written as an Anki package (.apkg) or a CSV file by
core.deck_export, on a worker thread with its own connection (ui.background)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.core.paths import with_extension
from studyapp.core.store import Store
from studyapp.ui.background import BackgroundController, CancellableTask, tell
from studyapp.ui.messages import Messages, error_words, format_traceback

FILE_FILTER = "Anki package (*.apkg);;CSV file (*.csv)"
SUFFIXES = (".apkg", ".csv")  # in FILE_FILTER's order: the first is the default


def suffix_for_filter(path: str, chosen: str) -> str:
    """The typed `path` with the kind the save dialog's file type asks for. Choosing
    "CSV file" is a choice made on purpose, where the suggested "deck.apkg" was
    only left as it was: the name then ends in .csv. Under the default type, the
    name's own suffix decides (a typed "deck.csv" stays a CSV file)."""
    wanted = next((s for s in SUFFIXES[1:] if f"*{s})" in chosen), None)
    if not path or wanted is None:
        return path
    typed = Path(path)
    if typed.suffix.lower() == wanted:
        return path
    if typed.suffix.lower() in SUFFIXES:
        return str(typed.with_suffix(wanted))
    return str(typed.with_name(typed.name + wanted))


class DeckExportSignals(QObject):
    progress = Signal(str, int)
    finished = Signal(object)  # DeckExport, or an error line (str), or an Exception text


class DeckExportTask(CancellableTask):
    def __init__(self, store_path: str | Path, deck_id: int, path: Path) -> None:
        super().__init__()
        self.store_path, self.deck_id, self.path = store_path, deck_id, path
        self.signals = DeckExportSignals()  # cancel: the write is atomic, all or nothing

    def run(self) -> None:
        from studyapp.core.deck_export import export_deck

        try:
            with Store.open(self.store_path) as store:
                outcome: object = export_deck(store, self.deck_id, self.path)
        except StudyAppError as exc:
            outcome = ("error", error_words(exc))
        except BaseException as exc:
            outcome = ("crash", format_traceback(type(exc), exc, exc.__traceback__))
        tell(self.signals.finished, outcome)


class DeckExporter(BackgroundController):
    said = Signal(str)
    writes_asked_file = True  # Quit waits for the file (BackgroundController)

    def __init__(
        self, store_path: str | Path, messages: Messages, parent: QWidget, pool: QThreadPool | None
    ) -> None:
        super().__init__(parent, pool)
        self._store_path = store_path
        self._messages = messages

    def start(self, deck_id: int, path: str | Path) -> bool:
        if self.busy:
            return False
        path = with_extension(path, (".apkg", ".csv"))
        task = DeckExportTask(self._store_path, deck_id, path)
        self._launch(task, f"Writing {path.name}…", "Export deck", 500)
        return True

    def _wrote(self, outcome: Any) -> bool:
        return not isinstance(outcome, tuple)  # (an error or a crash: said)

    def _report(self, outcome: Any) -> None:
        if isinstance(outcome, tuple):
            kind, text = outcome
            if kind == "crash":
                self._messages.crash("The deck export failed unexpectedly.", text)
            else:
                self._messages.error("Export deck", text)
            return
        said = (
            f"Exported {outcome.deck_name}: {plural(outcome.questions, 'question')}"
            f" to {outcome.path.name}."
        )
        images = outcome.images_said()
        self.said.emit(f"{said} {images}" if images else said)
