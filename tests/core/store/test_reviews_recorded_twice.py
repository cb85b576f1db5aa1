"""Reviews recorded twice: two copies of the store merged by a database tool or a sync
tool (their rows inserted again under new ids), or a table's rows copied in twice.
StudyApp never records two grades of one question in one millisecond, yet each copy
counted: the day's reviews and a deck's daily limit, the statistics, the history FSRS
is fitted to, all doubled, with no word. The full check now leaves out every copy but
the first, says so, and keeps the file as it was."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_unreadable_cards import NOW, studied

COLUMNS = "question_id, reviewed_at_ms, rating, seconds, mode, card_before_json, due_before"


def merged(path, times: int, where: str = "1") -> None:
    """The store's reviews (those `where` picks) inserted again `times` times."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for _ in range(times):
            conn.execute(
                f"INSERT INTO reviews ({COLUMNS}) SELECT {COLUMNS} FROM reviews"
                f" WHERE id <= 9 AND {where}"
            )


def reviews_of(path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT question_id, reviewed_at_ms, rating FROM reviews ORDER BY id")
        return [tuple(r) for r in rows]


@pytest.mark.parametrize(
    ("times", "where", "twice"),
    [(1, "1", 9), (2, "1", 18), (1, "rating = 3 AND id % 2 = 1", 5)],
    ids=["all-once-more", "all-twice-more", "some"],
)
def test_reviews_recorded_twice_count_once_and_are_said(tmp_path, times, where, twice):
    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)  # nine reviews
    before = reviews_of(path)
    merged(path, times, where)
    assert len(reviews_of(path)) == 9 + twice

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.damaged_path is not None
        assert f"{twice} reviews recorded twice" in report.message
        assert "left out the second copies" in report.message
        assert [(r.question_id, r.reviewed_at_ms, r.rating) for r in store.reviews()] == before
        assert {q: c.card_json for q, c in store.cards().items()} == cards  # untouched
    assert len(reviews_of(report.damaged_path)) == 9 + twice  # the file as it was, kept


def test_two_grades_of_one_moment_that_differ_are_both_kept(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    studied(path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            f"INSERT INTO reviews ({COLUMNS}) SELECT question_id, reviewed_at_ms, 1, seconds,"
            " mode, card_before_json, due_before FROM reviews WHERE id = 1"
        )
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is None or "recorded twice" not in report.message
        assert len(store.reviews()) == 10


def test_a_clean_store_is_not_checked_for_nothing(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    studied(path)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is None
    with Store.open(path) as again:
        assert len(again.reviews()) == 9
