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


# 2000 to 2100 in seconds: such a time counted in seconds, micro- or nanoseconds is one
# StudyApp's milliseconds never are (read as milliseconds it falls in January 1970,
# or past the year 9999). StudyApp's own times are from 2000 on.
FIRST_S, LAST_S = 946_684_800, 4_102_444_800
FIRST_MS = FIRST_S * 1000


def time_in_ms(column: str) -> str:
    """SQL: the time in `column` as whole milliseconds since 1970, where another tool
    (a script, a hand edit in a database browser) wrote it otherwise: in seconds
    (`time.time()`), micro- or nanoseconds, as a fraction of a millisecond, or as a
    date in text ('2026-11-21T12:00:00Z', '2026-11-21 12:00:00.250', UTC unless it
    says otherwise). NULL where it is none of those, whole milliseconds included.
    Read as they were, a date in text left the review out of every view, and a time
    in seconds dated it in 1970."""
    c = column
    number = f"typeof({c}) IN ('integer', 'real')"
    return (
        "(CASE"
        f" WHEN typeof({c}) = 'text' AND {c} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]*'"
        f" THEN CAST(round((julianday({c}) - 2440587.5) * 86400000) AS INTEGER)"
        f" WHEN NOT {number} THEN NULL"
        f" WHEN {c} BETWEEN {FIRST_S} AND {LAST_S} THEN CAST(round({c} * 1000) AS INTEGER)"
        f" WHEN {c} BETWEEN {FIRST_S * 10**6} AND {LAST_S * 10**6}"
        f" THEN CAST(round({c} / 1000.0) AS INTEGER)"
        f" WHEN {c} BETWEEN {FIRST_S * 10**9} AND {LAST_S * 10**9}"
        f" THEN CAST(round({c} / 1000000.0) AS INTEGER)"
        f" WHEN typeof({c}) = 'real' AND {c} BETWEEN {FIRST_MS} AND {MAX_TIME_MS}"
        f" THEN CAST(round({c}) AS INTEGER)"
        " END)"
    )
