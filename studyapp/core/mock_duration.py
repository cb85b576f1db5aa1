"""A mock's time per question as people type it, and the words that say how it was
read. No Qt: the set-up's duration box (ui/duration_box.py) asks these.

    parse_duration("0100")   -> 60       digits alone, three or four: a clock without
    parse_duration("130")    -> 90       its colon (m:ss, mm:ss), as on a microwave
    parse_duration("1:30")   -> 90       minutes:seconds
    parse_duration("90")     -> 90       one or two digits: minutes up to 10, seconds past
    parse_duration("3")      -> 180
    parse_duration("2.5")    -> 150      a fraction: minutes up to 10, seconds past
    parse_duration("90s"), ("2m"), ("1m30"), ("1m 30s"), ("1 min 30 sec"), ("1.5 min")
    reading("0100", 10, 3599) -> "= 1 min"   (what the box shows beside it as typed)
"""

from __future__ import annotations

import re

MINUTES_UP_TO = 10  # a number alone up to this is minutes ("3"); past it, seconds ("45")
UNITS = {
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), 60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1),
}
EXAMPLES = "1:30, 90s, 2m or 0130"
_CLOCK = re.compile(r"(?P<m>\d{0,2}):(?P<s>\d{0,2})")
_PART = re.compile(r"\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>[a-z]*)")
_TYPING = re.compile(r"[\d\s:.,a-z]{0,20}")


def parse_duration(text: str) -> int | None:
    """Seconds of a time typed as in the module's docstring; None when `text` is no
    time (yet): "", "1:", "1:7" and "1:75" (seconds are two digits, up to 59),
    "175" (no clock either), "2 apples"."""
    text = text.strip().lower()
    clock = _CLOCK.fullmatch(text)
    if clock is not None:
        if len(clock["s"]) != 2 or int(clock["s"]) > 59:
            return None
        return int(clock["m"] or 0) * 60 + int(clock["s"])
    parts = _parts(text)
    if not parts:
        return None
    if len(parts) == 1 and not parts[0][1]:
        return _number_alone(parts[0][0])
    total = 0.0
    for i, (number, unit) in enumerate(parts):
        if not unit and i == len(parts) - 1 and UNITS.get(parts[i - 1][1]) == 60:
            unit = "s"  # "1m30": the seconds after the minutes
            if not number.isdigit() or int(number) > 59:
                return None
        if unit not in UNITS:
            return None
        total += float(number.replace(",", ".")) * UNITS[unit]
    return round(total)


def _parts(text: str) -> list[tuple[str, str]]:
    """(number, unit) of each "90s", "1 min", "30" in `text`; [] unless all of it is."""
    parts, pos = [], 0
    while pos < len(text):
        part = _PART.match(text, pos)
        if part is None:
            return []
        parts.append((part["n"], part["unit"]))
        pos = part.end()
    return parts


def _number_alone(number: str) -> int | None:
    if not number.isdigit():  # "2.5": minutes up to ten, seconds past
        value = float(number.replace(",", "."))
        return round(value * 60 if value <= MINUTES_UP_TO else value)
    if len(number) <= 2:
        value = int(number)
        return value * 60 if value <= MINUTES_UP_TO else value
    if len(number) <= 4 and int(number[-2:]) <= 59:  # a clock without its colon
        return int(number[:-2]) * 60 + int(number[-2:])
    return None


def may_become_a_time(text: str) -> bool:
    """Whether `text` is a time or on its way to one (the box refuses other keys):
    digits, spaces, ":", "." or ",", and units or the start of one ("1 mi")."""
    text = text.strip().lower()
    if _TYPING.fullmatch(text) is None:
        return False
    words = re.findall(r"[a-z]+", text)
    return all(any(unit.startswith(word) for unit in UNITS) for word in words)


def duration_words(seconds: int) -> str:
    """ "1 min 30 s", "2 min", "45 s"."""
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} min" if minutes else f"{rest} s"


def reading(text: str, minimum: int, maximum: int) -> str:
    """What the box says beside a time being typed: how it reads it, or why not."""
    if not text.strip():
        return ""
    seconds = parse_duration(text)
    if seconds is None:
        return f"Not a time yet: try {EXAMPLES}"
    if seconds < minimum:
        return f"= {duration_words(seconds)}, too short (at least {duration_words(minimum)})"
    if seconds > maximum:
        return f"= {duration_words(seconds)}, too long (at most {duration_words(maximum)})"
    return f"= {duration_words(seconds)}"
