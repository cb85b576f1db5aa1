"""A study session's daily limits: what a grade takes from its deck's allowance of new
questions and reviews (as the store counts today), how much of each deck's queue the
limits let in, and the limits given anew when the study day ends or Preferences
change them. No Qt here.

`SessionLimits` is an object a core.study.StudySession owns: the session tells it what
each grade, bury and undo took, asks it what the limits let in when it builds its
queue, and takes out what it says must wait for tomorrow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from studyapp.core.daily_plan import (
    DailyLimits,
    DeckLimits,
    day_bounds,
    left_after,
    study_day,
    to_ms,
)
from studyapp.core.progress import DueCounts, within_limits

if TYPE_CHECKING:
    from studyapp.core.clock import Clock
    from studyapp.core.model import Question
    from studyapp.core.store import Store

Taken = tuple[int | None, str]  # (deck, "new" or "review"): what a grade took


class Queued(Protocol):
    """A question in a session's queue, as the limits see it."""

    @property
    def qid(self) -> str: ...
    @property
    def kind(self) -> str: ...  # "new" | "review" | "learning"
    @property
    def deck(self) -> int | None: ...  # whose limits a new question or a review takes from


class SessionLimits:
    """The limits of one study session. `chosen`: a session over chosen questions,
    which no limits apply to. `question` reads a question (the session's copy, else
    the store's), for the deck of a learning step."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        limits: DailyLimits | DeckLimits | None,
        *,
        chosen: bool,
        question: Callable[[str], Question | None],
    ) -> None:
        self._store = store
        self._clock = clock
        self._question = question
        self.chosen = chosen
        self.given: DailyLimits | DeckLimits = limits or DailyLimits()
        # What today's limits kept out of the queue at the last reload: new, review
        # (`reloaded`, and `over` adds to it).
        self._held_back = DueCounts()
        # The study day the limits are for (`study_day`).
        self.day = study_day(clock)
        # What each grade (or bury: None) of the session took since the limits were
        # counted (the store's count of today already holds the ones before), and
        # their sum per (deck, kind).
        self._since: list[Taken | None] = []
        self._taken: Counter[Taken] = Counter()
        # An undo took back a grade made before the limits were counted: they are
        # out of date (`renew` again; see `StudySession.undo`).
        self.stale = False

    def taken(self) -> Counter[Taken]:
        """What this session took from each deck's limits since they were counted,
        (deck, kind) → how many; a bury took nothing."""
        return self._taken

    def takes(self, entry: Queued, now: datetime) -> Taken | None:
        """What a grade of `entry` now takes from its deck's limits, as the store counts
        today (`done_today`, which the status bar's figures read): a new question, a
        review, or a learning step begun before today and not yet answered today (one
        of today's reviews); a step answered today already took its share."""
        if entry.kind != "learning":
            return entry.deck, entry.kind
        reviews = self._store.reviews(entry.qid)
        today = to_ms(day_bounds(now, self._clock.timezone())[0])
        if not reviews or reviews[-1].reviewed_at_ms >= today:
            return None
        question = self._question(entry.qid)
        deck = entry.deck if entry.deck is not None or question is None else question.deck_id
        return deck, "review"

    def record(self, taken: Taken | None) -> None:
        """A grade that took `taken` (`takes`), or a bury (None), was made."""
        self._since.append(taken)
        if taken is not None:
            self._taken[taken] += 1

    def take_back(self, buried: bool) -> None:
        """The last grade or bury (`buried`) was undone. One made before the limits
        were counted (another day's, or one the store's count of today held) leaves
        them no longer saying what is left: `stale`, unless it was a bury."""
        if not self._since:
            self.stale = self.stale or not buried
            return
        taken = self._since.pop()
        if taken is not None:
            self._taken[taken] -= 1

    def outgrew_queue(self, taken: Taken | None, kind: str) -> bool:
        """A grade (or its undo) that took from the review limit though the question
        was not queued as a review (a step left from yesterday): the queue must be
        built again, so what it offers stays what the limits allow."""
        return not self.chosen and taken is not None and taken[1] != kind

    @property
    def held_back(self) -> DueCounts:
        """What today's limits keep out of the session's queue: new, review."""
        return self._held_back

    def reloaded(self, held: DueCounts) -> None:
        """The session's queue was built again: `held` is what the limits kept out of
        it (`let_in`), over all its decks."""
        self._held_back = held

    def of(self, deck: int) -> DailyLimits:
        limits = self.given
        return limits.of(deck) if isinstance(limits, DeckLimits) else limits

    def let_in(self, deck: int, waiting: DueCounts) -> DueCounts:
        """How many of a deck's `waiting` new questions and reviews its limits still
        allow, less what this session took from them already (a reload must not hand
        out the allowance a second time)."""
        limits = self.of(deck)
        return within_limits(
            waiting,
            left_after(limits.new_left, self._taken[(deck, "new")]),
            left_after(limits.reviews_left, self._taken[(deck, "review")]),
        )

    def over(self, current: Queued | None, queued: Iterable[Queued]) -> list[str]:
        """The question on screen counts against its deck's limits as the queued
        ones do: when it came back on top of a full queue (an undone bury whose place
        a reload gave to the next question; one later in the order than those a
        reload queued), the last queued questions of its deck and kind (of `queued`,
        what the session really still queues) wait for tomorrow, so the day never
        offers more than its limit. Their ids, counted as held back."""
        if self.chosen or current is None or current.deck is None:
            return []
        limits = self.of(current.deck)
        left = {"new": limits.new_left, "review": limits.reviews_left}.get(current.kind)
        if left is None:
            return []
        key = (current.deck, current.kind)
        mine = list({e.qid: e for e in queued if (e.deck, e.kind) == key}.values())
        over = min(len(mine), len(mine) + 1 + self._taken[key] - left)
        if over <= 0:
            return []
        held = self._held_back
        self._held_back = held._replace(**{current.kind: getattr(held, current.kind) + over})
        return [entry.qid for entry in mine[-over:]]

    def renew(self, limits: DailyLimits | DeckLimits | None) -> None:
        """Today's limits as they are now (the study day rolled over, or Preferences
        changed them), counted from the store, which already holds this session's
        grades. A session over chosen questions takes no limits."""
        if not self.chosen:
            self.given = limits or DailyLimits()
        self._since, self._taken = [], Counter()
        self.stale = False
        self.day = study_day(self._clock)
