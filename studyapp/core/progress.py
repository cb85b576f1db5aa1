"""Where each question stands, and the figures of the topic tree. No Qt here.

One rule decides a question's state (`question_state`), and the tree's dots, the
answer header, a topic's mastery and the statistics all read it:

- "new": never reviewed;
- "weak": the last answer was Again, or the chance of recall is below one half
  (the window calls it "Struggling": the Weak Topics tab's weakness score,
  core.weak, is another measure);
- "due": scheduled for now or earlier;
- "learned": Anki's "mature" (`is_mature`): out of its learning (or relearning)
  steps, not due, with an FSRS stability of at least `LEARNED_STABILITY_DAYS` (three
  weeks: recall would still be 90 % three weeks after the last review; at the usual
  desired retention of 90 % that is Anki's mature interval of 21 days), and no
  longer the stability a first grade alone sets (FSRS's initial stabilities: one
  Easy on first sight, 8.3 days with the default weights, weeks with some fitted
  ones). So it is earned over reviews spread over days: with the default weights,
  Good and Good on first sight, then Good two days later and eleven days after
  that; or Easy on first sight, then Good or Easy when it falls due, 8 days on;
- "learning": reviewed, but none of the above: Anki's "young" (its row says
  "Review" once it is out of its steps).

A topic's mastery is the share of its questions (sub-topics included) that are
"learned", or "due" for a review after they were learned (`counts_as_mastered`): a
question falling due is still recalled, and stops counting once it is "weak". An
undo restores the card, so the state follows it back. A question's row says
"buried" instead while it is buried (until the next study day), and the tree says
"suspended" for one suspended (`ROW_STATES`).

`ProgressIndex` keeps these figures live: built once (one pass over the deck), then
updated per graded question in O(depth of its topic) and per clock change in
O(log n) per question whose state changes; `next_change()` is the moment the next
figure changes, for one timer (nothing polls). `due_counts` is the pure function
behind the session's and the Study button's new / learning / review counts.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from studyapp.core.model import Question
from studyapp.core.scheduler import SpacedRepetition, card_facts, due_iso
from studyapp.core.store import CardInfo, QuestionPlace, Store

STATES = ("new", "learning", "due", "learned", "weak")
# What a row says of a question set aside instead of its card's state.
ROW_STATES = (*STATES, "buried", "suspended")
# Anki's "mature": an interval of 21 days or more (FSRS: recall still 90 % then).
LEARNED_STABILITY_DAYS = 21.0
WEAK_RETRIEVABILITY = 0.5  # below this chance of recall a reviewed question counts as weak
# A card in a learning step is kept in the session when its step falls due within
# this span of its grade; a longer step (unusual settings) waits for a later session.
# (Here, not in core.study: the browse page asks it at start, and core.study loads
# with the first session.)
LEARNING_HORIZON = timedelta(hours=1)


def question_state(
    card_json: str | None,
    last_rating: int | None,
    now: datetime,
    scheduler: SpacedRepetition,
) -> str:
    """The one rule: "new", "weak", "due", "learned" or "learning" (see the module).

    Weak wins over due: a question just failed is due again within minutes, and
    "weak" is what the topic tree and the weak-topic PDF want to know about it.
    """
    retrievability = scheduler.retrievability(card_json, now)
    if card_json is None or retrievability is None:
        return "new"
    if last_rating == 1 or retrievability < WEAK_RETRIEVABILITY:
        return "weak"
    if scheduler.is_due(card_json, now):
        return "due"
    return "learned" if is_mature(card_json, scheduler) else "learning"


def is_mature(card_json: str | None, scheduler: SpacedRepetition) -> bool:
    """Whether the card is Anki's "mature", the app's "learned" (see the module): out of
    its steps (fsrs's Review state: a card in its steps is due again within minutes),
    FSRS stability of `LEARNED_STABILITY_DAYS` or more, and no longer the stability its
    first grade set (`first_stabilities`, exactly one of FSRS's first four weights
    until a later review moves it): a single Easy on first sight says little of what
    a person will recall, whatever the weights, while weights that give a first
    Easy months do not hold back a card reviewed since."""
    if scheduler.phase(card_json) != "review":
        return False
    stability = scheduler.stability(card_json) or 0.0
    return stability >= LEARNED_STABILITY_DAYS and not any(
        math.isclose(stability, first, rel_tol=1e-9) for first in scheduler.first_stabilities
    )


def state_changes_at(
    card_json: str | None,
    last_rating: int | None,
    now: datetime,
    scheduler: SpacedRepetition,
    learn_ahead: timedelta = timedelta(0),
) -> datetime | None:
    """The next moment after `now` at which the question's state or its place in the
    due counts changes with no review in between: it falls due, a learning step comes
    within `learn_ahead` of its moment (due in the counts: `_flags`), or its recall
    sinks below one half. None if never (a question never reviewed)."""
    if card_json is None:
        return None
    due = scheduler.due(card_json)
    moments = [due]
    if due is not None and learn_ahead and scheduler.phase(card_json) != "review":
        moments.append(due - learn_ahead)
    if last_rating != 1:  # after Again it is weak until answered
        moments.append(scheduler.recall_below_at(card_json, WEAK_RETRIEVABILITY))
    later = [m for m in moments if m is not None and m > now]
    return min(later, default=None)


def card_info(store: Store, qid: str) -> CardInfo | None:
    """One question's card as the index wants it (None: never reviewed), from two
    indexed look-ups: for the index after a single write (a grade, an undo, a mock
    answer) without reading every card."""
    card_json = store.card_json(qid)
    card = card_facts(card_json)
    if card is None:  # never reviewed, or unreadable: new either way
        return None
    reviews = store.reviews(qid)
    return CardInfo(card_json, due_iso(card.due), reviews[-1].rating if reviews else None)


def card_state(store: Store, qid: str, now: datetime, scheduler: SpacedRepetition) -> str:
    """One question's state from its card (`card_info`: two indexed look-ups), by the
    rule the index applies to every question."""
    info = card_info(store, qid)
    if info is None:
        return "new"
    return question_state(info.card_json, info.last_rating, now, scheduler)


def buried_moments(
    store: Store, now: datetime, qids: Iterable[str] | None = None
) -> dict[str, datetime]:
    """Question id → when it comes back, for the questions buried at `now` (Bury), of
    `qids` or all."""
    now_ms = int(now.timestamp() * 1000)
    return {
        qid: datetime.fromtimestamp(ms / 1000, UTC)
        for qid, ms in store.buried_until(now_ms, qids).items()
    }


def buried_till(store: Store, qid: str, now: datetime) -> datetime | None:
    """When a question buried at `now` comes back; None when it is not buried."""
    return buried_moments(store, now, [qid]).get(qid)


def counts_as_mastered(card_json: str | None, state: str, scheduler: SpacedRepetition) -> bool:
    """Whether a question in `state` counts toward its topic's mastery: "learned", or
    "due" for a review after it was learned (`is_mature`). Falling due is the
    schedule's moment to refresh it, not a loss: recall is still about 90 % then,
    and the question stops counting when recall falls below one half ("weak"). A
    tester's topic had gone from 67 % to 17 % mastered after six days away, as its
    questions fell due."""
    if state == "learned":
        return True
    return state == "due" and is_mature(card_json, scheduler)


def is_mastered(info: CardInfo | None, now: datetime, scheduler: SpacedRepetition) -> bool:
    """True when the question counts toward its topic's mastery (`counts_as_mastered`)."""
    if info is None:
        return False
    state = question_state(info.card_json, info.last_rating, now, scheduler)
    return counts_as_mastered(info.card_json, state, scheduler)


# --- counts as Anki shows them ------------------------------------------------------


class DueCounts(NamedTuple):
    """What is to do now: never-studied questions, questions in a learning or
    relearning step that is due, and reviews that are due."""

    new: int = 0
    learning: int = 0
    review: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def within_limits(
    counts: DueCounts, new_left: int | None = None, reviews_left: int | None = None
) -> DueCounts:
    """Today's counts: what the daily limits still let through of `counts` (one
    deck's new, learning and review questions, buried and suspended ones already
    out). `new_left` and `reviews_left` are what the limits still allow (None: no
    limit); learning steps are never capped, as in Anki. The one rule behind every
    "today" figure: a study session's queue, the status bar, the Study button, the
    tree's overview."""
    new, review = counts.new, counts.review
    if new_left is not None:
        new = min(new, max(0, new_left))
    if reviews_left is not None:
        review = min(review, max(0, reviews_left))
    return DueCounts(new, counts.learning, review)


def due_counts(
    cards: Iterable[str | None],
    now: datetime,
    scheduler: SpacedRepetition,
    *,
    new_left: int | None = None,
    reviews_left: int | None = None,
    day_ends_at: datetime | None = None,
) -> tuple[DueCounts, datetime | None]:
    """The counts at `now` over these cards (None: a question never reviewed), and the
    next moment any of them changes (a card falls due; with limits, the day ending).

    `new_left` and `reviews_left` cap the new and review counts (what the daily limits
    still allow); learning steps are never capped, as in Anki.
    """
    new = learning = review = 0
    upcoming: datetime | None = None
    for card_json in cards:
        due = scheduler.due(card_json)
        if due is None:  # never reviewed, or unreadable
            new += 1
            continue
        if due <= now:
            if scheduler.phase(card_json) == "review":
                review += 1
            else:
                learning += 1
        elif upcoming is None or due < upcoming:
            upcoming = due
    limited = new_left is not None or reviews_left is not None
    if limited and day_ends_at is not None and day_ends_at > now:
        upcoming = day_ends_at if upcoming is None else min(upcoming, day_ends_at)
    return within_limits(DueCounts(new, learning, review), new_left, reviews_left), upcoming


# --- per topic ---------------------------------------------------------------------


class TopicProgress(NamedTuple):
    """Counts for one topic and its sub-topics.

    due: reviewed questions scheduled for now or earlier, learning steps within the
    learn-ahead limit too (as a session takes them, and the search's is:due);
    new: never reviewed; mastered: see `counts_as_mastered`; weak: as in
    `question_state`; learning: due in a learning or relearning step (so the
    reviews due are `due - learning`, and (new, learning, due - learning) are
    Anki's three counts). The counts overlap (a weak question can be due), except
    new with the others.

    A suspended question counts as Anki counts a suspended card: in `total` (and in
    `suspended`), and in mastered and studied as its card stands, never as due, new,
    learning or weak. The tree's Qs, the status bar's total and the statistics all
    read these figures, so they agree.
    """

    total: int = 0
    due: int = 0
    new: int = 0
    mastered: int = 0
    weak: int = 0
    learning: int = 0
    studied: int = 0  # reviewed at least once (a buried new question is not)
    suspended: int = 0  # set aside (Ctrl+J): in `total`, never due nor new

    @property
    def mastered_fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0

    @property
    def review(self) -> int:
        return self.due - self.learning


_FIELDS = 8  # total, due, new, mastered, weak, learning, studied, suspended
_NEW = (1, 0, 1, 0, 0, 0, 0, 0)  # the figures of a question never reviewed


def _flags(
    info: CardInfo | None, now: datetime, scheduler: SpacedRepetition, learn_ahead: timedelta
) -> tuple[str, tuple[int, ...]]:
    """The question's state and figures. A learning step due within `learn_ahead` counts
    as due, as Study shows it now: the tree said 0 due beside the status bar's 1."""
    if info is None:
        return "new", _NEW
    state = question_state(info.card_json, info.last_rating, now, scheduler)
    if state == "new":
        return state, _NEW
    in_steps = scheduler.phase(info.card_json) != "review"
    due = scheduler.is_due(info.card_json, now + learn_ahead if in_steps else now)
    learning = due and in_steps
    weak = int(state == "weak")
    mastered = int(counts_as_mastered(info.card_json, state, scheduler))
    return state, (1, int(due), 0, mastered, weak, int(learning), 1, 0)


class Changes:
    """What an update changed: questions whose state changed, topics whose figures did.
    (A plain class: a dataclass costs the start about a millisecond to build.)"""

    __slots__ = ("questions", "topics")

    def __init__(self, questions: set[str] | None = None, topics: set[int] | None = None):
        self.questions: set[str] = set() if questions is None else questions
        self.topics: set[int] = set() if topics is None else topics

    def __repr__(self) -> str:
        return f"Changes(questions={self.questions!r}, topics={self.topics!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Changes):
            return NotImplemented
        return (self.questions, self.topics) == (other.questions, other.topics)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __bool__(self) -> bool:
        return bool(self.questions or self.topics)


class ProgressIndex:
    """Live question states and topic figures (sub-topics summed in), kept up to date
    per change instead of recomputed: `update` after a grade or an undo, `advance`
    when the clock reaches `next_change()`.

    A question in `buried` (id → when it comes back) counts neither as due nor as
    new (nor learning) until that moment, when `advance` counts it again; it keeps
    its place in the totals and in mastery (its card's state), but its row's state
    (`state`, `states`) is "buried" until then: it is not to be studied today,
    whatever its card says. A suspended question is set aside the same way for as
    long as it stays suspended (its state "suspended"), and counted in `suspended`
    (see `TopicProgress`). A learning step due within `learn_ahead` (Preferences)
    counts as due, as a session takes it."""

    def __init__(
        self,
        scheduler: SpacedRepetition,
        questions: Iterable[Question | QuestionPlace],
        parent_of: Mapping[int, int | None],
        cards: Mapping[str, CardInfo],
        now: datetime,
        buried: Mapping[str, datetime] | None = None,
        learn_ahead: timedelta = timedelta(0),
    ) -> None:
        self._scheduler = scheduler
        self.learn_ahead = learn_ahead
        self._buried = dict(buried or {})
        self._parent_of = dict(parent_of)
        self._now = now
        self._topic_of: dict[str, int] = {}
        self._info: dict[str, CardInfo | None] = {}
        self._state: dict[str, str] = {}
        self._flag: dict[str, tuple[int, ...]] = {}
        self._rolled: dict[int, list[int]] = {t: [0] * _FIELDS for t in self._parent_of}
        self._totals = [0] * _FIELDS
        self._heap: list[tuple[datetime, int, str]] = []
        self._wake: dict[str, tuple[datetime, int]] = {}  # the live heap entry per question
        self._seq = itertools.count()
        self._suspended: set[str] = set()
        # Most questions of a big store were never reviewed: their figures are all
        # alike (`_NEW`), so they are counted per topic and added once per topic, and
        # they keep no state, figures nor card of their own (the defaults say "new").
        # Adding each up its topic's branch was most of the start on 44,600 questions.
        plain: dict[int, int] = {}
        topic_of = self._topic_of
        buried_ids = self._buried
        for question in questions:
            qid = question.id
            topic_of[qid] = topic = question.topic_id
            if question.suspended:  # counted, never studied: neither due nor new
                self._suspended.add(qid)
            elif qid not in cards and qid not in buried_ids:
                plain[topic] = plain.get(topic, 0) + 1
                continue
            self._set(qid, cards.get(qid), None)
        for topic, count in plain.items():
            self._apply(topic, _NEW, count)
            self._totals = [
                total + count * flag for total, flag in zip(self._totals, _NEW, strict=True)
            ]

    @classmethod
    def build(
        cls,
        store: Store,
        scheduler: SpacedRepetition,
        now: datetime,
        deck_id: int | None = None,
        learn_ahead: timedelta = timedelta(0),
    ) -> ProgressIndex:
        """From the store: one deck's questions, or every deck's."""
        decks = [d.id for d in store.decks() if deck_id is None or d.id == deck_id]
        parent_of = {t.id: t.parent_id for d in decks for t in store.topics(d)}
        questions = store.question_outlines(deck_id=deck_id)
        cards = store.cards(deck_id)
        buried = buried_moments(store, now)
        return cls(scheduler, questions, parent_of, cards, now, buried, learn_ahead)

    # --- reading -------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        return self._now

    def state(self, qid: str) -> str:
        return self._state.get(qid, "new")

    def states(self) -> dict[str, str]:
        state = self._state
        return {qid: state.get(qid, "new") for qid in self._topic_of}

    def phase(self, qid: str) -> str:
        """Anki's card type: "new", "learning" or "relearning" (in its steps), "review"
        (graduated); what a row's word says of a card in its steps (ui.theme)."""
        info = self._info.get(qid)
        return "new" if info is None else self._scheduler.phase(info.card_json)

    def figures_of(self, qid: str) -> tuple[int, ...]:
        """What one question adds to its topics' figures, in `TopicProgress`'s order
        (total, due, new, mastered, …): O(1), kept with its state. Summed over some
        questions alone (those a search lists), they are those questions' figures."""
        return self._flag.get(qid, _NEW)

    def topic(self, topic_id: int) -> TopicProgress:
        return TopicProgress(*self._rolled.get(topic_id, [0] * _FIELDS))

    def topics(self) -> dict[int, TopicProgress]:
        return {t: TopicProgress(*row) for t, row in self._rolled.items()}

    def totals(self) -> TopicProgress:
        """The figures of every question in the index (for the status bar)."""
        return TopicProgress(*self._totals)

    def counts(
        self,
        topic_id: int | None = None,
        *,
        new_left: int | None = None,
        reviews_left: int | None = None,
    ) -> DueCounts:
        """Anki's three counts for a topic (sub-topics included) or everything, capped
        by what the daily limits still allow (learning steps never are). O(1)."""
        figures = self.totals() if topic_id is None else self.topic(topic_id)
        counts = DueCounts(figures.new, figures.learning, figures.review)
        return within_limits(counts, new_left, reviews_left)

    def next_change(self, day_ends_at: datetime | None = None) -> datetime | None:
        """The next moment a state or a count changes with no write in between: a
        question falls due or its recall sinks below one half, or (given) the day
        ends and the daily limits start afresh. One timer set to it is enough."""
        heap = self._heap
        moment: datetime | None = None
        while heap:
            top, seq, qid = heap[0]
            if self._wake.get(qid) == (top, seq):
                moment = top
                break
            heapq.heappop(heap)  # superseded by a later update
        if day_ends_at is not None and day_ends_at > self._now:
            moment = day_ends_at if moment is None else min(moment, day_ends_at)
        return moment

    # --- changing ------------------------------------------------------------------

    def update(self, qid: str, info: CardInfo | None, now: datetime | None = None) -> Changes:
        """A question's card changed (a grade, an undo): its state and its topics'
        figures follow. `info` None: the question has no review any more."""
        changes = self.advance(now) if now is not None else Changes()
        if qid not in self._topic_of:
            return changes
        before = (self._state.get(qid, "new"), self.phase(qid))
        touched = self._set(qid, info, self._flag.get(qid, _NEW))
        if (self._state[qid], self.phase(qid)) != before:  # its row's word may change
            changes.questions.add(qid)
        changes.topics |= touched
        return changes

    def move(self, qid: str, topic_id: int) -> Changes:
        """A question moved to another topic."""
        old = self._topic_of.get(qid)
        if old is None or old == topic_id:
            return Changes()
        flags = self._flag.get(qid, _NEW)
        touched = self._apply(old, flags, -1)
        self._topic_of[qid] = topic_id
        touched |= self._apply(topic_id, flags, +1)
        return Changes(set(), touched)

    def advance(self, now: datetime) -> Changes:
        """The clock moved on to `now`: the questions whose state changed by then are
        recomputed (and only those)."""
        changes = Changes()
        if now < self._now:
            return changes
        self._now = now
        heap = self._heap
        while heap and heap[0][0] <= now:
            moment, seq, qid = heapq.heappop(heap)
            if self._wake.get(qid) != (moment, seq):
                continue
            del self._wake[qid]
            before = self._state[qid]
            changes.topics |= self._set(qid, self._info[qid], self._flag[qid])
            if self._state[qid] != before:
                changes.questions.add(qid)
        return changes

    def _set(self, qid: str, info: CardInfo | None, old: tuple[int, ...] | None) -> set[int]:
        state, flags = _flags(info, self._now, self._scheduler, self.learn_ahead)
        until = self._buried.get(qid)
        if until is not None and until <= self._now:
            del self._buried[qid]  # the day it was buried for is over: back in the counts
            until = None
        if qid in self._suspended:
            # counted, and mastered and studied as its card says; nothing else
            flags = (flags[0], 0, 0, flags[3], 0, 0, flags[6], 1)
            state = "suspended"
        elif until is not None:
            # neither due, new nor learning; studied or not, as it was
            flags = (flags[0], 0, 0, flags[3], flags[4], 0, flags[6], 0)
            state = "buried"
        self._info[qid] = info
        self._state[qid] = state
        self._flag[qid] = flags
        touched: set[int] = set()
        if old != flags:
            topic = self._topic_of[qid]
            for i, flag in enumerate(flags):
                self._totals[i] += flag - (old[i] if old is not None else 0)
            if old is not None:
                touched |= self._apply(topic, old, -1)
            touched |= self._apply(topic, flags, +1)
        wake = (
            None
            if info is None
            else state_changes_at(
                info.card_json, info.last_rating, self._now, self._scheduler, self.learn_ahead
            )
        )
        if until is not None:
            wake = until if wake is None else min(wake, until)
        if wake is None:
            self._wake.pop(qid, None)
        else:
            seq = next(self._seq)
            self._wake[qid] = (wake, seq)
            heapq.heappush(self._heap, (wake, seq, qid))
        return touched

    def _apply(self, topic_id: int | None, flags: tuple[int, ...], sign: int) -> set[int]:
        """Add `flags` times `sign` (-1, 1, or a number of questions) to the topic's
        figures and every topic above it."""
        touched: set[int] = set()
        while topic_id is not None and topic_id not in touched:  # guard against a cycle
            touched.add(topic_id)
            row = self._rolled.setdefault(topic_id, [0] * _FIELDS)
            for i, flag in enumerate(flags):
                row[i] += sign * flag
            topic_id = self._parent_of.get(topic_id)
        return touched


# --- one-shot figures ----------------------------------------------------------------


def topic_progress(
    store: Store,
    deck_id: int,
    now: datetime,
    scheduler: SpacedRepetition,
    *,
    include_subtopics: bool = True,
) -> dict[int, TopicProgress]:
    """Topic id → its figures, for every visible topic of the deck.

    The figures include the sub-topics' questions; with `include_subtopics=False`
    each topic counts only its own (for a view that adds children up itself).
    """
    topics = store.topics(deck_id)
    parent_of = {t.id: (t.parent_id if include_subtopics else None) for t in topics}
    questions = store.question_outlines(deck_id=deck_id)
    buried = buried_moments(store, now)
    index = ProgressIndex(scheduler, questions, parent_of, store.cards(deck_id), now, buried)
    return index.topics()
