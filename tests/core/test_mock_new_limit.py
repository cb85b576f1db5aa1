"""A mock whose grades count as reviews keeps to today's new-question limit of each
deck (Preferences), as a study session does; one whose grades do not count may ask
any question, since it schedules nothing."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from studyapp.core import settings_schema as keys
from studyapp.core.mock import MockSession, MockSettings, NoQuestionsError
from studyapp.core.mock_choice import new_by_topic, todays_new_limits
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from tests.core.shared import open_deck
from tests.core.test_mock import deck_doc, qid


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    """The deck "AI" of five questions, none studied."""
    yield from open_deck(tmp_path / "s.sqlite3", deck_doc())


ALL_FIVE = MockSettings(count=5, order="random")


def studied(store, sr, clock, *titles: str) -> None:
    """The questions graded Good in a mock whose grades count (today, at T0)."""
    session = MockSession(store, sr, clock, MockSettings(), [qid(store, t) for t in titles])
    session.start()
    for _ in titles:
        session.reveal("")
        session.grade(3)


def asked(store, sr, clock, settings=ALL_FIVE) -> tuple[set[str], int]:
    session = MockSession.create(
        store, sr, clock, settings, random.Random(1), todays_new_limits(store, clock)
    )
    return {q.title for q in session.questions}, session.held_new


def test_new_questions_stop_at_what_today_still_allows(store, sr, clock):
    keys.write(store, keys.NEW_PER_DAY, 3)
    studied(store, sr, clock, "Q1?", "Q2?")  # two of the three new ones today
    titles, held = asked(store, sr, clock)
    assert {"Q1?", "Q2?"} <= titles and len(titles) == 3  # the two seen, one new
    assert held == 2


def test_a_mock_that_schedules_nothing_asks_new_questions_freely(store, sr, clock):
    keys.write(store, keys.NEW_PER_DAY, 3)
    studied(store, sr, clock, "Q1?", "Q2?")
    settings = MockSettings(count=5, order="random", counts_as_review=False)
    assert asked(store, sr, clock, settings) == ({"Q1?", "Q2?", "Q3?", "Q4?", "Q5?"}, 0)


def test_each_deck_has_its_own_allowance(store, sr, clock):
    other = ParsedDocument(
        deck_name="Systems",
        format="markdown",
        questions=[
            ParsedQuestion(f"S{i}?", "A **cache** keeps copies.", i, ("Caches",)) for i in (1, 2, 3)
        ],
        has_sections=True,
    )
    store.import_document(other, "y.md", "hash2")
    keys.write(store, keys.NEW_PER_DAY, 1)
    studied(store, sr, clock, "Q1?")  # the deck "AI" used its one new question today
    titles, held = asked(store, sr, clock, MockSettings(count=8, order="random"))
    assert titles & {"S1?", "S2?", "S3?"} and len(titles & {"S1?", "S2?", "S3?"}) == 1
    assert titles - {"S1?", "S2?", "S3?"} == {"Q1?"}
    assert held == 4 + 2


def test_only_new_questions_and_the_limit_used_up_says_why(store, sr, clock):
    keys.write(store, keys.NEW_PER_DAY, 0)
    with pytest.raises(NoQuestionsError, match="new-question limit"):
        asked(store, sr, clock)


def test_the_set_up_counts_the_new_questions_of_each_topic(store, sr, clock):
    studied(store, sr, clock, "Q1?")
    new = new_by_topic(store)
    names = {t.id: t.name for t in store.topics(store.decks()[0].id)}
    assert {names[t]: n for t, n in new.items()} == {"ML": 1, "Trees": 2, "DL": 1}


def test_a_short_mock_within_the_allowance_holds_nothing_back(store, sr, clock):
    """Two questions of five new, three allowed today: the limit left nothing out, and
    the status bar said "3 new questions left out: the limit is reached" (a tester)."""
    keys.write(store, keys.NEW_PER_DAY, 3)
    titles, held = asked(store, sr, clock, MockSettings(count=2, order="random"))
    assert len(titles) == 2 and held == 0


def test_a_mock_counts_only_the_new_questions_the_limit_kept_from_it(store, sr, clock):
    keys.write(store, keys.NEW_PER_DAY, 1)
    titles, held = asked(store, sr, clock, MockSettings(count=3, order="random"))
    assert len(titles) == 1  # one new question allowed, none studied: the mock is short
    assert held == 2  # the two more it would have asked
