"""A store whose tables were edited by hand (in a database browser): a column renamed
or dropped, a unique key dropped and duplicates let in. The salvage copied rows by
column name with INSERT OR IGNORE: a renamed column every row needs refused every
row, in silence, and the start said "copied every row … your reviews and progress
are kept" over a deck of 0 questions; duplicates' questions were shown under
"Recovered topic 17" rather than their own topic."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
TOPICS = ("Models", "Metrics", "Data")


def studied(path, backups=None) -> dict[str, str]:
    """Six questions over three topics, each reviewed twice; a backup if asked.
    Returns each question's title by id."""
    doc = ParsedDocument(
        "AI",
        "markdown",
        [
            ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i * 3, topic_path=(topic,))
            for i, topic in enumerate(TOPICS * 2)
        ],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes.md", "hash")
        for n, q in enumerate(store.questions() * 2):
            record(store, q.id, 1 + n % 4, 4.0, "study", 1_000 + n)
        if backups is not None:
            make_backup(store, backups, NOW, "auto")
        return {q.id: q.title for q in store.questions()}


def edit(path, *sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in sql:
            conn.execute(statement)
        conn.commit()


@pytest.mark.parametrize(
    "rename",
    [
        "ALTER TABLE questions RENAME COLUMN title TO question_title",
        "ALTER TABLE reviews RENAME COLUMN reviewed_at_ms TO ts",
        "ALTER TABLE questions RENAME COLUMN answer_markdown TO answer",
    ],
    ids=["question-title", "review-time", "answer"],
)
def test_a_column_renamed_by_hand_keeps_every_question_and_review(tmp_path, rename):
    path = tmp_path / "studyapp.sqlite3"
    titles = studied(path)
    edit(path, rename)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # no backup
    with store:
        assert report is not None and report.whole
        assert {q.id: q.title for q in store.questions()} == titles
        assert all(q.answer_markdown.startswith("Thing") for q in store.questions())
        assert sorted(r.reviewed_at_ms for r in store.reviews()) == list(range(1_000, 1_012))


def test_a_dropped_column_every_review_needs_is_not_called_every_row_kept(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    studied(path)
    edit(path, "ALTER TABLE reviews DROP COLUMN rating")

    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # no backup
    with store:
        assert report is not None and not report.whole
        assert "progress are kept" not in report.message
        assert "the column rating of its reviews" in report.message
        assert len(store.questions()) == 6
    assert report.damaged_path.exists()  # the reviews are still in the file kept aside


def test_a_dropped_column_every_review_needs_restores_the_backup_that_has_them(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups)
    edit(path, "ALTER TABLE reviews DROP COLUMN rating")

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert report is not None and report.restored is not None
        assert len(store.reviews()) == 12


def test_duplicate_topics_let_in_by_a_dropped_unique_key_keep_their_questions_named(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    titles = studied(path)
    edit(
        path,
        "DROP INDEX topics_name",
        "DROP INDEX topics_source",
        # another tool copied the topics again and moved half the questions to the copies
        "INSERT INTO topics (deck_id, parent_id, name, source_name, position)"
        " SELECT deck_id, parent_id, name, source_name, position FROM topics",
        "UPDATE questions SET topic_id = (SELECT max(t.id) FROM topics t WHERE t.name ="
        " (SELECT name FROM topics WHERE id = questions.topic_id)) WHERE rowid % 2 = 0",
    )

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        (deck,) = store.decks()
        shown = {
            t.name: {q.id for q in store.questions(topic_id=t.id)} for t in store.topics(deck.id)
        }
        assert sorted(shown) == sorted(TOPICS)  # no "Recovered topic" beside them
        assert sum(len(ids) for ids in shown.values()) == len(titles)
        assert len(store.reviews()) == 12


def test_a_hand_edited_store_that_cannot_be_repaired_here_is_still_read(tmp_path):
    """Where the store cannot be repaired (its folder cannot be written, so the window
    opens it read-only), its rows are read from a copy in the app's own schema: read
    as it was, the window stopped with a traceback at its first question."""
    path = tmp_path / "studyapp.sqlite3"
    titles = studied(path)
    edit(path, "ALTER TABLE reviews RENAME COLUMN reviewed_at_ms TO ts")
    before = path.read_bytes()
    with Store.open_read_only(path) as store:
        assert {q.id: q.title for q in store.questions()} == titles
        assert len(store.reviews()) == 12
        assert len(store.reviews(next(iter(titles)))) == 2
    assert path.read_bytes() == before
