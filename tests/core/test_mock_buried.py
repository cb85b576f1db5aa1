"""Buried questions (Anki's Bury, "-" in a study session) in mock interviews: a mock
draws them last, only when the chosen topics have too few others, and a grade that
counts as a review unburies the question (it was reviewed after all), as a study
grade does. A practice mock (grades not counted) leaves a bury as it leaves the card."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta

import pytest

from studyapp.core.mock import MockSession, MockSettings, choose_questions
from studyapp.core.mock_choice import choose_with_held
from studyapp.core.store import Store, StoreError
from studyapp.core.study import DeckLimits, to_ms
from tests.core.shared import open_deck
from tests.core.test_mock import T0, deck_doc, qid, session_over, titles, topic_id
from tests.helpers.full_disk import WritesFailAfterDeletes


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    yield from open_deck(tmp_path / "s.sqlite3", deck_doc())


TOMORROW = to_ms(T0 + timedelta(days=1))


def bury(store, *names: str) -> None:
    store.bury([qid(store, n) for n in names], TOMORROW)


def buried(store) -> set[str]:
    return set(titles(store, list(store.buried_until(to_ms(T0)))))


def answer(session: MockSession, rating: int) -> None:
    session.reveal("")
    session.grade(rating)


@pytest.mark.parametrize(
    ("names", "graded", "rating"),
    [
        (("Q1?",), ("Q1?",), 3),
        # A fresh case: two buried, another not, one graded Again: only it leaves.
        (("Q2?", "Q4?"), ("Q3?", "Q4?"), 1),
    ],
)
def test_a_mock_grade_that_counts_unburies_the_question(store, sr, clock, names, graded, rating):
    bury(store, *names)
    session = session_over(store, sr, clock, *graded)
    for _ in graded:
        clock.advance(seconds=20)
        answer(session, rating)
    assert session.state == "finished"
    assert buried(store) == set(names) - set(graded)
    assert session.unburied == qid(store, graded[-1])
    assert {r.question_id for r in store.reviews()} == {qid(store, n) for n in graded}


def test_a_practice_mock_leaves_a_bury_as_it_leaves_the_card(store, sr, clock):
    bury(store, "Q1?")
    session = session_over(store, sr, clock, "Q1?", counts_as_review=False)
    answer(session, 4)
    assert buried(store) == {"Q1?"} and store.card_json(qid(store, "Q1?")) is None
    assert session.unburied is None


def test_a_skip_unburies_nothing(store, sr, clock):
    bury(store, "Q1?")
    session = session_over(store, sr, clock, "Q1?", "Q2?")
    session.skip()
    assert buried(store) == {"Q1?"}


def test_a_grade_that_cannot_be_saved_leaves_the_question_buried(store, sr, clock, monkeypatch):
    bury(store, "Q3?")
    session = session_over(store, sr, clock, "Q3?")
    session.reveal("bias")
    # The disk fills up as the question is unburied: the answer cannot be saved, and
    # putting the bury back afterwards would be refused as well.
    monkeypatch.setattr(store, "_conn", WritesFailAfterDeletes(store._conn))
    with pytest.raises(StoreError):
        session.grade(3)
    assert buried(store) == {"Q3?"}
    assert session.state == "revealed"  # still on screen, to grade again
    monkeypatch.undo()
    session.grade(3)
    assert buried(store) == set()


# --- the draw ----------------------------------------------------------------------


@pytest.mark.parametrize("order", ["weakest", "due", "random"])
@pytest.mark.parametrize(
    ("topic", "names", "count"),
    [
        ("ML", ("Q1?",), 3),  # ML holds Q1, Q3 and Trees' Q2, Q5
        ("Trees", ("Q2?",), 1),  # a fresh case: a sub-topic, one asked
    ],
)
def test_a_buried_question_is_not_drawn_while_others_are_left(
    store, sr, clock, order, topic, names, count
):
    bury(store, *names)
    settings = MockSettings(topic_ids=(topic_id(store, topic),), count=count, order=order)
    for seed in range(8):
        chosen = choose_questions(store, settings, T0, sr, random.Random(seed))
        assert len(chosen) == count
        assert not set(titles(store, chosen)) & set(names)


@pytest.mark.parametrize("order", ["weakest", "due", "random"])
def test_buried_questions_fill_a_mock_only_when_the_topics_hold_too_few_others(
    store, sr, clock, order
):
    bury(store, "Q1?", "Q2?")
    settings = MockSettings(topic_ids=(topic_id(store, "ML"),), count=3, order=order)
    chosen = titles(store, choose_questions(store, settings, T0, sr, random.Random(1)))
    assert len(chosen) == 3
    assert set(chosen[:2]) == {"Q3?", "Q5?"}  # the two not buried first
    assert chosen[2] in {"Q1?", "Q2?"}


def test_a_topic_of_only_buried_questions_can_still_be_practised(store, sr, clock):
    bury(store, "Q4?")
    settings = MockSettings(topic_ids=(topic_id(store, "DL"),), count=5)
    session = MockSession.create(store, sr, clock, settings, random.Random(0))
    assert [q.title for q in session.questions] == ["Q4?"]
    assert session.buried_asked == 1  # the start says why a buried one is asked


@pytest.mark.parametrize(("count", "asked"), [(2, 0), (3, 1), (4, 2)])
def test_a_mock_says_how_many_buried_questions_it_took_for_want_of_others(
    store, sr, clock, count, asked
):
    bury(store, "Q1?", "Q2?")  # ML holds two others: Q3, Q5
    settings = MockSettings(topic_ids=(topic_id(store, "ML"),), count=count)
    session = MockSession.create(store, sr, clock, settings, random.Random(0))
    assert len(session.questions) == count and session.buried_asked == asked


def test_todays_new_allowance_goes_to_questions_not_buried_first(store, sr, clock):
    """Every question is new; one new question left today: a buried one does not
    take it."""
    bury(store, "Q1?", "Q3?")
    limits = DeckLimits(new_per_day=1)  # one new question left today
    settings = MockSettings(topic_ids=(topic_id(store, "ML"),), count=4, order="due")
    for seed in range(6):
        chosen, held = choose_with_held(store, settings, T0, sr, random.Random(seed), limits)
        assert len(chosen) == 1 and held == 3
        assert titles(store, chosen)[0] in {"Q2?", "Q5?"}
