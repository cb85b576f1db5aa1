"""FSRS behind SpacedRepetition: JSON round trips, determinism, previews, retrievability."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.scheduler import (
    SpacedRepetition,
    due_iso,
    format_interval,
    recall_words,
    span_words,
)

T0 = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)


def test_new_card_json_is_a_card_due_now(sr):
    card = json.loads(sr.new_card_json(T0))
    assert card["due"].startswith("2030-01-01T09:00:00")
    assert card["last_review"] is None
    assert sr.retrievability(sr.new_card_json(T0), T0) is None
    assert sr.is_due(sr.new_card_json(T0), T0)


def test_grade_returns_card_json_and_due_iso(sr):
    card_json, due = sr.grade(None, 3, T0)
    card = json.loads(card_json)
    assert card["last_review"].startswith("2030-01-01T09:00:00")
    assert due == "2030-01-01T09:10:00+00:00"  # Good on a new card: the 10-minute step
    assert sr.due(card_json) == T0 + timedelta(minutes=10)
    # Starting from an explicit new card is the same as from None.
    assert sr.grade(sr.new_card_json(T0), 3, T0)[1] == due


def test_grading_is_deterministic(sr):
    def history(s: SpacedRepetition) -> list[str]:
        card, dues = None, []
        now = T0
        for rating in (3, 3, 2, 4, 1, 3):
            card, due = s.grade(card, rating, now)
            dues.append(due)
            now = datetime.fromisoformat(due)
        return dues

    assert history(sr) == history(SpacedRepetition())


@pytest.mark.parametrize("rating", [0, 5, -1])
def test_grade_rejects_bad_ratings(sr, rating):
    with pytest.raises(ValueError, match="rating"):
        sr.grade(None, rating, T0)


def test_naive_datetimes_are_refused_and_other_zones_converted(sr):
    with pytest.raises(ValueError, match="timezone"):
        sr.grade(None, 3, datetime(2030, 1, 1))
    paris = timezone(timedelta(hours=1))
    assert sr.grade(None, 3, T0.astimezone(paris)) == sr.grade(None, 3, T0)


def test_preview_matches_grade_for_every_rating(sr):
    card, _ = sr.grade(None, 3, T0)
    later = T0 + timedelta(minutes=10)
    preview = sr.preview(card, later)
    assert set(preview) == {1, 2, 3, 4}
    for rating, interval in preview.items():
        _, due = sr.grade(card, rating, later)
        assert datetime.fromisoformat(due) == later + interval
    assert preview[1] < preview[3] < preview[4]


@pytest.mark.parametrize(
    ("history", "late_days"),
    [((1, 1, 3, 3), 1), ((1, 1, 1, 3, 3), 3), ((3, 3, 1, 3), 0), ((2, 3, 3), 6)],
)
def test_a_weak_review_keeps_hard_good_and_easy_days_apart(sr, history, late_days):
    """Anki's FSRS order for a review: Hard ≥ 1 day, Good ≥ Hard + 1, Easy ≥ Good + 1,
    on the buttons and in what each grade schedules. A weak card's FSRS intervals
    round to the same day: "Hard 1d, Good 1d" (Good then scheduled what Hard did)."""
    card, now = None, T0
    for rating in history:
        card, due = sr.grade(card, rating, now)
        now = datetime.fromisoformat(due)
    assert sr.phase(card) == "review"
    at = now + timedelta(days=late_days, hours=2)
    preview = sr.preview(card, at)
    labels = [format_interval(preview[rating]) for rating in (2, 3, 4)]
    days = [int(label.removesuffix("d")) for label in labels]
    assert days[0] >= 1 and days[0] < days[1] < days[2], labels
    dues = [datetime.fromisoformat(sr.grade(card, rating, at)[1]) for rating in (2, 3, 4)]
    assert dues[0] < dues[1] < dues[2]
    assert [due - at for due in dues] == [preview[rating] for rating in (2, 3, 4)]
    assert [(due - dues[0]).days for due in dues] == [d - days[0] for d in days]


@pytest.mark.parametrize(
    ("history", "phase"),
    [((1,), "learning"), ((1, 1, 1), "learning"), ((1, 4, 1), "relearning"), ((2,), "learning")],
)
def test_easy_on_a_learning_card_is_a_day_past_good(sr, history, phase):
    """Anki's FSRS in learning and relearning (learning.rs, relearning.rs `answer_easy`):
    Easy is at least a day past the days FSRS gives Good, Good a step or not. After an
    Again the buttons read "Good 10m, Easy 1d", on a relearning card "Good 1d, Easy
    1d": Easy was no further off than Good would be once out of its steps."""
    card, now = None, T0
    for rating in history:
        card, due = sr.grade(card, rating, now)
        now = datetime.fromisoformat(due)
    assert sr.phase(card) == phase
    preview = sr.preview(card, now)
    good_after, _ = sr.grade(card, 3, now)
    good_days = max(1, round(json.loads(good_after)["stability"]))  # FSRS at 90 %: S days
    easy = preview[4]
    assert easy == timedelta(days=easy.days) and easy.days >= good_days + 1
    if preview[3] >= timedelta(days=1):  # Good graduates: its own days, a day short of Easy
        assert preview[3].days < easy.days
    _, easy_due = sr.grade(card, 4, now)
    assert datetime.fromisoformat(easy_due) == now + easy


def test_after_an_again_a_learning_cards_easy_is_two_days(sr):
    card, _ = sr.grade(None, 1, T0)
    preview = sr.preview(card, T0 + timedelta(minutes=1))
    labels = {rating: format_interval(td) for rating, td in preview.items()}
    assert labels == {1: "1m", 2: "6m", 3: "10m", 4: "2d"}
    _, due = sr.grade(card, 4, T0 + timedelta(minutes=1))
    assert datetime.fromisoformat(due) == T0 + timedelta(days=2, minutes=1)


def test_the_order_moves_the_due_day_only(sr):
    """A Good pushed a day past Hard keeps the memory FSRS gave Good."""
    from fsrs import Card, Rating, Scheduler

    card, now = None, T0
    for rating in (1, 1, 3, 3):
        card, due = sr.grade(card, rating, now)
        now = datetime.fromisoformat(due)
    at = now + timedelta(days=1)
    graded = json.loads(sr.grade(card, 3, at)[0])
    fsrs_own, _ = Scheduler(enable_fuzzing=False).review_card(
        Card.from_json(card), Rating.Good, review_datetime=at
    )
    assert graded["stability"] == pytest.approx(fsrs_own.stability)
    assert graded["difficulty"] == pytest.approx(fsrs_own.difficulty)
    assert datetime.fromisoformat(graded["due"]) > fsrs_own.due


def test_preview_of_a_new_card(sr):
    preview = sr.preview(None, T0)
    assert {r: format_interval(td) for r, td in preview.items()} == {
        1: "1m",
        2: "6m",
        3: "10m",
        4: "8d",
    }


def test_retrievability_decays_and_due_follows_the_schedule(sr):
    card, _ = sr.grade(None, 4, T0)  # Easy: straight to review, days away
    due = sr.due(card)
    assert due is not None and due > T0 + timedelta(days=1)
    assert sr.retrievability(card, T0) == pytest.approx(1.0)
    soon = sr.retrievability(card, T0 + timedelta(days=2))
    late = sr.retrievability(card, T0 + timedelta(days=200))
    assert soon is not None and late is not None
    assert 1.0 > soon > late > 0.0
    assert not sr.is_due(card, due - timedelta(seconds=1))
    assert sr.is_due(card, due)
    assert sr.retrievability(None, T0) is None
    assert sr.due(None) is None
    assert sr.is_due(None, T0)  # never reviewed: always up for study


def test_higher_desired_retention_means_shorter_intervals():
    easy = SpacedRepetition(0.8).preview(None, T0)[4]
    strict = SpacedRepetition(0.97).preview(None, T0)[4]
    assert strict < easy


@pytest.mark.parametrize("retention", [0, 1, 1.5, -0.1])
def test_desired_retention_must_be_a_probability(retention):
    with pytest.raises(ValueError, match="retention"):
        SpacedRepetition(retention)


def test_due_iso_is_utc_whole_seconds():
    assert due_iso(datetime(2030, 1, 1, 10, 0, 0, 123456, tzinfo=timezone(timedelta(hours=1)))) == (
        "2030-01-01T09:00:00+00:00"
    )


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(0), "now"),
        (timedelta(seconds=30), "30s"),
        (timedelta(minutes=1), "1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(minutes=59), "59m"),
        (timedelta(hours=1), "1h"),
        (timedelta(hours=5, minutes=30), "5.5h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=2, hours=12), "2.5d"),
        (timedelta(days=12), "12d"),
        (timedelta(days=105), "3.5mo"),
        (timedelta(days=300), "10mo"),
        (timedelta(days=365), "1y"),
        (timedelta(days=365 * 2 + 182), "2.5y"),
        (timedelta(days=-3), "now"),
    ],
)
def test_format_interval(interval, text):
    assert format_interval(interval) == text


# --- the person's settings and the state in words ----------------------------------------


def test_settings_choose_retention_and_parameters():
    from studyapp.core.settings_schema import DESIRED_RETENTION, FSRS_PARAMETERS

    default = SpacedRepetition.from_settings({})
    assert default.desired_retention == 0.9
    strict = SpacedRepetition.from_settings({DESIRED_RETENTION: 0.97})
    relaxed = SpacedRepetition.from_settings({DESIRED_RETENTION: 0.7})
    card, _ = default.grade(None, 4, T0)
    assert strict.preview(card, T0)[3] < default.preview(card, T0)[3] < relaxed.preview(card, T0)[3]
    # Fitted parameters: a slower-forgetting person gets longer first intervals.
    slow = list(default.parameters)
    slow[3] *= 3  # the initial stability after Easy
    fitted = SpacedRepetition.from_settings({FSRS_PARAMETERS: slow})
    assert fitted.parameters[3] == pytest.approx(slow[3])
    assert fitted.preview(None, T0)[4] > default.preview(None, T0)[4]
    # Parameters fsrs refuses (hand-edited, wrong length) fall back to the defaults.
    assert SpacedRepetition.from_settings({FSRS_PARAMETERS: [1.0, 2.0]}).parameters == (
        default.parameters
    )


def test_phase_and_stability(sr):
    assert sr.phase(None) == "new" and sr.stability(None) is None
    card, _ = sr.grade(None, 3, T0)
    assert sr.phase(card) == "learning"
    card, _ = sr.grade(card, 3, T0 + timedelta(minutes=10))
    assert sr.phase(card) == "review" and 1 < sr.stability(card) < 7
    card, _ = sr.grade(card, 1, T0 + timedelta(days=3))
    assert sr.phase(card) == "relearning"


def test_retrievability_matches_fsrs(sr):
    from fsrs import Card

    card, _ = sr.grade(None, 4, T0)
    for days in (0, 1, 8, 30, 400):
        at = T0 + timedelta(days=days, hours=5)
        expected = sr._scheduler.get_card_retrievability(Card.from_json(card), at)
        assert sr.retrievability(card, at) == pytest.approx(expected)


def test_the_default_weights_are_fsrs_own():
    """Copied so the first screen's recall figures need no fsrs import; held to fsrs here."""
    from fsrs.scheduler import DEFAULT_PARAMETERS

    from studyapp.core import scheduler

    assert scheduler.DEFAULT_PARAMETERS == DEFAULT_PARAMETERS
    assert SpacedRepetition().parameters == DEFAULT_PARAMETERS


def test_recall_and_due_dates_import_no_fsrs():
    """The window's first screen reads recall and due dates; fsrs (some 15 ms of
    start-up) is imported only to grade or preview."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from studyapp.core.scheduler import SpacedRepetition\n"
        'card = (\'{"card_id": 1, "state": 2, "step": null, "stability": 5.0, \'\n'
        '        \'"difficulty": 5.0, "due": "2030-01-06T09:00:00+00:00", \'\n'
        '        \'"last_review": "2030-01-01T09:00:00+00:00"}\')\n'
        "sr = SpacedRepetition(0.85)\n"
        "now = datetime(2030, 1, 3, tzinfo=UTC)\n"
        "assert 0 < sr.retrievability(card, now) < 1 and sr.due(card) and sr.phase(card)\n"
        "assert sr.learning_steps\n"
        "print('fsrs' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.parametrize(
    ("ratings", "after", "words"),
    [
        ((), timedelta(0), "new: not studied yet"),
        ((4,), timedelta(days=2), "due in 6 days · 97 % recall now"),
        ((4,), timedelta(days=8), "due now · 90 % recall now"),
        ((4,), timedelta(days=38), "due 30 days ago · 77 % recall now"),
        ((4,), timedelta(days=8 + 180), "due 6 months ago · 62 % recall now"),
        # Learning steps: when the step is, no recall figure (near 100 % while it is due)
        ((1,), timedelta(0), "learning step due in 1 minute"),
        ((3,), timedelta(minutes=3), "learning step due in 7 minutes"),
        ((3,), timedelta(hours=1), "learning step due 50 minutes ago"),
        ((3, 3, 1), timedelta(hours=1), "relearning step due 50 minutes ago"),
    ],
)
def test_recall_in_words(sr, ratings, after, words):
    card = None
    for rating in ratings:
        card, _ = sr.grade(card, rating, T0)
    assert recall_words(sr, card, T0 + after) == words


@pytest.mark.parametrize(
    ("span", "words"),
    [
        (timedelta(seconds=20), "less than a minute"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(hours=5, minutes=20), "5 hours"),
        (timedelta(days=1), "1 day"),
        (timedelta(days=59), "59 days"),
        (timedelta(days=92), "3 months"),
        (timedelta(days=365), "1 year"),
        (timedelta(days=550), "1.5 years"),
    ],
)
def test_span_words(span, words):
    assert span_words(span) == words
    assert span_words(-span) == words
