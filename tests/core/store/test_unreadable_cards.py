"""A studied question's card (its FSRS schedule) that the scheduler cannot read: not
JSON, a stability out of range, a list where an object belongs (a hand edit in a
database browser, another tool, bit rot in the text). The question was scheduled as a
new one, its reviews ignored, and its next grade wrote a new card over the schedule
those reviews had made. The daily full check now makes each such card again from the
question's reviews (as the salvage does for cards lost with a page), keeps a copy of
the file as it was, and says so."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.scheduler import SpacedRepetition, card_facts
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def studied(path) -> dict[str, str]:
    """Three questions graded Good three times each, ten days apart. Returns the cards."""
    scheduler = SpacedRepetition()
    with Store.open(path) as store:
        ids = fill(store, reviews=0)
        for day in range(3):
            when = NOW - timedelta(days=30 - 10 * day)
            for qid in ids:
                card, due = scheduler.grade(store.card_json(qid), 3, when)
                store.record_review(qid, 3, 4.0, "study", card, due, int(when.timestamp() * 1000))
        return {qid: info.card_json for qid, info in store.cards().items()}


@pytest.mark.parametrize(
    "bad",
    ["{", "[]", "null", '{"state": 2, "stability": -5, "difficulty": 5, "due": "x"}', "42"],
    ids=["cut-short", "list", "null", "out-of-range", "number"],
)
def test_a_card_that_cannot_be_read_is_made_again_from_its_reviews(tmp_path, bad):
    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    qid = sorted(cards)[0]
    assert card_facts(cards[qid]).phase == "review"
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE cards SET fsrs_json = ? WHERE question_id = ?", (bad, qid))
    assert card_facts(bad) is None  # what the window would show: a new question

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.damaged_path is not None
        assert "1 studied question whose schedule could not be read" in report.message
        assert "made the schedule of 1 question again from its reviews" in report.message
        remade = store.cards()[qid].card_json
        assert remade == cards[qid]  # as its last grade made it
        assert {k: v.card_json for k, v in store.cards().items() if k != qid} == {
            k: v for k, v in cards.items() if k != qid
        }
        assert len(store.reviews()) == 9
    assert report.damaged_path.exists()  # the file as it was, kept
    store, report = open_store_safely(path, tmp_path / "backups", NOW + timedelta(days=2))
    store.close()
    assert report is None  # and the next check is calm


def damage(path, qid: str, bad: str, *, before_too: bool = False) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE cards SET fsrs_json = ? WHERE question_id = ?", (bad, qid))
        if before_too:  # the same damage in the card kept with its last review
            conn.execute(
                "UPDATE reviews SET card_before_json = ? WHERE id ="
                " (SELECT max(id) FROM reviews WHERE question_id = ?)",
                (bad, qid),
            )


@pytest.mark.parametrize("before_too", [False, True], ids=["card", "card-and-last-review"])
@pytest.mark.parametrize("bad", ["{", "[]", "42"], ids=["cut-short", "list", "number"])
def test_the_next_grade_of_an_unreadable_card_builds_on_its_reviews(tmp_path, bad, before_too):
    """Before the full check runs (it runs once a day), the question is studied: its
    grade is stored over the schedule its reviews made, not as a first grade."""
    from studyapp.core.clock import FakeClock
    from studyapp.core.study import StudySession

    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    qid = sorted(cards)[0]
    damage(path, qid, bad, before_too=before_too)
    scheduler = SpacedRepetition()
    when = NOW + timedelta(days=60)
    expected, _due = scheduler.grade(cards[qid], 3, when)  # the undamaged card's grade
    new_grade, _ = scheduler.grade(None, 3, when)

    with Store.open(path) as store:
        session = StudySession(store, scheduler, FakeClock(when), question_ids=[qid])
        assert session.current().id == qid
        session.show()
        session.grade(3)
        after = store.cards()[qid].card_json
    assert card_facts(after).phase == "review"
    assert after != new_grade  # a first grade: the learning step again, a day's stability
    assert after == expected
    assert card_facts(after).stability > card_facts(cards[qid]).stability


def test_a_card_is_made_again_in_the_order_it_was_graded(tmp_path):
    """The second input: grades made while the clock was set back (their times out of
    the order they were made in). A card is its reviews' grades in the order the app
    made them, each from the card the one before wrote; in time order, the last
    review's card-before was graded with an earlier review after it: another card."""
    path = tmp_path / "studyapp.sqlite3"
    scheduler = SpacedRepetition()
    with Store.open(path) as store:
        (qid, *_rest) = fill(store, reviews=0)
        for days, rating in ((-40, 3), (-20, 3), (-35, 1), (-10, 4)):  # the clock back, then on
            when = NOW + timedelta(days=days)
            card, due = scheduler.grade(store.card_json(qid), rating, when)
            store.record_review(qid, rating, 4.0, "study", card, due, int(when.timestamp() * 1000))
        kept = store.card_json(qid)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE cards SET fsrs_json = '{' WHERE question_id = ?", (qid,))
        conn.execute(  # the last card-before damaged too: the grades are made again
            "UPDATE reviews SET card_before_json = '[]' WHERE id ="
            " (SELECT max(id) FROM reviews WHERE question_id = ?)",
            (qid,),
        )

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        assert store.card_json(qid) == kept


@pytest.mark.parametrize(
    "edit",
    [
        lambda card: {k: v for k, v in card.items() if k != "card_id"},
        lambda card: {k: v for k, v in card.items() if k != "step"},
        lambda card: {**card, "state": 7},
        lambda card: {**card, "card_id": "abc"},
    ],
    ids=["no-card-id", "no-step", "state-7", "card-id-text"],
)
def test_a_card_the_window_reads_but_fsrs_does_not_is_graded_from_what_it_says(tmp_path, edit):
    """A card whose schedule (stability, difficulty, due) reads, with a field only fsrs
    needs lost or wrong: the window showed its schedule, and the grade took it for a
    new card (a first grade over the schedule). It is graded from what it says."""
    import json

    from studyapp.core.clock import FakeClock
    from studyapp.core.study import StudySession

    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    qid = sorted(cards)[0]
    bad = json.dumps(edit(json.loads(cards[qid])))
    damage(path, qid, bad)
    assert card_facts(bad) is not None  # shown with its schedule
    when = NOW + timedelta(days=60)
    scheduler = SpacedRepetition()
    expected = card_facts(scheduler.grade(cards[qid], 3, when)[0])

    with Store.open(path) as store:
        session = StudySession(store, scheduler, FakeClock(when), question_ids=[qid])
        session.show()
        session.grade(3)
        after = card_facts(store.cards()[qid].card_json)
    assert after.phase == "review"
    assert (after.stability, after.due) == (expected.stability, expected.due)


def test_a_review_dated_decades_ahead_does_not_send_the_remade_card_there(tmp_path):
    """The second input of the kind: the card unreadable, and its last review dated in
    2100 (a hand edit, damage). Graded at that time, the card made again was due in
    2100 and its question gone from study; a review dated further ahead than a clock
    a little off is left out, and a question whose only review it is stays as it was,
    without being found again at every daily check."""
    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    first, second = sorted(cards)[:2]
    year_2100 = 4_102_444_800_000
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE cards SET fsrs_json = '{'")
        conn.execute(  # the last review of `first`; every review of `second`
            "UPDATE reviews SET reviewed_at_ms = ? WHERE id ="
            " (SELECT max(id) FROM reviews WHERE question_id = ?) OR question_id = ?",
            (year_2100, first, second),
        )

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        assert "2 studied questions whose schedule could not be read" in report.message
        due = card_facts(store.cards()[first].card_json).due
        assert NOW - timedelta(days=30) < due < NOW + timedelta(days=365)
        assert card_facts(store.cards()[second].card_json) is None  # as it was: new
    store, report = open_store_safely(path, tmp_path / "backups", NOW + timedelta(days=2))
    store.close()
    assert report is None  # not found again


def test_a_card_is_made_again_with_the_settings_as_the_app_reads_them(tmp_path):
    """A desired retention stored out of range (1.5, by hand) is clamped by the app
    (settings_schema); read raw, the card was made again with the default instead:
    another schedule than the app's own grade would have made."""
    from studyapp.core.settings_schema import DESIRED_RETENTION, load_settings

    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    qid = sorted(cards)[0]
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1.5')", (DESIRED_RETENTION,)
        )
    with Store.open(path) as store:
        app = SpacedRepetition.from_settings(load_settings(store))
        assert app.desired_retention != 0.9
        card, _due = app.grade(store.card_json(qid), 3, NOW + timedelta(days=40))
    damage(path, qid, "{")
    with Store.open(path) as store:
        at = NOW + timedelta(days=40)
        store.record_review(
            qid, 3, 4.0, "study", *app.grade(None, 3, at), int(at.timestamp() * 1000)
        )
        assert store.card_json(qid) == card
