"""Browsing: the topic tree filled from the store, its progress figures, the
question or overview on show, J / K, search, and where the person was last time.

Progress is computed for every question once (start-up, an import, a restore, a
move) and then kept up to date one question at a time: a grade changes the graded
question's row and the rows above it (`apply_changes`), never a recount of every
deck. At start-up the figures come in idle time, after the first frame; until
then the tree, the status bar, the overview and the Study button say they are being
counted (`TopicTreeModel.counted`), never "New" or "0 due". The figures themselves
are kept by a `TreeFigures` (ui.tree_figures) the controller owns, the search over
the tree by a `TreeSearch` (search.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QTimer, Signal

from studyapp.core.answer_look import title_html
from studyapp.core.format import plural, suspended_words, whole_percent
from studyapp.core.html_escape import escape_html
from studyapp.core.model import Question
from studyapp.core.progress import (
    LEARNED_STABILITY_DAYS,
    ProgressIndex,
    TopicProgress,
    card_info,
)
from studyapp.core.settings_schema import load_settings
from studyapp.lazy import lazy
from studyapp.ui.after_paint import AfterPaint
from studyapp.ui.controllers.base import AppContext, Changes, Controller
from studyapp.ui.controllers.browse.panel import (
    COMING,
    coming_back_words,
    due_count_words,
    question_words,
    study_scope_words,
)
from studyapp.ui.controllers.browse.search import (  # noqa: F401  (named here before)
    KEPT_CHOSEN,
    KEPT_STUDIED,
    SEARCH_SHOWN,
    TreeSearch,
    no_match_words,
    search_keeps,
)
from studyapp.ui.main_window import APP_TITLE, K_LAST_QUESTION, MainWindow
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.topic_tree import COUNTING, DECK, QUESTION, Node
from studyapp.ui.tree_figures import TreeFigures, counted, learn_ahead
from studyapp.ui.tree_nodes import BuiltTree, TreeReading, build_tree
from studyapp.ui.tree_twins import show_twin_hints
from studyapp.ui.ui_state import Mode

BUNDLED = "resource:"  # a deck's source path when the app brought it (core.importer)
FIRST_START_HINT = (
    "This is a sample deck. Your own notes: File → Import Notes… ({keys}), or drop a file"
    " or folder on this window."
)

if TYPE_CHECKING:
    from datetime import datetime, timedelta, tzinfo

    from studyapp.core.daily_plan import DeckLimits
    from studyapp.core.model import Deck
    from studyapp.core.parsed import ImportSummary
    from studyapp.core.store import CardInfo, Store

REMEMBER_AFTER_MS = 2000


def today_words(count: int, today: int, what: str) -> str:
    """ "13 new", or "13 new (3 today)" where the daily limits per deck hold some back."""
    return f"{count:,} {what}" + (f" ({today:,} today)" if today < count else "")


# The tree's Mastery column counts core.progress's "learned": its rule, in words.
MASTERY_TIP = (
    f"Share of questions learned: FSRS stability of at least "
    f"{LEARNED_STABILITY_DAYS:g} days (you would still recall them "
    f"{LEARNED_STABILITY_DAYS:g} days after the last review), not due and not "
    f"struggling (Anki's mature). Good answers over days, not one Good nor one "
    f"Easy on first sight"
)

# Read once the tree has its rows, not at start (its title marks' patterns).
title_hints = lazy("studyapp.core.title_hints")


class StoreFigures:
    """What the tree's figures read (ui.tree_figures.FigureReads): the store in the
    context as it is at each read (a restore replaces it)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def counted(self, now: datetime) -> ProgressIndex:
        return counted(self.ctx.store, self.ctx.scheduler, now)

    def card(self, qid: str) -> CardInfo | None:
        return card_info(self.ctx.store, qid)

    def limits(self, now: datetime, tz: tzinfo) -> DeckLimits:
        # Loaded when first counted (after the first frame), as a session loads them.
        from studyapp.core.daily_plan import todays_limits_in

        store = self.ctx.store
        return todays_limits_in(store, load_settings(store), now, tz)

    def learn_ahead(self) -> timedelta:
        return learn_ahead(self.ctx.store)


# --- the tree read from the store (built by ui.tree_nodes) ----------------------------


def shown_decks(store: Store, decks: Sequence[Deck]) -> list[Deck]:
    """`decks` as the tree names them: a deck whose file or folder is gone says so."""
    missing = store.missing_sources()
    return [d._replace(name=f"{d.name} (source missing)") if d.id in missing else d for d in decks]


def read_tree(store: Store, decks: Sequence[Deck] | None = None) -> BuiltTree:
    """The whole tree of `store` (of `decks`, read before): read and built on whatever
    thread holds `store` (its own connection)."""
    decks = store.decks() if decks is None else decks
    topics = {deck.id: store.topics(deck.id) for deck in decks}
    shown = shown_decks(store, decks)
    return build_tree(shown, topics, store.question_outlines(), outlines=True)


def tree_reader(
    version: Callable[[], int], scheduler: Any, now: Callable[[], datetime]
) -> Callable[[Store], TreeReading]:
    """What reads the tree and its figures on another thread, on its own connection to
    the store (an import's worker, once it has saved), for the window to swap in
    (ui.tree_nodes builds the tree: plain Python, on whatever thread reads it).
    `version()`: the window's tree as it is, taken before the store is read (what the
    window wrote before it is in the reading: each write commits before it moves on)."""

    def read(store: Store) -> TreeReading:
        taken = version()
        decks = store.decks()
        return TreeReading(decks, read_tree(store, decks), counted(store, scheduler, now()), taken)

    return read


class BrowseController(Controller):
    browsed_away = Signal()  # from a study session on show: it pauses (ui.session_pause)
    study_requested = Signal()  # "Study this topic" on an overview
    import_requested = Signal()  # "Import Notes…" on the welcome page
    sample_requested = Signal()  # "Try Again" where the first start's sample deck failed
    sample_failed: str | None = None  # why it failed (`say_sample_failed`)
    progress_changed = Signal()  # the figures were recomputed: views that show them are stale

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.tree = shell.tree
        self.model = shell.model
        self.search = shell.search
        self.tree_search = TreeSearch(ctx, shell, pane, self, browsed_away=self.browsed_away.emit)
        self._last_question_timer: QTimer | None = None
        self.figures = TreeFigures(ctx, StoreFigures(ctx), self.model, self)  # progress
        self.figures.shown.connect(self._progress_shown)
        self.figures.recounted.connect(self.progress_changed)
        self.figures.clock_moved.connect(self.tree_search.run_again)
        self._closed = False
        # The overview on screen: its node's (kind, key) and the figures it says.
        self._overview_shown: tuple[tuple[int, Any], str] | None = None
        self._hint: str | None = None  # the first start's status-bar hint, while it shows
        # Each reload of the tree and each write changes it: a reading made by another
        # thread for an older one is stale (`reading_after`, `show_store`).
        self._tree_version = 0

        self.tree.legend.set_tip("Mastery", MASTERY_TIP)
        self.tree.current_changed.connect(self._track_selection)
        self.tree.current_changed.connect(self._on_current_changed)
        self.search.search_requested.connect(self.apply_search)
        self.search.leave_requested.connect(self.tree_search.leave)
        shell.closing.connect(self.shutdown)

    # --- the tree and its figures ---------------------------------------------------------

    def reload_tree(self, *, first_frame: bool = False, built: TreeReading | None = None) -> None:
        """Fill the tree from the store: decks, their topics, and all questions in one query.

        `first_frame`: the window's first frame shows the decks, their topics with
        their counts and the question last open, so only that question's topic gets
        its rows now; `finish_tree` loads the rest once the frame is out. A deck of
        ten thousand questions then starts as fast as a small one. `built`: the tree
        read and built by another thread (`reading_after`), taken as it is."""
        self._tree_version += 1
        decks = self.store.decks() if built is None else built.decks
        if self._hint is not None:  # notes came in: the first start's hint is done
            self.shell.statusBar().take_back(self._hint)
            self._hint = None
        self.pane.set_decks(decks)
        before = self.tree.open_rows() if self.model.rowCount() else None
        self.model.set_question_loader(self.store.question)
        if built is not None:
            self.model.install(built.tree)
        elif first_frame and (last := self._last_question()) is not None:
            self.model.load(
                shown_decks(self.store, decks),
                {deck.id: self.store.topics(deck.id) for deck in decks},
                self.store.question_outlines(topic_id=last.topic_id),
                outlines=True,
                counts=self.store.question_counts(),
            )
        else:
            self.model.install(read_tree(self.store, decks))
        if not first_frame:
            show_twin_hints(self.model, self._twin_hints)
        if not self.model.counted:  # the figures come after (a first frame): say so
            roots = range(self.model.rowCount())
            total = sum(self.model.child_node(QModelIndex(), row).total for row in roots)
            self.shell.totals_label.setText(f"{plural(total, 'question')} · {COUNTING}")
        if before is None:
            self.tree.expand_decks()  # a start: every deck open, its topics closed
        else:
            self.tree.reopen(before)  # what the person had open stays open
        self.tree_search.refilter()  # questions deleted, edited or imported: counted again

    def _twin_hints(self, twins: list[Question]) -> dict[str, str]:
        """The hints of the tree's rows of one title (ui.tree_twins), from the store
        open now."""
        return title_hints.stored_twin_hints(self.store, twins)

    def finish_tree(self) -> None:
        """After a first frame (`reload_tree(first_frame=True)`): the figures, read
        from the store, then, once they are painted, every row (`_load_rows`), the
        same question still selected and shown. On a tester's 44,600 questions the
        rows took most of a second, and the counts waited for them."""
        self.refresh_progress()
        if self.model.complete():  # every row came with the first frame: their hints
            show_twin_hints(self.model, self._twin_hints)  # waited for it
        else:
            # (Made here, not with the window: the viewport's first Python wrapper is
            # a search of PySide's types, 48 million instructions before the frame.)
            AfterPaint(self.tree.viewport()).call(self._load_rows)

    def _load_rows(self) -> None:
        if self._closed or self.model.complete():
            return  # loaded meanwhile (an import reloads the tree)
        keep = self.pane.current_qid
        self.reload_tree()
        if keep is not None and self.model.question(keep) is not None:
            self.pane.select(keep)
        self.figures.show_again()

    def _last_question(self) -> Question | None:
        last = self.ctx.settings.value(self._last_question_key())
        return self.store.question(last) if isinstance(last, str) and last else None

    @property
    def index(self) -> ProgressIndex | None:
        return self.figures.index

    def refresh_progress(
        self, *, announce: bool = True, index: ProgressIndex | None = None
    ) -> None:
        """Every question's state and every topic's counts, due and mastery, as of now
        (at the start, after an import, a move, a restore: `TreeFigures.refresh`; or
        `index`, counted by another thread). `announce`: say so (`progress_changed`),
        unless the change that queued it did."""
        self.figures.refresh(index)
        if announce:
            self.progress_changed.emit()

    def reading_after(self) -> Callable[[Store], TreeReading]:
        """What reads the tree and its figures on another thread (`tree_reader`), for
        `show_store`: read on the window's thread, a new deck of ten thousand
        questions held it for over a tenth of a second."""
        return tree_reader(lambda: self._tree_version, self.ctx.scheduler, self.ctx.clock.now)

    def show_store(self, reading: TreeReading | None = None) -> None:
        """The tree and its figures afresh, after a change to the store (an import, an
        edit in another window): `reading` (`reading_after`) where nothing changed the
        tree since it was asked for, else read now."""
        if reading is not None and reading.version != self._tree_version:
            reading = None  # the window reloaded or wrote meanwhile: read again
        self.reload_tree(built=reading)
        self.refresh_progress(index=None if reading is None else reading.index)

    def apply_changes(self, changes: Changes) -> None:
        """After a write: structure changes recount everything (queued); a moved
        question moves its figures; graded questions update their own rows and their
        topics', in idle time (`TreeFigures.apply`)."""
        self._tree_version += 1
        if self.figures.apply(changes):
            self.pane.update_meta()  # a suspended question says so in its header
        self.progress_changed.emit()

    def current_figures(self) -> dict[int, TopicProgress] | None:
        """Every topic's figures as of now, sub-topics included (for Statistics)."""
        return self.figures.current()

    def _progress_shown(self) -> None:
        """The figures changed (`TreeFigures.shown`): the words that repeat them follow."""
        index = self.index
        assert index is not None
        totals = index.totals()
        due, new = self.capped(None)
        questions = plural(totals.total, "question")
        self.shell.totals_label.setText(
            f"{questions} · {due_count_words(totals.due, due, totals.learning)}"
            f" · {today_words(totals.new, new, 'new')}"
        )
        self.shell.totals_label.setToolTip(suspended_words(totals.suspended))
        if self.shell.mode is Mode.BROWSE:
            self.update_panel()
            if self.pane.current_qid is not None:
                self.pane.update_meta()
            else:
                self._follow_overview()

    def plan_changed(self) -> None:
        """The daily limits or the learn-ahead limit changed (Preferences): the counts
        shown follow, and an "is:due" listed (a step within the limit is due)."""
        self.figures.limits_changed()
        self.tree_search.run_again()

    def capped(self, node: Node | None) -> tuple[int, int]:
        """(due, new) of a deck or topic (None: every deck) within today's limits, the
        learning steps within the learn-ahead limit due (as the tree counts them)."""
        return self.figures.capped(node)

    # --- position ------------------------------------------------------------------------

    def restore_position(self) -> None:
        """The question open last time, else the first; during a search, one of its
        matches (the search says when there is none)."""
        last = self.ctx.settings.value(self._last_question_key())
        qid = last if isinstance(last, str) and self.model.question(last) else None
        qid = qid or self.model.first_question()
        if qid is not None and not self.tree.accepts(qid):
            qid = self.tree.neighbour_question(1)
            if qid is None:
                self.show_no_match()
                return
        if qid is not None:
            self.show_question(qid)
        else:
            self._show_welcome()
        # (a read-only window cannot import: its title says so, and no hint says more)
        if last is None and qid is not None and not self.read_only and self._only_bundled_decks():
            keys = self.shell.key_text("import")
            self._hint = FIRST_START_HINT.format(keys=keys)
            self.status(self._hint, 0)  # until another message, or notes come in

    def _only_bundled_decks(self) -> bool:
        """Every deck is one the app brought (a first start's sample deck)."""
        return all(deck.source_path.startswith(BUNDLED) for deck in self.store.decks())

    def _remember_question_later(self) -> None:
        """Persist the open question once browsing settles. QSettings writes its file
        from the event loop, about 15 ms: too much for every click. Closing the
        window writes it too."""
        if self._last_question_timer is None:
            self._last_question_timer = QTimer(self)
            self._last_question_timer.setSingleShot(True)
            self._last_question_timer.setInterval(REMEMBER_AFTER_MS)
            self._last_question_timer.timeout.connect(self.remember_question)
        self._last_question_timer.start()

    def remember_question(self) -> None:
        # During a mock the question on screen is the mock's: keep the one browsed before.
        if self.pane.current_qid is not None and self.shell.mode is not Mode.MOCK:
            self.ctx.settings.setValue(self._last_question_key(), self.pane.current_qid)

    def _last_question_key(self) -> str:
        """The question open last is the data folder's: another data folder may hold
        the same question ids (the same notes imported), and opened this one's."""
        from studyapp.ui.recent_folders import data_key

        return data_key(self.store.path, K_LAST_QUESTION)

    def shutdown(self) -> None:
        self._closed = True  # (the rows a first frame left out stay out)
        self.remember_question()
        self.figures.stop()  # the store may be closed right after this
        self.pane.stop_idle(for_good=True)

    # --- searching (`self.tree_search`, search.py) ----------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def apply_search(self, text: str) -> None:
        self.tree_search.apply(text)

    # --- showing --------------------------------------------------------------------------

    def _track_selection(self, *_changed: Any) -> None:
        """Bury ("-") on a current question; Use the Notes' Text… on one edited in the app."""
        q = self.tree.current_question()
        self.shell.set_state(question_selected=q is not None, question_edited=bool(q and q.edited))

    def _on_current_changed(self, current: Any, _previous: Any) -> None:
        if self.pane.syncing or self.shell.mode is Mode.MOCK:
            return
        node = self.model.node(self.tree.to_source(current))
        if node is None:
            return
        self.shell.show_main_page()
        if self.shell.mode is Mode.STUDY:
            self.browsed_away.emit()
        if node.kind == QUESTION:
            self.show_question(node.key, select=False)
        else:
            self.show_overview(node)

    def show_question(self, qid: str, *, select: bool = True) -> bool:
        """Browse a question: its title and answer, selected in the tree."""
        question = self.model.question(qid)
        if question is None:
            return False
        self.shell.show_main_page()
        if select:
            self.pane.select(qid)
        self.pane.display(question, reveal=True)
        self._remember_question_later()
        self.update_panel()
        self.pane.queue_prerender(self.pane.neighbours(qid))
        return True

    def show_and_focus(self, qid: str) -> None:
        """A question opened from another page (a mock summary, the weak topics)."""
        if self.show_question(qid):
            self.shell.answer.take_focus()

    def clear_search_for_session(self, name: str) -> None:
        """A study session began during a search: it walks what the search hides (the
        tree said "2 found" while "Studying: all topics" showed a question in none
        of its rows). The search goes, said; the session's question is marked."""
        words = self.search.text()
        if words:
            self.search.clear()
            self.status(f"Cleared the search “{words}” to study {name}.", 8000)

    def after_study(self) -> None:
        """A study session stopped: the question it was on, or the selection's overview."""
        qid = self.pane.current_qid or self.tree.current_question_id()
        if qid is not None:
            self.show_question(qid)
            return
        node = self.tree.current_node()
        if node is not None:
            self.show_overview(node)
        self.update_panel()

    def show_new_deck(self, summaries: Sequence[ImportSummary]) -> bool:
        """After an import: the first deck it made, selected with its overview (and
        its Study button). False when it made none (a re-import keeps the place)."""
        made = [
            (s.decks or (s.deck_name,))[0]  # (of a file of several decks: its first)
            for s in summaries
            if s.new and not (s.updated or s.unchanged or s.removed)
        ]
        if not made:
            return False
        decks = [d for d in self.store.decks() if d.name == made[0]]
        newest = max(decks, key=lambda d: d.id, default=None)  # a name may be taken twice
        if newest is None:
            return False
        if self.tree.select_deck(newest.id):
            return True
        if not self.search.text():
            return False
        # A search typed before the import hid the deck just made: the person asked to
        # see these notes, so the search goes (it was gone from sight with no word).
        words = self.search.text()
        self.search.clear()
        # Cleared, the search opened the topic of the match on screen again (a topic of
        # 20,000 questions, a tester's): the new deck is what is shown, the rest folded.
        self.tree.collapseAll()
        self.tree.expand_decks()
        self.status(f"Cleared the search “{words}” to show the new deck {newest.name}.", 8000)
        return self.tree.select_deck(newest.id)

    def show_again(self, keep: str | None) -> None:
        """After the store changed under the screen: `keep` if it is still there; with
        no question kept, the deck's or topic's overview that was on screen (a notes
        file saved meanwhile re-imports it: the page stays where the person is)."""
        if keep is not None and self.model.question(keep) is not None:
            self.show_question(keep)
        elif keep is None and self.overview_again():
            return
        else:
            self.restore_position()

    def overview_again(self) -> bool:
        """The deck's or topic's overview last on screen, shown again; False when its
        row is gone."""
        if self._overview_shown is None:
            return False
        kind, key = self._overview_shown[0]
        select = self.tree.select_deck if kind == DECK else self.tree.select_topic
        if not select(key):
            return False
        node = self.tree.current_node()
        if node is not None and node.kind != QUESTION:
            self.show_overview(node)  # the same row current again emits no change
        return True

    def names_changed(self) -> None:
        """A topic was renamed (or the rename undone): the header on screen (a question's
        "Topic · state" line, the topic's overview) says so at once, not once another
        page shows."""
        node, shown = self.tree.current_node(), self._overview_shown
        if self.pane.current_qid is not None:
            self.pane.update_meta()
        elif (
            self.shell.mode is Mode.BROWSE and node and shown and (node.kind, node.key) == shown[0]
        ):
            self.show_overview(node)

    def _overview_body(self, node: Node) -> str:
        # Its figures only: the header above names it (a long name read twice). What
        # the deck's daily limits keep for tomorrow is said, as Study counts it.
        # A learning step due soon, with nothing due nor new, as the Study button says.
        if not self.model.counted:  # the figures come after (a first frame)
            return f"<p>{plural(node.total, 'question')} · {COUNTING}</p>"
        share = whole_percent(node.mastered / node.total) if node.total else 0
        due, new = self.capped(node)
        soon = None if due or node.new else coming_back_words(self.ctx, self.index, node)
        questions = plural(node.total, "question")
        if node.suspended:  # counted, as the tree's Qs: say why they are not due nor new
            questions += f" ({node.suspended} suspended)"
        return (
            f"<p>{questions} · {due_count_words(node.due, due, node.learning)} · "
            f"{today_words(node.new, new, 'new')} · {f'{soon[0]} · ' if soon else ''}"
            f"{share} % mastered</p>"
        )

    def _follow_overview(self) -> None:
        """The figures changed (a grade, a learning step falling due, an import): a
        deck's or topic's overview on screen says the new ones, as the tree does."""
        shown = self._overview_shown
        if shown is None or self.pane.current_qid is not None:
            return
        node = self.tree.current_node()
        if (
            node is not None
            and (node.kind, node.key) == shown[0]
            and self._overview_body(node) != shown[1]
        ):
            self.show_overview(node)

    def show_overview(self, node: Node) -> None:
        self.pane.current_qid = None
        kind = "Deck" if node.kind == DECK else "Topic"
        answer = self.shell.answer
        answer.set_header(title_html(node.name), kind)  # long words breakable
        self.shell.setWindowTitle(f"{node.name} — {APP_TITLE}")
        body = self._overview_body(node)
        self._overview_shown = ((node.kind, node.key), body)
        actions: list[tuple[str, Callable[[], Any]]] = []
        due_now = node.due or node.new or self.capped(node)[0]  # learning steps ahead too
        if (due_now or COMING in body) and not self.read_only:
            actions.append((f"Study this {kind.lower()}", self.study_requested.emit))
        if node.children:
            first = self.tree.neighbour_question(1)
            if first is not None:
                # clicked(checked) must not land in `q`
                actions.append(
                    ("Browse its questions", lambda _c=False, q=first: self.show_question(q))
                )
        answer.show_notice(body, actions)
        self.update_panel()

    def show_no_match(self, text: str | None = None) -> None:
        """The pane when the search (`text`, else the field's) matches nothing."""
        self.pane.current_qid = None
        self._overview_shown = None
        self.tree.clearSelection()
        self.shell.setWindowTitle(APP_TITLE)  # not the title of a question gone from view
        self.shell.answer.set_header("No question matches the search")
        searched = (self.search.text() if text is None else text).strip()
        self.shell.answer.show_notice(no_match_words(searched), [])
        self.update_panel()

    def _show_welcome(self) -> None:
        self.pane.current_qid = None
        self._overview_shown = None
        self.shell.setWindowTitle(APP_TITLE)
        self.shell.answer.set_header("Welcome to StudyApp")
        self.shell.answer.show_notice(*_welcome(self))

    def step(self, direction: int) -> None:
        """Next (1) or previous (-1) question in the tree (J / K)."""
        if self.shell.mode is not Mode.BROWSE:
            return
        qid = self.tree.neighbour_question(direction)
        if qid is not None:
            self.show_question(qid)

    def update_panel(self) -> None:
        """The grading panel while browsing: the question's state and next review, the
        selection's due and new counts."""
        if self.shell.mode is not Mode.BROWSE:
            return
        node = self.tree.current_node()
        scope = self.model.parent_node(node) if node is not None and node.kind == QUESTION else node
        qid = self.pane.current_qid
        status = "" if qid is None else question_words(self.ctx, self.model, qid)
        # What Study would take: the selection's figures, or all topics' with none.
        figures = scope if scope is not None else self.index.totals() if self.index else None
        # A search on: Study clears it and takes the whole scope, as the button says.
        searching = study_scope_words(scope) if self.tree_search.applied else None
        if figures is not None:
            due, new = self.capped(scope)
            held = not (due or new) and bool(figures.due or figures.new)
            # Counted once the progress is in (before, every figure reads 0).
            questions = figures.total if self.index is not None else None
            # Due in other topics: the button's tip says where (Study All Due).
            elsewhere = max(0, self.index.totals().due - figures.due) if self.index else 0
            # Nothing due nor new: a learning step due soon is what Study would take.
            soon = None if due or new else coming_back_words(self.ctx, self.index, scope)
            self.shell.grading.show_browse(
                status,
                due,
                new,
                held=held,
                questions=questions,
                due_elsewhere=elsewhere,
                soon=soon,
                searching=searching,
            )
        else:
            self.shell.grading.show_browse(status, searching=searching)
        self._track_selection()  # and the actions' enablement with it

    def collapse_tree(self) -> None:
        """View → Collapse All: the tree folded to its decks, the page left as it is. (It
        left every deck open, and the current question's topic: nothing folded.) The
        current row, hidden in its deck, is where the arrow keys go on from."""
        self.tree.collapseAll()

    def expand_tree(self) -> None:
        self.tree.expandAll()


def _welcome(browse: BrowseController) -> tuple[str, list[tuple[str, Callable[[], object]]]]:
    """The page of a store with no questions: how to import, and, where the first
    start could not add the sample deck (a full disk), why, with Try Again (the reason
    went to a terminal nobody reads, and the page said only "no questions yet")."""
    text = (
        "<p>There are no questions yet.</p>"
        "<p>Import your notes with <b>File → Import Notes…</b> (Ctrl+O).</p>"
    )
    actions = [] if browse.read_only else [("Import Notes…", browse.import_requested.emit)]
    if browse.sample_failed and not browse.read_only:
        text += (
            "<p>The sample deck StudyApp brings could not be added:"
            f" {escape_html(browse.sample_failed, quote=False)}</p>"
        )
        actions.append(("Try Again", browse.sample_requested.emit))
    return text, actions


def say_sample_failed(browse: BrowseController, why: str) -> None:
    """The first start's sample deck could not be imported: the welcome page says why."""
    browse.sample_failed = why
    if not browse.model.question_count():
        browse._show_welcome()
