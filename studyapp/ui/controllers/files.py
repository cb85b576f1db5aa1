"""Files in and out: File → Import Notes… (a worker thread with progress, ui.
import_worker) and File → Export Weak Topics as PDF… (ui.export_worker), both
loaded on first use. A finished import that changed something says so through
`imported`; the browse and study controllers reload from it. `live` (ui.live_sources)
re-imports notes saved in an editor and notices imports made by another process;
`reloaded` then asks the window to read the store again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal

from studyapp.core.format import plural
from studyapp.core.html_escape import escape_html
from studyapp.core.paths import with_extension
from studyapp.core.store import StoreError
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import MainWindow
from studyapp.ui.style import flat_bars_in
from studyapp.ui.ui_state import Mode, Tab

if TYPE_CHECKING:
    from studyapp.core.store import Store
    from studyapp.ui.deck_export_worker import DeckExporter
    from studyapp.ui.export_worker import ExportController
    from studyapp.ui.import_preview import ImportPreviewDialog
    from studyapp.ui.import_worker import ImportController, ImportResult
    from studyapp.ui.live_sources import LiveSources


# How long an export goes on after the window closed without asking (SIGTERM: a logout
# waits a while for the processes it ends, then kills them).
EXPORT_GRACE_MS = 10_000


class FilesController(Controller):
    imported = Signal(object)  # the ImportResult of an import that changed the store
    reloaded = Signal()  # the store changed outside this window's own writes
    holds_moved = Signal()  # re-imports held and asked about: a later look changed them

    def __init__(self, ctx: AppContext, shell: MainWindow) -> None:
        super().__init__(ctx, shell)
        self._importer: ImportController | None = None
        self._exporter: ExportController | None = None
        self.live: LiveSources | None = None
        self._deck_exporter: DeckExporter | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.queued_previews: list[str | Path] = []  # several files: previewed in turn
        self._holds: dict[int, Any] = {}  # deck id → the re-import held (core.decks.Shrunk)
        self._asking = False  # a question about `_holds` is open
        # Made as each import starts: what its worker reads of the store once it has
        # saved, for the window to show (app wiring: the browse controller's tree and
        # figures, `BrowseController.reading_after`); `ImportResult.after` brings it.
        self.read_after: Callable[[], Callable[[Store], object]] | None = None
        shell.setAcceptDrops(True)  # notes dropped onto the window are imported
        shell.installEventFilter(self)
        shell.closing.connect(self.cancel_all)

    def watch_sources(self) -> None:
        """Live notes: watch the sources and the store. A read-only window watches the
        store alone: it re-imports nothing, but shows what the writing window does."""
        if self.live is not None:
            return
        from studyapp.ui.live_sources import LiveSources

        live = self.live = LiveSources(
            lambda: self.ctx.store,
            self.shell,
            self.ctx.thread_pool,
            notes=not self.read_only,
            own_writes=lambda: self.busy_importing,
        )
        live.read_after = self._reading_after  # (a re-import's worker reads the tree too)
        live.reloaded.connect(self.reloaded)
        live.said.connect(lambda text: self.status(text, 10000))
        live.held.connect(self._on_holds)
        live.start()

    def _on_holds(self, held: Any, unheld: Any) -> None:
        """A look held re-imports (core.decks.Shrunk each) and found no cause to hold
        others (deck ids): asked about, one question for all of them. A question open
        for holds a later look ended (a sync has written the rest of the file, or put
        it back) or changed is withdrawn: never left up for a state that is gone."""
        before = dict(self._holds)
        for deck_id in unheld:
            self._holds.pop(deck_id, None)
        self._holds.update((h.deck_id, h) for h in held)
        if self._asking:
            if self._holds != before:
                self.holds_moved.emit()
            return
        while self._holds:
            asked = dict(self._holds)
            self._asking = True
            try:
                review = self._ask_about_shrunk_notes(tuple(asked.values()))
            finally:
                self._asking = False
            if review is None:  # withdrawn: what holds now is asked about, if anything
                continue
            for deck_id in asked:
                self._holds.pop(deck_id, None)
            if review:
                self.import_paths(list(dict.fromkeys(h.source_path for h in asked.values())))
            return

    def _ask_about_shrunk_notes(self, holds: tuple[Any, ...]) -> bool | None:
        """Decks whose notes changed on disk and now give far fewer questions (a file
        saved cut short, emptied by a sync), or would take studied questions out of them
        (a file a sync has half written): not re-imported unasked. Reviewing the
        re-import opens its preview with what it would remove. None: the question was
        withdrawn (`holds_moved`)."""
        from studyapp.core.textio import path_text  # (a name not UTF-8: "�")

        # The file that changed: a folder deck's folder holds it, and is not named
        paths = {Path(h.source_path) for h in holds}
        files = sorted(p for p in paths if not any(q != p and q.is_relative_to(p) for q in paths))
        name = escape_html(" and ".join(path_text(p.name) for p in files))
        if len(holds) == 1:
            headline, text = _held_words(holds[0], name)
        else:  # a file of a folder deck and a deck of its own: one question, both named
            from studyapp.ui.live_sources import why_held

            decks = " and ".join(f"“{escape_html(h.deck_name)}”" for h in holds)
            headline = f"{name} changed: re-importing would change {len(holds)} decks, {decks}."
            text = " ".join(f"“{escape_html(h.deck_name)}”: {why_held(h)}." for h in holds)
            text += (
                " Is a sync still writing it, or was it saved cut short? The decks are left"
                " as they are, their questions and progress kept, until you review the"
                " re-import."
            )
        return self.ctx.messages.confirm(
            "Your notes changed",
            headline,
            text,
            "Review the re-import…",
            cancel="Keep the deck as it is" if len(holds) == 1 else "Keep the decks as they are",
            until=self.holds_moved,
        )

    def store_reopened(self) -> None:
        """The store was opened anew by this window (a restore): what the watch sees
        changed is this window's own doing, not another program's; its decks' files
        may be others now."""
        if self.live is not None:
            self.live.absorb_own_writes()
            self.live.look_afresh()

    def live_reading(self) -> object:
        """While `reloaded` is told of a live re-import: what its worker read of the
        store after it (as `ImportResult.after`); else None."""
        return None if self.live is None else self.live.reading

    @property
    def busy_importing(self) -> bool:
        return self._importer is not None and self._importer.busy

    def refuse_if_importing(self) -> bool:
        """The window stays free while an import runs (ui.import_worker): another
        import asked for meanwhile is said to wait for it, not dropped unsaid. True
        when refused."""
        if not self.busy_importing:
            return False
        self.status("An import is under way: import more notes once it has finished.", 8000)
        return True

    def cancel_all(self) -> None:
        if self._importer is not None and self._importer.busy:
            self._importer.cancel()
        for exporter in self._busy_exports():
            # Closed without asking (SIGTERM): a short export is written all the same; one
            # that cannot end in time is cancelled, and leaves no file behind.
            exporter.finish_within(EXPORT_GRACE_MS)
        if self.live is not None:
            self.live.stop()

    def _busy_exports(self) -> list[Any]:
        """The exports under way: each writes a file the person asked for."""
        return [e for e in (self._exporter, self._deck_exporter) if e is not None and e.busy]

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
            self._importer.completed.connect(self._on_import_completed)
            # Its save holds the store: the window's writes wait, saying so (ui_state).
            self._importer.saving.connect(lambda on: self.shell.set_state(saving_import=on))
            self._importer.finished.connect(self._preview_next)
        return self._importer

    def _notes_near(self) -> Path | None:
        """The folder holding the notes imported last (a folder deck's parent): where
        Import Notes… opens before the person has chosen a folder in it."""
        from studyapp.core.decks import has_file_source, source_of

        decks = [d for d in self.ctx.store.decks() if has_file_source(d)]
        if not decks:
            return None
        return source_of(max(decks, key=lambda d: d.id)).parent

    def ask_and_import(self) -> None:
        """File → Import Notes… (Ctrl+O): each file chosen is previewed, in turn."""
        if self.refuse_if_read_only("Importing") or self.refuse_if_importing():
            return
        from PySide6.QtWidgets import QFileDialog

        from studyapp.ui import recent_folders
        from studyapp.ui.import_worker import FILE_FILTER

        settings, here = self.ctx.settings, self.ctx.store.path
        start = recent_folders.start_folder(
            settings, recent_folders.NOTES, here, self._notes_near()
        )
        paths, _ = QFileDialog.getOpenFileNames(self.shell, "Import notes", str(start), FILE_FILTER)
        if paths:
            recent_folders.remember(settings, recent_folders.NOTES, paths[0], here)
            self.import_paths(paths)

    def ask_and_import_folder(self) -> None:
        """File → Import Folder…: a folder of notes is one deck, previewed first."""
        if self.refuse_if_read_only("Importing") or self.refuse_if_importing():
            return
        from PySide6.QtWidgets import QFileDialog

        from studyapp.ui import recent_folders

        settings, here = self.ctx.settings, self.ctx.store.path
        start = recent_folders.start_folder(
            settings, recent_folders.NOTES, here, self._notes_near()
        )
        folder = QFileDialog.getExistingDirectory(
            self.shell, "Import a folder of notes", str(start)
        )
        if folder:
            recent_folders.remember(settings, recent_folders.NOTES, folder, here)
            self.import_paths([folder])

    def add_sample_deck(self) -> bool:
        """File → Add the Sample Deck: the bundled deck, shown once added; if it is
        here already, said so (and shown). False when nothing was added."""
        if self.refuse_if_read_only("Adding the sample deck"):
            return False
        if self.busy_importing:
            self.status("An import is running: add the sample deck when it has finished.")
            return False
        from studyapp.core.importer import DEFAULT_DECK_SOURCE, add_default_deck
        from studyapp.ui.import_worker import ImportResult

        try:
            summary = add_default_deck(self.store)
        except StoreError as exc:  # a full disk, a busy store: said, nothing changed
            self.show_write_error("Add the Sample Deck", exc)
            return False
        if summary is None:  # there already, maybe under another name: shown
            here = next(d for d in self.store.decks() if d.source_path == DEFAULT_DECK_SOURCE)
            self.shell.tree.select_deck(here.id)
            self.status(f"The sample deck is here already: {here.name}.", 5000)
            return False
        self.imported.emit(ImportResult(summaries=[summary]))
        added = plural(summary.new, "question")
        self.status(f"Added the sample deck: {summary.deck_name}, {added}.", 5000)
        return True

    def import_paths(self, paths: Sequence[str | Path]) -> None:
        """Files chosen or dropped: each file or folder opens the import preview in
        turn (nothing is written until its Import; Cancel skips that one), and the
        next preview opens once the previous import has finished."""
        if self.refuse_if_read_only("Importing") or not paths or self.refuse_if_importing():
            return
        first, *rest = paths
        self.queued_previews = list(rest)
        self.preview_import(first)

    def _preview_next(self) -> None:
        if self.queued_previews and self.preview_dialog is None and self.importer.task is None:
            self.preview_import(self.queued_previews.pop(0))

    def preview_import(self, path: str | Path) -> None:
        from studyapp.ui.import_preview import ImportPreviewDialog

        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = self.preview_dialog = ImportPreviewDialog(
            self.store.path, path, self.ctx.thread_pool, self.shell
        )
        # The file as the preview read it goes with the import: unchanged, it is parsed
        # and sorted into topics once (a big file took seconds for each, twice).
        dialog.accepted.connect(
            lambda: self._start([path], *dialog.choice(), reading=dialog.reading())
        )
        dialog.use_deck.connect(lambda name: self._go_to_deck(name, dialog.preview))
        dialog.finished.connect(lambda _r: self._preview_closed(dialog))
        flat_bars_in(dialog, self.ctx.theme.effective)  # its buttons without the black ✗
        dialog.open()

    def _go_to_deck(self, name: str, preview: Any) -> None:
        """The deck that has the notes a preview (core.import_preview.ImportPreview)
        showed, chosen instead of importing: how many were left in no deck said."""
        deck = next((d for d in self.store.decks() if d.name == name), None)
        if deck is not None:
            self.shell.tree.select_deck(deck.id)
            self.status(preview.gone_to_words(name), 5000)

    def _preview_closed(self, dialog: object) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
        dialog.deleteLater()  # type: ignore[attr-defined]
        self._preview_next()  # a skipped file: the next one's preview (after an Import,
        # the next opens when that import has finished)

    def import_files(self, paths: list[str | Path]) -> None:
        if not self.refuse_if_read_only("Importing") and not self.refuse_if_importing():
            self._start(paths)

    def _start(self, paths: Sequence[str | Path], *choices: Any, **reading: Any) -> None:
        """An import of `paths` (the preview's `choices` and `reading`), its worker
        reading what the window shows of the store after it (`read_after`)."""
        self.importer.start(paths, *choices, then=self._reading_after(), **reading)

    def _reading_after(self) -> Callable[[Store], object] | None:
        return None if self.read_after is None else self.read_after()

    def import_again(self, path: str, split_at: str | None) -> None:
        """An import that did not finish (core.unfinished), asked for again."""
        if not self.refuse_if_read_only("Importing") and not self.refuse_if_importing():
            self._start([path], split_at)

    def ask_to_quit(self) -> bool:
        """File → Quit (Ctrl+Q) or the window's close button during an import: ask
        first, the import held at its next look at a cancel meanwhile. True when the
        window stays open (the import goes on); False when there is nothing to ask, or
        the person chose to quit: the import is cancelled, and nothing of it is saved.
        An import past its last look at a cancel that ends while asked takes the
        question back (what it said is no longer true), and the quit goes on: all of
        the import is saved."""
        if not self.busy_importing:
            return self._quit_after_exports()
        # Held at its next check while asked: it went on saving behind the question,
        # and a new user's "Cancel the import and quit" came after the deck was saved.
        task = self.importer.task
        task.hold()
        quit_now = None
        try:
            quit_now = self.ctx.messages.confirm(
                "Quit during an import",
                "An import is under way.",
                "Quit now and it is cancelled: nothing of it is saved, and the notes can"
                " be imported again later.",
                "Cancel the import and quit",
                until=self.importer.completed,
                # Over the import's progress, shown now: it came up over the question
                # after its wait of 300 ms, and the import seemed stuck at it.
                over=self.importer.show_dialog(),
            )
        finally:
            if quit_now:
                task.cancel()  # rolled back: the window closes with nothing of it saved
            else:
                task.release()  # the window stays (or the import ended): it goes on
        return quit_now is False

    def _quit_after_exports(self) -> bool:
        """Quit during an export waits for it, its progress shown, and quits once its file
        is written (BackgroundController.quit_when_done): the window closed at once, and
        the PDF saved a moment before was silently not written. True while it waits."""
        busy = self._busy_exports()
        if not busy:
            return False
        busy[0].quit_when_done(self.shell.action("quit").trigger)  # asks anew: one more?
        return True

    # --- drops onto the window, and its close button ------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and event.spontaneous() and self.ask_to_quit():
            event.ignore()
            return True
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            # Taken in a read-only window too, so that the drop says why nothing is
            # imported (refused with a "no" cursor, it was dropped without a word).
            if self._dropped_paths(event):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._dropped_paths(event)
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_paths(paths)
                return True
        return False

    @staticmethod
    def _dropped_paths(event: QEvent) -> list[str]:
        data = event.mimeData()  # type: ignore[attr-defined]
        if data is None or not data.hasUrls():
            return []
        return [local_path(url) for url in data.urls() if url.isLocalFile()]

    def _on_import_completed(self, result: ImportResult) -> None:
        """The window shows the new questions before the summary box opens over it."""
        if self.live is not None:
            self.live.absorb_own_writes()
            self.live.look_afresh()  # a new deck's folder
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
                settings=ctx.settings,
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
        worker thread. False when no export was asked for (during a mock, while one
        runs, or when nothing is weak: that is said instead, and no file written)."""
        return self._export(self._export_deck_id())

    def _export(self, deck_id: int | None) -> bool:
        if self.shell.mode is Mode.MOCK:
            return False
        exporter = self.exporter()
        if exporter.busy:
            self.status("An export is already running.", 4000)
            return False
        nothing = self._nothing_to_export(deck_id)
        if nothing is not None:  # said before the save dialog, and no file written
            from studyapp.ui.export_worker import TITLE
            from studyapp.ui.messages import PlainText

            self.ctx.messages.info(TITLE, PlainText(nothing))
            return False
        deck = self.store.deck(deck_id) if deck_id is not None else None
        exporter.ask_and_export(deck_id, deck.name if deck is not None else "")
        return True

    def _nothing_to_export(self, deck_id: int | None) -> str | None:
        from studyapp.core.weak import weak_report
        from studyapp.ui.export_worker import nothing_to_export

        ctx = self.ctx
        return nothing_to_export(weak_report(ctx.store, deck_id, ctx.clock.now(), ctx.scheduler))

    def export_deck(self) -> bool:
        """File → Export Deck…: the selected deck (or the only one) as .apkg or .csv,
        written on a worker thread. False when nothing was started."""
        decks = self.store.decks()
        node = self.shell.tree.current_node()
        if node is not None:
            deck_id = self.shell.model.deck_id_of(node)
        elif len(decks) == 1:
            deck_id = decks[0].id
        else:
            self.status("Select a deck to export.", 4000)
            return False
        deck = self.store.deck(deck_id)
        if deck is None:
            return False
        from studyapp.core.deck_names import file_name_for
        from studyapp.ui.deck_export_worker import SUFFIXES, DeckExporter

        typed = self.ask_export_path(file_name_for(deck.name, ".apkg"))
        if not typed:
            return False
        path = with_extension(typed, SUFFIXES)
        if not self.ctx.messages.confirm_replace("Export deck", typed, path):
            return False
        if self._deck_exporter is None:
            self._deck_exporter = DeckExporter(
                self.store.path, self.ctx.messages, self.shell, self.ctx.thread_pool
            )
            self._deck_exporter.said.connect(lambda text: self.status(text, 10000))
        return self._deck_exporter.start(deck_id, path)

    def ask_export_path(self, name: str) -> str:
        """Where to write a deck (a seam: tests answer it)."""
        from PySide6.QtWidgets import QFileDialog

        from studyapp.ui import recent_folders
        from studyapp.ui.deck_export_worker import FILE_FILTER, suffix_for_filter

        settings, store_path = self.ctx.settings, self.ctx.store.path
        # This data folder's last export, as the weak-topics PDF's dialog keeps it.
        start = recent_folders.start_folder(settings, recent_folders.EXPORTS, store_path)
        path, chosen = QFileDialog.getSaveFileName(
            self.shell, "Export deck", str(start / name), FILE_FILTER
        )
        if path:
            recent_folders.remember(settings, recent_folders.EXPORTS, path, store_path)
        return suffix_for_filter(path, chosen)

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


def local_path(url: Any) -> str:
    """The file a dropped `file:` URL names, by the bytes of its name: one that is not
    UTF-8 (an old unzip's Windows-1251 name) came as U+FFFD from `toLocalFile`, a
    file not there. Its percent-encoded path keeps the bytes (PEP 383 gives them)."""
    import os
    from urllib.parse import unquote_to_bytes

    from PySide6.QtCore import QUrl

    local = url.toLocalFile()
    if "\ufffd" not in local or url.host() or os.name != "posix":
        return local
    return os.fsdecode(unquote_to_bytes(url.path(QUrl.ComponentFormattingOption.FullyEncoded)))


def _held_words(shrunk: Any, name: str) -> tuple[str, str]:
    """What a re-import held (core.decks.Shrunk) of the notes `name` (escaped) says:
    its headline, and the words under it."""
    deck = escape_html(shrunk.deck_name)
    if shrunk.studied:  # its studied questions stay until the person says
        from studyapp.core.import_preview import removal_words

        # "2 questions removed, 2 of them studied: “…”" as one sentence with the deck
        count, _, which = removal_words(shrunk.removed, shrunk.studied).partition(" removed, ")
        headline = (
            f"{name} changed: re-importing it would remove {count} from “{deck}”,"
            f" {escape_html(which)}."
        )
        text = (
            "Is a sync still writing it, or was it saved cut short? The deck is left"
            " as it is, its questions and progress kept, until you review the re-import."
        )
        return headline, text
    gives = plural(shrunk.after, "question") if shrunk.after else "no questions"
    headline = f"{name} now gives {gives}; its deck “{deck}” has {shrunk.before}."
    gone = shrunk.before - shrunk.after
    text = "Was it saved cut short, or emptied by a sync? The deck is left as it is." + (
        f" Re-importing would remove {plural(gone, 'question')} from it (their"
        " progress is kept, and comes back with the questions)."
        if shrunk.after
        else " Reviewing shows what StudyApp reads in it now."
    )
    return headline, text
