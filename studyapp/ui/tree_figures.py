"""The topic tree's progress figures, kept up to date: every question's state and
every topic's counts, due and mastery, in a core `ProgressIndex`.

The index is built once (start-up, an import, a restore, a move: `refresh`) and then
kept up to date one question at a time: a grade changes the graded question's row
and the rows above it (`apply`, in idle time), never a recount of every deck. One
timer is set to the index's next change (a question falling due, its recall sinking
below one half) or the day's end, when the daily limits start again: nothing polls.
What the daily limits still allow today is counted once and kept until a review is
written or the day changes (`capped`).

A learning step within the learn-ahead limit (Preferences) is due in every figure, as
a session takes it: the index counts it so, and wakes when one comes that close.

The browse controller owns one `TreeFigures` and gives it what it reads of the store
(`FigureReads`): the figures decide when to read, never how. `shown` tells the
controller the figures on the tree changed, so the words that repeat them (totals,
panel, overview) follow.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from studyapp.core.progress import Changes as IndexChanges
from studyapp.core.progress import (
    DueCounts,
    ProgressIndex,
    TopicProgress,
    buried_moments,
    within_limits,
)
from studyapp.core.settings_schema import LEARN_AHEAD
from studyapp.core.settings_schema import read as read_setting

if TYPE_CHECKING:
    from datetime import tzinfo

    from studyapp.core.daily_plan import DeckLimits
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.store import CardInfo, Store
    from studyapp.ui.context import AppContext, Changes
    from studyapp.ui.topic_tree import Node, TopicTreeModel

MAX_WAIT_MS = 3_600_000  # the next change is looked at again at least hourly


def learn_ahead(store: Store) -> timedelta:
    return timedelta(minutes=read_setting(store, LEARN_AHEAD))


def counted(store: Store, scheduler: SpacedRepetition, now: datetime) -> ProgressIndex:
    """Every question's state and every topic's figures in `store` as of `now`; any
    thread may count them, on its own connection to the store."""
    parent_of = {t.id: t.parent_id for d in store.decks() for t in store.topics(d.id)}
    return ProgressIndex(
        scheduler,
        store.question_places(),
        parent_of,
        store.cards(),
        now,
        buried_moments(store, now),  # Bury: out of the counts until the next day
        learn_ahead(store),  # learning steps Study shows now are due, on every count
    )


class FigureReads(Protocol):
    """What the figures read of the window's store, given by the browse controller."""

    def counted(self, now: datetime) -> ProgressIndex: ...  # every figure (`counted`)
    def card(self, qid: str) -> CardInfo | None: ...  # its card (core.progress.card_info)
    def limits(self, now: datetime, tz: tzinfo) -> DeckLimits: ...  # what is left today
    def learn_ahead(self) -> timedelta: ...  # the setting (Preferences)


def _idle_timer(parent: QObject, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer


class TreeFigures(QObject):
    shown = Signal()  # the tree's figures changed (or the limits on them)
    recounted = Signal()  # a queued recount (`schedule`) ran
    # The clock changed a question's state or a topic's figures, with no write: a
    # question fell due (a step within the learn-ahead limit), a burial ended.
    clock_moved = Signal()

    def __init__(
        self, ctx: AppContext, reads: FigureReads, model: TopicTreeModel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reads = reads
        self.model = model
        self.index: ProgressIndex | None = None
        self._progress_timer = _idle_timer(self, self._recount)
        self._pending: set[str] = set()  # graded questions whose rows wait for idle time
        self._rows_timer = _idle_timer(self, self._refresh_rows)
        self._clock_timer = QTimer(self)  # the index's next change: see _schedule_advance
        self._clock_timer.setSingleShot(True)
        self._clock_timer.timeout.connect(self._advance)
        self._limits: tuple[date, DeckLimits] | None = None  # today's, until a review

    def refresh(self, index: ProgressIndex | None = None) -> None:
        """Every question's state and every topic's figures, as of now: a ProgressIndex
        built from where each question sits and one query of the cards, read from the
        store (the tree's rows may not all be loaded yet: see `show_again`); or
        `index`, built so by another thread (`counted`) from the store as it is now."""
        self._progress_timer.stop()
        self._pending.clear()
        now = self.ctx.clock.now()
        if index is None:
            index = self.reads.counted(now)
        self.index = index
        self._limits = None  # the limits themselves may have changed (Preferences)
        self.index.advance(now)  # (built a moment ago, maybe on another thread)
        self._give_progress()

    def _give_progress(self) -> None:
        index = self.index
        assert index is not None
        self.model.set_progress(index.topics(), index.states(), index.figures_of, index.phase)
        self._shown()

    def show_again(self) -> None:
        """The tree's rows were loaded anew: the figures already counted go on them."""
        if self.index is not None:
            self._give_progress()

    def schedule(self) -> None:
        """A recount at the next turn of the event loop (`recounted` says when)."""
        self._progress_timer.start()

    def _recount(self) -> None:
        self.refresh()
        self.recounted.emit()

    def apply(self, changes: Changes) -> bool:
        """After a write: structure changes recount everything (queued; True); a moved
        question moves its figures from one topic to the other; graded questions
        update their own rows and their topics', in idle time."""
        if changes.reviewed or changes.structure:
            self._limits = None  # counted again from today's reviews when next shown
        if changes.structure or self.index is None:
            self.schedule()
            return True
        for qid, topic_id in changes.moved:  # O(depth) each: the two topics' rows
            self._show_changes(self.index.move(qid, topic_id))
        if changes.reviewed:
            self._pending |= changes.reviewed
            self._rows_timer.start()
        return False

    def _refresh_rows(self) -> None:
        """The graded questions' cards into the index; their rows and their topics'
        change (`ProgressIndex.update`: O(depth of the topic) each)."""
        index = self.index
        if index is None:
            return
        now = self.ctx.clock.now()
        changed = index.advance(now)
        moved = bool(changed)
        for qid in sorted(self._pending):
            step = index.update(qid, self.reads.card(qid), now)
            changed.questions |= step.questions | {qid}
            changed.topics |= step.topics
        self._pending.clear()
        self._show_changes(changed)
        if moved:
            self.clock_moved.emit()

    def current(self) -> dict[int, TopicProgress] | None:
        """Every topic's figures as of now, sub-topics included (for Statistics): the
        index brought up to date first (a recount queued after an import or a move,
        the grades still waiting for idle time, the clock); None before it is built."""
        if self._progress_timer.isActive():
            # What the next turn of the event loop would do; the change that queued it
            # said so already (Statistics, asking now, would be computed twice, nested).
            self.refresh()
        if self.index is None:
            return None
        if self._pending:
            self._rows_timer.stop()
            self._refresh_rows()
        else:
            self._advance()
        return self.index.topics()

    def _advance(self) -> None:
        """The clock reached the index's next change (a question falls due, or its
        recall sinks below one half): only those questions' rows change."""
        if self.index is not None:
            changed = self.index.advance(self.ctx.clock.now())
            self._show_changes(changed)
            if changed:
                self.clock_moved.emit()

    def _show_changes(self, changed: IndexChanges) -> None:
        index = self.index
        assert index is not None
        self.model.update_progress(
            {t: index.topic(t) for t in changed.topics},
            {q: index.state(q) for q in changed.questions},
        )
        self._shown()

    def _shown(self) -> None:
        if self.index is not None:
            self._schedule_advance()
            self.shown.emit()

    def stop(self) -> None:
        """The window closes: the store may be closed right after this."""
        self._progress_timer.stop()
        self._rows_timer.stop()
        self._clock_timer.stop()

    # --- today's limits -------------------------------------------------------------------

    def todays_limits(self) -> DeckLimits:
        """What the daily limits (Preferences) still allow today in each deck: counted
        by the store once, then kept until a review is written or the day changes."""
        now = self.ctx.clock.now()
        tz = self.ctx.clock.timezone()
        day = now.astimezone(tz).date()
        if self._limits is None or self._limits[0] != day:
            self._limits = (day, self.reads.limits(now, tz))
        return self._limits[1]

    def limits_changed(self) -> None:
        """The daily limits or the learn-ahead limit changed (Preferences): the counts
        shown follow (every question's due counted again for a new learn-ahead)."""
        self._limits = None
        if self.index is not None and self.index.learn_ahead != self._learn_ahead():
            self.schedule()
        else:
            self._shown()

    def _learn_ahead(self) -> timedelta:
        return self.reads.learn_ahead()

    def capped(self, node: Node | None) -> tuple[int, int]:
        """(due, new) of a deck or topic (None: every deck) as a study session over it
        would take them now: each deck's reviews and new questions within that deck's
        own daily limits; learning steps are never capped (as in Anki)."""
        if node is not None:
            return self._capped_in(node, self.model.deck_id_of(node))
        model = self.model
        decks = [model.child_node(QModelIndex(), row) for row in range(model.rowCount())]
        per_deck = [self._capped_in(deck, deck.key) for deck in decks]
        return sum(due for due, _ in per_deck), sum(new for _, new in per_deck)

    def _capped_in(self, node: Node, deck_id: int) -> tuple[int, int]:
        due, learning, new = node.due, node.learning, node.new
        if due == learning and not new:
            return due, new  # nothing the limits could hold back (nor counted yet)
        limits = self.todays_limits().of(deck_id)
        # The rule a study session's queue is built by: the two always agree.
        today = within_limits(
            DueCounts(new, learning, due - learning), limits.new_left, limits.reviews_left
        )
        return today.learning + today.review, today.new

    def _next_midnight(self) -> datetime:
        from studyapp.core.daily_plan import day_bounds

        clock = self.ctx.clock
        return day_bounds(clock.now(), clock.timezone())[1]

    def _schedule_advance(self) -> None:
        """One timer, set to the index's next change or the day's end, when the daily
        limits start again (nothing polls)."""
        index = self.index
        moment = index.next_change() if index is not None else None
        if index is not None:
            midnight = self._next_midnight()
            moment = midnight if moment is None else min(moment, midnight)
        if moment is None:
            self._clock_timer.stop()
            return
        wait_ms = (moment - self.ctx.clock.now()).total_seconds() * 1000
        self._clock_timer.start(int(min(max(wait_ms, 0) + 50, MAX_WAIT_MS)))
