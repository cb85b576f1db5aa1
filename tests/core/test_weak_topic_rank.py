"""The Weak Topics ranking weighs how many questions are weak and how weak they are:
a topic of one question failed once no longer outranks one with fifteen weak."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studyapp.core.store import Store
from studyapp.core.weak import topic_score, weak_report
from tests.history import NOW, SCHEDULER, STRONG, WEAK, doc, ids, record

FAILED_ONCE = ((0.01, 1),)  # Again an hour ago, its only review: score 0.56
FADED = ((60, 3),)  # one Good two months ago, recall 60 %: score 0.55
FADING = ((30, 3),)  # one Good a month ago, recall 67 %: score 0.44


def _questions(topic: str, n: int) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f"{topic} question {i}?", f"{topic} answer {i}.", (topic,)) for i in range(n)]


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        questions = (
            _questions("Caching", 1)
            + _questions("Databases", 60)
            + _questions("Trees", 4)
            + _questions("Graphs", 6)
            + _questions("Queues", 10)
        )
        s.import_document(doc(questions), "notes.md", "h")
        yield s


def _study(store: Store, topic: str, patterns: list) -> None:
    q = ids(store)
    for i, pattern in enumerate(patterns):
        record(store, q[f"{topic} question {i}?"], pattern)


def _ranked(store: Store) -> list[str]:
    deck_id = store.decks()[0].id
    return [t.name for t in weak_report(store, deck_id, NOW, SCHEDULER).topics]


def test_fifteen_weak_questions_outrank_one_failed_once(store):
    """The tester's case: one question failed once, alone in its topic, came before a
    topic of sixty studied where fifteen had faded (its weak share 100 % to 25 %)."""
    _study(store, "Caching", [FAILED_ONCE])
    _study(store, "Databases", [FADED] * 8 + [FADING] * 7 + [STRONG] * 45)
    assert _ranked(store) == ["Databases", "Caching"]


def test_how_weak_counts_as_well_as_how_many(store):
    """Four questions failed twice this week weigh more than six whose recall is only
    fading, though fewer; and both more than one failed once."""
    _study(store, "Trees", [WEAK] * 4)
    _study(store, "Graphs", [FADING] * 6)
    _study(store, "Caching", [FAILED_ONCE])
    assert _ranked(store) == ["Trees", "Graphs", "Caching"]


def test_alike_trouble_comes_first_where_it_is_more_of_the_topic(store):
    """Two topics holding the same weak questions: the one where they are a larger
    share of what was studied comes first."""
    _study(store, "Trees", [FADED, FADED])
    _study(store, "Queues", [FADED, FADED] + [STRONG] * 8)
    assert _ranked(store) == ["Trees", "Queues"]


def test_a_topic_s_score_grows_with_each_weak_question_and_stays_below_one():
    scores = [topic_score([0.5] * n) for n in range(1, 40)]
    assert scores == sorted(scores) and len(set(scores)) == len(scores)
    assert scores[0] > 0 and scores[-1] < 1
    assert topic_score([0.56]) == pytest.approx(0.17, abs=0.01)
    assert topic_score([0.5] * 15) == pytest.approx(0.92, abs=0.01)
