"""A study session: which question comes next, timing, grading and undo. No Qt here.

The view shows `current()`, calls `show()` when the question appears, `reveal()` on
Space and `grade(1–4)`; the session times the answer with the injected clock,
schedules the card, saves the review (committed before the next question shows)
and advances. Tests drive it with a fake clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from studyapp.core.clock import Clock, SystemClock  # noqa: F401  (the one clock module)
from studyapp.core.model import Question
from studyapp.core.scheduler import SpacedRepetition, format_interval
from studyapp.core.store import Store

STATES = ("new", "due", "learned", "weak")
WEAK_RETRIEVABILITY = 0.5  # below this chance of recall a learned question counts as weak


def to_ms(moment: datetime) -> int:
    """Epoch milliseconds, as review times are stored."""
    return int(moment.timestamp() * 1000)


def question_state(
    card_json: str | None,
    last_rating: int | None,
    now: datetime,
    scheduler: SpacedRepetition,
) -> str:
    """ "new" (never reviewed), "weak" (last answer was Again, or the chance of recall
    is below one half), "due" (scheduled for now or earlier) or "learned".

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
    return "learned"


@dataclass(frozen=True, slots=True)
class _Entry:
    qid: str
    kind: str  # "due" | "new"


@dataclass(frozen=True, slots=True)
class _Graded:
    review_id: int
    entry: _Entry


class StudySession:
    """The questions of one topic (with its sub-topics), one deck, or all, to study now:
    the due ones, earliest due first, then the new ones in document order.

    Questions reviewed and not yet due are left out. With `relearn_within` set, a
    question whose new due time falls within that span (a learning step after Again,
    say) goes back to the end of the queue, as in Anki; by default every question
    comes up once per session.

    With `question_ids` ("study these" from the weak topics or a topic's bar in the
    statistics), the session is exactly those questions in that order, each once,
    due or not: reviewing a question early is what was asked for. Ids no longer in
    the store are left out; `deck_id` and `topic_id` are then ignored.
    """

    def __init__(
        self,
        store: Store,
        scheduler: SpacedRepetition,
        clock: Clock,
        *,
        deck_id: int | None = None,
        topic_id: int | None = None,
        relearn_within: timedelta | None = None,
        question_ids: Sequence[str] | None = None,
    ) -> None:
        self._store = store
        self._scheduler = scheduler
        self._clock = clock
        self.deck_id = deck_id
        self.topic_id = topic_id
        self.relearn_within = relearn_within
        self.question_ids = None if question_ids is None else list(dict.fromkeys(question_ids))
        self.revealed = False
        self._shown_at: datetime | None = None
        self._queue: list[_Entry] = []
        self._questions: dict[str, Question] = {}
        self._history: list[_Graded] = []
        self.reload()

    # --- the queue -------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild the queue from the store (after an import, say).

        The undo history is kept; questions put back for relearning that are not due
        yet leave the queue until a later session.
        """
        if self.question_ids is not None:
            self._reload_chosen()
            return
        now = self._clock.now()
        questions = self._store.questions(
            self.topic_id, self.deck_id, include_subtopics=self.topic_id is not None
        )
        cards = self._store.cards(self.deck_id)
        due: list[tuple[datetime, int, str]] = []
        new: list[str] = []
        for order, question in enumerate(questions):
            info = cards.get(question.id)
            if info is None:
                new.append(question.id)
                continue
            due_at = self._scheduler.due(info.card_json)
            if due_at is None or due_at <= now:
                due.append((due_at or now, order, question.id))
        due.sort()
        queue = [_Entry(qid, "due") for _, _, qid in due] + [_Entry(qid, "new") for qid in new]
        # The question on screen stays current (and keeps its timer) if it is still there.
        showing = self._queue[0] if self._queue else None
        if showing is not None and showing in queue:
            queue.remove(showing)
            queue.insert(0, showing)
        else:
            self._reset_view()
        self._questions = {q.id: q for q in questions}
        self._queue = queue

    def _reload_chosen(self) -> None:
        """`reload` for a session over chosen questions: those not yet graded here, in
        the order given, then any put back for relearning."""
        assert self.question_ids is not None
        wanted = set(self.question_ids)
        questions = {q.id: q for q in self._store.questions() if q.id in wanted}
        cards = self._store.cards()
        graded = {done.entry.qid for done in self._history}
        queue = [
            _Entry(qid, "due" if qid in cards else "new")
            for qid in self.question_ids
            if qid in questions and qid not in graded
        ]
        queue += [e for e in self._queue if e.qid in graded and e.qid in questions]
        showing = self._queue[0] if self._queue else None
        if showing is not None and showing in queue:
            queue.remove(showing)
            queue.insert(0, showing)
        else:
            self._reset_view()
        self._questions = questions
        self._queue = queue

    def current(self) -> Question | None:
        """The question to show now; None when the session is done."""
        return self._questions[self._queue[0].qid] if self._queue else None

    def is_empty(self) -> bool:
        return not self._queue

    def remaining(self) -> tuple[int, int]:
        """(due questions left, new questions left), the current one included."""
        due = sum(1 for entry in self._queue if entry.kind == "due")
        return due, len(self._queue) - due

    # --- one question ------------------------------------------------------------

    def show(self) -> None:
        """Note that the current question is on screen: the answer time starts here.

        Only the first call per question counts, so re-rendering the view (a theme
        change, say) does not restart the clock.
        """
        if self._shown_at is None and self._queue:
            self._shown_at = self._clock.now()

    @property
    def shown_at(self) -> datetime | None:
        return self._shown_at

    def elapsed(self) -> float | None:
        """Seconds since the current question was shown; None before `show()`."""
        if self._shown_at is None:
            return None
        return max(0.0, (self._clock.now() - self._shown_at).total_seconds())

    def reveal(self) -> None:
        """The answer is shown (Space)."""
        if self._queue:
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
        if not self._queue:
            raise RuntimeError("there is no question to grade")
        entry = self._queue[0]
        now = self._clock.now()
        shown = self._shown_at
        seconds = None if shown is None else max(0.0, (now - shown).total_seconds())
        card_json, due_iso = self._scheduler.grade(self._store.card_json(entry.qid), rating, now)
        review_id = self._store.record_review(
            entry.qid,
            rating,
            None if seconds is None else round(seconds, 3),
            "study",
            card_json,
            due_iso,
            to_ms(now),
        )
        self._history.append(_Graded(review_id, entry))
        self._queue.pop(0)
        if self.relearn_within is not None:
            due_at = self._scheduler.due(card_json)
            if due_at is not None and due_at - now <= self.relearn_within:
                self._queue.append(_Entry(entry.qid, "due"))
        self._reset_view()
        return review_id

    def can_undo(self) -> bool:
        return bool(self._history)

    def undo(self) -> Question | None:
        """Take back the last grade of this session: the review is deleted, the card
        restored, and that question is current again (not yet shown or revealed).
        Returns it; None when there is nothing to undo.

        If the store refuses (the question was reviewed again elsewhere since), the
        error propagates and that grade leaves the undo history.
        """
        if not self._history:
            return None
        last = self._history.pop()
        self._store.undo_review(last.review_id)
        qid = last.entry.qid
        self._queue = [entry for entry in self._queue if entry.qid != qid]
        self._reset_view()
        if qid not in self._questions:  # a reload since dropped it (re-imported away?)
            question = self._store.question(qid)
            if question is None:
                return None
            self._questions[qid] = question
        self._queue.insert(0, last.entry)
        return self.current()

    def _reset_view(self) -> None:
        self.revealed = False
        self._shown_at = None
