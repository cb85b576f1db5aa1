"""Numbers the app never writes, in rows it reads (another tool, a hand edit, damage):
a rating of 0, 7, 2.5 or text, a time or coverage that is no number. Each reads as
absent; the statistics, the weak-topic report and mock interviews go on."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.study import StudySession
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


# --- a card whose numbers are out of fsrs's range --------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [("difficulty", "NaN"), ("difficulty", "-50"), ("difficulty", "0"),
     ("stability", "-5"), ("stability", "0"), ("stability", "null"),
     ("stability", "1.7976931348623157e308")],
    ids=lambda v: str(v),
)  # fmt: skip
def test_a_card_with_numbers_fsrs_cannot_hold_is_studied_as_new_and_graded(tmp_path, key, value):
    """Grading it (and the intervals on the grade buttons) failed inside fsrs with a
    complex number, NaN or an assertion, on the question on screen."""
    clock = FakeClock(NOW)
    sr = SpacedRepetition()
    with Store.open(tmp_path / "s.sqlite3") as store:
        ids = fill(store, reviews=0)
        for qid in ids:  # all studied days ago: in review, due now
            card_json, due = sr.grade(None, 4, NOW - timedelta(days=30))
            store.record_review(qid, 4, 5.0, "study", card_json, due, 1_000)
        card = json.loads(store.card_json(ids[0]))
        assert card["state"] == 2
        damaged = json.dumps(card).replace(f'"{key}": {json.dumps(card[key])}', f'"{key}": {value}')
        write_raw(store, f"UPDATE cards SET fsrs_json = '{damaged}' WHERE question_id = '{ids[0]}'")

        session = StudySession(store, sr, clock, question_ids=[ids[0]])
        assert session.current().id == ids[0]
        session.show()
        assert set(session.intervals()) == {1, 2, 3, 4}
        session.grade(3)
        assert sr.due(store.card_json(ids[0])) > NOW  # a sound card now
        assert len(store.reviews(ids[0])) == 2  # its history kept
        assert weak_report(store, None, NOW, sr) is not None


def test_a_card_whose_stability_is_too_large_for_a_date_still_shows_and_grades(tmp_path):
    """A stability fsrs never writes (1e308 days: damage, another tool) made the day
    recall falls an infinite number: the window's topic tree (ProgressIndex) failed
    with OverflowError before its first frame, for the whole store."""
    from studyapp.core.decks import deck_list
    from studyapp.core.progress import ProgressIndex

    clock = FakeClock(NOW)
    sr = SpacedRepetition()
    with Store.open(tmp_path / "s.sqlite3") as store:
        ids = fill(store, reviews=0)
        for qid in ids:
            card_json, due = sr.grade(None, 4, NOW - timedelta(days=30))
            store.record_review(qid, 4, 5.0, "study", card_json, due, 1_000)
        card = json.loads(store.card_json(ids[0]))
        card["stability"] = 1e308
        write_raw(store, f"UPDATE cards SET fsrs_json = '{json.dumps(card)}' "
                         f"WHERE question_id = '{ids[0]}'")  # fmt: skip

        ProgressIndex.build(store, sr, NOW)  # the topic tree's counts
        assert deck_list(store, NOW, sr)
        session = StudySession(store, sr, clock, question_ids=[ids[0]])
        session.show()
        session.grade(3)
        assert len(store.reviews(ids[0])) == 2
        assert weak_report(store, None, NOW, sr) is not None
