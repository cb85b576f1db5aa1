"""A bad page above a table's rows (its root, or an interior page) hides every row
below it, though each is still on its leaf page: SQLite cannot reach them, so the
salvage read none, and the start restored an older backup instead, losing every
review made since (or, with no backup, started an empty store). Now the rows are
read back from the leaf pages no b-tree reaches any more."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill
from tests.core.test_salvage import PAGE, pages_of
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def studied(path: Path, backups: Path) -> dict[str, str]:
    """40 questions with long answers (over several pages each), 1,500 reviews; a
    backup made after the first 100. Returns each question's answer by id."""
    long = "A long answer line that goes on. " * 300  # ~10 KB: overflow pages
    doc = ParsedDocument(
        "Deck",
        "markdown",
        [ParsedQuestion(f"What is thing {i}?", f"{i}: {long}", i * 3) for i in range(40)],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes.md", "hash")
        ids = [q.id for q in store.questions()]
        for first, last in ((0, 100), (100, 1_500)):
            with store.transaction():  # one commit each: the test's speed, not the app's
                for n in range(first, last):
                    record(store, ids[n % 40], 1 + n % 4, 5.0, "study", 1_000 + n)
            if first == 0:
                make_backup(store, backups, NOW - timedelta(days=1), "auto")
        store.set_setting("store.full_check_at", NOW.isoformat())
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {q.id: q.answer_markdown for q in store.questions()}


def overwrite(path: Path, page: int, fill: bytes) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(fill * (PAGE // len(fill)))


def test_a_lost_root_page_of_the_reviews_keeps_every_review(tmp_path):
    store, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(store, backups)
    root = pages_of(store, "reviews", "internal")
    assert root  # the reviews fill many leaves, under one root
    overwrite(store, root[0], b"\0")

    opened, report = open_store_safely(store, backups, NOW)
    with opened:
        reviews = opened.reviews()
    assert len(reviews) == 1_500  # the backup holds 100
    assert sorted(r.reviewed_at_ms for r in reviews) == list(range(1_000, 2_500))
    assert report is not None and report.restored is None
    assert "1,500 reviews" in report.message  # as the window writes counts


def test_a_lost_root_page_of_the_questions_keeps_them_with_their_whole_answers(tmp_path):
    store, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    answers = studied(store, backups)
    root = pages_of(store, "questions", "internal")
    assert root
    overwrite(store, root[0], b"\xff")

    opened, report = open_store_safely(store, backups, NOW)
    with opened:
        assert {q.id: q.answer_markdown for q in opened.questions()} == answers
        assert len(opened.reviews()) == 1_500
    assert report is not None and report.restored is None


def test_deleted_rows_on_free_pages_do_not_come_back(tmp_path):
    """Pages freed by a deletion keep the deleted rows' bytes: those rows stay gone."""
    store, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(store, backups)
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as conn:
        conn.execute("PRAGMA secure_delete = OFF")  # as most builds: freed pages keep their rows
        conn.execute("DELETE FROM reviews WHERE reviewed_at_ms >= 2000")  # 500 undone
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    overwrite(store, pages_of(store, "reviews", "internal")[0], b"\0")

    opened, _report = open_store_safely(store, backups, NOW)
    with opened:
        assert len(opened.reviews()) == 1_000


@pytest.mark.parametrize("keep_header", [True, False], ids=["schema", "whole-first-page"])
def test_a_lost_first_page_keeps_every_question_and_review(tmp_path, keep_header):
    """The first page holds the schema (and the file's header): lost, nothing said
    where any table was, and with no backup the start began an empty store."""
    store, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    answers = studied(store, backups)
    shutil.rmtree(backups)  # nothing else to fall back on
    with store.open("r+b") as f:
        f.seek(100 if keep_header else 0)
        f.write(b"\0" * (PAGE - (100 if keep_header else 0)))

    opened, report = open_store_safely(store, backups, NOW)
    with opened:
        assert {q.id: q.answer_markdown for q in opened.questions()} == answers
        assert len(opened.reviews()) == 1_500
        assert [d.name for d in opened.decks()] == ["Deck"]
    assert report is not None and report.repaired and not report.whole
    assert list(tmp_path.glob("studyapp.sqlite3.damaged-*"))


def test_another_programs_file_whose_first_page_is_lost_is_not_taken_apart(tmp_path):
    store = tmp_path / "studyapp.sqlite3"
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO moz_places (url) VALUES (?)", [(f"https://e.com/{n}",) for n in range(900)]
        )
    with store.open("r+b") as f:
        f.seek(100)
        f.write(b"\0" * (PAGE - 100))

    opened, report = open_store_safely(store, tmp_path / "backups", NOW)
    with opened:
        assert opened.decks() == [] and opened.reviews() == []
    assert report is not None and report.restored is None and not report.repaired


def test_a_store_cut_in_half_keeps_the_rows_on_the_half_left(tmp_path):
    """Cut mid-page (a copy that stopped), the file's schema could not be read: the
    backup was restored, losing what was done since, though the rows were there."""
    store, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(store) as opened:
        ids = fill(opened, reviews=3)
        make_backup(opened, backups, NOW - timedelta(days=1), "auto")
        record(opened, ids[1], 4, 1.0, "study", 99_000)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2 + 1000])

    opened, report = open_store_safely(store, backups, NOW)
    with opened:
        assert len(opened.reviews()) == 4  # the backup holds 3
    assert report is not None and report.restored is None
