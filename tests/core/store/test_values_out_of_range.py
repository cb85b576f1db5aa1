"""Numbers the app never writes, in rows it reads (another tool, a hand edit, damage):
a rating of 0, 7, 2.5 or text, a time or coverage that is no number. Each reads as
absent; the statistics, the weak-topic report and mock interviews go on."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.weak import weak_report
from tests.core.test_backup import NOW, fill


def write_raw(store: Store, *statements: str) -> None:
    """Write as another tool would: CHECK constraints off (sqlite3's shell can)."""
    with store._lock:
        store._conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            with store.transaction():
                for sql in statements:
                    store._conn.execute(sql)
        finally:
            store._conn.execute("PRAGMA ignore_check_constraints = OFF")


def mocked(store: Store, clock: FakeClock) -> None:
    """One finished mock interview of two questions, then one left running."""
    sr = SpacedRepetition()
    for count in (2, 3):
        mock = MockSession.create(store, sr, clock, MockSettings(count=count))
        mock.start()
        while mock.is_active:
            clock.advance(seconds=30)
            mock.reveal()
            mock.grade(3)
            if count == 3:
                break  # the app closed mid-way: the mock waits to be resumed


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE reviews SET rating = 0 WHERE id = 2",
        "UPDATE reviews SET rating = 7 WHERE id = 2",
        "UPDATE reviews SET rating = 2.5 WHERE id = 2",  # passes the CHECK as written
        "UPDATE reviews SET rating = 'good' WHERE id = 2",
        "UPDATE mock_answers SET rating = 9, coverage = 7.5, seconds = -3",
        "UPDATE mock_answers SET coverage = 'half', seconds = 'slow'",
        "UPDATE mock_sessions SET elapsed_seconds = 'x'",
    ],
    ids=["rating-0", "rating-7", "rating-2.5", "rating-text", "answer-out-of-range",
         "answer-text", "elapsed-text"],
)  # fmt: skip
def test_numbers_out_of_range_read_as_absent_and_studying_goes_on(tmp_path, damage):
    clock = FakeClock(NOW - timedelta(hours=1))
    sr = SpacedRepetition()
    with Store.open(tmp_path / "s.sqlite3") as store:
        fill(store, reviews=3, start_ms=int(clock.now().timestamp() * 1000))
        mocked(store, clock)
        reviews = len(store.reviews())
        write_raw(store, damage)

        stats = collect_stats(store, None, NOW, sr, tz=UTC)  # the Statistics page
        assert weak_report(store, None, NOW, sr) is not None  # export-weak, Weak topics
        assert all(r.rating in (1, 2, 3, 4) for r in store.reviews())
        assert len(store.reviews()) >= reviews - 1  # only the damaged one left out
        assert stats.total_ratings >= reviews - 1
        for record in store.mock_session_stats():
            assert record.mean_coverage is None or 0 <= record.mean_coverage <= 1
        # the mock left running resumes, and is graded to its end
        mock = MockSession.resume_unfinished(store, sr, clock)
        assert mock is not None and mock.elapsed() >= 0
        mock.start()
        while mock.is_active:
            mock.reveal()
            mock.grade(4)
        assert mock.state == "finished"
