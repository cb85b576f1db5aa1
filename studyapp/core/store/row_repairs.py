"""The full check's repairs of rows another tool left wrong (core.store.health finds
them): decks and topics made again for questions and topics whose own is gone, a
topic in their own deck for questions whose topic was moved to another, and times
written in seconds or as text rewritten in milliseconds. Each runs in one
transaction. Used by the full check (core.store.daily_check), the salvage and
names_back, not at every start.
"""

from __future__ import annotations

import re
import sqlite3

from studyapp.core.store.health import (
    _DECKS_GONE,
    _ELSEWHERE,
    _TIMES,
    _TOPICS_GONE,
    _columns,
    _converted,
)
from studyapp.core.store.sqlio import immediate

MADE = "Recovered"  # the name a deck or topic made again is given: "Recovered deck 3"


def made_again(name: str) -> bool:
    """Whether `name` is one a deck was made again under (`rehome`), its own lost."""
    return re.fullmatch(rf"{MADE} deck \d+'*", name) is not None


def repair_times(conn: sqlite3.Connection) -> None:
    """Rewrite the times `times_in_other_units` finds in milliseconds, in one transaction."""
    from studyapp.core.store.values import time_in_ms

    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    with immediate(conn):
        for table, column in _TIMES:
            if table in tables:
                conn.execute(
                    f"UPDATE {table} SET {column} = {time_in_ms(column)} WHERE {_converted(column)}"
                )


def drop_keyless(conn: sqlite3.Connection) -> dict[str, int]:
    """Leave out the rows `keyless_rows` finds, inside the caller's transaction: nothing
    can point to a row with no key (a review, a card) nor can the app show it (a
    question with no id stopped every read of the questions with a traceback). How
    many, by table."""
    from studyapp.core.store.health import _quote, keyless_rows

    dropped: dict[str, int] = {}
    for table, empty in keyless_rows(conn).items():
        if lost := conn.execute(f"DELETE FROM {_quote(table)} WHERE {empty}").rowcount:
            dropped[table] = lost
    return dropped


def rehome(conn: sqlite3.Connection) -> list[str]:
    """Make every deck and topic that questions or topics point to again, under its
    own id ("Recovered deck 3", "Recovered topic 12", at the top of its deck), in one
    transaction, so every question shows again with its progress. Returns what was
    made, in words; empty when nothing pointed nowhere."""
    with immediate(conn):
        made = rehome_rows(conn)
    if len(made) > 3:
        made[3:] = [f"{len(made) - 3} more"]
    return made


def _repoint(conn: sqlite3.Connection, kind: str, old: object, new: int) -> None:
    """Rows that point to a deck or topic by `old`, which no row can have (text in an
    INTEGER PRIMARY KEY's place), point to the one made again under `new`."""
    pointers = (
        [("questions", "deck_id"), ("topics", "deck_id"), ("question_aliases", "deck_id")]
        if kind == "deck"
        else [("questions", "topic_id"), ("topics", "parent_id")]
    )
    for child, column in pointers:
        if any(c == column for c, _text in _columns(conn, child)):
            conn.execute(f"UPDATE {child} SET {column} = ? WHERE {column} IS ?", (new, old))


def rehome_rows(conn: sqlite3.Connection) -> list[str]:
    """`rehome` inside the caller's transaction (the salvage's: a bad page of topics
    or decks then loses none of their questions). Returns the names made."""
    made: list[str] = []
    # A question whose deck is gone while its topic is there belongs to its topic's deck.
    conn.execute(
        "UPDATE questions SET deck_id = (SELECT deck_id FROM topics WHERE id = questions.topic_id)"
        " WHERE deck_id NOT IN (SELECT id FROM decks) AND topic_id IN"
        " (SELECT id FROM topics WHERE deck_id IN (SELECT id FROM decks))"
    )
    for kind, table, sql in (("deck", "decks", _DECKS_GONE), ("topic", "topics", _TOPICS_GONE)):
        for row_id, deck_id in conn.execute(sql).fetchall():
            old = row_id
            if not isinstance(row_id, int):  # text where an id was: no row can have it
                row_id = int(
                    conn.execute(f"SELECT ifnull(max(id), 0) + 1 FROM {table}").fetchone()[0]
                )
            name = f"{MADE} {kind} {row_id}"
            while conn.execute(f"SELECT 1 FROM {table} WHERE name = ?", (name,)).fetchone():
                name += "'"
            if kind == "deck":
                conn.execute("INSERT INTO decks (id, name) VALUES (?, ?)", (row_id, name))
                if "id_name" in {c for c, _text in _columns(conn, "decks")}:  # version 5 on
                    conn.execute("UPDATE decks SET id_name = name WHERE id = ?", (row_id,))
            else:
                # Not the person's own (user_created 0): once a re-import has put its
                # questions back under their topics, the empty husk leaves the tree.
                conn.execute(
                    "INSERT INTO topics (id, deck_id, name, user_created) VALUES (?, ?, ?, 0)",
                    (row_id, deck_id, name),
                )
            if old != row_id:
                _repoint(conn, kind, old, row_id)
            made.append(f"“{name}”")
    return made


def topics_home(conn: sqlite3.Connection) -> int:
    """Give each question whose topic is in another deck a topic of that name at the
    top of its own deck (the one there already, or a new one with the same heading,
    which the next import of the notes adopts), in one transaction; the topic moved
    stays where it was put. The question stays in its deck: its id, and the import
    of its notes, come from that deck. Returns the topics made."""
    made = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for deck_id, topic_id in conn.execute(_ELSEWHERE).fetchall():
            name, source = conn.execute(
                "SELECT name, source_name FROM topics WHERE id = ?", (topic_id,)
            ).fetchone()
            row = conn.execute(
                "SELECT id FROM topics WHERE deck_id = ? AND parent_id IS NULL"
                " AND (name = ? OR (? IS NOT NULL AND source_name = ?))"
                " ORDER BY name = ? DESC LIMIT 1",
                (deck_id, name, source, source, name),
            ).fetchone()
            if row is None:
                home = conn.execute(
                    "INSERT INTO topics (deck_id, name, source_name, user_created)"
                    " VALUES (?, ?, ?, 0)",
                    (deck_id, name, source),
                ).lastrowid
                made += 1
            else:
                home = row[0]
            conn.execute(
                "UPDATE questions SET topic_id = ? WHERE deck_id = ? AND topic_id = ?",
                (home, deck_id, topic_id),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return made
