"""FSRS fitted to the person: parameters from their own review log (fsrs-rs-python).

`optimize(reviews, …)` turns the review log into FSRS training items (each review
after a question's first, with the history before it and the whole days between
reviews in the person's timezone), fits the 21 weights with fsrs-rs (Rust; no
torch), and reports how well the current and the fitted weights predict the same
reviews (log loss and RMSE over bins: lower is better) and the daily workload the
fitted weights would give at the desired retention, from fsrs-rs's simulator.
Below `MIN_REVIEWS` it fits nothing and says how many more reviews are needed.

Nothing is stored here: `apply` writes the weights to the setting the scheduler
reads (`settings_schema.FSRS_PARAMETERS`), and only when the person confirms (the
dialog's button, `studyapp optimize --apply`). No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

import fsrs_rs_python as fsrs_rs

from studyapp.core import settings_schema as keys
from studyapp.core.format import plural
from studyapp.core.model import Review, StudyAppError
from studyapp.core.scheduler import SpacedRepetition

MIN_REVIEWS = 400  # below this, a fit says more about chance than about the person
SIMULATED_DAYS = 365
SIMULATION_SEED = 2023
# More passes than fsrs-rs's default 5: on a few thousand reviews 5 stop short of the
# optimum (measured on generated histories); the fit still takes well under a second.
EPOCHS = 20


class NotEnoughReviews(StudyAppError):
    """The review log is too short to fit FSRS to."""

    def __init__(self, have: int, need: int = MIN_REVIEWS) -> None:
        self.have = have
        self.need = need
        more = need - have
        super().__init__(
            f"{plural(have, 'review')} so far: FSRS needs about {need} to fit "
            f"your memory; {more} more and it can"
        )


@dataclass(frozen=True, slots=True)
class Fit:
    """How well a set of weights predicts the reviews: lower is better for both."""

    log_loss: float
    rmse: float


@dataclass(frozen=True, slots=True)
class Workload:
    """A simulated year at one desired retention."""

    retention: float
    reviews_per_day: float  # answers to questions already studied
    new_per_day: float  # questions studied for the first time


@dataclass(frozen=True, slots=True)
class OptimizeResult:
    reviews: int  # reviews in the log
    items: int  # training items (reviews after a question's first)
    before_parameters: tuple[float, ...]
    parameters: tuple[float, ...]
    before: Fit
    after: Fit
    workload_before: Workload
    workload: Workload

    @property
    def improved(self) -> bool:
        return self.after.log_loss < self.before.log_loss

    def lines(self) -> list[str]:
        """The result in words, as the command line and the dialog show it."""
        b, a = self.before, self.after
        change = (a.log_loss - b.log_loss) / b.log_loss * 100 if b.log_loss else 0.0
        return [
            f"Fitted to {self.reviews} reviews ({self.items} used for training).",
            f"Log loss {b.log_loss:.4f} → {a.log_loss:.4f} ({change:+.1f} %); "
            f"RMSE {b.rmse * 100:.2f} % → {a.rmse * 100:.2f} % (lower predicts better).",
            f"Expected workload at {self.workload.retention:.0%} desired retention: about "
            f"{_about(self.workload.reviews_per_day)} reviews a day over a simulated year "
            f"({_about(self.workload_before.reviews_per_day)} with the parameters in use).",
        ]


def _about(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def review_steps(reviews: Iterable[Review], tz: tzinfo) -> list[list[tuple[int, int]]]:
    """Each question's reviews in time order as (rating, whole days since the review
    before: 0 for the first and for one on the same calendar day in `tz`)."""
    by_question: dict[str, list[Review]] = {}
    for review in reviews:
        by_question.setdefault(review.question_id, []).append(review)
    histories = []
    for history in by_question.values():
        history.sort(key=lambda r: (r.reviewed_at_ms, r.id))
        steps: list[tuple[int, int]] = []
        previous = None
        for review in history:
            day = datetime.fromtimestamp(review.reviewed_at_ms / 1000, tz).date()
            steps.append((review.rating, 0 if previous is None else max(0, (day - previous).days)))
            previous = day
        histories.append(steps)
    return histories


def training_items(reviews: Iterable[Review], tz: tzinfo) -> list[Any]:
    """FSRS items from a review log: for each review after a question's first, on a
    later day than the one before, the question's reviews up to and including it
    (`review_steps`)."""
    items = []
    for steps in review_steps(reviews, tz):
        for end in range(2, len(steps) + 1):
            if not steps[end - 1][1]:
                # Its last review on the day of the one before (a learning step; a clock
                # set back): fsrs-rs predicts across days only, and stopped the command
                # with a traceback (evaluate: InvalidInput; all on one day: a panic).
                continue
            items.append(fsrs_rs.FSRSItem([fsrs_rs.FSRSReview(r, d) for r, d in steps[:end]]))
    return items


def evaluate(parameters: Sequence[float], items: Sequence[Any]) -> Fit:
    result = fsrs_rs.FSRS(list(parameters)).evaluate(list(items))
    return Fit(float(result.log_loss), float(result.rmse_bins))


def fit_parameters(items: Sequence[Any], epochs: int = EPOCHS) -> tuple[float, ...]:
    """The 21 FSRS weights that best predict `items` (starting from the defaults)."""
    try:
        fitted = fsrs_rs.FSRS(list(fsrs_rs.DEFAULT_PARAMETERS)).compute_parameters(
            list(items), training_config=fsrs_rs.TrainingConfig(num_epochs=epochs)
        )
    except BaseException as exc:  # fsrs-rs raises plain exceptions ("not enough data" …)
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise  # a panic is a BaseException: it ended the command with a traceback
        raise StudyAppError(f"FSRS could not be fitted to these reviews: {exc}") from exc
    return tuple(float(w) for w in fitted)


def workload(
    parameters: Sequence[float],
    retention: float,
    *,
    deck_size: int,
    new_per_day: int,
    reviews_per_day: int,
    days: int = SIMULATED_DAYS,
) -> Workload:
    """The mean answers a day over `days` simulated days of studying a deck of
    `deck_size` questions under these limits (fsrs-rs's simulator, a fixed seed)."""
    config = fsrs_rs.default_simulator_config()
    config.deck_size = max(1, deck_size)
    config.learn_span = days
    config.learn_limit = max(0, new_per_day)
    config.review_limit = max(0, reviews_per_day)
    config.max_cost_perday = 1e9  # the limits above bound the day, not a time budget
    result = fsrs_rs.simulate(list(parameters), retention, config, SIMULATION_SEED)
    n = max(1, len(result.review_cnt_per_day))
    return Workload(
        retention, sum(result.review_cnt_per_day) / n, sum(result.learn_cnt_per_day) / n
    )


def optimize(
    reviews: Sequence[Review],
    settings: dict[str, Any],
    tz: tzinfo,
    *,
    deck_size: int,
    min_reviews: int = MIN_REVIEWS,
) -> OptimizeResult:
    """Fit FSRS to `reviews` (the whole log, any order) and compare with the weights in
    use (`settings`). Raises NotEnoughReviews below `min_reviews`."""
    if len(reviews) < min_reviews:
        raise NotEnoughReviews(len(reviews), min_reviews)
    values = keys.with_defaults(settings)
    current = SpacedRepetition.from_settings(values).parameters
    items = training_items(reviews, tz)
    fitted = fit_parameters(items)
    retention = values[keys.DESIRED_RETENTION]
    limits = {
        "deck_size": deck_size,
        "new_per_day": values[keys.NEW_PER_DAY],
        "reviews_per_day": values[keys.REVIEWS_PER_DAY],
    }
    return OptimizeResult(
        reviews=len(reviews),
        items=len(items),
        before_parameters=tuple(current),
        parameters=fitted,
        before=evaluate(current, items),
        after=evaluate(fitted, items),
        workload_before=workload(current, retention, **limits),
        workload=workload(fitted, retention, **limits),
    )


def apply(store: keys.SettingsStore, result: OptimizeResult) -> None:
    """Use the fitted weights from now on: the scheduler reads them from the settings.
    Weights fsrs would refuse are not stored (ValueError)."""
    SpacedRepetition(0.9, result.parameters)  # raises if fsrs refuses them
    keys.write(store, keys.FSRS_PARAMETERS, list(result.parameters))
