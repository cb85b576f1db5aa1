"""A study session's daily limits: what a grade takes from its deck's allowance of new
questions and reviews (as the store counts today), the queue kept within what the
limits allow, and the limits given anew when the study day ends or Preferences
change them. No Qt here.

`SessionLimits` is mixed into core.study.StudySession, whose queue it keeps.
"""

from __future__ import annotations

import itertools
from collections import Counter, deque
from datetime import date, datetime
from typing import TYPE_CHECKING

from studyapp.core.daily_plan import DailyLimits, DeckLimits, day_bounds, study_day, to_ms
from studyapp.core.progress import DueCounts

if TYPE_CHECKING:
    from studyapp.core.clock import Clock
    from studyapp.core.model import Question
    from studyapp.core.store import Store
    from studyapp.core.study import _Entry, _Graded


class SessionLimits:
    """The limits' side of a study session. Besides what is named here it uses the
    session's `reload` (the queue built again) and `_discard` (a question out of it)."""

    _store: Store
    _clock: Clock
    limits: DailyLimits | DeckLimits
    question_ids: list[str] | None  # chosen questions: no limits apply
    held_back: DueCounts  # what today's limits kept out of the queue at the last reload
    day: date  # the study day the limits are for (`study_day`)
    limits_stale: bool
    _counted_from: int  # how much of `_history` came before the limits were counted
    _history: list[_Graded]
    _current: _Entry | None
    _whole: dict[str, Question]
    _reviews: deque[_Entry]
    _new: deque[_Entry]
    _queued: dict[str, str]

    def _taken(self) -> Counter[tuple[int | None, str]]:
        """What this session took from each deck's limits since they were counted,
        (deck, kind) → how many; a bury took nothing."""
        return Counter(
            done.taken for done in self._history[self._counted_from :] if done.taken is not None
        )

    def _takes(self, entry: _Entry, now: datetime) -> tuple[int | None, str] | None:
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
        question = self._whole.get(entry.qid) or self._store.question(entry.qid)
        deck = entry.deck if entry.deck is not None or question is None else question.deck_id
        return deck, "review"

    def _follow_limits(self, done: _Graded) -> None:
        """A grade (or its undo) that took from the review limit though the question
        was not queued as a review (a step left from yesterday): the queue is built
        again, so what it offers stays what the limits allow."""
        if (
            self.question_ids is None
            and done.taken is not None
            and done.taken[1] != done.entry.kind
        ):
            self.reload()

    def _keep_within_limits(self) -> None:
        """The question on screen counts against its deck's limits as the queued
        ones do: when it came back on top of a full queue (an undone bury whose place
        a reload gave to the next question; one later in the order than those a
        reload queued), the last queued question of its deck and kind waits for
        tomorrow, so the day never offers more than its limit."""
        current = self._current
        if self.question_ids is not None or current is None or current.deck is None:
            return
        limits = self._limits_of(current.deck)
        left = {"new": limits.new_left, "review": limits.reviews_left}.get(current.kind)
        if left is None:
            return
        key = (current.deck, current.kind)
        mine = [
            e
            for e in itertools.chain(self._reviews, self._new)
            if (e.deck, e.kind) == key and self._queued.get(e.qid) == e.kind
        ]
        mine = list(dict((e.qid, e) for e in mine).values())
        over = min(len(mine), len(mine) + 1 + self._taken()[key] - left)
        if over <= 0:
            return
        for entry in mine[-over:]:
            self._discard(entry.qid)
        held = self.held_back
        self.held_back = held._replace(**{current.kind: getattr(held, current.kind) + over})

    def set_limits(self, limits: DailyLimits | DeckLimits | None) -> None:
        """Today's limits as they are now (the study day rolled over, or Preferences
        changed them), counted from the store, which already holds this session's
        grades: the queue is built again with them, the question on screen kept.
        A session over chosen questions takes no limits; its queue is built again."""
        if self.question_ids is None:
            self.limits = limits or DailyLimits()
        self._counted_from = len(self._history)
        self.limits_stale = False
        self.day = study_day(self._clock)
        self.reload()

    def _limits_of(self, deck: int) -> DailyLimits:
        limits = self.limits
        return limits.of(deck) if isinstance(limits, DeckLimits) else limits
