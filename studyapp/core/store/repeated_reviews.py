"""Reviews recorded twice: rows of one question at the same millisecond, with the same
grade, mode, time taken and card graded from, under another id (a merge of two copies
of the store by a database tool or a sync tool's own merge, a table's rows inserted
again). StudyApp never records two grades of one question in one millisecond, so the
second is no grade the person made: counted, it doubled the day's reviews (a deck's
daily limit reached at half of it), the statistics and the history FSRS is fitted
to. The full check (core.store.daily_check) leaves out every such row but the first,
keeping a copy of the file as it was; the card each question's schedule is read from
is not touched (it was made by the grades themselves).
"""

from __future__ import annotations

import sqlite3

from studyapp.core.store.sqlio import immediate

# Every column but the id: a copy is the same row again, the card it was graded from
# included (two grades of one question, even in one second, are graded from two cards).
_SAME = "question_id, reviewed_at_ms, rating, mode, seconds, card_before_json, due_before"


def repeated_reviews(conn: sqlite3.Connection) -> int:
    """How many reviews repeat an earlier row in every column but the id (0 when none
    does)."""
    row = conn.execute(
        f"SELECT coalesce(sum(n - 1), 0) FROM"
        f" (SELECT count(*) AS n FROM reviews GROUP BY {_SAME} HAVING n > 1)"
    ).fetchone()
    return int(row[0])


def drop_repeated_reviews(conn: sqlite3.Connection) -> int:
    """Leave out every review but the first (the lowest id) of each repeated one;
    returns how many were left out."""
    with immediate(conn):
        cursor = conn.execute(
            f"DELETE FROM reviews WHERE id NOT IN (SELECT min(id) FROM reviews GROUP BY {_SAME})"
        )
    return cursor.rowcount
