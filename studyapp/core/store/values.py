"""What a stored number must be for the app to read it, as SQL used by every read of
reviews, mock answers and mock sessions.

SQLite keeps whatever another tool, a hand edit or damage wrote: a rating of 0, 7 or
2.5 (2.5 even passes the CHECK), text where a number goes, a time past the year
9999. Read as they are, such values stopped the statistics, the weak-topic report
and the resuming of a mock interview. Read through these, a review whose time or
rating no clock or grade can be is left out of the history read (it stays in the
file), and a number out of its range reads as absent (NULL), which every reader
already copes with.
"""

from __future__ import annotations

# 9999-01-01 UTC: Python's dates end with the year 9999, and a day's slack keeps any
# timezone's local date within it.
MAX_TIME_MS = 253_370_764_800_000
# Longer than any answer or mock interview takes (115 days): beyond it, a number
# read as seconds is damage, and its sums and means would be meaningless.
MAX_SECONDS = 10_000_000


def readable_time(column: str) -> str:
    """SQL: the time in `column` is one the app can read: whole milliseconds since 1970,
    before the year 9999. A row with any other (text, a year past 9999) is left out
    of the history read, where it stopped the statistics and the weak-topic report;
    it stays in the file, and in the counts of reviews."""
    return f"(typeof({column}) = 'integer' AND {column} BETWEEN 0 AND {MAX_TIME_MS})"


def readable_review(alias: str = "") -> str:
    """SQL: a review row the history can read: its time (`readable_time`) and its
    rating one of 1–4 (`alias`: the table's alias with its dot, or nothing)."""
    return f"({readable_time(alias + 'reviewed_at_ms')} AND {alias}rating IN (1, 2, 3, 4))"


def rating(column: str) -> str:
    """SQL: the grade in `column` (1–4), NULL where it is none of them."""
    return f"(CASE WHEN {column} IN (1, 2, 3, 4) THEN CAST({column} AS INTEGER) END)"


def _number_within(column: str, high: float) -> str:
    return (
        f"(CASE WHEN typeof({column}) IN ('integer', 'real')"
        f" AND {column} BETWEEN 0 AND {high} THEN {column} END)"
    )


def seconds(column: str) -> str:
    """SQL: the duration in `column` (seconds), NULL where it is negative, absurd or
    no number."""
    return _number_within(column, MAX_SECONDS)


def fraction(column: str) -> str:
    """SQL: the share in `column` (0–1), NULL where it is outside or no number."""
    return _number_within(column, 1)
