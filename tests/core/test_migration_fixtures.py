"""Migration from every earlier schema version keeps all reviews: one frozen store per
version (tests/core/fixtures/store_v<N>.sql), opened by today's app."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import SCHEMA_VERSION, Store, schema_version
from studyapp.core.study import StudySession
from tests.core.fixtures.build_store_fixtures import FIXTURES, fixture_path, load

VERSIONS = range(1, SCHEMA_VERSION + 1)
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
# The tables whose rows are the person's own work; every one must come through whole.
USER_TABLES = ("reviews", "cards", "questions", "topics", "decks", "settings", "mock_answers")


def test_every_schema_version_has_a_fixture_store():
    """When a migration lands, run `python -m tests.core.fixtures.build_store_fixtures`
    first, so the version it replaces keeps a store to migrate from."""
    missing = [v for v in VERSIONS if not fixture_path(v).exists()]
    assert missing == []
    assert sorted(FIXTURES.glob("store_v*.sql")) == sorted(fixture_path(v) for v in VERSIONS)


def rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    listed = ", ".join(f'"{c}"' for c in columns)
    return sorted((tuple(r) for r in conn.execute(f'SELECT {listed} FROM "{table}"')), key=repr)


def snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        out = {}
        for table in USER_TABLES:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            out[table] = (columns, rows(conn, table, columns))
        return out


@pytest.fixture(params=list(VERSIONS), ids=lambda v: f"v{v}")
def old_store(request, tmp_path) -> tuple[int, Path]:
    version = request.param
    path = load(fixture_path(version), tmp_path / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert schema_version(conn) == version
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return version, path


def test_migrating_keeps_every_review_and_every_row(old_store):
    _, path = old_store
    before = snapshot(path)
    assert len(before["reviews"][1]) >= 15
    with Store.open(path) as store:
        assert schema_version(store._conn) == SCHEMA_VERSION
        conn = store._conn
        for table, (columns, old_rows) in before.items():
            assert rows(conn, table, columns) == old_rows, table  # old columns, same rows
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Through the API too: each review as the app reads it.
        for review_id, qid, at_ms, rating, seconds, mode, *_ in before["reviews"][1]:
            (review,) = [r for r in store.reviews(qid) if r.id == review_id]
            assert (review.reviewed_at_ms, review.rating, review.seconds, review.mode) == (
                at_ms,
                rating,
                seconds,
                mode,
            )


def test_a_migrated_store_can_be_studied_and_reimported(old_store):
    _, path = old_store
    reviews_before = len(snapshot(path)["reviews"][1])
    with Store.open(path) as store:
        questions = store.questions()
        doc = ParsedDocument(
            store.decks()[0].name,
            "markdown",
            [ParsedQuestion(q.title, q.answer_markdown, q.source_line) for q in questions],
        )
        summary = store.import_document(doc, "/notes/interview.md", "new-hash")
        assert summary.new == 0 and summary.removed == 0
        session = StudySession(store, SpacedRepetition(), FakeClock(NOW))
        assert session.current() is not None
        session.grade(3)
        assert len(store._conn.execute("SELECT id FROM reviews").fetchall()) == (reviews_before + 1)


def test_start_up_opens_an_old_store_without_calling_it_damaged(old_store, tmp_path):
    _, path = old_store
    store, report = open_store_safely(path, tmp_path / "backups", FakeClock(NOW).now())
    store.close()
    assert report is None
