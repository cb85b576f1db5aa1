"""Progress figures for the topic tree: per-topic counts and per-question states.

A topic's figures include its sub-topics' questions, so a parent row sums its
children. Everything is computed from one pass over the deck's questions and cards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import CardInfo, Store
from studyapp.core.study import question_state

MASTERED_RATINGS = (3, 4)  # Good, Easy
MASTERED_RETRIEVABILITY = 0.8


@dataclass(frozen=True, slots=True)
class TopicProgress:
    """Counts for one topic and its sub-topics.

    due: reviewed questions scheduled for now or earlier; new: never reviewed;
    mastered: last rated Good/Easy and still likely (> 80 %) to be recalled;
    weak: as in `question_state` (last rated Again, or recall chance below 50 %).
    The counts overlap (a weak question can be due), except new with the others.
    """

    total: int = 0
    due: int = 0
    new: int = 0
    mastered: int = 0
    weak: int = 0

    @property
    def mastered_fraction(self) -> float:
        return self.mastered / self.total if self.total else 0.0


def is_mastered(info: CardInfo | None, now: datetime, scheduler: SpacedRepetition) -> bool:
    if info is None or info.last_rating not in MASTERED_RATINGS:
        return False
    retrievability = scheduler.retrievability(info.card_json, now)
    return retrievability is not None and retrievability > MASTERED_RETRIEVABILITY


def _state(info: CardInfo | None, now: datetime, scheduler: SpacedRepetition) -> str:
    if info is None:
        return "new"
    return question_state(info.card_json, info.last_rating, now, scheduler)


@dataclass(frozen=True, slots=True)
class QuestionProgress:
    """One question's part in its topics' figures (see TopicProgress)."""

    state: str = "new"
    due: bool = False
    mastered: bool = False


def question_progress(
    info: CardInfo | None, now: datetime, scheduler: SpacedRepetition
) -> QuestionProgress:
    """A question's state and flags from its card (None: never reviewed). Enough to
    update its topics' figures after one grade without recounting the deck."""
    state = _state(info, now, scheduler)
    if info is None:
        return QuestionProgress(state)
    due = state != "new" and scheduler.is_due(info.card_json, now)
    return QuestionProgress(state, due, is_mastered(info, now, scheduler))


def all_question_progress(
    store: Store,
    now: datetime,
    scheduler: SpacedRepetition,
    question_ids: Iterable[str] | None = None,
) -> dict[str, QuestionProgress]:
    """Every question's progress, all decks, from one query of the cards. Pass the
    ids when the caller has them already (the tree does): the questions are then
    not read again."""
    cards = store.cards()
    if question_ids is None:
        question_ids = [q.id for q in store.questions()]
    new = QuestionProgress()
    return {
        qid: question_progress(info, now, scheduler) if (info := cards.get(qid)) else new
        for qid in question_ids
    }


def one_question_progress(
    store: Store, qid: str, now: datetime, scheduler: SpacedRepetition
) -> QuestionProgress:
    """One question's progress as the store holds it now (after a grade or an undo)."""
    card_json = store.card_json(qid)
    if card_json is None:
        return QuestionProgress()
    reviews = store.reviews(qid)
    last = max(reviews, key=lambda r: (r.reviewed_at_ms, r.id)).rating if reviews else None
    return question_progress(CardInfo(card_json, None, last), now, scheduler)


def question_states(
    store: Store, deck_id: int | None, now: datetime, scheduler: SpacedRepetition
) -> dict[str, str]:
    """Question id → "new" | "due" | "learned" | "weak", for the deck's questions
    (all decks' when `deck_id` is None)."""
    cards = store.cards(deck_id)
    return {q.id: _state(cards.get(q.id), now, scheduler) for q in store.questions(deck_id=deck_id)}


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
    parent_of = {t.id: t.parent_id for t in store.topics(deck_id)}
    counts: dict[int, list[int]] = {topic_id: [0, 0, 0, 0, 0] for topic_id in parent_of}
    cards = store.cards(deck_id)
    for question in store.questions(deck_id=deck_id):
        info = cards.get(question.id)
        state = _state(info, now, scheduler)
        flags = (
            1,
            int(info is not None and state != "new" and scheduler.is_due(info.card_json, now)),
            int(state == "new"),
            int(is_mastered(info, now, scheduler)),
            int(state == "weak"),
        )
        topic_id: int | None = question.topic_id
        seen: set[int] = set()
        while topic_id is not None and topic_id not in seen:  # guard against a cycle
            seen.add(topic_id)
            row = counts.setdefault(topic_id, [0, 0, 0, 0, 0])
            for i, flag in enumerate(flags):
                row[i] += flag
            topic_id = parent_of.get(topic_id) if include_subtopics else None
    return {topic_id: TopicProgress(*row) for topic_id, row in counts.items()}
