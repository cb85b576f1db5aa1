"""A review log as real use and a wrong clock leave it: an Again and its Good minutes
later (a learning step), a review dated before the one it follows (the clock set back
between two grades). `studyapp optimize` ended with a traceback on either: fsrs-rs
panics on an item all on one day, and refuses to evaluate one whose last review is on
the day of the review before it."""

from __future__ import annotations

from datetime import UTC, timedelta

from studyapp.core.model import Review
from studyapp.core.optimize import optimize
from tests.helpers.fsrs_history import TRUE, generate


def with_real_use(log: list[Review], every: int, later: timedelta) -> list[Review]:
    """`log` with, after every `every`th review, the same question graded again
    `later` (negative: the clock set back)."""
    out = list(log)
    for n, review in enumerate(log[::every]):
        at = review.reviewed_at_ms + int(later.total_seconds() * 1000)
        out.append(review._replace(id=len(log) + n + 1, reviewed_at_ms=at, rating=3))
    return out


def test_learning_steps_on_one_day_fit_and_are_reported():
    log = with_real_use(generate(TRUE, 300, seed=11), every=3, later=timedelta(minutes=10))
    result = optimize(log, {}, UTC, deck_size=300)
    assert result.reviews == len(log)
    assert 0 < result.items < len(log)
    assert "Log loss" in "\n".join(result.lines())


def test_a_clock_set_back_between_two_grades_fits_and_is_reported():
    log = with_real_use(generate(TRUE, 300, seed=12), every=4, later=-timedelta(days=2))
    result = optimize(log, {}, UTC, deck_size=300)
    assert result.reviews == len(log) and result.items > 0
