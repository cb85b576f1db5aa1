"""Questions and topics whose deck or topic is gone (another tool deleted it with
foreign keys off, or its row was lost): the deck or topic is made again at the next
start, so every question shows with its progress."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.decks import deck_list
from studyapp.core.importer import import_default_deck
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.refill import refill
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from studyapp.core.weak import weak_report

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
TOPICS = ("Models", "Models", "Metrics", "Data")

DAMAGE = {
    "deck-gone": "DELETE FROM decks",
    "topic-gone": "DELETE FROM topics WHERE name = 'Models'",
    "every-topic-gone": "DELETE FROM topics",
    "parent-gone": "UPDATE topics SET parent_id = 999 WHERE name = 'Data'",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_questions_whose_deck_or_topic_is_gone_show_again_with_their_progress(tmp_path, damage):
    path, sr = tmp_path / "studyapp.sqlite3", SpacedRepetition()
    doc = ParsedDocument(
        "AI",
        "markdown",
        [
            ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i * 3, topic_path=(topic,))
            for i, topic in enumerate(TOPICS)
        ],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes.md", "hash")
        for q in store.questions():
            card, due = sr.grade(None, 3, NOW)
            store.record_review(q.id, 3, 4.0, "study", card, due, 1_000)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        store._conn.execute("PRAGMA foreign_keys = OFF")  # as another tool writes
        store._conn.execute(damage)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.repaired and report.whole
        assert "Recovered" in report.message and report.damaged_path.exists()
        shown = {
            q.id
            for deck in store.decks()
            for topic in store.topics(deck.id)
            for q in store.questions(topic_id=topic.id)
        }
        assert len(shown) == len(TOPICS)  # every question in the tree again
        assert sum(d.questions for d in deck_list(store, NOW, sr)) == len(TOPICS)
        assert weak_report(store, None, NOW, sr) is not None
        assert collect_stats(store, None, NOW, sr, tz=UTC).total_ratings == len(TOPICS)
        assert len(store.reviews()) == len(TOPICS)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # and stays so
    store.close()
    assert report is None


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE questions SET deck_id = 'x' WHERE rowid = 1",  # text where an id was
        "UPDATE questions SET topic_id = 'x' WHERE rowid = 1",
        "UPDATE decks SET id = 99",  # the deck's row given another id, its questions not
    ],
    ids=["deck-id-text", "topic-id-text", "deck-id-changed"],
)
def test_rows_pointing_nowhere_by_a_changed_or_text_id_start_and_show(tmp_path, damage):
    """Text where a question's deck id was stopped every start with a traceback (a deck
    cannot be made again under the id 'x'); a deck row given another id left its
    bundled deck empty beside 'Recovered deck 1', and importing its notes again
    stopped the start (their ids were the recovered deck's)."""
    path, sr = tmp_path / "studyapp.sqlite3", SpacedRepetition()
    with Store.open(path) as store:
        import_default_deck(store)
        ids = {q.id for q in store.questions()}
        for q in store.questions()[:5]:
            card, due = sr.grade(None, 3, NOW)
            store.record_review(q.id, 3, 4.0, "study", card, due, 1_000)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute("PRAGMA foreign_keys = OFF")
        store._conn.execute(damage)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.repaired
        if report.may_miss_notes:
            refill(store)  # as the start does
        shown = {
            q.id
            for deck in store.decks()
            for topic in store.topics(deck.id)
            for q in store.questions(topic_id=topic.id)
        }
        assert shown == ids
        assert len(store.reviews()) == 5
        holding = {d.name for d in store.decks() if store.questions(deck_id=d.id)}
        assert holding == {"AI and ML Questions"}  # not "Recovered deck 1"
