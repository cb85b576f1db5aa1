"""Per-topic progress (sub-topics included) and per-question states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.progress import TopicProgress, question_states, topic_progress
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)

# Deck "AI": ML (Q1, Q3) > Trees (Q2, Q5) > Boosting (Q6); DL (Q4). Deck "Stats": S1.
QUESTIONS = (
    ("Q1?", ("ML",)),
    ("Q2?", ("ML", "Trees")),
    ("Q3?", ("ML",)),
    ("Q4?", ("DL",)),
    ("Q5?", ("ML", "Trees")),
    ("Q6?", ("ML", "Trees", "Boosting")),
)


def doc(*specs: tuple[str, tuple[str, ...]], deck: str) -> ParsedDocument:
    return ParsedDocument(
        deck_name=deck,
        format="markdown",
        questions=[
            ParsedQuestion(title, "answer", line, path)
            for line, (title, path) in enumerate(specs, start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def sr() -> SpacedRepetition:
    return SpacedRepetition()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc(*QUESTIONS, deck="AI"), "x.md", "hash")
        s.import_document(doc(("S1?", ("Stats",)), deck="Stats"), "y.md", "hash2")
        yield s


def ids(store: Store) -> dict[str, str]:
    return {q.title: q.id for q in store.questions()}


def deck(store: Store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


def topics(store: Store, deck_id: int) -> dict[str, int]:
    return {t.name: t.id for t in store.topics(deck_id)}


def review(store: Store, sr: SpacedRepetition, title: str, ratings: list[int], at: datetime):
    """Give `ratings` one after another, each when the card falls due, the first at `at`."""
    qid = ids(store)[title]
    when = at
    for i, rating in enumerate(ratings):
        card_json = store.card_json(qid)
        if i:
            due = sr.due(card_json)
            assert due is not None
            when = max(when, due)
        card, due_iso = sr.grade(card_json, rating, when)
        store.record_review(qid, rating, 3.0, "study", card, due_iso, to_ms(when))


@pytest.fixture
def history(store, sr):
    """Reviews whose states at T0 are known:

    Q1 Easy just now: learned and mastered.   Q2 Good twice, two months ago: due.
    Q3 Easy, Again just now: weak, due soon. Q4 Easy eight years ago: weak (forgotten).
    Q5 and Q6 new. S1 (other deck) Easy just now.
    """
    review(store, sr, "Q1?", [4], T0)
    review(store, sr, "Q2?", [3, 3], T0 - timedelta(days=60))
    review(store, sr, "Q3?", [4], T0 - timedelta(days=30))
    review(store, sr, "Q3?", [1], T0)
    review(store, sr, "Q4?", [4], T0 - timedelta(days=3000))
    review(store, sr, "S1?", [4], T0)


def test_question_states(store, sr, history):
    by_id = {qid: title for title, qid in ids(store).items()}
    states = {
        by_id[qid]: state
        for qid, state in question_states(store, deck(store, "AI"), T0, sr).items()
    }
    assert states == {
        "Q1?": "learned",
        "Q2?": "due",
        "Q3?": "weak",
        "Q4?": "weak",
        "Q5?": "new",
        "Q6?": "new",
    }
    everything = question_states(store, None, T0, sr)
    assert len(everything) == 7 and everything[ids(store)["S1?"]] == "learned"


def test_topic_progress_includes_sub_topics(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    progress = {
        name: progress
        for name, progress in (
            (n, topic_progress(store, ai, T0, sr)[tid]) for n, tid in names.items()
        )
    }
    assert progress == {
        # Q1 mastered; Q2 due; Q3 weak (Again within the hour, so not due yet); Q5, Q6 new.
        "ML": TopicProgress(total=5, due=1, new=2, mastered=1, weak=1),
        "Trees": TopicProgress(total=3, due=1, new=2, mastered=0, weak=0),
        "Boosting": TopicProgress(total=1, due=0, new=1, mastered=0, weak=0),
        # Q4: last rated Easy, but long forgotten: due and weak, not mastered.
        "DL": TopicProgress(total=1, due=1, new=0, mastered=0, weak=1),
    }
    assert progress["ML"].mastered_fraction == pytest.approx(0.2)
    assert TopicProgress().mastered_fraction == 0.0


def test_mastered_needs_a_good_last_rating_and_recall(store, sr):
    ai = deck(store, "AI")
    ml = topics(store, ai)["ML"]
    review(store, sr, "Q1?", [2], T0)  # Hard: learned but not mastered
    review(store, sr, "Q3?", [3], T0)  # Good: mastered while fresh
    assert topic_progress(store, ai, T0, sr)[ml].mastered == 1
    # A year on, recall of the Good card has dropped under 80 %.
    assert topic_progress(store, ai, T0 + timedelta(days=365), sr)[ml].mastered == 0


def test_every_visible_topic_is_reported_even_without_reviews(store, sr):
    ai = deck(store, "AI")
    progress = topic_progress(store, ai, T0, sr)
    assert set(progress) == set(topics(store, ai).values())
    assert progress[topics(store, ai)["ML"]] == TopicProgress(total=5, new=5)
    stats = deck(store, "Stats")
    assert list(topic_progress(store, stats, T0, sr).values()) == [TopicProgress(total=1, new=1)]


def test_user_topics_and_moved_questions(store, sr):
    ai = deck(store, "AI")
    names = topics(store, ai)
    mine = store.create_topic(ai, "Mine", parent_id=names["DL"])
    store.move_question(ids(store)["Q1?"], mine.id)
    progress = topic_progress(store, ai, T0, sr)
    assert progress[mine.id] == TopicProgress(total=1, new=1)
    assert progress[names["DL"]].total == 2
    assert progress[names["ML"]].total == 4


def test_own_questions_only(store, sr, history):
    ai = deck(store, "AI")
    names = topics(store, ai)
    direct = topic_progress(store, ai, T0, sr, include_subtopics=False)
    assert direct[names["ML"]] == TopicProgress(total=2, due=0, new=0, mastered=1, weak=1)
    assert direct[names["Trees"]] == TopicProgress(total=2, due=1, new=1)
    assert direct[names["Boosting"]] == TopicProgress(total=1, new=1)
    # Adding children up gives the inclusive figures.
    inclusive = topic_progress(store, ai, T0, sr)
    subtree = [direct[names[n]] for n in ("ML", "Trees", "Boosting")]
    assert inclusive[names["ML"]].total == sum(p.total for p in subtree)
    assert inclusive[names["ML"]].new == sum(p.new for p in subtree)
