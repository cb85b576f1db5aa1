"""Rows that break their table's own CHECK rule, written past it by another tool or a
hand edit (SQLite's ``ignore_check_constraints``): a review rated 7, 0 or "good", a
question "suspended" 5.

SQLite's integrity check names them ("CHECK constraint failed in reviews") and the
salvage could not copy them. A review no grade can be is one every read of the
history already leaves out (core.store.values), yet it counted as lost: the report
blamed "rows on the damaged pages", and the newest backup, with more rows, won over
the salvage, losing every grade made since it. Such a review now costs nothing: the
salvage is whole, kept over the backup, and says what it left out. A refused row the
app does read (a question) is still a loss, said as what it is, not damaged pages."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.backup_writer import make_backup
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill
from tests.helpers.cards import record


def studied(path, backups) -> list[str]:
    """A backup, then more grades after it (the backup lacks them)."""
    with Store.open(path) as store:
        ids = fill(store, reviews=0)
        for n in range(6):
            record(store, ids[n % 3], 3, 4.0, "study", 1_000_000 + n * 60_000)
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
        for n in range(6):
            record(store, ids[n % 3], 1 + n % 4, 4.0, "study", 9_000_000 + n * 60_000)
        store.set_setting(K_FULL_CHECK_AT, (NOW - timedelta(days=2)).isoformat())
    return ids


def past_the_rules(path, sql: str, *args) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute(sql, args)


@pytest.mark.parametrize("rating", [7, 0, "good"])
def test_a_review_no_grade_can_be_costs_no_grade_made_since_the_backup(tmp_path, rating):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups)
    past_the_rules(path, "UPDATE reviews SET rating = ? WHERE id = 2", rating)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert report is not None and report.restored is None and report.whole
        assert "damaged pages" not in report.message and "CHECK" not in report.message
        assert "rows of its reviews hold values its rules refuse" in report.message
        assert (
            "1 row of its reviews held a rating or a time no grade or clock can be"
            in report.message
        )
        assert len(store.reviews()) == 11  # every grade but that one, those since the backup too
    assert report.damaged_path.exists()  # the row itself, kept in the copy


def test_a_question_its_rules_refuse_is_said_as_such(tmp_path):
    """The second input: a refused row the app reads is a loss, named for its cause."""
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    ids = studied(path, backups)
    past_the_rules(path, "UPDATE questions SET suspended = 5 WHERE id = ?", ids[0])

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert report is not None
        assert "damaged pages" not in report.message
        assert "1 row of its questions held a value the table's own rules refuse" in report.message


def test_a_mock_answer_rated_out_of_range_is_kept_as_the_app_read_it(tmp_path):
    """A mock answer rated 9 (past the table's CHECK): every read of the app takes the
    rating as none (core.store.values), and the answer showed in its mock interview;
    the salvage lost the whole answer. It is copied with no rating, as it was read."""
    from studyapp.core.clock import FakeClock
    from tests.core.store.test_values_out_of_range import mocked

    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        mocked(store, FakeClock(NOW - timedelta(hours=1)))
        answers = store._conn.execute("SELECT count(*) FROM mock_answers").fetchone()[0]
        finished = [s.session.id for s in store.mock_session_stats()]
        before = [(a.question_id, a.rating) for a in store.mock_answers(finished[0])]
    past_the_rules(path, "UPDATE mock_answers SET rating = 9 WHERE rowid = 1")

    store, report = open_store_safely(path, backups, NOW + timedelta(days=1))
    with store:
        assert report is not None and report.whole and report.restored is None
        assert "1 row of its mock_answers held a rating its rules refuse" in report.message
        assert store._conn.execute("SELECT count(*) FROM mock_answers").fetchone()[0] == answers
        after = [(a.question_id, a.rating) for a in store.mock_answers(finished[0])]
    assert after == [(before[0][0], None), *before[1:]]
