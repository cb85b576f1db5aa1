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
a salvage: the notes imported again make the question again under its id. Mock
interviews go the same way (`carry_rows`): one the other holds (by when it started)
that this one lacks, with its answers, and the answers this one lacks of one both
hold. Where the damaged file's reviews cannot be read at all (their table's pages
lost) while its cards can, `carry_cards` takes each card graded after the backup's
card of the same question: where each question stands (when it is due next) is
kept, though the reviews that brought it there are lost. Nothing else of the other
file is taken.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from studyapp.core.store import cards_again
from studyapp.core.store.sqlio import immediate, sql_filename

_T = TypeVar("_T")

__all__ = ["carry_cards", "carry_reviews", "carry_rows"]

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


def carry_rows(source: Path, target: Path, *, mocks: bool) -> tuple[int, int]:
    """`carry_reviews`, and with `mocks` the mock interviews of `source` that `target`
    lacks, with their answers (`_carry_mocks`), in one transaction, each under its own
    id where that is free (the same row, lost with a page). Returns how many reviews and
    how many mock interviews were added."""

    def both(conn: sqlite3.Connection) -> tuple[int, int]:
        return _carry(conn, keep_ids=True), _carry_mocks(conn) if mocks else 0

    with contextlib.closing(sqlite3.connect(target)) as conn:
        return _attached(conn, source, both)


def carry_cards(source: Path, target: Path) -> int:
    """Put in `target` each card of `source` graded after `target`'s card of the same
    question (or of a question of `target`'s with no card), in one transaction.
    Returns how many. Run after `carry_rows`: a card its reviews carried in set is no
    later than it, and is not counted again."""
    with contextlib.closing(sqlite3.connect(target)) as conn:
        return _attached(conn, source, _carry_cards)


def carry_into(conn: sqlite3.Connection, source: Path) -> int:
    """`carry_reviews` into the database open on `conn` (outside a transaction): its
    foreign keys are checked again after, as they were."""
    return _attached(conn, source, _carry)


def _attached(
    conn: sqlite3.Connection, source: Path, work: Callable[[sqlite3.Connection], _T]
) -> _T:
    keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")  # a review may wait for its question
    conn.execute("ATTACH DATABASE ? AS other", (sql_filename(source),))
    try:
        with immediate(conn):
            added = work(conn)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.carried")
        conn.execute("DETACH DATABASE other")
        conn.execute(f"PRAGMA foreign_keys = {int(keys)}")
    return added


def _carry(conn: sqlite3.Connection, *, keep_ids: bool = False) -> int:
    conn.execute(
        "CREATE TEMP TABLE carried AS SELECT s.rowid AS id, s.question_id AS question_id"
        f" FROM other.reviews s WHERE NOT EXISTS (SELECT 1 FROM main.reviews r WHERE {_SAME})"
    )
    conn.execute(
        "CREATE TEMP TABLE own_id AS SELECT id FROM temp.carried"
        + (" WHERE id NOT IN (SELECT id FROM main.reviews)" if keep_ids else " WHERE 0")
    )
    try:  # each under its own id where that is free (the row it was), else a new one
        added = conn.execute(
            f"INSERT INTO main.reviews (id, {_COLUMNS}) SELECT rowid, {_COLUMNS}"
            " FROM other.reviews WHERE rowid IN (SELECT id FROM temp.own_id)"
        ).rowcount
        added += conn.execute(
            f"INSERT INTO main.reviews ({_COLUMNS}) SELECT {_COLUMNS} FROM other.reviews"
            " WHERE rowid IN (SELECT id FROM temp.carried)"
            " AND rowid NOT IN (SELECT id FROM temp.own_id) ORDER BY reviewed_at_ms, rowid"
        ).rowcount
    finally:
        conn.execute("DROP TABLE temp.own_id")
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


def _carry_cards(conn: sqlite3.Connection) -> int:
    """The cards of `other` graded later than `main`'s of the same question, put in its
    place, for the questions `main` holds. Returns how many."""
    taken = 0
    for qid, card, due in conn.execute(
        "SELECT question_id, fsrs_json, due FROM other.cards"
        " WHERE question_id IN (SELECT id FROM main.questions)"
    ).fetchall():
        ours = conn.execute(
            "SELECT fsrs_json, due FROM main.cards WHERE question_id = ?", (qid,)
        ).fetchone()
        if _last_review((card, due)) <= max(_last_review(ours), 0):
            continue  # no later (or never graded, or unreadable)
        conn.execute(
            "INSERT OR REPLACE INTO main.cards (question_id, fsrs_json, due) VALUES (?, ?, ?)",
            (qid, card, due),
        )
        taken += 1
    return taken


def _carry_mocks(conn: sqlite3.Connection) -> int:
    """The mock interviews of the database attached as `other` that `main` lacks (the
    same one started at the same time), each under its own id where that is free, and
    the answers of every interview both hold that `main` lacks (the same one at the
    same place in it). Returns how many interviews were added."""
    columns = {
        table: ", ".join(sorted(_common(conn, table)))
        for table in ("mock_sessions", "mock_answers")
    }
    moved: dict[int, int] = {}  # other's session id → main's
    added = 0
    for sid, started in conn.execute(
        "SELECT id, started_at_ms FROM other.mock_sessions ORDER BY started_at_ms, id"
    ).fetchall():
        same = conn.execute(
            "SELECT id FROM main.mock_sessions WHERE started_at_ms = ? ORDER BY id LIMIT 1",
            (started,),
        ).fetchone()
        if same is not None:
            moved[sid] = same[0]
            continue
        free = (
            conn.execute("SELECT 1 FROM main.mock_sessions WHERE id = ?", (sid,)).fetchone() is None
        )
        new = (
            sid
            if free
            else conn.execute("SELECT ifnull(max(id), 0) + 1 FROM main.mock_sessions").fetchone()[0]
        )
        rest = ", ".join(c for c in columns["mock_sessions"].split(", ") if c != "id")
        conn.execute(
            f"INSERT INTO main.mock_sessions (id, {rest}) SELECT ?, {rest}"
            " FROM other.mock_sessions WHERE id = ?",
            (new, sid),
        )
        moved[sid] = new
        added += 1
    names = [c for c in columns["mock_answers"].split(", ") if c not in ("id", "session_id")]
    listed = ", ".join(names)
    for aid, sid, position in conn.execute(
        "SELECT id, session_id, position FROM other.mock_answers ORDER BY id"
    ).fetchall():
        session = moved.get(sid)
        if (
            session is None
            or conn.execute(
                "SELECT 1 FROM main.mock_answers WHERE session_id = ? AND position = ?",
                (session, position),
            ).fetchone()
        ):
            continue
        free = (
            conn.execute("SELECT 1 FROM main.mock_answers WHERE id = ?", (aid,)).fetchone() is None
        )
        conn.execute(
            f"INSERT INTO main.mock_answers (id, session_id, {listed}) SELECT ?, ?, {listed}"
            " FROM other.mock_answers WHERE id = ?",
            (aid if free else None, session, aid),
        )
    return added


def _common(conn: sqlite3.Connection, table: str) -> set[str]:
    """The columns `table` has in both databases (either may be of an older version)."""
    return {r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")} & {
        r[1] for r in conn.execute(f"PRAGMA other.table_info({table})")
    }


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
