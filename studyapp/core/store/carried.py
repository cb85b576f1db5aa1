"""Reviews carried between a damaged store's salvage and the backup weighed against it
(core.store.rescue): whichever of the two takes the store's place takes the other's
reviews it lacks.

The one with more of the person's reviews is used, yet each may hold reviews the
other lost. Restored whole where the damage took more than the backup lacks (the
questions table lost), the backup kept its own 48 reviews and the 16 made since were
gone with the file set aside, though it still held each of them; the salvage of a
file that lost a page of old reviews kept the 679 it read, and the 21 on that page
were gone, though the backup held them. Each review the other holds that this one
lacks is added. A question's card is the one of the two written last (the card the
app wrote at its latest grade), where no review carried in is later than it; else,
or where neither can be read, it is made again from the question's reviews
(core.store.cards_again). A review whose question neither holds waits for it, as in
a salvage: the notes imported again make the question again under its id. Nothing
else of the other file is taken.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from studyapp.core.store import cards_again
from studyapp.core.store.sqlio import immediate, sql_filename

__all__ = ["carry_reviews"]

# A review is the same one in both files when its question, time, rating and mode are:
# its id is not (an undo frees the last id, and the next grade takes it again).
_SAME = (
    "r.question_id = s.question_id AND r.reviewed_at_ms = s.reviewed_at_ms"
    " AND r.rating = s.rating AND r.mode = s.mode"
)
_COLUMNS = "question_id, reviewed_at_ms, rating, seconds, mode, card_before_json, due_before"


def carry_reviews(source: Path, target: Path) -> int:
    """Add to the database `target` the reviews of `source` it lacks, and the cards
    that come with them (see the module docstring), in one transaction. Returns how
    many reviews were added."""
    with contextlib.closing(sqlite3.connect(target)) as conn:
        return carry_into(conn, source)


def carry_into(conn: sqlite3.Connection, source: Path) -> int:
    """`carry_reviews` into the database open on `conn` (outside a transaction): its
    foreign keys are checked again after, as they were."""
    keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # a review may wait for its question
    conn.execute("ATTACH DATABASE ? AS other", (sql_filename(source),))
    try:
        with immediate(conn):
            added = _carry(conn)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.carried")
        conn.execute("DETACH DATABASE other")
        conn.execute(f"PRAGMA foreign_keys = {int(keys)}")
    return added


def _carry(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TEMP TABLE carried AS SELECT s.rowid AS id, s.question_id AS question_id"
        f" FROM other.reviews s WHERE NOT EXISTS (SELECT 1 FROM main.reviews r WHERE {_SAME})"
    )
    added = conn.execute(
        f"INSERT INTO main.reviews ({_COLUMNS}) SELECT {_COLUMNS} FROM other.reviews"
        " WHERE rowid IN (SELECT id FROM temp.carried) ORDER BY reviewed_at_ms, rowid"
    ).rowcount
    for qid, newest in conn.execute(
        "SELECT c.question_id, max(s.reviewed_at_ms) FROM temp.carried c"
        " JOIN other.reviews s ON s.rowid = c.id GROUP BY c.question_id"
    ).fetchall():
        ours, theirs = (
            conn.execute(
                f"SELECT fsrs_json, due FROM {db}.cards WHERE question_id = ?", (qid,)
            ).fetchone()
            for db in ("main", "other")
        )
        if _last_review(theirs) > _last_review(ours):
            ours = theirs
        conn.execute("DELETE FROM main.cards WHERE question_id = ?", (qid,))
        if ours is not None and _last_review(ours) >= newest:
            conn.execute(
                "INSERT INTO main.cards (question_id, fsrs_json, due) VALUES (?, ?, ?)",
                (qid, *ours),
            )
        # else: written before a review carried in (or unreadable): made again below
    cards_again.cards_again(conn)  # those neither file held a readable card of
    return max(added, 0)


def _last_review(card: tuple | None) -> int:
    """When the card (fsrs_json, due) was last graded, in ms; -1 for a card that
    cannot be read, and for none."""
    if card is None or not cards_again.readable_card(card[0]):
        return -1
    from studyapp.core.scheduler import card_facts

    facts = card_facts(card[0])
    if facts is None or facts.last_review is None:
        return 0  # readable, never graded
    return int(facts.last_review.timestamp() * 1000)
