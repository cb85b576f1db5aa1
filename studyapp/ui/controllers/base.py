"""What every controller shares: the app's context, the shell, the read-only
refusal and the one way a failed write reaches the person; and what the question
pane they share reads of the store (`StorePaneSource`: the card facts, the last mock
note, the media folder, the answers kept for rendering ahead, and the answer cache,
which reads and writes the rendered HTML itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from studyapp.core.answer_cache import AnswerCache
from studyapp.core.progress import buried_till, card_info, question_state
from studyapp.core.scheduler import recall_words
from studyapp.core.store import Store, StoreError
from studyapp.ui.context import AppContext, Changes
from studyapp.ui.question_pane import CardFacts

__all__ = ["AppContext", "Changes", "Controller", "StorePaneSource"]

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from studyapp.core.model import Question
    from studyapp.core.store import MockNote
    from studyapp.ui.main_window import MainWindow


class Controller(QObject):
    def __init__(self, ctx: AppContext, shell: MainWindow) -> None:
        super().__init__(shell)
        self.ctx = ctx
        self.shell = shell

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def read_only(self) -> bool:
        return bool(self.ctx.read_only)

    def status(self, text: str, ms: int = 4000) -> None:
        self.shell.status(text, ms)

    def refuse_if_read_only(self, what: str) -> bool:
        """True (and says why in the status bar) when this window may not write."""
        if not self.ctx.read_only:
            return False
        # What was refused first: a narrow status bar cuts the end, and the reason
        # also stays in the yellow label beside it.
        self.status(f"{what} is not possible in this window. {self.ctx.read_only}.", 6000)
        return True

    def show_write_error(self, title: str, exc: BaseException) -> None:
        """The one way a failed write reaches the person. A StoreError (full disk,
        read-only file, busy store) is a plain message with what to do about it; the
        caller leaves the screen as it was, so the action can simply be tried again.
        Anything else is a bug: the crash dialog with its traceback."""
        if isinstance(exc, StoreError):
            hint = exc.window_hint  # what to do in the window, not on a command line
            text = f"{exc.message}\n\n{hint}" if hint else exc.message
            self.status(f"{title}: {exc.message}", 15000)
            self.ctx.messages.error(title, text)
        else:
            self.ctx.messages.exception(title, exc)


class StorePaneSource:
    """The question pane's `PaneSource`: what it shows of the store, read from the
    store in the context at each call (a restore replaces it; Preferences the
    scheduler)."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def read_only(self) -> bool:
        return bool(self._ctx.read_only)

    def card_facts(self, question: Question) -> CardFacts:
        """Its card's state, phase, burial and recall: two indexed look-ups (card_info),
        a third for the burial, none of the rest for a suspended question."""
        ctx = self._ctx
        info = card_info(ctx.store, question.id)
        now = ctx.clock.now()
        if info is None:
            state = "new"
        else:
            state = question_state(info.card_json, info.last_rating, now, ctx.scheduler)
        if question.suspended:  # its header says only that
            return CardFacts(state, "", False, None)
        card_json = info.card_json if info else None
        phase = ctx.scheduler.phase(card_json)
        if buried_till(ctx.store, question.id, now) is not None:
            return CardFacts(state, phase, True, None)
        recall = recall_words(ctx.scheduler, card_json, now) if info is not None else None
        return CardFacts(state, phase, False, recall)

    def last_mock_note(self, qid: str) -> MockNote | None:
        return self._ctx.store.last_mock_note(qid)

    def media_folder(self) -> Path:
        from studyapp.core.media_paths import media_root_of

        return media_root_of(self._ctx.store.path)

    def kept_answers(
        self, theme: str, after: int, limit: int
    ) -> list[tuple[int, Question, str | None]]:
        """The store's next `limit` questions after the row `after`, each with the
        Markdown hash of the HTML kept for `theme` (Store.rendered_hashes)."""
        return self._ctx.store.rendered_hashes(theme, after, limit)

    def answer_cache(self, base_dir: Callable[[int], Path | None]) -> AnswerCache:
        """A cache of rendered answers on the store open now (the pane holds it as a
        `PaneCache`)."""
        return AnswerCache(self._ctx.store, base_dir)
