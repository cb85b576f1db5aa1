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

import itertools
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.clock import Clock
from studyapp.core.model import Deck, Question, Topic
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import load_settings
from studyapp.core.store import CardInfo, QuestionPlace, Store
from studyapp.core.study import DeckLimits, question_state, to_ms, todays_limits_in
from studyapp.core.titles import normalize_title

if TYPE_CHECKING:
    from studyapp.core.mock_settings import MockSettings


def question_pool(store: Store, topic_ids: Iterable[int]) -> list[Question]:
    """The questions of the topics (sub-topics included), in file order; all when empty.
    Suspended questions are not asked. Outlines: choosing reads no answer (on a big
    deck, reading them all was most of the time a mock took to start)."""
    questions = [q for q in store.question_outlines() if not q.suspended]
    wanted = _with_subtopics(store, topic_ids)
    return questions if wanted is None else [q for q in questions if q.topic_id in wanted]


def _place_pool(store: Store, topic_ids: Iterable[int]) -> list[QuestionPlace]:
    """`question_pool` as places: where each question sits is all choosing needs."""
    places = [q for q in store.question_places() if not q.suspended]
    wanted = _with_subtopics(store, topic_ids)
    return places if wanted is None else [q for q in places if q.topic_id in wanted]


def _with_subtopics(store: Store, topic_ids: Iterable[int]) -> set[int] | None:
    """The topics and their sub-topics; None for none given (every question)."""
    ids = set(topic_ids)
    if not ids:
        return None
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
    return wanted


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
    pool = _place_pool(store, settings.topic_ids)
    cards = store.cards() if settings.order != "random" or limits is not None else {}
    buried = store.buried_until(to_ms(now))
    ranked = _awake_first(_ranked(pool, cards, settings.order, now, scheduler, rng), buried)
    limited = settings.counts_as_review and limits is not None
    # The same order twice where the limits apply: as drawn, and within them.
    plain, capped = itertools.tee(ranked) if limited else (ranked, iter(()))
    chosen = _first(store, plain, buried, settings.count)
    if not limited:
        return chosen, 0
    assert limits is not None
    within = _first(store, within_new_limits(capped, cards, limits), buried, settings.count)
    kept = set(within)
    return within, sum(1 for qid in chosen if qid not in cards and qid not in kept)


def _ranked(
    pool: list[QuestionPlace],
    cards: Mapping[str, CardInfo],
    order: str,
    now: datetime,
    scheduler: SpacedRepetition,
    rng: random.Random,
) -> Iterator[QuestionPlace]:
    """The pool in asking order (see `choose_with_held`), drawn as far as it is read.

    Every never-studied question has the same key, so they come as one block in a
    random order, drawn one at a time (`_drawn`); only the studied ones are sorted.
    A mock of ten over 44,600 questions, nearly all never studied, shuffled and sorted
    them all: most of the 1.8 s a tester's mock took to start."""
    if order == "random":
        return _drawn(pool, rng)
    key = weakness_key if order == "weakest" else _due_key
    studied = [q for q in pool if q.id in cards]
    rng.shuffle(studied)  # ties broken at random (the sort keeps their order)
    keyed = sorted(
        ((key(cards[q.id], now, scheduler), q) for q in studied), key=lambda pair: pair[0]
    )
    fresh_key = key(None, now, scheduler)  # no studied question's key equals it
    before = [q for k, q in keyed if k < fresh_key]
    after = [q for k, q in keyed if k > fresh_key]
    fresh = [q for q in pool if q.id not in cards]
    return itertools.chain(before, _drawn(fresh, rng), after)


def _awake_first(
    ranked: Iterable[QuestionPlace], buried: Mapping[str, int]
) -> Iterator[QuestionPlace]:
    """`ranked` with the buried questions after every other, each part in its order
    (the others are read first, today's new allowance included)."""
    asleep: list[QuestionPlace] = []
    for question in ranked:
        if question.id in buried:
            asleep.append(question)
        else:
            yield question
    yield from asleep


def _drawn(items: list[QuestionPlace], rng: random.Random) -> Iterator[QuestionPlace]:
    """`items` in a uniformly random order, drawn as they are read (Fisher-Yates, one
    step per item taken): a mock of ten draws about ten, not a shuffle of them all."""
    items = list(items)
    for i in range(len(items)):
        j = rng.randrange(i, len(items))
        items[i], items[j] = items[j], items[i]
        yield items[i]


def _first(
    store: Store, ranked: Iterable[QuestionPlace], buried: Mapping[str, int], count: int
) -> list[str]:
    """The first `count` of `ranked`, answered ones first, buried ones only where the
    others run out; one of each question text (`answered_first`). `ranked` is read
    only as far as that takes."""
    asleep: list[str] = []

    def awake() -> Iterator[str]:
        for question in ranked:
            if question.id in buried:
                asleep.append(question.id)  # read through: the others ran out
            else:
                yield question.id

    seen: set[tuple[str, str]] = set()
    chosen = answered_first(store, awake(), count, seen)
    if len(chosen) < count and asleep:  # (fewer than `count`: `ranked` is read through)
        chosen += answered_first(store, asleep, count - len(chosen), seen)
    return chosen


def todays_new_limits(store: Store, clock: Clock) -> DeckLimits:
    """What today's limits (Preferences) still allow in each deck."""
    return todays_limits_in(store, load_settings(store), clock.now(), clock.timezone())


def within_new_limits(
    ranked: Iterable[QuestionPlace], cards: Mapping[str, CardInfo], limits: DeckLimits
) -> Iterator[QuestionPlace]:
    """`ranked` without the never-studied questions past their deck's new allowance
    for today (taken in order), read as far as it is read."""
    taken: Counter[int] = Counter()
    allowance: dict[int, int | None] = {}  # each deck's, asked once
    for question in ranked:
        if question.id not in cards:
            deck = question.deck_id
            if deck not in allowance:
                allowance[deck] = limits.of(deck).new_left
            left = allowance[deck]
            if left is not None and taken[deck] >= left:
                continue
            taken[deck] += 1
        yield question


class SetupOffer(NamedTuple):
    """What a mock's set-up offers, read from the store when it opens: the decks and
    their topics (store.topics order), topic id → the questions a mock can ask (not
    suspended) and, of those, the never-studied ones, the last set-up, and each
    deck's new questions left for today (None: no limit)."""

    decks: list[Deck]
    topics: dict[int, list[Topic]]
    counts: Counter[int]
    settings: MockSettings
    new_counts: Counter[int]
    new_left: dict[int, int | None]


def setup_offer(store: Store, clock: Clock) -> SetupOffer | None:
    """What the set-up offers now; None when there is no question to ask."""
    counts = store.question_counts(suspended=False)  # one query
    if not counts:
        return None
    from studyapp.core.mock_settings import load_settings as last_setup

    decks = store.decks()
    limits = todays_new_limits(store, clock)
    return SetupOffer(
        decks,
        {deck.id: store.topics(deck.id) for deck in decks},
        Counter(counts),
        last_setup(store),
        new_by_topic(store),
        {deck.id: limits.of(deck.id).new_left for deck in decks},
    )


def new_by_topic(store: Store) -> Counter[int]:
    """Topic id → its never-studied questions that a mock can ask (not suspended)."""
    return Counter(store.question_counts(suspended=False, reviewed=False))


def same_text_key(question: Question) -> tuple[str, str]:
    """What makes two questions the same one to ask: their title (normalized) and
    their answer (its words, case aside). The same question pasted twice in the notes
    ("What is the GIL?" at lines 51 and 67) is two questions with one text."""
    return normalize_title(question.title), " ".join(question.answer_markdown.casefold().split())


def answered_first(
    store: Store, ranked: Iterable[str], count: int, seen: set[tuple[str, str]] | None = None
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
    remaining = iter(ranked)
    while len(chosen) < count:
        ids = list(itertools.islice(remaining, batch))
        if not ids:
            break
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
