"""A damaged store is recovered from what can still be read *and* the newest backup,
not from one of them.

One zeroed page of older reviews made the start restore the backup, and the grades
made since were gone though the damaged file still held them (SQLite's scan stopped
at the bad page, and its jump past it by rowid overshot every row after it). A
zeroed page of the mock interviews kept the reviews read, and the interviews were
gone though the backup held them, with no word of mocks. Now the rows each lacks are
taken from the other, by their keys, without duplicates, and the report says what
was taken back and that nothing is missing (or how much may be)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.core.backup import make_backup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_salvage import PAGE, pages_of
from tests.helpers.cards import record

NOW = datetime(2026, 12, 7, 6, tzinfo=UTC)
NOTE = "A note that fills the review's row. " * 8  # a few reviews a page: several leaves


def mock(store: Store, ids: list[str], at_ms: int) -> None:
    session = store.create_mock_session({"count": 2}, ids[:2], at_ms)
    for place, qid in enumerate(ids[:2]):
        store.record_mock_answer(
            session, qid, place, seconds=5.0, overtime=False, rating=3, typed_answer=NOTE
        )
    store.finish_mock_session(session, at_ms + 60_000)


def studied(path: Path, backups: Path, *, before: int, after: int) -> list[str]:
    """`before` reviews and two mock interviews, a backup, then `after` reviews more and
    a third mock interview. Returns the question ids."""
    doc = ParsedDocument(
        "Deck",
        "markdown",
        [ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i) for i in range(8)],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes.md", "hash")
        ids = [q.id for q in store.questions()]
        for n in range(before + after):
            if n == before:
                make_backup(store, backups, NOW - timedelta(hours=1), "auto")
                mock(store, ids[2:], 5_000_000)
            qid = ids[n % len(ids)]
            record(store, qid, 1 + n % 4, 5.0, "study", 1_000_000 + n * 1_000)
            store._conn.execute(
                "UPDATE reviews SET due_before = ? WHERE id = (SELECT max(id) FROM reviews)",
                (NOTE,),
            )
            if n == 1:
                mock(store, ids, 1_500_000)
                mock(store, ids[4:], 1_600_000)
        if not after:
            make_backup(store, backups, NOW - timedelta(hours=1), "auto")
        store.set_setting("store.full_check_at", NOW.isoformat())
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ids


def zero(path: Path, page: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(bytes(PAGE))


def times(store: Store) -> list[int]:
    return sorted(r.reviewed_at_ms for r in store.reviews())


def mocks(store: Store) -> list[tuple[int, int]]:
    """(start, answers) of each mock interview."""
    rows = store._conn.execute(
        "SELECT s.started_at_ms, count(a.id) FROM mock_sessions s"
        " LEFT JOIN mock_answers a ON a.session_id = s.id GROUP BY s.id ORDER BY 1"
    )
    return [tuple(r) for r in rows]


def test_a_zeroed_page_of_older_reviews_keeps_the_grades_made_since(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=60, after=7)
    leaves = pages_of(path, "reviews", "leaf")
    assert len(leaves) > 3
    zero(path, leaves[0])  # the oldest reviews: the backup holds them

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert times(store) == [1_000_000 + n * 1_000 for n in range(67)]  # each once
        assert mocks(store) == [(1_500_000, 2), (1_600_000, 2), (5_000_000, 2)]
    assert report is not None
    assert "nothing is missing" in report.message
    assert "could not be read and are missing" not in report.message


def test_a_zeroed_page_in_the_middle_of_the_reviews_keeps_every_review(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=60, after=7)
    leaves = pages_of(path, "reviews", "leaf")
    zero(path, leaves[len(leaves) // 2])

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert times(store) == [1_000_000 + n * 1_000 for n in range(67)]
    assert report is not None and "nothing is missing" in report.message


def test_a_zeroed_page_of_the_mock_interviews_takes_them_back_from_the_backup(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=60, after=7)
    (page,) = pages_of(path, "mock_sessions")
    zero(path, page)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.reviews()) == 67  # more than the backup's 60: read, kept
        # the two the backup holds are back; the one made since was on the page
        assert mocks(store)[:2] == [(1_500_000, 2), (1_600_000, 2)]
    assert report is not None
    assert "took back 2 mock interviews" in report.message
    assert "mock interview" in report.message.split("took back")[1]


def test_a_zeroed_page_of_the_mock_answers_takes_them_back_from_the_backup(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=60, after=0)  # no mock interview after the backup
    (page,) = pages_of(path, "mock_answers")
    zero(path, page)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert mocks(store) == [(1_500_000, 2), (1_600_000, 2)]
    assert report is not None and "nothing is missing" in report.message


def test_reviews_lost_with_a_page_after_the_backup_are_said_by_number(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=20, after=60)
    leaves = pages_of(path, "reviews", "leaf")
    zero(path, leaves[-2])  # made after the backup: nothing holds them

    store, report = open_store_safely(path, backups, NOW)
    with store:
        kept = len(store.reviews())
    assert 60 < kept < 80
    assert report is not None
    assert f"up to {80 - kept} reviews made after the backup of" in report.message


def test_a_grade_undone_in_the_log_does_not_come_back_from_the_file(tmp_path):
    """The rows past a bad page are read from the table's pages as the log's last
    commit left them, not as the file alone holds them: a grade undone since the last
    checkpoint is still on the file's page, and came back."""
    path, backups = tmp_path / "first" / "studyapp.sqlite3", tmp_path / "first" / "backups"
    path.parent.mkdir()
    studied(path, backups, before=60, after=7)
    damaged = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        last = store._conn.execute("SELECT max(reviewed_at_ms) FROM reviews").fetchone()[0]
        store._conn.execute("DELETE FROM reviews WHERE reviewed_at_ms = ?", (last,))  # undone
        for suffix in ("", "-wal"):  # the store as a crash leaves it: file and log
            shutil.copyfile(f"{path}{suffix}", f"{damaged}{suffix}")
    shutil.copytree(backups, tmp_path / "backups")
    with contextlib.closing(sqlite3.connect(f"file:{damaged}?immutable=1", uri=True)) as conn:
        first = conn.execute(  # read without touching the log (a checkpoint would end it)
            "SELECT min(pageno) FROM dbstat WHERE name = 'reviews' AND pagetype = 'leaf'"
        ).fetchone()[0]
    zero(damaged, first)

    store, _report = open_store_safely(damaged, tmp_path / "backups", NOW)
    with store:
        assert last not in times(store)
        assert times(store) == [1_000_000 + n * 1_000 for n in range(66)]


def test_with_no_backup_the_reviews_a_bad_page_held_are_counted(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=60, after=7)
    shutil.rmtree(backups)
    zero(path, pages_of(path, "reviews", "leaf")[1])  # between two pages read

    store, report = open_store_safely(path, backups, NOW)
    with store:
        kept = len(store.reviews())
    assert 50 < kept < 67
    assert report is not None and not report.whole
    assert f"up to {67 - kept} reviews on the damaged pages" in report.message
