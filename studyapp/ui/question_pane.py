"""The question on screen, shared by browsing, studying and mock interviews: its
header, its answer (rendered through `AnswerCache`, highlighted for a search), the
tree's selection kept in step, and the idle work that prepares the answers a
person is likely to open next. Not a controller: the browse, study and mock
controllers all show questions through it.

A view: what it shows of the store comes through its `PaneSource` (the question's
card facts, its last mock note, the media folder, the answers kept for rendering
ahead, the answer cache), which the composition root gives it; it holds no store.
The store is read by the source (controllers.base.StorePaneSource) and by the cache
it hands over (core.answer_cache.AnswerCache), which the pane holds only as the
`PaneCache` it uses.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer

from studyapp.core.flags import flag_name
from studyapp.core.format import local_minute
from studyapp.core.html_escape import escape_html
from studyapp.core.label_pattern import labels_only
from studyapp.core.model import Question, StudyAppError
from studyapp.core.render import deck_folder, highlight
from studyapp.core.title_math import readable
from studyapp.ui.main_window import APP_TITLE, MainWindow
from studyapp.ui.theme import COLORS, FLAG_COLORS, ThemeManager, state_label
from studyapp.ui.ui_state import Mode

if TYPE_CHECKING:
    from collections.abc import Callable

    from studyapp.core.store import MockNote

PRERENDER_AHEAD = 3
HIT = '<span class="hit">'  # how core.render.highlight marks a search's hit
FIRST_HIT_NAME = "first-search-hit"
FIRST_HIT = f'<a name="{FIRST_HIT_NAME}"></a>'
PRERENDER_AROUND = 40  # prepared once the window has settled: the questions near the open one
IDLE_HOLD_MS = 250  # idle work waits this long after start-up: the first frame goes first
IDLE_QUIET_MS = 300  # and this long after the last question shown: the person has paused
AHEAD_BATCH = 40  # questions read at a time for rendering the whole store ahead
AHEAD_FLUSH = 20  # answers rendered ahead per commit of the cache
# Longer answers are not rendered ahead: one render can take most of a second, and a
# key pressed meanwhile would wait for it (they render when opened, as before).
AHEAD_MAX_CHARS = 20_000
AHEAD_START = -(2**63)  # below every row number: a pass starts there
HIDDEN_PROMPT = "Answer it in your head (or out loud), then press <b>Space</b> to reveal."


# The answer pane's line over a question that keeps an edit made in the app: its
# notes' text is not taken (their later changes neither) until its link says so.
KEPT_LINE = "✎ Edited in StudyApp · your notes differ"
KEPT_LINK = ' — <a href="notes-text">Use the Notes\' Text…</a>'


class CardFacts(NamedTuple):
    """What the header's line says of a question's card, read when it is shown."""

    state: str  # core.progress's state: "new", "weak", "due", "learned", "learning"
    phase: str  # fsrs's phase ("learning", "review" …); "" for a suspended question
    buried: bool  # buried now (Bury): back tomorrow
    recall: str | None  # "due in 6 days · 92 % recall now"; None: new, buried or suspended


class PaneCache(Protocol):
    """What the pane uses of its cache of rendered answers (core.answer_cache)."""

    @property
    def pending(self) -> int: ...  # rendered answers not yet written
    @property
    def unfinished(self) -> int: ...  # answers shown with formulas left to draw
    def key(self, question: Question) -> str: ...  # the hash its HTML is kept under
    def line_breaks(self, deck_id: int) -> str: ...  # (the edit dialog's preview)
    def html(self, question: Question, theme: str) -> str: ...
    def body_html(self, question: Question, theme: str) -> str: ...
    def render_ahead(self, question: Question, theme: str) -> None: ...
    def finish_step(self, theme: str) -> str | None: ...
    def flush(self) -> bool: ...
    def clear_memory(self) -> None: ...


class PaneSource(Protocol):
    """What the pane reads of the data it shows (a controller's part implements it on
    the store open now, app.py gives it)."""

    @property
    def read_only(self) -> bool: ...  # nothing rendered may be kept
    def card_facts(self, question: Question) -> CardFacts: ...
    def last_mock_note(self, qid: str) -> MockNote | None: ...
    def media_folder(self) -> Path: ...  # an Anki package's pictures
    # The next `limit` questions after the row `after`, each with the hash of the
    # HTML kept for `theme` (None: none): what the pass rendering ahead walks.
    def kept_answers(
        self, theme: str, after: int, limit: int
    ) -> list[tuple[int, Question, str | None]]: ...
    def answer_cache(self, base_dir: Callable[[int], Path | None]) -> PaneCache: ...


def kept_line(question: Question, *, browsing: bool) -> str:
    """The header's kept-edit line for `question` ("" for one that follows its notes);
    its link while browsing, where Use the Notes' Text… is."""
    if not question.edited:
        return ""
    return KEPT_LINE + KEPT_LINK if browsing else KEPT_LINE


class QuestionPane(QObject):
    def __init__(
        self,
        source: PaneSource,
        shell: MainWindow,
        theme: ThemeManager,
        thread_pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(shell)
        self.source = source
        self.theme = theme
        self.shell = shell
        self.answer = shell.answer
        self.answer.header.kept_link.connect(lambda: shell.action("notes_text").trigger())
        self.model = shell.model
        self.current_qid: str | None = None
        self.search_terms: list[str] = []
        self.syncing = False  # selecting in the tree on the window's own behalf
        self._veil: str | None = None  # while set, answers stay hidden behind it (veiled)
        self._veiled_one = False  # an answer on screen is hidden by the veil
        self._deck_dirs: dict[int, Path | None] = {}
        self._prerender: deque[str] = deque()
        self.cache: PaneCache = source.answer_cache(self.base_dir)
        # Rendering every answer ahead, for the store (a click then finds its HTML):
        # the theme being done, the questions read for it, and where the pass is.
        self._ahead: deque[Question] = deque()
        self._ahead_theme = ""
        self._ahead_after: dict[str, int | None] = {}  # theme → last row read; None: done

        self._highlighted = True  # the answer on screen has its search hits marked
        self._pool = thread_pool or QThreadPool.globalInstance()  # see _idle_step
        self._idle = QTimer(self)  # pre-renders and cache writes, one step per idle tick
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._idle_step)
        # An interval-0 timer runs before the platform's first expose: without the
        # hold, pre-rendering the next answers delayed the window's first paint.
        self._idle_held = True
        self._idle_hold = QTimer(self)
        self._idle_hold.setSingleShot(True)
        self._idle_hold.setInterval(IDLE_HOLD_MS)
        self._idle_hold.timeout.connect(self._release_idle)
        self._idle_hold.start()
        # Idle work waits for a pause: a step (an answer laid out, the rendered HTML
        # saved) takes 10–80 ms, and run right after a grade or a click it held up
        # the next key the person pressed by as much.
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(IDLE_QUIET_MS)
        self._quiet.timeout.connect(self._idle.start)

    # --- decks and their answers -----------------------------------------------------------

    def base_dir(self, deck_id: int) -> Path | None:
        """The folder a deck's images may load from (core.render.deck_folder)."""
        return self._deck_dirs.get(deck_id)

    def set_decks(self, decks: list) -> None:
        media_root = self.source.media_folder()  # an Anki package's pictures
        self._deck_dirs = {deck.id: deck_folder(deck.source_path, media_root) for deck in decks}

    def use_store(self) -> None:
        """After a restore: a cache on the store open now (from the source). The answers
        the old cache had not yet written belonged to the store now closed: dropped."""
        self._idle.stop()
        self._quiet.stop()
        self._prerender.clear()
        self.cache = self.source.answer_cache(self.base_dir)
        self.forget_rendered()

    def forget_rendered(self) -> None:
        """The store's questions changed (an import, an edit, a restore): forget the
        answers held in memory, and render ahead again from the first question. (The
        answers waiting to be written stay: one whose question is gone is left out.)"""
        self.cache.clear_memory()
        self._ahead.clear()
        self._ahead_after.clear()
        self.wake_idle()

    # --- showing ---------------------------------------------------------------------------

    def select(self, qid: str) -> None:
        self.syncing = True
        try:
            self.shell.tree.select_question(qid)
        finally:
            self.syncing = False

    def display(
        self, question: Question, *, reveal: bool, hidden_text: str = HIDDEN_PROMPT
    ) -> None:
        self.current_qid = question.id
        if self._idle.isActive() or self._quiet.isActive():
            self.wake_idle()  # the person is busy: idle work waits again
        self.answer.set_header(
            self._title(question), self.meta(question), question.tags, self._kept(question)
        )
        self.shell.setWindowTitle(f"{readable(question.title)} — {APP_TITLE}")
        self._veiled_one = reveal and self._veil is not None
        if self._veil is not None:
            reveal, hidden_text = False, self._veil
        if reveal:
            self.show_answer_html(question)
        else:
            self.hide_answer_html(question, hidden_text)

    @contextmanager
    def veiled(self, prompt: str) -> Iterator[None]:
        """No answer shown while within: the one on screen is hidden behind `prompt`,
        as is any shown meanwhile; shown again after, unless another took its place."""
        question = self.model.question(self.current_qid or "")
        if question is not None and self.answer.is_answer_visible():
            self.hide_answer_html(question, prompt)
            self._veiled_one = True
        self._veil = prompt
        try:
            yield
        finally:
            self._veil = None
            question = self.model.question(self.current_qid or "")
            if self._veiled_one and question is not None:
                self.show_answer_html(question)
            self._veiled_one = False

    def show_answer_html(
        self, question: Question, *, highlighted: bool = True, keep_place: bool = False
    ) -> None:
        self._highlighted = highlighted
        if not question.answer_markdown.strip():  # a one-column file, a heading alone
            self.answer.set_answer(self._no_answer(), None)
            return
        body = self.cache.html(question, self.theme.effective)
        if labels_only(question.answer_markdown):  # a sheet's record keeping: no answer
            body = self._no_answer() + body  # the labels still shown, under the message
        note = self.source.last_mock_note(question.id)  # one indexed read a showing
        if note is not None:
            body = note_html(note, self.theme.effective) + body
        hits = highlighted and bool(self.search_terms)
        if hits:
            # The first hit marked, for the pane to scroll to: a hit deep in a long
            # answer was out of sight, the top of the answer shown.
            body = highlight(body, self.search_terms).replace(HIT, FIRST_HIT + HIT, 1)
        self.answer.set_answer(body, self.base_dir(question.deck_id), keep_place=keep_place)
        if hits and not keep_place:
            self.answer.show_anchor(FIRST_HIT_NAME)
        if self.cache.pending or self.cache.unfinished:
            self.wake_idle()

    def hide_answer_html(self, question: Question, prompt: str) -> None:
        """The answer hidden behind `prompt`, under the question's body where it has
        one (a quiz's code and options: they are needed to answer it)."""
        body = self.cache.body_html(question, self.theme.effective)
        if body and self.search_terms:
            body = highlight(body, self.search_terms)
        self.answer.hide_answer(prompt, body, self.base_dir(question.deck_id) if body else None)

    def _no_answer(self) -> str:
        """What a question whose notes give no answer shows: a blank pane read as a
        fault, and a mock's reveal showed nothing to grade against."""
        muted = COLORS[self.theme.effective].muted
        return (
            f'<p style="color:{muted}"><i>Your notes give no answer to this question.</i>'
            " Edit Question (F4) to write one; where it can, StudyApp writes it into"
            " your notes file too.</p>"
        )

    def _kept(self, question: Question) -> str:
        return kept_line(question, browsing=self.shell.mode is Mode.BROWSE)

    def _title(self, question: Question) -> str:
        """The header's title, search hits marked, after its flag's pennant if flagged
        (the flag as the tree has it: a session's questions are read once)."""
        title = self.answer.title_html(question.title, question.title_markup)
        if self.search_terms:
            title = self._title_hits(highlight(title, self.search_terms))
        flag = self.model.flag_of(question.id)
        if flag:
            title = f'<span style="color:{FLAG_COLORS[flag]}">\u2691</span>&nbsp;{title}'
        return title

    def meta(self, question: Question) -> str:
        """The header's line: topic, state and "due in 6 days · 92 % recall now", and
        the question's flag in words ("Red flag")."""
        flag = flag_name(self.model.flag_of(question.id))
        return self._state_meta(question) + (f"   ·   {flag} flag" if flag else "")

    def _state_meta(self, question: Question) -> str:
        """Topic, state and recall. The state is read from the question's card here
        (`PaneSource.card_facts`), not from the tree, whose rows follow a grade or an
        undo only in idle time."""
        facts = self.source.card_facts(question)
        topic = self.model.topic_path(question.topic_id)
        if question.suspended:  # kept, never studied: no due time of its card applies
            return f"{topic}   ·   Suspended (Ctrl+J to study it again)"
        # Anki's "Learning" / "Relearning" for a card in its steps, "Review" after
        said = state_label(facts.state, facts.phase)
        if facts.buried:
            return f"{topic}   ·   {said}   ·   Buried until tomorrow"
        if facts.recall is None:  # "New" says it all
            return f"{topic}   ·   {said}"
        return f"{topic}   ·   {said}   ·   {facts.recall}"

    def update_meta(self) -> None:
        question = self.model.question(self.current_qid or "")
        if question is not None:
            self.answer.set_meta(self.meta(question))

    def update_header(self) -> None:
        """The question on screen's title and meta line anew (its flag changed)."""
        question = self.model.question(self.current_qid or "")
        if question is not None:
            self.answer.set_header(
                self._title(question), self.meta(question), question.tags, self._kept(question)
            )

    def rerender(self) -> None:
        """The theme changed (code colours are rendered per theme), or how answers'
        line breaks read: the answer on screen is shown anew, and the answers are
        rendered ahead again in the next pause. The same answer: it stays scrolled
        where it was (it went back to its top on a theme change)."""
        question = self.model.question(self.current_qid or "")
        if question is not None and self.answer.is_answer_visible():
            self.show_answer_html(question, keep_place=True)
        self.wake_idle()

    def _title_hits(self, text: str) -> str:
        theme = self.theme.effective
        hit = "#fff176" if theme == "light" else "#9e6a03"
        return text.replace(
            '<span class="hit">',
            f'<span style="background-color:{hit}; color:{COLORS[theme].text}">',
        )

    def neighbours(self, qid: str, ahead: int = PRERENDER_AHEAD, behind: int = 1) -> list[str]:
        """The questions after `qid` in tree order, then those before it (nearest first):
        of those the tree shows, so during a search the next matches, not the questions
        the search hides."""
        order = self.model.question_order()
        matches = self.shell.tree.proxy.matches
        if matches is not None:
            order = [q for q in order if q in matches]
        try:
            i = order.index(qid)
        except ValueError:
            return []
        return order[i + 1 : i + 1 + ahead] + order[max(0, i - behind) : i][::-1]

    # --- idle work --------------------------------------------------------------------------

    def queue_prerender(self, qids: list[str]) -> None:
        self._prerender.extend(qids)
        if self._prerender:
            self.wake_idle()

    def wake_idle(self) -> None:
        """Idle work to do: it starts once nothing new was shown for IDLE_QUIET_MS."""
        if not self._idle_held:
            self._idle.stop()
            self._quiet.start()

    def _release_idle(self) -> None:
        """Start idle work once the window is up, with the answers near the open one:
        after a restart none is laid out, and a fresh answer took about 6 ms more to
        show than a prepared one (benchmarks/bench_ui.py)."""
        self._idle_held = False
        if self.current_qid is not None:
            half = PRERENDER_AROUND // 2
            self._prerender.extend(self.neighbours(self.current_qid, half, half))
        self._idle.start()

    def _idle_step(self) -> None:
        """One small job per idle tick: pre-render one answer near the open one (HTML
        and laid-out document), else render one more of the store's answers ahead,
        else save the rendered HTML to the store and stop. None while work runs on the
        thread pool (an import, its preview, the figures): a step is 10–80 ms of Python
        on this thread, and a pass over a big store's answers, tick after tick, took
        the GIL from that work (a 30,000-question file's preview took several times
        its parse). It looks again after a pause."""
        if self._pool.activeThreadCount():
            self.wake_idle()
            return
        theme = self.theme.effective
        finished = self.cache.finish_step(theme)  # formulas left to draw: on screen first
        if finished is not None:
            question = self.model.question(finished) if finished else None
            if (
                question is not None
                and finished == self.current_qid
                and self._veil is None
                and self.answer.is_answer_visible()
            ):  # every formula drawn now, where the reader is
                self.show_answer_html(question, highlighted=self._highlighted, keep_place=True)
            return
        while self._prerender:
            question = self.model.question(self._prerender.popleft())
            if question is None or question.id == self.current_qid:
                continue
            html = self.cache.html(question, theme)
            if self.search_terms:
                html = highlight(html, self.search_terms)
            self.answer.prepare(html, self.base_dir(question.deck_id))
            return
        if self._render_ahead(theme):
            return
        self._idle.stop()
        self.flush()

    def _render_ahead(self, theme: str) -> bool:
        """One step of a pass over the store's questions: read the next few, or render
        one whose HTML for this theme is missing or out of date, or save a batch.
        False once the pass is over, where nothing may be written, or while the store
        is busy. A first click on a question then shows HTML from the store instead
        of rendering Markdown (benchmarks/bench_ui.py: the one click class over a
        frame)."""
        if self.source.read_only:
            return False  # nothing rendered ahead could be kept
        if theme != self._ahead_theme:  # the theme changed: its pass starts again later
            if self._ahead:
                self._ahead_after.pop(self._ahead_theme, None)
            self._ahead.clear()
            self._ahead_theme = theme
        if self.cache.pending >= AHEAD_FLUSH:
            # One commit is this tick's job; a store busy with an import ends the
            # pass for now (the next pause tries again).
            return self.flush()
        if not self._ahead:
            after = self._ahead_after.get(theme, AHEAD_START)
            if after is None:
                return False
            try:
                batch = self.source.kept_answers(theme, after, AHEAD_BATCH)
            except StudyAppError:
                batch = []
            self._ahead_after[theme] = batch[-1][0] if batch else None
            # Only what has no HTML kept, or HTML from other Markdown (an edit, a new
            # renderer, another line-break convention): the rest is skipped here.
            self._ahead.extend(
                question
                for _, question, kept in batch
                if len(question.answer_markdown) <= AHEAD_MAX_CHARS
                and kept != self.cache.key(question)
            )
            return True  # reading a batch is this tick's job
        question = self._ahead.popleft()
        self.cache.render_ahead(question, theme)
        return True

    def flush(self) -> bool:
        """Save the rendered HTML to the store; False where it could not be (yet)."""
        if self.source.read_only:
            return False
        try:
            return self.cache.flush()
        except StudyAppError:  # only a cache: rebuilt on demand
            return False

    def stop_idle(self, *, for_good: bool = False) -> None:
        self._idle.stop()
        self._quiet.stop()
        self._prerender.clear()
        if for_good:
            self._idle_hold.stop()
            self._idle_held = True  # nothing idle may touch the store after this
        self.flush()


NOTE_PADDING = 6  # px around a mock note's words, in its box


def note_html(note: MockNote, theme: str) -> str:
    """The latest note a mock left on the question ("what to remember next time"),
    boxed above its answer: written to be read when the question comes again, in a
    mock's reveal or in the answer pane. (It was kept, and never shown.)"""
    colors = COLORS[theme]
    when = local_minute(note.started_at_ms).split(" ")[0]
    text = escape_html(note.text).replace("\n", "<br>")
    # The box's padding hangs outside the text column (negative margins as wide as
    # it): its words start where the answer's lines do, not 6 px further in.
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="{NOTE_PADDING}"'
        f' style="margin-left: -{NOTE_PADDING}px; margin-right: -{NOTE_PADDING}px"'
        f' bgcolor="{colors.alt_base}"><tr><td style="border-style: none">'
        f'<span style="color:{colors.muted}">Your note from the mock of {when}:</span>'
        f" {text}</td></tr></table>"
    )
