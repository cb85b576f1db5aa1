"""Learning and relearning steps set in Preferences, typed as Anki takes them
("1m 10m", units s/m/h/d): read or refused by name, stored as a setting, followed by
the scheduler and a study session on a fake clock; a card in a step that the new
steps no longer have graduates, as in Anki; past reviews stay as they were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from studyapp.core import settings_schema as schema
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition, format_interval
from studyapp.core.steps import StepsError, format_steps, normalized, parse_steps
from studyapp.core.store import Store
from studyapp.core.study import StudySession
from tests.core.shared import T0, open_deck

M = timedelta(minutes=1)


# --- reading what is typed ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "steps", "written"),
    [
        ("1m 10m", (M, 10 * M), "1m 10m"),
        ("10m", (10 * M,), "10m"),
        ("", (), ""),  # no steps: straight to days, as Anki allows
        ("   ", (), ""),
        ("30s 2h 1d", (timedelta(seconds=30), timedelta(hours=2), timedelta(days=1)), "30s 2h 1d"),
        ("1 10", (M, 10 * M), "1m 10m"),  # a number alone is minutes, as in Anki
        ("1M, 10M", (M, 10 * M), "1m 10m"),
        ("1.5h  90s", (timedelta(minutes=90), timedelta(seconds=90)), "90m 90s"),
        ("25m 60m 1440m", (25 * M, timedelta(hours=1), timedelta(days=1)), "25m 1h 1d"),
    ],
)
def test_steps_are_read_as_anki_writes_them(text, steps, written):
    assert parse_steps(text) == steps
    assert format_steps(steps) == written
    assert normalized(text) == written


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("5x", "5x"),
        ("-1m", "-1m"),
        ("0m", "0m"),
        ("0", "0"),
        ("1m 10q", "10q"),  # the bad one among good ones is the one named
        ("m", "m"),
        ("1..5m", "1..5m"),
        ("0.2s", "0.2s"),  # shorter than a second
        ("99999999d", "99999999d"),  # longer than fsrs's longest interval
    ],
)
def test_a_bad_step_is_refused_by_name(text, named):
    with pytest.raises(StepsError, match=f'"{named}" is not a step'):
        parse_steps(text)


def test_the_settings_store_the_steps_as_written_and_refuse_a_bad_one(store):
    assert schema.load_settings(store)[schema.LEARNING_STEPS] == "1m 10m"
    assert schema.load_settings(store)[schema.RELEARNING_STEPS] == "10m"
    assert schema.write(store, schema.LEARNING_STEPS, " 2M  15 ") == "2m 15m"
    assert schema.write(store, schema.RELEARNING_STEPS, "") == ""
    with pytest.raises(ValueError, match='Learning steps: "5x" is not a step'):
        schema.write(store, schema.LEARNING_STEPS, "1m 5x")
    assert schema.load_settings(store)[schema.LEARNING_STEPS] == "2m 15m"  # kept
    # A hand-edited store that says nonsense reads as the default; it never stops the app.
    store.set_setting(schema.LEARNING_STEPS, "soon")
    assert schema.load_settings(store)[schema.LEARNING_STEPS] == "1m 10m"
    sr = SpacedRepetition.from_settings(schema.load_settings(store))
    assert sr.learning_steps == (M, 10 * M) and sr.relearning_steps == ()


# --- the scheduler ------------------------------------------------------------------


def hints(sr: SpacedRepetition, card_json: str | None = None, at=T0) -> str:
    """The four grade buttons' intervals, as the study panel shows them."""
    return " / ".join(format_interval(td) for td in sr.preview(card_json, at).values())


def test_the_interval_hints_follow_the_steps():
    assert hints(SpacedRepetition.from_settings({})) == "1m / 6m / 10m / 8d"
    two = SpacedRepetition.from_settings({schema.LEARNING_STEPS: "2m 15m"})
    assert hints(two) == "2m / 8m / 15m / 8d"  # Hard: halfway between the first two
    one = SpacedRepetition.from_settings({schema.LEARNING_STEPS: "30s"})
    assert hints(one) == "30s / 45s / 2d / 8d"  # one step: Hard 1.5 times it, Good graduates
    hours = SpacedRepetition.from_settings({schema.LEARNING_STEPS: "1h 1d"})
    assert hints(hours) == "1h / 12h / 1d / 8d"  # Hard: halfway, 12.5 hours


def test_no_learning_steps_gives_a_new_card_days_at_once():
    none = SpacedRepetition.from_settings({schema.LEARNING_STEPS: ""})
    card, _due = none.grade(None, 3, T0)
    assert none.phase(card) == "review"
    assert none.due(card) == T0 + timedelta(days=2)
    assert hints(none) == "1d / 1d / 2d / 8d"  # even Again: days, as in Anki


def test_relearning_steps_follow_the_setting_and_none_keeps_a_lapse_in_review():
    lapsed = T0 + timedelta(days=8)
    sr = SpacedRepetition.from_settings({schema.RELEARNING_STEPS: "5m 30m"})
    review, _ = SpacedRepetition().grade(None, 4, T0)
    again, _ = sr.grade(review, 1, lapsed)
    assert sr.phase(again) == "relearning" and sr.due(again) == lapsed + 5 * M
    after, _ = sr.grade(again, 3, lapsed + 5 * M)  # Good: the second relearning step
    assert sr.phase(after) == "relearning" and sr.due(after) == lapsed + 35 * M
    none = SpacedRepetition.from_settings({schema.RELEARNING_STEPS: ""})
    kept, _ = none.grade(review, 1, lapsed)
    assert none.phase(kept) == "review" and none.due(kept) - lapsed >= timedelta(days=1)


@pytest.mark.parametrize(
    ("before", "after"),
    [("1m 10m 1h", "1m"), ("2m 15m", "")],  # past the last step; no steps at all
)
def test_a_card_past_the_last_step_graduates_when_the_steps_shrink(before, after):
    old = SpacedRepetition.from_settings({schema.LEARNING_STEPS: before})
    card, _ = old.grade(None, 3, T0)  # Good: the second step
    if before.count(" ") == 2:
        card, _ = old.grade(card, 3, T0 + M)  # Good again: the third
    assert old.phase(card) == "learning"  # at its last step, or past what `after` has
    new = SpacedRepetition.from_settings({schema.LEARNING_STEPS: after})
    later = T0 + timedelta(hours=2)
    for rating in (2, 3, 4):  # Hard, Good, Easy graduate it
        graded, _ = new.grade(card, rating, later)
        assert new.phase(graded) == "review", rating
        assert new.due(graded) - later >= timedelta(days=1), rating
    again, _ = new.grade(card, 1, later)  # Again: back to the first step (days if none)
    if after:
        assert new.phase(again) == "learning" and new.due(again) == later + M
    else:
        assert new.phase(again) == "review"


def test_a_card_whose_json_lacks_fields_past_the_last_step_graduates_too():
    """A card fsrs cannot read as it is (no card_id: written by hand or another
    version) is rebuilt from what it says: its step past the new last one graduates
    it as fsrs does, not back to the first step."""
    old = SpacedRepetition.from_settings({schema.LEARNING_STEPS: "1m 10m 1h"})
    card, _ = old.grade(None, 3, T0)
    card, _ = old.grade(card, 3, T0 + M)
    stripped = card.replace('"card_id"', '"card"')
    new = SpacedRepetition.from_settings({schema.LEARNING_STEPS: "5m"})
    for rating in (2, 3):  # Hard too: not 1.5 times the first step, as at step 0
        graded, _ = new.grade(stripped, rating, T0 + timedelta(hours=2))
        assert new.phase(graded) == "review", rating


# --- a study session on a fake clock --------------------------------------------------


def _doc() -> ParsedDocument:
    return ParsedDocument(
        deck_name="AI",
        format="markdown",
        questions=[
            ParsedQuestion(title, f"Answer to {title}", line, ("ML",))
            for line, title in enumerate(("Q1?", "Q2?"), start=1)
        ],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    yield from open_deck(tmp_path / "s.sqlite3", _doc())


def test_a_session_walks_custom_steps_and_a_change_leaves_past_reviews_alone(store, clock):
    schema.write(store, schema.LEARNING_STEPS, "2m 15m 30m")
    sr = SpacedRepetition.from_settings(schema.load_settings(store))
    session = StudySession(store, sr, clock)
    first = session.current()
    assert session.intervals() == {1: "2m", 2: "8m", 3: "15m", 4: "8d"}
    session.grade(3)  # Good: the 15-minute step
    session.grade(4)  # the other question: Easy, days away
    assert session.waiting_until() == T0 + 15 * M
    clock.advance(minutes=15)
    assert session.current().id == first.id
    assert session.intervals()[3] == "30m"  # Good: the third step
    session.grade(3)
    assert session.waiting_until() == clock.now() + 30 * M
    card_before = store.card_json(first.id)
    reviews_before = store.reviews()
    # The steps change while the question waits at its third step: only "5m" now.
    schema.write(store, schema.LEARNING_STEPS, "5m")
    session.use_scheduler(SpacedRepetition.from_settings(schema.load_settings(store)))
    assert store.card_json(first.id) == card_before and store.reviews() == reviews_before
    assert session.waiting_until() == clock.now() + 30 * M  # due when it was set to
    clock.advance(minutes=30)
    assert session.current().id == first.id
    assert session.intervals()[1] == "5m"  # Again: the one step there is now
    session.grade(3)  # past the last step: Good graduates it, as in Anki
    assert sr.phase(store.card_json(first.id)) == "review"
    assert session.is_finished()
    assert store.reviews()[: len(reviews_before)] == reviews_before
