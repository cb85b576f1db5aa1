"""`coming_back`: the learning steps of a deck or topic due soon, which a session
started now keeps (the Study button offers them while nothing is due nor new)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from studyapp.core.store import Store
from studyapp.core.study import StudySession, coming_back
from tests.core.shared import open_deck
from tests.core.test_study import QUESTIONS, doc, qid, topic_id


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    yield from open_deck(tmp_path / "s.sqlite3", doc(*QUESTIONS))


def grade_all(store, sr, clock, ratings, **scope):
    session = StudySession(store, sr, clock, **scope)
    graded = []
    for rating in ratings:
        question = session.current()
        session.show()
        session.reveal()
        session.grade(rating)
        graded.append(question.id)
    return graded


def test_a_failed_question_is_coming_back_in_its_topic_and_its_parents(store, sr, clock):
    trees = topic_id(store, "Trees")
    failed, _easy = grade_all(store, sr, clock, [1, 4], topic_id=trees)
    clock.advance(seconds=20)
    count, first = coming_back(store, sr, clock.now(), topic_id=trees)
    assert count == 1 and first == sr.due(store.card_json(failed))
    assert first - clock.now() < timedelta(minutes=1)
    # the parent topic and the deck hold it too; a topic beside it does not
    ml, dl = topic_id(store, "ML"), topic_id(store, "DL")
    assert coming_back(store, sr, clock.now(), topic_id=ml)[0] == 1
    assert coming_back(store, sr, clock.now(), deck_id=store.decks()[0].id)[0] == 1
    assert coming_back(store, sr, clock.now()) == (1, first)
    assert coming_back(store, sr, clock.now(), topic_id=dl) == (0, None)


def test_steps_due_now_later_than_the_span_or_buried_are_not_coming_back(store, sr, clock):
    dl = topic_id(store, "DL")
    (failed,) = grade_all(store, sr, clock, [1], topic_id=dl)
    assert coming_back(store, sr, clock.now(), topic_id=dl)[0] == 1
    assert coming_back(store, sr, clock.now(), topic_id=dl, within=timedelta(seconds=5)) == (
        0,
        None,
    )
    store.bury([failed], int((clock.now() + timedelta(days=1)).timestamp() * 1000))
    assert coming_back(store, sr, clock.now(), topic_id=dl) == (0, None)
    store.unbury([failed])
    clock.advance(minutes=2)  # due now: counted as due, not as coming back
    assert coming_back(store, sr, clock.now(), topic_id=dl) == (0, None)
    assert qid(store, "Q4?") == failed
