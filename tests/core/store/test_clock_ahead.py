"""Cards graded while the clock was set far ahead (or on another computer whose clock
was): each was hidden from every count and session until that date plus its
interval, years for a clock set a year or two ahead. The start now schedules them
from now with the intervals they had, says so, and leaves the reviews' dates as they
were; a clock minutes or hours off (NTP after a resume) is left alone, and a clock
that is itself behind the whole history moves nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.decks import deck_list
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
SR = SpacedRepetition()


def graded(path, ahead: timedelta, *, right: int = 6, wrong: int = 3) -> list[str]:
    """`right` questions graded Good a day ago, `wrong` graded Good at NOW + `ahead`;
    returns the latter's ids."""
    doc = ParsedDocument(
        "AI",
        "markdown",
        [ParsedQuestion(f"What is thing {i}?", f"Thing {i}.", i * 3) for i in range(right + wrong)],
    )
    with Store.open(path) as store:
        store.import_document(doc, "/notes.md", "hash")
        ids = [q.id for q in store.questions()]
        for n, qid in enumerate(ids):
            at = NOW - timedelta(days=1) if n < right else NOW + ahead
            card, due = SR.grade(None, 3, at)
            store.record_review(qid, 3, 4.0, "study", card, due, int(at.timestamp() * 1000))
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
    return ids[right:]


def hidden(store: Store, when: datetime) -> int:
    """Questions neither new nor due a day after `when` (each was graded Good once: a
    learning card, due ten minutes after its grade)."""
    (deck,) = deck_list(store, when + timedelta(days=1), SR)
    return deck.questions - deck.due - deck.new


@pytest.mark.parametrize("ahead", [timedelta(days=400), timedelta(days=3)], ids=["year", "days"])
def test_cards_graded_with_the_clock_far_ahead_are_scheduled_from_now(tmp_path, ahead):
    path = tmp_path / "studyapp.sqlite3"
    ahead_ids = graded(path, ahead)
    with Store.open(path) as store:
        assert hidden(store, NOW) == len(ahead_ids)  # as it was: out of sight
        dated = sorted(r.reviewed_at_ms for r in store.reviews())

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        assert "3 questions last graded at a date still to come" in report.message
        assert hidden(store, NOW) == 0
        cards = store.cards()
        assert all(SR.due(cards[q].card_json) <= NOW + timedelta(hours=1) for q in ahead_ids)
        assert sorted(r.reviewed_at_ms for r in store.reviews()) == dated  # history as written
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # and stays so
    store.close()
    assert report is None


def test_a_clock_hours_ahead_moves_nothing(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    graded(path, timedelta(hours=5))
    with Store.open(path) as store:
        before = {q: c.card_json for q, c in store.cards().items()}
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is None
        assert {q: c.card_json for q, c in store.cards().items()} == before


def test_a_clock_behind_the_whole_history_is_said_and_moves_nothing(tmp_path):
    """Most of the reviews ahead of now: it is this clock that is wrong (a flat
    battery's date), and scheduling from it would make every card due at once. Nothing
    was due and nothing said why; now the start says the clock is behind."""
    path = tmp_path / "studyapp.sqlite3"
    graded(path, timedelta(days=400), right=2, wrong=6)
    with Store.open(path) as store:
        before = {q: c.card_json for q, c in store.cards().items()}
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert (
            report is not None and report.title == "This computer's clock is behind your study data"
        )
        assert "Nothing in your study data was changed" in report.message
        assert not report.may_miss_notes
        assert {q: c.card_json for q, c in store.cards().items()} == before
