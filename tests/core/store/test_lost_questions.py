"""A bad page in the questions table, no backup to hand: the questions on it are lost,
but their reviews, cards and mock answers are still readable. They were dropped with
them; now they are kept, and importing the notes again (no longer skipped as an
unchanged file) makes the questions again under their ids, with their progress."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.importer import import_file
from studyapp.core.recovery import open_store_safely
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from tests.core.test_salvage import pages_of, spoil

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def test_reviews_of_questions_lost_with_a_bad_page_come_back_with_a_reimport(tmp_path):
    notes = tmp_path / "notes.md"
    answers = [f"Thing {i} is a thing. " * 60 for i in range(60)]  # a few per page
    notes.write_text(
        "".join(f"## What is thing {i}?\n\n{a}\n\n" for i, a in enumerate(answers)),
        encoding="utf-8",
    )
    path, sr = tmp_path / "studyapp.sqlite3", SpacedRepetition()
    with Store.open(path) as store:
        import_file(store, notes)
        for q in store.questions():
            card, due = sr.grade(None, 3, NOW)
            store.record_review(q.id, 3, 4.0, "study", card, due, 1_000)
        reviewed = {r.question_id for r in store.reviews()}
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    leaves = pages_of(path, "questions", "leaf")
    assert len(leaves) > 3
    spoil(path, leaves[1])

    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # no backup
    with store:
        assert report is not None and not report.whole
        lost = len(reviewed) - len(store.reviews())
        assert lost > 0
        assert f"The {lost} reviews of questions that were lost are kept" in report.message
        summary = import_file(store, notes)  # the same file, not skipped as unchanged
        assert not summary.skipped_unchanged_file
        assert {r.question_id for r in store.reviews()} == reviewed  # every one is back
        assert len(store.cards()) == len(reviewed)


def test_questions_whose_topics_were_lost_with_a_bad_page_keep_a_place(tmp_path):
    """Their topics' page lost, the questions were dropped as orphans with it (and
    with them the reviews); they are under recovered topics now."""
    path, sr = tmp_path / "studyapp.sqlite3", SpacedRepetition()
    notes = tmp_path / "notes.md"
    notes.write_text(
        "".join(f"# Topic {i}\n\n## What is thing {i}?\n\nThing {i}.\n\n" for i in range(20)),
        encoding="utf-8",
    )
    with Store.open(path) as store:
        import_file(store, notes)
        for q in store.questions():
            card, due = sr.grade(None, 3, NOW)
            store.record_review(q.id, 3, 4.0, "study", card, due, 1_000)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = pages_of(path, "topics")
    spoil(path, page)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and not report.whole
        (deck,) = store.decks()
        shown = [q for t in store.topics(deck.id) for q in store.questions(topic_id=t.id)]
        assert len(shown) == 20 and len(store.reviews()) == 20
