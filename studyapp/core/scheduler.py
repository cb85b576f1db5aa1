"""Spaced repetition: FSRS (the `fsrs` package) behind a small, JSON-in/JSON-out interface.

The store keeps each question's card as the JSON this module produces; nothing else
in the app knows the `fsrs` types. Ratings follow Anki: 1 Again, 2 Hard, 3 Good,
4 Easy. Fuzzing is off so the same history always gives the same schedule (tests
and the interval preview on the grading buttons both rely on that). A review's
Hard, Good and Easy are kept whole days apart, as Anki keeps them (Hard ≥ 1 day,
Good ≥ Hard + 1, Easy ≥ Good + 1): on the buttons and in what the grade schedules.
In learning and relearning only Easy is held, as in Anki: at least a day past the
days FSRS gives Good, even while Good is still a step.

A new card goes through the learning steps (1 and 10 minutes unless Preferences
say otherwise, `core.steps`; none: straight to days) and a forgotten one through
the relearning steps (10 minutes) before FSRS gives it days; the study session
brings such a card back within the session when its step is due. A card in a step
past the last (the steps were shortened since) graduates on Hard, Good or Easy, as
in Anki (fsrs does it). The steps, the desired retention and the model's parameters
(fitted by `core.optimize`) come from the settings (`core.settings_schema`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from studyapp.core import json_text
from studyapp.core.format import plural

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

log = logging.getLogger("studyapp.scheduler")

RATINGS = (1, 2, 3, 4)
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
RELEARNING_STEPS = (timedelta(minutes=10),)
# fsrs's default weights (fsrs.scheduler.DEFAULT_PARAMETERS, which a test holds this
# to): the recall figures of the first screen need them before anything imports fsrs.
DEFAULT_PARAMETERS = (
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
)  # fmt: skip
# fsrs's card states, as the session counts them (Anki's new / learning / review).
PHASES = {1: "learning", 2: "review", 3: "relearning"}


class CardFacts(NamedTuple):
    """What the app reads from a stored card, parsed once per distinct JSON."""

    phase: str  # "learning" | "review" | "relearning"
    stability: float | None  # days
    last_review: datetime | None
    due: datetime


@lru_cache(maxsize=32768)
def card_facts(card_json: str | None) -> CardFacts | None:
    """The facts of a stored card (cached: a card's JSON never changes once written);
    None for no card, and for a card that cannot be read (not JSON, no due time, a
    time without its zone, a stability or difficulty that is no number or outside
    fsrs's range, a card in review without them): such a card is scheduled
    as a new one, its review history kept, and its next grade writes a sound card."""
    if card_json is None:
        return None
    try:
        raw = json_text.loads(card_json)
        last = raw.get("last_review")
        stability = _within(raw, "stability", 0, MAX_STABILITY)
        _within(raw, "difficulty", MIN_DIFFICULTY, MAX_DIFFICULTY)
        if raw.get("state") in (2, 3) and None in (stability, raw.get("difficulty")):
            raise ValueError("a card in review without its stability and difficulty")
        return CardFacts(
            phase=PHASES.get(raw.get("state"), "learning"),
            stability=stability,
            last_review=None if last is None else _utc(datetime.fromisoformat(last)),
            due=_utc(datetime.fromisoformat(raw["due"])),
        )
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        log.warning("a card that cannot be read is scheduled as new (%s): %.80r", exc, card_json)
        return None


# fsrs's bounds of a card's difficulty; its stability is above 0. A card outside them
# (0 reads as none; a negative one gave complex numbers, NaN an error) cannot be graded.
MIN_DIFFICULTY, MAX_DIFFICULTY = 1.0, 10.0
# No card fsrs grades gets near it (its intervals stop at 100 years); a larger one
# (damage) overflowed fsrs's interval and the day recall falls to infinity.
MAX_STABILITY = 1e10


def _within(raw: dict[str, Any], key: str, low: float, high: float) -> float | None:
    """The card's number `key`: None when absent, ValueError unless low ≤ it ≤ high
    (low excluded when 0)."""
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{key} {value!r}")
    if not (low < value if low == 0 else low <= value) or value > high:
        raise ValueError(f"{key} {value!r} out of range")
    return value


def _steps_in(
    values: Mapping[str, Any], key: str, default: tuple[timedelta, ...]
) -> tuple[timedelta, ...]:
    """The steps the setting `key` lists (Preferences: "1m 10m"); `default` when it
    is absent or cannot be read (a hand-edited store never stops the app)."""
    from studyapp.core.steps import parse_steps

    text = values.get(key)
    if not isinstance(text, str):
        return default
    try:
        return parse_steps(text)
    except ValueError:
        return default


def _utc(now: datetime) -> datetime:
    """`now` as an aware UTC datetime (fsrs refuses anything else)."""
    if now.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return now.astimezone(UTC)


def due_iso(due: datetime) -> str:
    """The due time as stored in the cards table: UTC, whole seconds, sortable as text."""
    return _utc(due).isoformat(timespec="seconds")


def checked_parameters(parameters: Sequence[float]) -> list[float]:
    """`parameters` as FSRS's weights, or ValueError saying why FSRS refuses them (too
    few or too many, one out of its bounds); none at all are FSRS's defaults."""
    values = [float(p) for p in parameters]
    if values:
        from fsrs import Scheduler

        Scheduler(parameters=values)  # fsrs's own check: its count and each one's bounds
    return values


class SpacedRepetition:
    """FSRS scheduling of question cards stored as JSON strings."""

    def __init__(
        self,
        desired_retention: float = 0.9,
        parameters: Sequence[float] | None = None,
        *,
        learning_steps: Sequence[timedelta] = LEARNING_STEPS,
        relearning_steps: Sequence[timedelta] = RELEARNING_STEPS,
    ) -> None:
        if not 0 < desired_retention < 1:
            raise ValueError(f"desired retention must be between 0 and 1, not {desired_retention}")
        self.desired_retention = desired_retention
        self._steps = (tuple(learning_steps), tuple(relearning_steps))
        self._parameters = None if parameters is None else tuple(float(p) for p in parameters)
        self._built: Scheduler | None = None
        if self._parameters is not None:
            self._make_scheduler()  # fsrs checks the parameters now (ValueError)
        self.parameters: tuple[float, ...] = self._parameters or DEFAULT_PARAMETERS
        # The stabilities a card's first grade sets, in days: FSRS's initial
        # stabilities are its first four weights (Again, Hard, Good, Easy).
        self.first_stabilities = self.parameters[:4]
        self._decay = -self.parameters[20]
        self._factor = 0.9 ** (1 / self._decay) - 1

    @property
    def _scheduler(self) -> Scheduler:
        """fsrs's scheduler, made on first use: importing fsrs costs start-up some
        15 ms, and the window's first screen needs no more than the weights."""
        return self._make_scheduler()

    def _make_scheduler(self) -> Scheduler:
        if self._built is None:
            from fsrs import Scheduler

            extra: dict[str, Any] = {}
            if self._parameters is not None:
                extra["parameters"] = self._parameters
            self._built = Scheduler(
                desired_retention=self.desired_retention,
                learning_steps=self._steps[0],
                relearning_steps=self._steps[1],
                enable_fuzzing=False,
                **extra,
            )
        return self._built

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> SpacedRepetition:
        """The scheduler the person's settings ask for (`settings_schema.load_settings`).

        Stored parameters that fsrs refuses (a hand-edited store, another version)
        fall back to the defaults rather than stop the app."""
        from studyapp.core import settings_schema as keys

        retention = values.get(keys.DESIRED_RETENTION) or 0.9
        parameters = values.get(keys.FSRS_PARAMETERS)
        steps = {
            "learning_steps": _steps_in(values, keys.LEARNING_STEPS, LEARNING_STEPS),
            "relearning_steps": _steps_in(values, keys.RELEARNING_STEPS, RELEARNING_STEPS),
        }
        if parameters:
            try:
                return cls(retention, parameters, **steps)
            except ValueError:
                pass
        return cls(retention, **steps)

    @property
    def learning_steps(self) -> tuple[timedelta, ...]:
        return self._steps[0]

    @property
    def relearning_steps(self) -> tuple[timedelta, ...]:
        return self._steps[1]

    # --- cards ---------------------------------------------------------------

    @staticmethod
    def _new_card(now: datetime) -> Card:
        from fsrs import Card

        # An explicit card_id: without one, fsrs stamps the wall clock and sleeps 1 ms.
        # The question id is the real key; the card id only has to be an int.
        return Card(card_id=int(now.timestamp() * 1000), due=now)

    def _card(self, card_json: str | None, now: datetime) -> Card:
        if card_facts(card_json) is None:  # never reviewed, or unreadable
            return self._new_card(now)
        from fsrs import Card

        try:
            return Card.from_json(card_json)
        except (ValueError, TypeError, KeyError) as exc:  # what card_facts does not read
            # A field fsrs needs and the app does not show (card_id, step, state)
            # missing or wrong: graded as new, the card lost the schedule the window
            # showed for it. Made from what card_facts read instead.
            log.warning("a card fsrs cannot read is graded from what it says (%s)", exc)
            return self._card_from_facts(card_json, now)

    def _card_from_facts(self, card_json: str, now: datetime) -> Card:
        from fsrs import Card, State

        facts = card_facts(card_json)
        assert facts is not None
        raw = json_text.loads(card_json)
        difficulty = raw.get("difficulty")
        state = raw.get("state")
        if state not in (1, 2, 3) or isinstance(state, bool):
            state = 2 if facts.stability and difficulty else 1
        step = raw.get("step")
        if state == 2:
            step = None
        elif not isinstance(step, int) or isinstance(step, bool) or step < 0:
            # A step past the last (the steps since shortened) is fsrs's to read:
            # Good, Hard or Easy graduates the card, as Anki does.
            step = 0
        return Card(
            card_id=int(now.timestamp() * 1000),
            state=State(state),
            step=step,
            stability=facts.stability,
            difficulty=difficulty,
            due=facts.due,
            last_review=facts.last_review,
        )

    def new_card_json(self, now: datetime | None = None) -> str:
        """The JSON of a card never reviewed, due at `now` (default: the current time)."""
        return self._new_card(_utc(now or datetime.now(UTC))).to_json()

    # --- grading ---------------------------------------------------------------

    def grade(self, card_json: str | None, rating: int, now: datetime) -> tuple[str, str]:
        """Review a card (None: never reviewed) at `now`: (new card JSON, due ISO string)."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1–4, not {rating!r}")
        now = _utc(now)
        card = self._outcomes(self._card(card_json, now), now)[rating]
        return card.to_json(), due_iso(card.due)

    def with_due(self, card_json: str, due: datetime) -> tuple[str, str]:
        """The card as it is, due at `due` instead: (card JSON, due ISO string). An
        Anki card keeps the day Anki set for it (its memory state comes from the
        replayed log), as Anki itself keeps due days when FSRS is turned on."""
        due = _utc(due)
        card = self._card(card_json, due)
        card.due = due
        return card.to_json(), due_iso(card.due)

    def preview(self, card_json: str | None, now: datetime) -> dict[int, timedelta]:
        """How long until the card is due again for each rating given at `now`."""
        now = _utc(now)
        outcomes = self._outcomes(self._card(card_json, now), now)
        return {rating: after.due - now for rating, after in outcomes.items()}

    def _outcomes(self, card: Card, now: datetime) -> dict[int, Card]:
        """The card after each rating given at `now`, the passing ones of a review
        ordered as Anki orders them (`_ordered_passing`; in learning and relearning,
        Easy past Good: `_easy_past_good`): the grade schedules what
        the button showed, since both come from here."""
        from fsrs import Rating, State

        outcomes = {
            rating: self._scheduler.review_card(card, Rating(rating), review_datetime=now)[0]
            for rating in RATINGS
        }
        maximum = self._scheduler.maximum_interval
        if card.state == State.Review:
            _ordered_passing(outcomes, now, maximum)
        else:
            _easy_past_good(outcomes[4], now, self._fsrs_days(outcomes[3].stability), maximum)
        return outcomes

    def _fsrs_days(self, stability: float | None) -> int:
        """The whole days FSRS gives a card of `stability` at the desired retention,
        at least 1 (as fsrs rounds a graduating interval): Good's days in learning
        and relearning, whether Good takes a step or graduates."""
        if not stability:
            return 1
        days = stability / self._factor * (self.desired_retention ** (1 / self._decay) - 1)
        return min(max(round(days), 1), self._scheduler.maximum_interval)

    # --- state -----------------------------------------------------------------

    def retrievability(self, card_json: str | None, now: datetime) -> float | None:
        """The predicted chance (0–1) of recalling the answer at `now`; None if never reviewed.

        As fsrs computes it: whole days since the last review."""
        facts = card_facts(card_json)
        if facts is None or facts.last_review is None or not facts.stability:
            return None
        elapsed_days = max(0, (_utc(now) - facts.last_review).days)
        return float((1 + self._factor * elapsed_days / facts.stability) ** self._decay)

    def recall_below_at(self, card_json: str | None, threshold: float) -> datetime | None:
        """The first moment the chance of recall is below `threshold` (0–1), if nothing
        is reviewed before; None for a card never reviewed. Recall falls a step per
        whole day since the last review, so this is a whole number of days after it."""
        facts = card_facts(card_json)
        if facts is None or facts.last_review is None or not facts.stability:
            return None
        # (1 + f·t/S)^decay < threshold  ⟺  t > S·(threshold^(1/decay) − 1)/f
        limit = facts.stability * (threshold ** (1 / self._decay) - 1) / self._factor
        # min() before floor(): a huge stability (damage) made the limit infinite
        days = math.floor(min(max(0.0, limit), 36500 * 10)) + 1
        return facts.last_review + timedelta(days=days)

    def stability(self, card_json: str | None) -> float | None:
        """FSRS stability in days (the interval at which recall falls to 90 %); None if new."""
        facts = card_facts(card_json)
        return None if facts is None else facts.stability

    def phase(self, card_json: str | None) -> str:
        """ "new", "learning", "review" or "relearning" (fsrs's state of the card);
        "new" for a card never reviewed or unreadable (see `card_facts`)."""
        facts = card_facts(card_json)
        return "new" if facts is None else facts.phase

    def is_new(self, card_json: str | None) -> bool:
        """Whether the card is scheduled as never reviewed (no card, or unreadable)."""
        return card_facts(card_json) is None

    def due(self, card_json: str | None) -> datetime | None:
        """When the card is due (aware UTC); None for a card never reviewed or unreadable."""
        facts = card_facts(card_json)
        return None if facts is None else facts.due

    def is_due(self, card_json: str | None, now: datetime) -> bool:
        """True when the card should be reviewed at `now` (a new card always is)."""
        due = self.due(card_json)
        return due is None or due <= _utc(now)


def _ordered_passing(outcomes: dict[int, Card], now: datetime, maximum_days: int) -> None:
    """Hard, Good and Easy of a card in review put `now` + whole days apart, as Anki's
    FSRS does (rslib scheduler/states/review.rs, `passing_fsrs_review_intervals`):
    Hard at least 1 day, Good at least Hard + 1, Easy at least Good + 1, none past
    the maximum interval. On a weak review FSRS's stabilities after Hard and Good
    round to the same day ("Hard 1d, Good 1d"): two buttons that did the same.
    Only the due day moves; each rating keeps the memory state FSRS gave it. It is
    applied to the due fsrs set, so with fuzz (off here) it would hold after fuzz,
    as Anki constrains the fuzzed interval."""
    floor = 1
    for rating in (2, 3, 4):
        card = outcomes[rating]
        days = math.ceil((card.due - now) / timedelta(days=1))
        wanted = min(max(days, floor), maximum_days)
        if wanted != days:
            card.due = now + timedelta(days=wanted)
        floor = wanted + 1


def _easy_past_good(easy: Card, now: datetime, good_days: int, maximum_days: int) -> None:
    """Easy on a card in learning or relearning put at least a day past Good, as Anki's
    FSRS does (rslib scheduler/states/learning.rs and relearning.rs, `answer_easy`):
    Easy ≥ Good's FSRS interval in whole days (at least 1) + 1, none past the maximum
    interval. After an Again on a new card the buttons read "Good 10m, Easy 1d", and
    on a relearning card "Good 1d, Easy 1d": Easy did what Good did. Only Easy's due
    day moves (Hard and Good are steps, or graduate on FSRS's own days, as in Anki);
    it keeps the memory state FSRS gave it."""
    days = math.ceil((easy.due - now) / timedelta(days=1))
    wanted = min(max(days, good_days + 1), maximum_days)
    if wanted != days:
        easy.due = now + timedelta(days=wanted)


def format_interval(td: timedelta) -> str:
    """A short label for an interval, as on Anki's answer buttons: 1m, 10m, 3h, 1d, 3.5mo, 2y."""
    seconds = max(0.0, td.total_seconds())
    minutes = seconds / 60
    hours = minutes / 60
    days = hours / 24
    if minutes < 1:
        return f"{round(seconds)}s" if seconds >= 1 else "now"
    if hours < 1:
        return f"{round(minutes)}m"
    if days < 1:
        return _units(hours, "h")
    if days < 30:
        return _units(days, "d")
    if days < 365:
        return _units(days / 30, "mo")
    return _units(days / 365, "y")


def _units(value: float, suffix: str) -> str:
    # Whole numbers up to 10 ("3d"), one decimal below that when it says something ("3.5mo").
    if value >= 10:
        return f"{round(value)}{suffix}"
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text}{suffix}"


def span_words(td: timedelta) -> str:
    """A span in words, rounded to its largest unit: "less than a minute", "10 minutes",
    "3 hours", "6 days", "2 months", "1.5 years"."""
    seconds = abs(td.total_seconds())
    minutes, hours, days = seconds / 60, seconds / 3600, seconds / 86400
    if minutes < 1:
        return "less than a minute"
    if hours < 1:
        return plural(round(minutes), "minute")
    if days < 1:
        return plural(round(hours), "hour")
    if days < 60:
        return plural(round(days), "day")
    if days < 365:
        return plural(round(days / 30.44), "month")
    years = round(days / 365.25, 1)
    return plural(int(years) if years.is_integer() else years, "year")


def due_words(scheduler: SpacedRepetition, card_json: str | None, now: datetime) -> str:
    """When a reviewed card is next due, in the words every place that says it uses (the
    question's header, the grading panel): "due in 6 days", "due now", "due 3 days
    ago", "learning step due in 7 minutes", "relearning step due 5 minutes ago"; ""
    for a card never reviewed. The header said "learning step due 3 minutes ago" over a
    panel saying "learning step due now", each with its own rule for "now"."""
    due = scheduler.due(card_json)
    if due is None:
        return ""
    now = _utc(now)
    if due > now:
        when = f"due in {span_words(due - now)}"
    elif now - due < timedelta(minutes=1):
        when = "due now"
    else:
        when = f"due {span_words(now - due)} ago"
    step = step_words(scheduler, card_json)
    return f"{step} {when}" if step else when


def recall_words(scheduler: SpacedRepetition, card_json: str | None, now: datetime) -> str:
    """When a question is next due (`due_words`) and how likely recall is now, in words:
    "due in 6 days · 92 % recall now", "due now · 88 % recall now", "due 3 days ago ·
    71 % recall now"; for a card in its learning steps when its step is ("learning
    step due in 7 minutes", "relearning step due 5 minutes ago"); "new: not
    studied yet" for a question never reviewed."""
    when = due_words(scheduler, card_json, now)
    recall = scheduler.retrievability(card_json, now)
    if not when or recall is None:
        return "new: not studied yet"
    if step_words(scheduler, card_json):
        # A step minutes long, not a memory fading: its recall is near 100 % while it
        # is due, which read as a contradiction ("due 55 minutes ago · 100 % recall").
        return when
    return f"{when} · {math.floor(recall * 100 + 0.5)} % recall now"


def step_words(scheduler: SpacedRepetition, card_json: str | None) -> str:
    """ "learning step" or "relearning step" for a card in its steps, "" otherwise: the
    word every place that says when a card is due uses for it (the answer's header,
    the grading panel), so one card is never a "step" in one and a "review" in the
    other."""
    phase = scheduler.phase(card_json)
    return f"{phase} step" if phase in ("learning", "relearning") else ""
