"""The reviews a damaged store still holds, carried into the backup restored in its
place (core.store.rescue).

Where the damage took more of the person's data than the backup lacks (the questions
table lost, a page of the decks: the salvage keeps fewer usable rows than the backup),
the backup is restored whole. Its reviews end where it was made, yet the damaged file
often still holds every later one: a damaged questions table left 64 reviews
readable, and the restore kept the backup's 48, the 16 since gone with the file set
aside. Each review the salvage read that the backup lacks is added to it, with its
question's card as the salvage read it (the card the app wrote at that grade), or,
where that card is lost or unreadable, made again from the question's reviews
(core.store.cards_again). A review whose question neither holds waits for it, as in
a salvage: the notes imported again after a restore make the question again under
its id. Nothing else of the damaged file is taken: its other rows may be what the
damage left of them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from studyapp.core.store import cards_again
from studyapp.core.store.sqlio import immediate

__all__ = ["carry_reviews"]

# A review is the same one in both files when its question, time, rating and mode are:
# its id is not (an undo frees the last id, and the next grade takes it again).
_SAME = (
    "r.question_id = s.question_id AND r.reviewed_at_ms = s.reviewed_at_ms"
    " AND r.rating = s.rating AND r.mode = s.mode"
)
_COLUMNS = "question_id, reviewed_at_ms, rating, seconds, mode, card_before_json, due_before"


def carry_reviews(salvaged: Path, staged: Path) -> int:
    """Add to the backup copy `staged` the reviews of the salvage `salvaged` it lacks,
    and their questions' cards (see the module docstring), in one transaction.
    Returns how many reviews were added."""
    with contextlib.closing(sqlite3.connect(staged)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # a review may wait for its question
        conn.execute("ATTACH DATABASE ? AS saved", (str(salvaged),))
        with immediate(conn):
            added = _carry(conn)
        conn.execute("DETACH DATABASE saved")
    return added


def _carry(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TEMP TABLE carried AS SELECT s.rowid AS id, s.question_id AS question_id"
        f" FROM saved.reviews s WHERE NOT EXISTS (SELECT 1 FROM main.reviews r WHERE {_SAME})"
    )
    added = conn.execute(
        f"INSERT INTO main.reviews ({_COLUMNS}) SELECT {_COLUMNS} FROM saved.reviews"
        " WHERE rowid IN (SELECT id FROM temp.carried) ORDER BY reviewed_at_ms, rowid"
    ).rowcount
    if not added:
        return 0
    touched = "(SELECT DISTINCT question_id FROM temp.carried)"
    conn.execute(f"DELETE FROM main.cards WHERE question_id IN {touched}")
    for qid, card_json, due in conn.execute(
        f"SELECT question_id, fsrs_json, due FROM saved.cards WHERE question_id IN {touched}"
    ).fetchall():
        if cards_again.readable_card(card_json):
            conn.execute(
                "INSERT INTO main.cards (question_id, fsrs_json, due) VALUES (?, ?, ?)",
                (qid, card_json, due),
            )
    cards_again.cards_again(conn)  # those the salvage held no readable card of
    return added
