"""Learning and relearning steps typed as Anki takes them: "1m 10m", "10m", "30s 2h 1d".

Each step is a number and a unit, s (seconds), m (minutes), h (hours) or d (days),
set apart by spaces (or commas); a number alone is minutes, as in Anki. Nothing at
all is no steps: a new card goes straight to FSRS's days (a forgotten one, with no
relearning steps, straight to its new interval). A step that is not a positive
length ("5x", "-1m", "0m") is refused with a message naming it. No Qt here.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta

from studyapp.lazy import lazy_pattern

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# fsrs's longest interval (its maximum_interval): a longer step is no learning step
# (and a far longer one overflowed timedelta).
LONGEST = timedelta(days=36500)
_STEP = lazy_pattern(r"(?P<number>[-+]?(?:\d+(?:\.\d+)?|\.\d+))(?P<unit>[a-z]?)", re.IGNORECASE)


class StepsError(ValueError):
    """A step that cannot be read; its message names it."""


def parse_steps(text: str) -> tuple[timedelta, ...]:
    """The steps `text` lists, in order ("1m 10m" → 1 and 10 minutes); () for none.
    StepsError naming the first entry that is not a positive number with a unit."""
    steps = []
    for entry in re.split(r"[\s,;]+", text.strip()):
        if not entry:
            continue
        found = _STEP.fullmatch(entry)
        unit = found.group("unit").lower() if found else ""
        if found is None or (unit and unit not in UNITS):
            raise StepsError(
                f'"{entry}" is not a step: write a number and a unit, s, m, h or d (as "1m 10m")'
            )
        seconds = float(found.group("number")) * UNITS[unit or "m"]
        if not math.isfinite(seconds) or seconds < 1:
            raise StepsError(f'"{entry}" is not a step: a step is at least 1 second long')
        if seconds > LONGEST.total_seconds():
            raise StepsError(f'"{entry}" is not a step: a step is at most {LONGEST.days} days')
        steps.append(timedelta(seconds=round(seconds)))
    return tuple(steps)


def format_steps(steps: tuple[timedelta, ...] | list[timedelta]) -> str:
    """The steps as Anki writes them: each in the largest unit that says it whole
    ("1m 10m", "90s", "1d")."""
    return " ".join(_one(step) for step in steps)


def _one(step: timedelta) -> str:
    seconds = round(step.total_seconds())
    for unit in ("d", "h", "m"):
        if seconds % UNITS[unit] == 0:
            return f"{seconds // UNITS[unit]}{unit}"
    return f"{seconds}s"


def normalized(text: str) -> str:
    """`text` as the steps it lists, written as Anki writes them ("1M,10" → "1m 10m");
    StepsError as `parse_steps`."""
    return format_steps(parse_steps(text))
