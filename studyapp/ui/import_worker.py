"""File → Import notes…: the file dialog, the background import and its progress dialog.

`ImportTask` runs on a QThreadPool thread with its own connection to the store
(WAL lets the window keep reading meanwhile). It never touches a widget: it
reports through the signals of `ImportSignals`, which live on the main thread,
so Qt delivers them there. Cancelling sets a flag that core.importer checks
between steps; the store write itself is one transaction, so a cancelled import
leaves nothing half-written.
"""

from __future__ import annotations

import html
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from studyapp import collector
from studyapp.core import unfinished
from studyapp.core.model import ImportSummary, StudyAppError
from studyapp.core.note_kinds import CODE_SUFFIXES, OFFERED_SUFFIXES
from studyapp.core.store import Store, StoreError
from studyapp.ui.background import BackgroundController, CancellableTask, tell
from studyapp.ui.messages import Messages, PlainText, RichText, error_words, format_traceback

if TYPE_CHECKING:
    from studyapp.core.importer import Reading


def import_file():  # a seam for tests
    """core.importer.import_file, loaded on first use."""
    from studyapp.core.importer import import_file as real

    return real


# A file the preview read (or the file dialog listed) that is not there when it is
# read: the person moved or deleted it meanwhile. "/tmp/x/notes.md: no such file or
# folder", in a box of its own kind, read as an error of StudyApp's.
GONE = "it was moved or deleted after it was chosen"


def cannot_import(name: str, reason: str) -> str:
    """Why the file `name` cannot be imported, as rich text, as the import preview and
    the import both say it: "Cannot import NAME" in bold, then the reason (plain text,
    its "NAME: " left out: said once, in the heading) as a sentence."""
    reason = reason.removeprefix(f"{name}: ")
    # A word opens it with a capital; a file's name ("dm.apkg is …") keeps its own case.
    opening = reason.split(" ", 1)[0]
    sentence = f"{reason[:1].upper()}{reason[1:]}" if opening.isalpha() else reason
    if not sentence.endswith("."):
        sentence += "."
    return f"<b>Cannot import {html.escape(name)}</b><br><br>{html.escape(sentence)}"


def why_not(path: Path, exc: StudyAppError) -> str:
    """The error of importing `path`, or of previewing it: "NAME: reason"."""
    if not path.exists():
        return f"{path.name}: {GONE}"
    message = error_words(exc)
    return message if path.name in message else f"{path.name}: {message}"


FILE_FILTER = ";;".join(
    (
        f"Notes ({' '.join(f'*{s}' for s in OFFERED_SUFFIXES)})",
        f"Code whose comments ask ({' '.join(f'*{s}' for s in CODE_SUFFIXES)})",
        "All files (*)",
    )
)


@dataclass
class ImportResult:
    """What one run of the import did, file by file."""

    summaries: list[ImportSummary] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "file: reason" lines
    # The file each error is about, "" for one about no file (the store): its name is
    # the heading of what the error box says of it.
    error_files: list[str] = field(default_factory=list)
    cancelled: bool = False
    crash: str | None = None  # a traceback: a bug, not the user's file
    # What the task's `then` read of the store once it had saved (the window's tree
    # and figures), on its worker: the window swaps it in. None: the window reads.
    after: object = None

    @property
    def changed(self) -> bool:
        return any(not s.skipped_unchanged_file for s in self.summaries)


class ImportSignals(QObject):
    progress = Signal(str, int)  # step, percent of the whole run
    finished = Signal(object)  # ImportResult


class ImportTask(CancellableTask):
    """Imports files one after another; each file is all-or-nothing."""

    def __init__(
        self,
        store_path: str | Path,
        paths: Sequence[str | Path],
        split_at: str | None = None,
        deck_name: str | None = None,
        reading: Reading | None = None,
        then: Callable[[Store], object] | None = None,
    ) -> None:
        super().__init__()
        self.store_path = store_path
        self.paths = [Path(p) for p in paths]
        # Chosen in the import preview (one path): the question unit and the deck's name.
        self.split_at, self.deck_name = split_at, deck_name
        # And what it read (a core.importer.Reading): taken where the file is unchanged.
        self.reading = reading
        # Run on the worker after an import that changed the store, on its connection:
        # what the window shows of the store (`ImportResult.after`), read off its thread.
        self.then = then
        self.signals = ImportSignals()

    def run(self) -> None:
        result = ImportResult()
        try:
            self._run(result)
        except BaseException as exc:  # a bug: report it, never let it die in a thread
            result.crash = format_traceback(type(exc), exc, exc.__traceback__)
        tell(self.signals.finished, result)

    def _run(self, result: ImportResult) -> None:
        try:
            store = Store.open(self.store_path)
        except StudyAppError as exc:  # a full disk, a busy store: the user's to fix, not a bug
            result.errors.append(error_words(exc))
            result.error_files.append("")
            return
        with store, collector.held():  # (its collections held the window: collector.py)
            self._import_each(store, result)
            if result.changed and self.then is not None:
                try:
                    result.after = self.then(store)
                except Exception:  # (the window reads the store itself, and says what failed)
                    result.after = None

    def _import_each(self, store: Store, result: ImportResult) -> None:
        # Imported here, not at start-up: the parsing stack costs ~150 ms to load.
        from studyapp.core.importer import ImportCancelled

        count = len(self.paths)
        for i, path in enumerate(self.paths):
            if self.should_stop():
                result.cancelled = True
                return

            def progress(step: str, percent: int, i: int = i) -> None:
                self.signals.progress.emit(step, int((i * 100 + percent) / count))

            # A folder's files gone since its preview: the import goes on without them,
            # and says how many (a file gone is refused, with why: `GONE`).
            gone = 0
            if self.reading is not None:
                from studyapp.core.import_preview import files_gone

                gone = files_gone(self.reading, path)
            try:
                with unfinished.import_asked(store, path, self.split_at):  # (killed reading it)
                    summary = import_file()(
                        store,
                        path,
                        progress=progress,
                        cancelled=self.should_stop,
                        **({"split_at": self.split_at} if self.split_at else {}),
                        **({"reading": self.reading} if self.reading is not None else {}),
                    )
                summary = self._name_deck(store, path, summary)
                if gone:
                    summary = replace(summary, gone_since_preview=gone)
            except ImportCancelled:
                result.cancelled = True
                return
            except StudyAppError as exc:
                result.errors.append(why_not(path, exc))
                result.error_files.append(path.name)
                continue
            result.summaries.append(summary)

    def _name_deck(self, store: Store, path: Path, summary: ImportSummary) -> ImportSummary:
        """The deck name typed in the preview, given to the deck just imported."""
        name = " ".join((self.deck_name or "").split())
        if not name or name == summary.deck_name:
            return summary
        from studyapp.core.textio import path_key

        source = path_key(path.resolve())
        deck = next((d for d in store.decks() if d.source_path == source), None)
        if deck is None:
            return summary
        try:
            store.rename_deck(deck.id, name)
        except StoreError as exc:  # a name taken since: imported all the same, and shown
            return replace(summary, deck_name=f"{summary.deck_name} (not renamed: {exc.message})")
        return replace(summary, deck_name=name)


class PreviewSignals(QObject):
    progress = Signal(str, int)  # step, percent of the parse
    finished = Signal(object, object)  # (ImportPreview or None, error text or None)


class PreviewTask(QRunnable):
    """The import preview's parse (core.import_preview) on its own connection.

    A parse cannot be stopped halfway: a preview closed while it reads goes on to its
    end. The same file previewed again meanwhile (Cancel, then Import Notes… once
    more: a big file seemed stuck) joins that parse (`joined`) instead of starting a
    second one beside it, which shared the CPU with the first and took twice as long."""

    _running: ClassVar[dict[tuple[str, str, str | None], PreviewTask]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, store_path: str | Path, path: Path, split_at: str | None) -> None:
        super().__init__()
        self.store_path, self.path, self.split_at = store_path, path, split_at
        self.signals = PreviewSignals()
        self._key = (str(store_path), str(Path(path).absolute()), split_at)

    @classmethod
    def joined(
        cls,
        store_path: str | Path,
        path: Path,
        split_at: str | None,
        on_finished: Callable[[object, object], None],
    ) -> tuple[PreviewTask, bool]:
        """The preview of `path` at `split_at` under way, else a new one, with
        `on_finished` connected to it; and whether it is new (for the caller to start).
        Connected under the lock its end is told under: told to `on_finished` either way."""
        with cls._lock:
            task = cls._running.get((str(store_path), str(Path(path).absolute()), split_at))
            fresh = task is None
            if task is None:
                task = cls(store_path, path, split_at)
                cls._running[task._key] = task
            task.signals.finished.connect(on_finished)
        return task, fresh

    def _told(self, step: str, percent: int) -> None:
        tell(self.signals.progress, step, percent)

    def run(self) -> None:
        from studyapp.core.import_preview import preview_import

        outcome: tuple[object, object]
        try:
            with Store.open(self.store_path) as store, collector.held():
                preview = preview_import(store, self.path, self.split_at, self._told)
                outcome = (preview, None)
        except StudyAppError as exc:
            outcome = (None, why_not(self.path, exc))
        except BaseException as exc:  # a bug: said in the dialog, not lost in a thread
            outcome = (None, format_traceback(type(exc), exc, exc.__traceback__))
        with self._lock:  # no dialog joins it after this: told to every one that did
            if self._running.get(self._key) is self:
                del self._running[self._key]
            tell(self.signals.finished, *outcome)


# How core.importer's save step opens ("Saving notes.md: 600 of 11,181 questions").
SAVING_STEP = "Saving "


def step_lines(step: str, percent: int) -> str:
    """An import's step on two lines, the stage over what it has got to: "Finding
    questions in notes.md" over "Reading question 5,000 of 11,181" (core.importer
    says them on one line, as the command line shows them); and what the bar shows,
    `percent` of the whole import, said as that: a bar at 84 % beside "400 of 3,000
    questions" (the save's own count, the reading before it most of the bar) read as
    a bar that said something else than its words."""
    stage, sep, detail = step.partition(": ")
    whole = f"{percent} % of the import done"
    return f"{stage}\n{detail[:1].upper()}{detail[1:]} · {whole}" if sep else f"{step}\n{whole}"


def cancelled_words(imported: int) -> str:
    """What a cancelled import did, plainly: each file is all-or-nothing, so the one it
    was on left no trace ("the file being imported was left unchanged" read as if the
    notes file itself could have been changed, and said nothing of the deck)."""
    if not imported:
        return (
            "Import cancelled: nothing was imported. No deck was made or changed, and"
            " your notes file is untouched."
        )
    return (
        "Import cancelled: the files listed above were imported; nothing of the rest"
        " was (no deck made or changed for them, their notes files untouched)."
    )


class ImportController(BackgroundController):
    """Runs imports for the window: file dialog, progress dialog, summary or error.

    The progress dialog leaves the window free: the person browses, searches and
    reads while a big file is imported (its parse and its own connection's save are
    off the UI thread). What would import over it says an import is under way."""

    modal = False
    # Whether the import is saving: its one transaction holds the store's write lock (a
    # big file's for seconds), and the window's own writes wait for it meanwhile.
    saving = Signal(bool)

    def __init__(
        self,
        store_path: str | Path,
        messages: Messages,
        parent: QWidget,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent, pool)
        self._store_path = store_path
        self._messages = messages
        self._saving = False

    def start(
        self,
        paths: Sequence[str | Path],
        split_at: str | None = None,
        deck_name: str | None = None,
        reading: Reading | None = None,
        then: Callable[[Store], object] | None = None,
    ) -> ImportTask | None:
        """Import `paths`; from the import preview, with its choices and its `reading`
        of the file (core.importer.Reading: the import takes it, the file unchanged)."""
        if self.task is not None or not paths:
            return None
        task = ImportTask(self._store_path, paths, split_at, deck_name, reading, then)
        self._launch(task, "Importing…", "Import notes", 300)
        return task

    def _step_text(self, step: str, percent: int) -> str:
        return step_lines(step, percent)

    def _on_progress(self, step: str, percent: int) -> None:
        super()._on_progress(step, percent)
        self._set_saving(step.startswith(SAVING_STEP))

    def _on_finished(self, outcome: object) -> None:
        self._set_saving(False)  # (before the summary: the window writes again)
        super()._on_finished(outcome)

    def _set_saving(self, saving: bool) -> None:
        if saving != self._saving:
            self._saving = saving
            self.saving.emit(saving)

    def _report(self, result: ImportResult) -> None:
        if result.crash is not None:
            print(result.crash, file=sys.stderr)
            self._messages.crash("The import failed unexpectedly.", result.crash)
            return
        lines = [str(s) for s in result.summaries]
        if result.cancelled:
            lines.append(cancelled_words(len(result.summaries)))
        if result.errors:
            # Each file as the preview says it: "Cannot import NAME", then why.
            files = [*result.error_files, *[""] * len(result.errors)]
            said = [
                cannot_import(name, error) if name else html.escape(error)
                for error, name in zip(result.errors, files, strict=False)
            ]
            done = "<br>".join(html.escape(line) for line in lines)
            text = "<br><br>".join([*said, *([done] if done else [])])
            self._messages.error("Import notes", RichText(f"<p>{text}</p>"))  # names escaped
        elif lines:  # file and deck names are the person's: never rich text
            self._messages.info("Import notes", PlainText("\n".join(lines)))
