"""How numbers, counts and times read on screen, in one place: plurals,
percentages, file sizes, clocks and local times."""

from __future__ import annotations

import math
import re
from datetime import datetime


def plural(n: float, noun: str, nouns: str | None = None) -> str:
    """ "1 question", "2 questions", "1.5 years" ("1 box", "3 boxes" with `nouns`); a
    whole number in groups of three, "12,500 questions", as the window writes counts."""
    count = f"{n:,}" if isinstance(n, int) else f"{n}"
    return f"{count} {noun if n == 1 else (nouns or noun + 's')}"


def every(n: int, noun: str, nouns: str | None = None) -> str:
    """All `n` of something as a person says it: "the one question", "both questions",
    "all 3 questions" (lower case; `capitalized` at a sentence's start). "All 1 that
    can be asked" read as a form's template."""
    if n == 1:
        return f"the one {noun}"
    many = nouns or noun + "s"
    return f"both {many}" if n == 2 else f"all {n} {many}"


def capitalized(text: str) -> str:
    """`text` with its first letter a capital, the rest as it was."""
    return text[:1].upper() + text[1:]


def unbroken(text: str) -> str:
    """`text` with no-break spaces: a wrapped line never splits it ("0:45 per" over
    "question", "1 not" over "asked"), as long as it fits on one line."""
    return text.replace(" ", "\u00a0")


_NUMBER_SPACE_RE = re.compile(r"(?<=\d) (?=%|[^\W\d_])")


def numbers_kept(text: str) -> str:
    """`text` with each number bound to the sign or word after it by a no-break space,
    for a line that wraps: "mastery 3 %." broke before its "%", "the last 7 days"
    before "days"."""
    return _NUMBER_SPACE_RE.sub("\u00a0", text)


def suspended_words(count: int) -> str:
    """What a tooltip says of the suspended questions among a count of questions
    ("" for none): they are counted, as Anki counts suspended cards, but not studied."""
    if not count:
        return ""
    return f"{count} suspended: counted among the questions, never due nor new (Ctrl+J)"


def whole(value: float) -> int:
    """`value` rounded to the nearest whole number, a half away from zero: the one
    rounding every figure on screen goes through. Python's round() takes a half to
    the even number (12.5 → 12, 13.5 → 14), so one screen read 1 of 8 key points as
    "12 %" beside a score of 87.5 shown "88 %". The 9 decimals first: 0.145 * 100
    is 14.499999999999998, a half as written."""
    magnitude = math.floor(round(abs(value), 9) + 0.5)
    return -magnitude if value < 0 else magnitude


def whole_percent(fraction: float) -> int:
    """A fraction (0–1) as a whole number of percent (see `whole`)."""
    return whole(fraction * 100)


def percent(value: float | None) -> str:
    """A fraction (0–1) as a whole percentage; "–" when there is none."""
    return "–" if value is None else f"{whole_percent(value)} %"


def score_text(score: float | None) -> str:
    """A score already on a 0–100 scale."""
    return "–" if score is None else f"{whole(score)} %"


KB = 1000
MB = 1000 * KB
GB = 1000 * MB


def size_label(size: int, *, up: bool = False) -> str:
    """A file's size in decimal units, as the file managers of macOS and GNOME show
    it (1 MB = 1,000,000 bytes): "146 KB" below a megabyte (at least 1 KB), "19.5 MB"
    from there, "2.1 GB" from a gigabyte. A whole number of units reads without
    decimals ("20 MB": a limit). `up` rounds up, for a size over a limit: 20,000,001
    bytes read "20.0 MB" beside "the limit is 20 MB"; rounded up they read "20.1 MB"."""
    if size % GB == 0 and size:
        return f"{size // GB:,} GB"
    if size % MB == 0 and size:
        return f"{size // MB:,} MB"
    kilobytes = max(1, _divide(size, KB, up))
    if kilobytes < 1000:
        return f"{kilobytes} KB"
    tenths = _divide(size, MB // 10, up)  # of a megabyte
    if tenths < 10_000:
        return f"{tenths // 10:,}.{tenths % 10} MB"
    tenths = _divide(size, GB // 10, up)
    return f"{tenths // 10:,}.{tenths % 10} GB"


def _divide(size: int, unit: int, up: bool) -> int:
    """`size` in `unit`s, whole: rounded up with `up`, else to the nearest (half up)."""
    return -(-size // unit) if up else (size + unit // 2) // unit


def format_clock(seconds: float | None, *, countdown: bool = False) -> str:
    """Seconds as mm:ss (h:mm:ss from an hour on). A countdown rounds up, so it shows
    02:00 at the start and reaches 00:00 only when the time is up."""
    if seconds is None:
        return "–"
    seconds = max(0.0, seconds)
    whole = math.ceil(seconds - 1e-6) if countdown else math.floor(seconds + 1e-6)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def local_time(moment: datetime, *, seconds: bool = False) -> str:
    """A moment as the person reads a clock: local time, to the minute (to the second
    with `seconds`, where moments within one minute must be told apart)."""
    return (
        f"{moment.astimezone():%Y-%m-%d  %H:%M:%S}"
        if seconds
        else f"{moment.astimezone():%Y-%m-%d  %H:%M}"
    )


def local_minute(epoch_ms: int) -> str:
    """Stored epoch milliseconds as local "YYYY-MM-DD HH:MM"."""
    from datetime import UTC

    return f"{datetime.fromtimestamp(epoch_ms / 1000, UTC).astimezone():%Y-%m-%d %H:%M}"
