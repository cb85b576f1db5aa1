"""A mock over every deck of a store of mostly never-studied questions: the studied
weak ones first, then never-studied ones drawn from every deck alike, never a
suspended one, and each deck's new allowance kept."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest

from studyapp.core.daily_plan import DeckLimits
from studyapp.core.mock import MockSettings, choose_questions
from studyapp.core.mock_choice import choose_with_held, new_by_topic
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.core.shared import T0

DECKS = {"Python": 40, "SQL": 25, "Networks": 15}


def _deck(name: str, size: int) -> ParsedDocument:
    return ParsedDocument(
        deck_name=name,
        format="markdown",
        questions=[
            ParsedQuestion(f"{name} question {i}?", f"{name} answer {i}.", i, (f"{name} {i % 3}",))
            for i in range(size)
        ],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        for name, size in DECKS.items():
            s.import_document(_deck(name, size), f"{name}.md", name)
        yield s


def _ids(store: Store, deck: str) -> list[str]:
    decks = {d.name: d.id for d in store.decks()}
    return [q.id for q in store.question_outlines(deck_id=decks[deck])]


def _grade(store: Store, sr, qid: str, rating: int, days_ago: float) -> None:
    at = T0 - timedelta(days=days_ago)
    card, due = sr.grade(None, rating, at)
    store.record_review(qid, rating, 10.0, "study", card, due, to_ms(at))


def test_the_weakest_come_first_then_new_ones_from_every_deck_never_a_suspended_one(store, sr):
    failed = _ids(store, "SQL")[3]
    hard = _ids(store, "Networks")[2]
    easy = _ids(store, "Python")[0]
    _grade(store, sr, failed, 1, 0.01)
    _grade(store, sr, hard, 2, 0.5)
    _grade(store, sr, easy, 4, 0.5)
    suspended = set(_ids(store, "Python")[1:11])
    store.set_suspended(suspended)
    drawn: Counter[str] = Counter()
    for seed in range(60):
        chosen = choose_questions(store, MockSettings(count=8), T0, sr, random.Random(seed))
        assert len(chosen) == len(set(chosen)) == 8
        assert chosen[:2] == [failed, hard]  # Again, then the weak one
        assert easy not in chosen  # known well: after every never-studied question
        assert not suspended & set(chosen)
        for deck in DECKS:
            drawn[deck] += len(set(chosen[2:]) & set(_ids(store, deck)))
    # Never-studied questions drawn alike from every deck (30, 24 and 14 of them
    # can be asked): each deck's share of 360 draws is near its share of them.
    for deck, askable in {"Python": 29, "SQL": 24, "Networks": 14}.items():
        assert abs(drawn[deck] / 360 - askable / 67) < 0.1, drawn


def test_a_random_mock_over_every_deck_differs_from_one_seed_to_the_next(store, sr):
    settings = MockSettings(count=5, order="random")
    mocks = {tuple(choose_questions(store, settings, T0, sr, random.Random(s))) for s in range(20)}
    assert len(mocks) == 20
    every = {q.id for q in store.question_outlines()}
    assert all(set(mock) <= every and len(set(mock)) == 5 for mock in mocks)


def test_each_deck_s_new_allowance_holds_in_a_mock_over_every_deck(store, sr):
    limits = DeckLimits(new_per_day=2)  # two new questions a deck today
    settings = MockSettings(count=10, order="weakest")
    for seed in range(10):
        chosen, held = choose_with_held(store, settings, T0, sr, random.Random(seed), limits)
        per_deck = Counter(
            deck for deck in DECKS for qid in chosen if qid in set(_ids(store, deck))
        )
        assert per_deck == {"Python": 2, "SQL": 2, "Networks": 2}
        unlimited = choose_questions(store, settings, T0, sr, random.Random(seed))
        assert held == len(set(unlimited) - set(chosen)) > 0  # held: asked but for the limit


def test_the_set_up_counts_what_a_mock_can_ask_per_topic(store, sr):
    python = _ids(store, "Python")
    _grade(store, sr, python[0], 3, 1)
    store.set_suspended([python[3]])
    topic = store.question(python[0]).topic_id  # "Python 0": questions 0, 3, 6, …
    assert store.question(python[3]).topic_id == topic
    assert store.question_counts(suspended=False)[topic] == 14 - 1
    assert new_by_topic(store)[topic] == 14 - 2  # neither the studied nor the suspended
