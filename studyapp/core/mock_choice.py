"""Choosing a mock interview's questions: the pool of the chosen topics, its order
(weakest, due or random) and today's new-question limit. No Qt; split from core.mock,
which re-exports it.

Questions buried until the next study day (Anki's Bury) are drawn last: a mock
asks one only when the chosen topics have too few others to fill it (a topic of
only buried questions can still be practised). Chosen questions (`MockSession`
over a list: "Mock on these", a retry) are asked as chosen, buried or not.

A mock whose grades count as reviews makes a never-studied question a studied one,
as a study session does: it then takes new questions only as far as each deck's
allowance for today (Preferences) still goes, as Anki's study does; the rest are
`held back` and the set-up says so. A mock whose grades do not count touches no
schedule, so it may ask any question.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from studyapp.core.clock import Clock
from studyapp.core.model import Question
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import load_settings
from studyapp.core.store import CardInfo, Store
from studyapp.core.study import DeckLimits, question_state, to_ms, todays_limits_in
from studyapp.core.titles import normalize_title

if TYPE_CHECKING:
    from studyapp.core.mock_settings import MockSettings


def question_pool(store: Store, topic_ids: Iterable[int]) -> list[Question]:
    """The questions of the topics (sub-topics included), in file order; all when empty.
    Suspended questions are not asked. Outlines: choosing reads no answer (on a big
    deck, reading them all was most of the time a mock took to start)."""
    ids = set(topic_ids)
    questions = [q for q in store.question_outlines() if not q.suspended]
    if not ids:
        return questions
    children: dict[int | None, list[int]] = {}
    for deck in store.decks():
        for topic in store.topics(deck.id):
            children.setdefault(topic.parent_id, []).append(topic.id)
    wanted: set[int] = set()
    stack = list(ids)
    while stack:
        topic_id = stack.pop()
        if topic_id not in wanted:  # a loop of parents (damage) ends
            wanted.add(topic_id)
            stack += children.get(topic_id, ())
    return [q for q in questions if q.topic_id in wanted]


def choose_questions(
    store: Store,
    settings: MockSettings,
    now: datetime,
    scheduler: SpacedRepetition,
    rng: random.Random | None = None,
) -> list[str]:
    """The question ids of `choose_with_held` (see there), no daily limit applied."""
    return choose_with_held(store, settings, now, scheduler, rng)[0]


def choose_with_held(
    store: Store,
    settings: MockSettings,
    now: datetime,
    scheduler: SpacedRepetition,
    rng: random.Random | None = None,
    limits: DeckLimits | None = None,
) -> tuple[list[str], int]:
    """Up to `settings.count` question ids from the chosen topics, in asking order.

    weakest: questions last rated Again, then weak ones (rated Hard, or recall chance
        below one half), then never-reviewed ones, then the rest, lowest recall
        chance first within each group.
    due: questions due now (earliest due first), then never-reviewed ones, then the
        rest by due time.
    random: a uniform sample in random order.

    Ties are broken by `rng` (a fresh `random.Random()` when None), so two mocks over
    the same fresh topic differ; tests pass a seeded one.

    A question whose notes give no answer is asked only when the answered ones run
    out: its reveal has nothing to compare the typed answer with. A buried question
    is asked only when the others (answered or not) run out: it was put away until
    the next study day.

    `limits` (today's, per deck): when the grades count as reviews, new questions
    only as far as their deck's allowance goes (see the module's docstring), the
    questions not buried taking it first. Returns the ids and how many new
    questions that held back: those the mock would have asked without the limit
    (a short mock within the allowance holds none back, however many wait).
    """
    rng = rng if rng is not None else random.Random()
    pool = question_pool(store, settings.topic_ids)
    ranked = list(pool)
    rng.shuffle(ranked)
    cards = store.cards() if settings.order != "random" or limits is not None else {}
    if settings.order != "random":
        key = weakness_key if settings.order == "weakest" else _due_key
        ranked.sort(key=lambda q: key(cards.get(q.id), now, scheduler))
    buried = store.buried_until(to_ms(now))
    if buried:  # after every question not buried, each part in its order
        ranked = [q for q in ranked if q.id not in buried] + [q for q in ranked if q.id in buried]
    chosen = _first(store, ranked, buried, settings.count)
    if not settings.counts_as_review or limits is None:
        return chosen, 0
    within = _first(store, within_new_limits(ranked, cards, limits)[0], buried, settings.count)
    kept = set(within)
    return within, sum(1 for qid in chosen if qid not in cards and qid not in kept)


def _first(
    store: Store, ranked: list[Question], buried: Mapping[str, int], count: int
) -> list[str]:
    """The first `count` of `ranked`, answered ones first, buried ones only where the
    others run out; one of each question text (`answered_first`)."""
    awake = [q.id for q in ranked if q.id not in buried]
    seen: set[tuple[str, str]] = set()
    chosen = answered_first(store, awake, count, seen)
    if len(chosen) < count and len(awake) < len(ranked):
        asleep = [q.id for q in ranked if q.id in buried]
        chosen += answered_first(store, asleep, count - len(chosen), seen)
    return chosen


def todays_new_limits(store: Store, clock: Clock) -> DeckLimits:
    """What today's limits (Preferences) still allow in each deck."""
    return todays_limits_in(store, load_settings(store), clock.now(), clock.timezone())


def within_new_limits(
    ranked: list[Question], cards: Mapping[str, CardInfo], limits: DeckLimits
) -> tuple[list[Question], int]:
    """`ranked` without the never-studied questions past their deck's new allowance
    for today (taken in order), and how many were held back."""
    taken: Counter[int] = Counter()
    kept: list[Question] = []
    for question in ranked:
        if question.id not in cards:
            left = limits.of(question.deck_id).new_left
            if left is not None and taken[question.deck_id] >= left:
                continue
            taken[question.deck_id] += 1
        kept.append(question)
    return kept, len(ranked) - len(kept)


def new_by_topic(store: Store) -> Counter[int]:
    """Topic id → its never-studied questions that a mock can ask (not suspended)."""
    cards = store.cards()
    return Counter(
        topic_id for qid, topic_id in store.question_topics(suspended=False) if qid not in cards
    )


def same_text_key(question: Question) -> tuple[str, str]:
    """What makes two questions the same one to ask: their title (normalized) and
    their answer (its words, case aside). The same question pasted twice in the notes
    ("What is the GIL?" at lines 51 and 67) is two questions with one text."""
    return normalize_title(question.title), " ".join(question.answer_markdown.casefold().split())


def answered_first(
    store: Store, ranked: list[str], count: int, seen: set[tuple[str, str]] | None = None
) -> list[str]:
    """The first `count` of `ranked` that have an answer, in order, then unanswered
    ones if too few do. Answers are read a batch at a time, as far down as needed
    (a deck of thousands reads about `count` of them). A question whose text
    (`same_text_key`) is in `seen`, or came earlier in `ranked`, is left out: a mock
    asked a question pasted twice in the notes twice. `seen` gains the texts taken."""
    seen = set() if seen is None else seen
    chosen: list[str] = []
    unanswered: list[str] = []
    batch = max(count, 1) * 2
    for start in range(0, len(ranked), batch):
        if len(chosen) >= count:
            break
        ids = ranked[start : start + batch]
        found = store.questions_by_id(ids)
        for qid in ids:
            question = found.get(qid)
            if question is None:
                continue
            text = same_text_key(question)
            if text in seen:
                continue
            seen.add(text)
            if question.answer_markdown.strip():
                chosen.append(qid)
            else:
                unanswered.append(qid)
    return (chosen + unanswered)[:count]


def weakness_key(
    info: CardInfo | None, now: datetime, scheduler: SpacedRepetition
) -> tuple[int, float, float]:
    """Sort key, weakest first: (group, recall chance, stability); see
    `choose_questions`. The chance is taken to two places: just after a study session
    every question's is 1 or a thousandth short of it, and chance or those thousandths
    put a question graded Easy first, before the ones still being learnt. Among equal
    chances the memory that fades soonest (the least stability) is the weakest."""
    if info is None:
        return (2, 0.0, 0.0)
    retrievability = scheduler.retrievability(info.card_json, now)
    chance = 0.0 if retrievability is None else round(retrievability, 2)
    stability = scheduler.stability(info.card_json) or 0.0
    if info.last_rating == 1:
        return (0, chance, stability)
    state = question_state(info.card_json, info.last_rating, now, scheduler)
    if state == "weak" or info.last_rating == 2:
        return (1, chance, stability)
    return (3, chance, stability)


def _due_key(
    info: CardInfo | None, now: datetime, scheduler: SpacedRepetition
) -> tuple[int, float]:
    if info is None:
        return (1, 0.0)
    due = scheduler.due(info.card_json)
    moment = due.timestamp() if due is not None else now.timestamp()
    return (0 if due is None or due <= now else 2, moment)
