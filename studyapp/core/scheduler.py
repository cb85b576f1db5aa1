"""Spaced repetition: FSRS (the `fsrs` package) behind a small, JSON-in/JSON-out interface.

The store keeps each question's card as the JSON this module produces; nothing else
in the app knows the `fsrs` types. Ratings follow Anki: 1 Again, 2 Hard, 3 Good,
4 Easy. Fuzzing is off so the same history always gives the same schedule (tests
and the interval preview on the grading buttons both rely on that).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler

RATINGS = (1, 2, 3, 4)
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def _utc(now: datetime) -> datetime:
    """`now` as an aware UTC datetime (fsrs refuses anything else)."""
    if now.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return now.astimezone(UTC)


def due_iso(due: datetime) -> str:
    """The due time as stored in the cards table: UTC, whole seconds, sortable as text."""
    return _utc(due).isoformat(timespec="seconds")


class SpacedRepetition:
    """FSRS scheduling of question cards stored as JSON strings."""

    def __init__(self, desired_retention: float = 0.9) -> None:
        if not 0 < desired_retention < 1:
            raise ValueError(f"desired retention must be between 0 and 1, not {desired_retention}")
        self.desired_retention = desired_retention
        self._scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=False)

    # --- cards ---------------------------------------------------------------

    @staticmethod
    def _new_card(now: datetime) -> Card:
        # An explicit card_id: without one, fsrs stamps the wall clock and sleeps 1 ms.
        # The question id is the real key; the card id only has to be an int.
        return Card(card_id=int(now.timestamp() * 1000), due=now)

    def _card(self, card_json: str | None, now: datetime) -> Card:
        return self._new_card(now) if card_json is None else Card.from_json(card_json)

    def new_card_json(self, now: datetime | None = None) -> str:
        """The JSON of a card never reviewed, due at `now` (default: the current time)."""
        return self._new_card(_utc(now or datetime.now(UTC))).to_json()

    # --- grading ---------------------------------------------------------------

    def grade(self, card_json: str | None, rating: int, now: datetime) -> tuple[str, str]:
        """Review a card (None: never reviewed) at `now`: (new card JSON, due ISO string)."""
        if rating not in RATINGS:
            raise ValueError(f"rating must be 1–4, not {rating!r}")
        now = _utc(now)
        card, _log = self._scheduler.review_card(
            self._card(card_json, now), Rating(rating), review_datetime=now
        )
        return card.to_json(), due_iso(card.due)

    def preview(self, card_json: str | None, now: datetime) -> dict[int, timedelta]:
        """How long until the card is due again for each rating given at `now`."""
        now = _utc(now)
        card = self._card(card_json, now)
        result: dict[int, timedelta] = {}
        for rating in RATINGS:
            after, _log = self._scheduler.review_card(card, Rating(rating), review_datetime=now)
            result[rating] = after.due - now
        return result

    # --- state -----------------------------------------------------------------

    def retrievability(self, card_json: str | None, now: datetime) -> float | None:
        """The predicted chance (0–1) of recalling the answer at `now`; None if never reviewed."""
        if card_json is None:
            return None
        card = Card.from_json(card_json)
        if card.last_review is None or card.stability is None:
            return None
        return float(self._scheduler.get_card_retrievability(card, _utc(now)))

    def due(self, card_json: str | None) -> datetime | None:
        """When the card is due (aware UTC); None for a card never reviewed."""
        if card_json is None:
            return None
        return _utc(Card.from_json(card_json).due)

    def is_due(self, card_json: str | None, now: datetime) -> bool:
        """True when the card should be reviewed at `now` (a new card always is)."""
        due = self.due(card_json)
        return due is None or due <= _utc(now)


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
