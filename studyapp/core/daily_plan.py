"""The daily plan: what today's limits still allow, deck by deck, and when the study
day starts and ends. No Qt here.

"Today" is the study day (`study_day`: the calendar day in the clock's zone, from
local midnight). The daily limits (new questions per day, reviews per day:
`core.settings_schema`) are per deck, as Anki's: each deck has the whole allowance,
less what was studied in that deck today (`done_today`, or the store's count of it:
`todays_limits_in`). A study session (core.study) and the status bar's "today"
figures both take their limits from here.

As Anki's Custom Study "increase today's new card limit", N more new questions may be
allowed today only (`add_new_today`): kept as a setting dated today, it adds to every
deck's new allowance that day and to none after; the Preferences' limit is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from studyapp.core import settings_schema as keys
from studyapp.core.clock import Clock
from studyapp.core.model import Review
from studyapp.core.store import Store


def to_ms(moment: datetime) -> int:
    """Epoch milliseconds, as review times are stored."""
    return int(moment.timestamp() * 1000)


# --- the daily plan --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DailyLimits:
    """What today still allows in one deck: None means no limit."""

    new_left: int | None = None
    reviews_left: int | None = None


@dataclass(frozen=True, slots=True)
class DeckLimits:
    """Today's limits deck by deck, as Anki's (one preset for every deck): each deck
    allows `new_per_day` new questions and `reviews_per_day` reviews, less what was
    studied in that deck today (`done`: deck id → (new, reviewed)). New questions
    studied in one deck leave another deck's allowance whole."""

    new_per_day: int | None = None
    reviews_per_day: int | None = None
    done: Mapping[int, tuple[int, int]] = field(default_factory=dict)

    def of(self, deck_id: int) -> DailyLimits:
        """What today still allows in this deck."""
        new_done, reviewed_done = self.done.get(deck_id, (0, 0))
        return DailyLimits(
            new_left=left_after(self.new_per_day, new_done),
            reviews_left=left_after(self.reviews_per_day, reviewed_done),
        )


def left_after(per_day: int | None, done: int) -> int | None:
    """What an allowance of `per_day` (None: no limit) leaves after `done`."""
    return None if per_day is None else max(0, per_day - done)


def day_bounds(now: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """The start and end (UTC) of the calendar day `now` falls on, in `tz`."""
    local = now.astimezone(tz)
    start = datetime(local.year, local.month, local.day, tzinfo=tz)
    end = datetime.combine(start.date() + timedelta(days=1), start.timetz())
    return start.astimezone(UTC), end.astimezone(UTC)


def study_day(clock: Clock) -> date:
    """The study day it is now: the calendar day in the clock's zone (it starts at
    local midnight, as the daily limits and a bury's "until tomorrow" do)."""
    return clock.now().astimezone(clock.timezone()).date()


def next_day_start(clock: Clock) -> datetime:
    """When the next study day starts (UTC): what was buried comes back, the daily
    limits start afresh."""
    return day_bounds(clock.now(), clock.timezone())[1]


def done_today(reviews: Sequence[Review], now: datetime, tz: tzinfo) -> tuple[int, int]:
    """(questions studied for the first time today, other questions reviewed today),
    from the review log (oldest first); a question counts once a day."""
    start, end = day_bounds(now, tz)
    start_ms, end_ms = to_ms(start), to_ms(end)
    first_seen: dict[str, int] = {}
    today: set[str] = set()
    for review in reviews:
        first_seen.setdefault(review.question_id, review.reviewed_at_ms)
        if start_ms <= review.reviewed_at_ms < end_ms:
            today.add(review.question_id)
    new = sum(1 for qid in today if first_seen[qid] >= start_ms)
    return new, len(today) - new


def deck_limits(settings: Mapping[str, Any], done: Mapping[int, tuple[int, int]]) -> DeckLimits:
    """The daily limits in `settings`, each deck's after what `done` says was studied
    in it today (deck id → (new, reviewed))."""
    values = keys.with_defaults(settings)
    return DeckLimits(values[keys.NEW_PER_DAY], values[keys.REVIEWS_PER_DAY], dict(done))


def todays_limits(
    settings: Mapping[str, Any], reviews: Sequence[Review], now: datetime, tz: tzinfo
) -> DailyLimits:
    """What the daily limits in `settings` still allow today in a deck whose review
    log is `reviews`."""
    return deck_limits(settings, {0: done_today(reviews, now, tz)}).of(0)


def todays_limits_in(
    store: Store, settings: Mapping[str, Any], now: datetime, tz: tzinfo
) -> DeckLimits:
    """What the daily limits still allow today in each deck, counted by the store (an
    indexed query of today's reviews grouped by deck, not the whole log read into
    Python)."""
    start, end = day_bounds(now, tz)
    limits = deck_limits(settings, store.studied_by_deck(to_ms(start), to_ms(end)))
    extra = extra_new_today(store, now.astimezone(tz).date())
    if extra and limits.new_per_day is not None:
        limits = replace(limits, new_per_day=limits.new_per_day + extra)
    return limits


# The more new questions allowed on one day only: "2026-12-07 10" (a plain setting: not
# in Preferences, no schema change).
EXTRA_NEW_TODAY = "study.extra_new_today"


def extra_new_today(store: Store, day: date) -> int:
    """How many more new questions than the daily limit `day` allows (0: none)."""
    value = store.get_setting(EXTRA_NEW_TODAY)
    try:
        when, count = str(value).split()
        return max(0, int(count)) if when == day.isoformat() else 0
    except ValueError:  # never set (None), or written by something else
        return 0


def add_new_today(store: Store, day: date, count: int) -> int:
    """`count` more new questions allowed on `day` only, on top of any added before
    that day; returns how many more that day allows now."""
    total = extra_new_today(store, day) + max(0, count)
    store.set_setting(EXTRA_NEW_TODAY, f"{day.isoformat()} {total}")
    return total


def learn_ahead_in(settings: Mapping[str, Any]) -> timedelta:
    """The learn-ahead limit in `settings` (Preferences; 0: a step is never shown
    before it is due)."""
    return timedelta(minutes=keys.with_defaults(settings)[keys.LEARN_AHEAD])
