"""A study session: which question comes next, timing, grading and undo. No Qt here.

The view shows `current()`, calls `show()` when the question appears, `reveal()` on
Space and `grade(1–4)`; the session times the answer with the injected clock,
schedules the card, saves the review (committed before the next question shows)
and advances. Tests drive it with a fake clock.

As in Anki, a question in a learning or relearning step (after a first answer, or
after Again) comes back within the session when its step is due. When only such
questions are left and none is due yet, `current()` is None and `waiting_until()`
says when the next one is: the view counts down or offers to end. As with Anki's
"learn ahead limit" (`core.settings_schema`, 20 minutes by default), a step due
within that limit shows at once when nothing else is left, graded as of the moment
it is answered; the session waits only for steps due later. `counts()` are Anki's
new / learning / review. The daily limits (new questions per day, reviews per
day: `core.settings_schema`) cap the new and review questions a session offers, deck
by deck as Anki's do: each deck has the whole allowance, less what was studied in
that deck today, and a session over every deck takes up to that much from each.
"Today" is the study day (`study_day`: the calendar day in the clock's zone, from
local midnight); a session open when it ends is given the new day's limits
(`set_limits`) and takes in what the new day brings. The daily plan itself (the
limits, the study day) lives in core.daily_plan; its names are here too. A session's
side of the limits (what a grade takes, the queue kept within them) is a
`SessionLimits` (core.study_limits) it owns.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from studyapp.core.clock import Clock, SystemClock
from studyapp.core.daily_plan import (  # noqa: F401  (the session's names, as before)
    DailyLimits,
    DeckLimits,
    day_bounds,
    deck_limits,
    done_today,
    learn_ahead_in,
    left_after,
    next_day_start,
    study_day,
    to_ms,
    todays_limits,
    todays_limits_in,
)
from studyapp.core.format import plural
from studyapp.core.model import Question
from studyapp.core.progress import (
    LEARNING_HORIZON,
    DueCounts,
    card_info,
    question_state,
)
from studyapp.core.scheduler import SpacedRepetition, format_interval, span_words
from studyapp.core.store import CardInfo, Store
from studyapp.core.study_limits import SessionLimits

__all__ = [
    "Clock",
    "DailyLimits",
    "DeckLimits",
    "StudySession",
    "SystemClock",
    "coming_back",
    "learn_ahead_in",
    "next_day_start",
    "question_state",
    "study_day",
    "to_ms",
    "todays_limits",
    "todays_limits_in",
]


def coming_back(
    store: Store,
    scheduler: SpacedRepetition,
    now: datetime,
    *,
    deck_id: int | None = None,
    topic_id: int | None = None,
    within: timedelta = LEARNING_HORIZON,
) -> tuple[int, datetime | None]:
    """The learning steps of a deck or a topic (its subtopics in; every deck with
    neither) not due yet but due within `within`: a study session started now keeps
    them and shows each when its step is due (at once, within the learn-ahead
    limit). How many, and when the first falls due; (0, None) with none. Buried and
    suspended questions are out, as they are of a session."""
    del scheduler  # (the store reads the steps' states and due times itself)
    return store.learning_steps_between(now, now + within, deck_id=deck_id, topic_id=topic_id)


def waiting_words(
    until: datetime, now: datetime, learn_ahead: timedelta = timedelta(0), tz: tzinfo = UTC
) -> str:
    """What the session says while only learning steps are left, none shown yet:
    when the next shows (`until`, its step's due moment less the learn-ahead limit)
    and, shown early, when it comes back, the moment the Study button ("3 coming back
    from 06:54") and the question's header ("learning step due in 30 minutes") give.
    It said "is due in 10 minutes (at 06:34)" beside those two saying 06:54."""
    at = f"{until.astimezone(tz):%H:%M}"
    when = "now" if until <= now else f"in {span_words(until - now)} (at {at})"
    if not learn_ahead:
        return f"The next question comes back {when}."
    back = f"{(until + learn_ahead).astimezone(tz):%H:%M}"
    early = plural(round(learn_ahead.total_seconds() / 60), "minute")
    return (
        f"The next question shows {when}: it comes back at {back}, "
        f"and your learn-ahead limit ({early}) shows it early."
    )


# --- the session -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    qid: str
    kind: str  # "new" | "review" | "learning"
    deck: int | None = None  # whose daily limits a new question or a review takes from


@dataclass(frozen=True, slots=True)
class _Graded:
    review_id: int | None  # None: the question was buried, not graded
    entry: _Entry
    requeued: bool  # the grade put the question back in the learning queue
    unburied_ms: int | None = None  # the grade unburied it: buried until then before
    # (deck, "new" or "review"): what the grade took from that deck's daily limits,
    # as the store counts today (`SessionLimits.takes`); None: nothing.
    taken: tuple[int | None, str] | None = None

    @property
    def buried(self) -> bool:
        return self.review_id is None


class StudySession:
    """The questions of one topic (with its sub-topics), one deck, or all, to study now:
    learning steps that are due first, then the due reviews, earliest due first, then
    the new ones in document order.

    Questions reviewed and not yet due are left out, unless they are in a learning
    step due within `relearn_within` (an hour by default), begun in this session or
    before it: those come back when their step is due. `limits` caps the new and review
    questions of each deck (a `DeckLimits`: each deck's own remaining allowance; a
    `DailyLimits`: the same for every deck); learning steps are never capped. A
    session over every deck takes up to each deck's allowance from each, deck after
    deck for the new ones. `learn_ahead` lets a learning step
    come early when nothing else is left (Anki's "learn ahead limit"; none by default
    here, the setting's 20 minutes in the app).

    With `question_ids` ("study these" from the weak topics or a topic's bar in the
    statistics), the session is exactly those questions in that order, each once,
    due or not (reviewing a question early is what was asked for), plus learning
    steps; the limits do not apply. Ids no longer in the store are left out;
    `deck_id` and `topic_id` are then ignored.

    Questions buried until the next study day (`bury`, Anki's "-") are left out of
    the due and new questions until then, when they come back by themselves; chosen
    questions are studied as asked, buried or not, and a grade unburies the question
    (it was studied after all). A bury takes nothing from the daily limits: the queue
    is built again, so the question the limits held back next takes its place. An
    undo takes a bury back as it takes a grade back.

    A session open when its study day ends (`day`; see `study_day`) is given the new
    day's limits with `set_limits` (which also takes limits changed in Preferences):
    the queue is built again, so what was buried comes back, the new questions of the
    new day's allowance join and reviews due by then are in.
    """

    def __init__(
        self,
        store: Store,
        scheduler: SpacedRepetition,
        clock: Clock,
        *,
        deck_id: int | None = None,
        topic_id: int | None = None,
        relearn_within: timedelta | None = LEARNING_HORIZON,
        question_ids: Sequence[str] | None = None,
        limits: DailyLimits | DeckLimits | None = None,
        learn_ahead: timedelta = timedelta(0),
    ) -> None:
        self._store = store
        self._scheduler = scheduler
        self._clock = clock
        self.deck_id = deck_id
        self.topic_id = topic_id
        self.relearn_within = relearn_within
        self.learn_ahead = learn_ahead
        self.question_ids = None if question_ids is None else list(dict.fromkeys(question_ids))
        self.revealed = False
        self._shown_at: datetime | None = None
        # When the question on screen was left for browsing (`pause`): its answer
        # time stops there and goes on from `show()` on the way back.
        self._paused_at: datetime | None = None
        self._current: _Entry | None = None
        # Due questions (learning steps due at the start, then reviews) and new ones,
        # in the order they come. `_queued` holds what is really still queued (qid →
        # kind) and `_kinds` its counts, so taking a question out (an undo) and the
        # counts cost O(1); the deques drop such entries lazily when they reach them.
        self._reviews: deque[_Entry] = deque()
        self._new: deque[_Entry] = deque()
        self._queued: dict[str, str] = {}
        self._kinds: Counter[str] = Counter()
        # Learning steps: (due, order, qid); `_in_learning` maps qid → its live entry's
        # (due, order), so an undo or a reload drops a stale heap entry lazily.
        self._learning: list[tuple[datetime, int, str]] = []
        self._in_learning: dict[str, tuple[datetime, int]] = {}
        self._order = itertools.count()
        # The ids of the questions in reach (a big deck's questions are read only as
        # each is shown), and the ones shown so far.
        self._in_reach: set[str] = set()
        self._whole: dict[str, Question] = {}
        self._history: list[_Graded] = []
        self._changed: tuple[str, CardInfo | None] | None = None
        self.limits = SessionLimits(
            store,
            clock,
            limits,
            chosen=self.question_ids is not None,
            question=lambda qid: self._whole.get(qid) or self._store.question(qid),
        )
        self._buried_changed = False  # the last grade, bury or undo buried or unburied
        self.reload()

    def use_scheduler(self, scheduler: SpacedRepetition) -> None:
        """Grade (and preview the intervals) with `scheduler` from now on: Preferences
        changed the steps or the retention. Past grades stay as they were."""
        self._scheduler = scheduler

    # --- the daily limits (`self.limits`, core.study_limits) ------------------------

    @property
    def held_back(self) -> DueCounts:
        """What today's limits kept out of the queue at the last reload: new, review."""
        return self.limits.held_back

    @property
    def day(self) -> date:
        """The study day the limits are for (`study_day`)."""
        return self.limits.day

    @property
    def limits_stale(self) -> bool:
        """An undo took back a grade made before the limits were counted: they are out
        of date (`set_limits` again; see `undo`)."""
        return self.limits.stale

    def set_limits(self, limits: DailyLimits | DeckLimits | None) -> None:
        """Today's limits as they are now (the study day rolled over, or Preferences
        changed them), counted from the store, which already holds this session's
        grades: the queue is built again with them, the question on screen kept.
        A session over chosen questions takes no limits; its queue is built again."""
        self.limits.renew(limits)
        self.reload()

    def _follow_limits(self, done: _Graded) -> None:
        """A grade (or its undo) that took from the review limit though the question
        was not queued as a review (`SessionLimits.outgrew_queue`): built again."""
        if self.limits.outgrew_queue(done.taken, done.entry.kind):
            self.reload()

    def _keep_within_limits(self) -> None:
        """The question on screen counts against its deck's limits
        (`SessionLimits.over`): what they say waits for tomorrow leaves the queue."""
        queued = (
            e
            for e in itertools.chain(self._reviews, self._new)
            if self._queued.get(e.qid) == e.kind
        )
        for qid in self.limits.over(self._current, queued):
            self._discard(qid)

    # --- the queue -------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the queue from the store (after an import, say).

        The undo history and the learning steps of this session are kept (those of
        questions no longer in the store leave); the question on screen stays
        current, with its timer, if it is still there.
        """
        now = self._clock.now()
        queue: dict[str, str | None]
        if self.question_ids is not None:
            everything = dict(self._store.study_queue())
            queue = {q: everything[q] for q in self.question_ids if q in everything}
            graded = {done.entry.qid for done in self._history}
            # Chosen questions keep their given order, reviewed or not.
            chosen = [
                _Entry(qid, "new" if queue[qid] is None else self._kind(queue[qid]))
                for qid in queue
                if qid not in graded
            ]
            self._fill(chosen, [])
        else:
            queue = {}
            due: list[tuple[datetime, int, str, str, int]] = []
            new: list[_Entry] = []
            ahead: list[tuple[datetime, str]] = []  # learning steps due within the horizon
            held = Counter[str]()
            buried = self._store.buried_until(to_ms(now))
            for deck in self._decks():
                rows = self._store.study_queue(
                    self.topic_id, deck, include_subtopics=self.topic_id is not None
                )
                if buried:
                    rows = [row for row in rows if row[0] not in buried]
                deck_due, deck_new = self._sort_out(rows, deck, len(queue), now, ahead)
                queue.update(rows)
                deck_due.sort()
                # Each deck's earliest due reviews and first new questions, as many as
                # its own limits still allow; its learning steps are never capped.
                # (The status bar's "today" figures are counted by the same rule.)
                reviews = [d for d in deck_due if d[3] == "review"]
                kept = self.limits.let_in(deck, DueCounts(new=len(deck_new), review=len(reviews)))
                held["review"] += len(reviews) - kept.review
                held["new"] += len(deck_new) - kept.new
                due += [d for d in deck_due if d[3] == "learning"] + reviews[: kept.review]
                new += deck_new[: kept.new]
            self.limits.reloaded(DueCounts(new=held["new"], review=held["review"]))
            for due_at, qid in sorted(ahead):
                order = next(self._order)
                self._in_learning[qid] = (due_at, order)
                heapq.heappush(self._learning, (due_at, order, qid))
            due.sort()
            # Learning steps already due when the session starts come first.
            learning = [_Entry(qid, k, d) for _, _, qid, k, d in due if k == "learning"]
            reviews_ = [_Entry(qid, k, d) for _, _, qid, k, d in due if k == "review"]
            self._fill(learning + reviews_, new)
        questions = self._in_reach = set(queue)
        self._whole = {}  # read again as shown: an import may have changed them
        for qid in [q for q in self._in_learning if q not in questions]:
            del self._in_learning[qid]
        showing = self._current
        if showing is not None and showing.qid in questions:
            self._discard(showing.qid)
        else:
            self._current = None
            self._reset_view()
        if showing is not None and showing.qid in questions:
            self._current = showing
        self._keep_within_limits()

    def _decks(self) -> list[int]:
        """The decks this session walks, in the store's order (a deck's questions, then
        the next deck's)."""
        if self.deck_id is not None:
            return [self.deck_id]
        return sorted(deck.id for deck in self._store.decks())

    def _sort_out(
        self,
        rows: Sequence[tuple[str, str | None]],
        deck: int,
        first: int,
        now: datetime,
        ahead: list[tuple[datetime, str]],
    ) -> tuple[list[tuple[datetime, int, str, str, int]], list[_Entry]]:
        """One deck's questions to study: (due ones as (due, position, id, kind, deck),
        new ones in file order); its learning steps due within the horizon go to
        `ahead`. `first` is the position of its first question in the session."""
        due: list[tuple[datetime, int, str, str, int]] = []
        new: list[_Entry] = []
        for position, (qid, card_json) in enumerate(rows, first):
            if qid in self._in_learning:
                continue
            if card_json is None or self._scheduler.is_new(card_json):
                new.append(_Entry(qid, "new", deck))
                continue
            due_at = self._scheduler.due(card_json) or now
            if due_at <= now:
                due.append((due_at, position, qid, self._kind(card_json), deck))
            elif (
                self.relearn_within is not None
                and due_at - now <= self.relearn_within
                and self._kind(card_json) == "learning"
            ):
                # A step begun in an earlier session (or before a restart) comes
                # back when due, as this session's own steps do: the session
                # waits for it instead of saying the day is done.
                ahead.append((due_at, qid))
        return due, new

    def _kind(self, card_json: str) -> str:
        phase = self._scheduler.phase(card_json)
        return "learning" if phase in ("learning", "relearning") else phase

    def _fill(self, due: list[_Entry], new: list[_Entry]) -> None:
        self._reviews, self._new = deque(due), deque(new)
        self._queued = {e.qid: e.kind for e in itertools.chain(due, new)}
        self._kinds = Counter(self._queued.values())

    def _discard(self, qid: str) -> None:
        """Take a question out of every queue (it is about to be current)."""
        kind = self._queued.pop(qid, None)
        if kind is not None:
            self._kinds[kind] -= 1
        self._in_learning.pop(qid, None)

    def _pop(self, queue: deque[_Entry]) -> _Entry | None:
        """The first entry of `queue` still queued (stale ones are dropped)."""
        while queue:
            entry = queue.popleft()
            if self._queued.get(entry.qid) == entry.kind:
                self._discard(entry.qid)
                return entry
        return None

    def _next_learning(self, until: datetime) -> str | None:
        """Pop the earliest learning step due by `until`; None if there is none."""
        heap = self._learning
        while heap:
            due, order, qid = heap[0]
            if self._in_learning.get(qid) != (due, order):
                heapq.heappop(heap)
                continue
            if due > until:
                return None
            heapq.heappop(heap)
            del self._in_learning[qid]
            return qid
        return None

    def _pick(self) -> _Entry | None:
        """The question to show now, chosen once and kept until it is graded."""
        if self._current is not None:
            return self._current
        now = self._clock.now()
        qid = self._next_learning(now)
        if qid is not None:
            entry: _Entry | None = _Entry(qid, "learning")
        else:
            entry = self._pop(self._reviews) or self._pop(self._new)
            if entry is None:
                qid = self._next_learning(now + self.learn_ahead)
                entry = None if qid is None else _Entry(qid, "learning")
        self._current = entry
        return entry

    def current(self) -> Question | None:
        """The question to show now; None when nothing is left for now (see
        `waiting_until` and `is_finished`)."""
        while (entry := self._pick()) is not None:
            question = self._whole.get(entry.qid)
            if question is None and (question := self._store.question(entry.qid)) is not None:
                self._whole[entry.qid] = question
            if question is not None and not question.suspended:
                return question
            # Removed from the store, or suspended, since the queue was built: not shown.
            self._in_reach.discard(entry.qid)
            self._current = None
        return None

    def waiting_until(self) -> datetime | None:
        """When nothing is to show now but a learning step is still ahead: when the
        next one shows (its step's due moment, less the learn-ahead limit: the view
        counts down to it, or offers to end). None otherwise."""
        if self._pick() is not None:
            return None
        for due, order, qid in sorted(self._learning):
            if self._in_learning.get(qid) == (due, order):
                return due - self.learn_ahead
        return None

    def is_finished(self) -> bool:
        """Nothing left at all: no question now and no learning step ahead."""
        return self._pick() is None and not self._in_learning

    def is_empty(self) -> bool:
        """Nothing to show now (a learning step may still be ahead: `waiting_until`)."""
        return self._pick() is None

    def counts(self) -> DueCounts:
        """Anki's three counts, the current question included: new questions left,
        learning steps (due now or later in this session), reviews left."""
        current = self._pick()
        kinds = Counter(self._kinds)
        if current is not None:
            kinds[current.kind] += 1
        learning = len(self._in_learning) + kinds["learning"]
        return DueCounts(kinds["new"], learning, kinds["review"])

    def remaining(self) -> tuple[int, int]:
        """(reviewed questions left, learning steps included; new questions left),
        the current one included."""
        counts = self.counts()
        return counts.learning + counts.review, counts.new

    # --- one question ------------------------------------------------------------

    def show(self) -> None:
        """Note that the current question is on screen: the answer time starts here.

        Only the first call per question counts, so re-rendering the view (a theme
        change, say) does not restart the clock. After `pause`, it is the way back:
        the clock goes on from where it stopped.
        """
        if self._paused_at is not None and self._shown_at is not None:
            self._shown_at += max(timedelta(0), self._clock.now() - self._paused_at)
        self._paused_at = None
        if self._shown_at is None and self._pick() is not None:
            self._shown_at = self._clock.now()

    def pause(self) -> None:
        """The person browses away from the question on screen: its answer time stops
        until it is shown again (`show`). The time spent browsing was counted in the
        answer's time, in the statistics' time spent."""
        if self._shown_at is not None and self._paused_at is None:
            self._paused_at = self._clock.now()

    def _answer_seconds(self, now: datetime) -> float | None:
        """Seconds the current question has been on screen by `now`, a pause left out."""
        if self._shown_at is None:
            return None
        end = now if self._paused_at is None else min(now, self._paused_at)
        return max(0.0, (end - self._shown_at).total_seconds())

    @property
    def shown_at(self) -> datetime | None:
        return self._shown_at

    def elapsed(self) -> float | None:
        """Seconds the current question has been on screen, a pause left out; None
        before `show()`."""
        return self._answer_seconds(self._clock.now())

    def reveal(self) -> None:
        """The answer is shown (Space)."""
        if self._pick() is not None:
            self.revealed = True

    def intervals(self) -> dict[int, str]:
        """For each rating 1–4, when the current question would come back ("10m", "3d")."""
        question = self.current()
        if question is None:
            return {}
        preview = self._scheduler.preview(self._store.card_json(question.id), self._clock.now())
        return {rating: format_interval(td) for rating, td in preview.items()}

    def grade(self, rating: int) -> int:
        """Grade the current question 1–4: schedule it, save the review, move on.

        The review and the new card are committed before the next question shows.
        Returns the review's id.
        """
        entry = self._pick()
        if entry is None:
            raise RuntimeError("there is no question to grade")
        now = self._clock.now()
        # A buried question graded (chosen questions are studied buried or not) is
        # studied after all: no longer buried, back in today's figures.
        buried = self._store.buried_until(to_ms(now), [entry.qid]).get(entry.qid)
        taken = self.limits.takes(entry, now)  # (before this grade is in the store)
        seconds = self._answer_seconds(now)
        card_json, due_iso = self._scheduler.grade(self._store.card_json(entry.qid), rating, now)
        with self._store.transaction():  # unburied and graded together, or neither
            if buried is not None:
                self._store.unbury([entry.qid])
            review_id = self._store.record_review(
                entry.qid,
                rating,
                None if seconds is None else round(seconds, 3),
                "study",
                card_json,
                due_iso,
                to_ms(now),
            )
        self._buried_changed = buried is not None
        self._current = None
        self._changed = (entry.qid, CardInfo(card_json, due_iso, rating))
        requeued = False
        if self.relearn_within is not None and self._scheduler.phase(card_json) != "review":
            due_at = self._scheduler.due(card_json)
            if due_at is not None and due_at - now <= self.relearn_within:
                order = next(self._order)
                self._in_learning[entry.qid] = (due_at, order)
                heapq.heappush(self._learning, (due_at, order, entry.qid))
                requeued = True
        self._history.append(_Graded(review_id, entry, requeued, buried, taken))
        self.limits.record(taken)
        self._reset_view()
        self._follow_limits(self._history[-1])
        return review_id

    def bury(self, until: datetime) -> str | None:
        """Bury the current question until `until` (the next study day's start): it
        leaves the session, ungraded, and the next one is current. Committed before
        the next question shows. Returns its id (None: no question to bury)."""
        entry = self._pick()
        if entry is None:
            return None
        self._store.bury([entry.qid], to_ms(until))
        self._buried_changed = True
        self._current = None
        self._in_learning.pop(entry.qid, None)
        self._changed = (entry.qid, card_info(self._store, entry.qid))
        self._history.append(_Graded(None, entry, False))
        self.limits.record(None)
        self._reset_view()
        if self.question_ids is None:
            # A bury takes nothing from the daily limits: the question they held back
            # next takes its place, as the status bar's "today" counts it.
            self.reload()
        return entry.qid

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo_kind(self) -> str | None:
        """What an undo would take back: "grade", "bury", or None."""
        if not self._history:
            return None
        return "bury" if self._history[-1].buried else "grade"

    def buried_changed(self) -> bool:
        """Whether the last grade, bury or undo buried or unburied its question (the
        figures that leave buried questions out must be counted again)."""
        return self._buried_changed

    def last_change(self) -> tuple[str, CardInfo | None] | None:
        """The question the last grade or undo changed, with its card as it now is
        (None: never reviewed any more): what `ProgressIndex.update` needs, without
        reading every card again."""
        return self._changed

    def undo(self) -> Question | None:
        """Take back the last grade of this session: the review is deleted, the card
        restored, and that question is current again (not yet shown or revealed).
        Returns it; None when there is nothing to undo. A bury is taken back the same
        way: the question is no longer buried, and current again.

        If the store refuses (the question was reviewed again elsewhere since), the
        error propagates and that grade leaves the undo history.

        A grade made before the limits were last counted (`set_limits`: the day before
        a rollover, say) leaves them out of date: `limits_stale` says so, and the
        caller gives the session today's limits again.
        """
        if not self._history:
            return None
        last = self._history.pop()
        self.limits.take_back(last.buried)
        if last.review_id is None:
            self._store.unbury([last.entry.qid])
        else:
            self._store.undo_review(last.review_id)
            if last.unburied_ms is not None:  # buried again, as it was before the grade
                self._store.bury([last.entry.qid], last.unburied_ms)
        self._buried_changed = last.buried or last.unburied_ms is not None
        qid = last.entry.qid
        self._changed = (qid, card_info(self._store, qid))
        self._discard(qid)
        self._reset_view()
        # The question that was up next goes back to the front of its queue.
        waiting = self._current
        self._current = None
        if waiting is not None and waiting.qid != qid:
            self._put_back(waiting)
        if qid not in self._in_reach:  # a reload since dropped it (re-imported away?)
            question = self._store.question(qid)
            if question is None:
                return None
            self._in_reach.add(qid)
            self._whole[qid] = question
        self._current = last.entry
        self._keep_within_limits()
        self._follow_limits(last)
        return self.current()

    def bring_forward(self, qid: str) -> bool:
        """A question that left the session by a step now undone (a suspension:
        `reload` queued it again) is current again, as Anki's Undo goes back
        to the card; the question that was up next goes back to the front. False when
        the session has it in no queue (another topic's, or over today's limits)."""
        if (kind := self._queued.get(qid)) is not None:
            queue = self._new if kind == "new" else self._reviews
            entry = next((e for e in queue if e.qid == qid and e.kind == kind), None)
        else:
            entry = _Entry(qid, "learning") if qid in self._in_learning else None
        if entry is None or (self._current is not None and self._current.qid == qid):
            return False
        self._discard(qid)
        waiting, self._current = self._current, entry
        if waiting is not None:
            self._put_back(waiting)
        self._reset_view()
        return True

    def _put_back(self, entry: _Entry) -> None:
        if entry.kind in ("new", "review"):
            # The front of the first queue `_pick` reads: it is next again.
            self._reviews.appendleft(entry)
            self._queued[entry.qid] = entry.kind
            self._kinds[entry.kind] += 1
        else:
            # A learning step taken out of the heap: back in, as due now.
            order = next(self._order)
            due = self._clock.now()
            self._in_learning[entry.qid] = (due, order)
            heapq.heappush(self._learning, (due, order, entry.qid))

    def _reset_view(self) -> None:
        self.revealed = False
        self._shown_at = None
        self._paused_at = None
