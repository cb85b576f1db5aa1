"""Names given back from a backup to decks and topics made again.

A deck or topic whose row was lost (a bad page, another program deleting it) is made
again under its own id so that its questions show ("Recovered deck 3", "Recovered
topic 12": core.store.row_repairs.rehome_rows). Its name, and a deck's notes file, were
lost with the row: the deck could not be imported again, so the questions lost with
it never came back, and the person had to guess which of their decks "Recovered deck
3" was. A backup made before the loss holds the row under the same id (ids never
change): its name, its notes file and the name its question ids were made from are
taken from the newest backup that has it, checked to be the same deck (a question
of it there under the same id), and where no other deck or topic has that name.
The backups are read only, immutable (no side file is touched), a few at most.
"""

from __future__ import annotations

import contextlib
import sqlite3

from studyapp.core.store.backup import BackupInfo
from studyapp.core.store.header import read_header
from studyapp.core.store.schema import SCHEMA_VERSION
from studyapp.core.store.sqlio import open_unchangeable

_MOST_BACKUPS = 5  # read at most: the newest hold the rows as they were last
_DECKS = "SELECT id FROM decks WHERE name LIKE 'Recovered deck %' AND source_path = ''"
_TOPICS = "SELECT id, deck_id FROM topics WHERE name LIKE 'Recovered topic %'"


def names_back(conn: sqlite3.Connection, backups: list[BackupInfo]) -> BackupInfo | None:
    """Give the decks and topics made again the names the newest backups have for them
    (see the module docstring), in the caller's connection and one transaction.
    Returns the backup the first name came from; None when nothing was named."""
    decks = [r[0] for r in conn.execute(_DECKS)]
    topics = [(r[0], r[1]) for r in conn.execute(_TOPICS)]
    if not decks and not topics:
        return None
    used: BackupInfo | None = None
    conn.execute("BEGIN IMMEDIATE")
    try:
        for info in [b for b in backups if b.usable][:_MOST_BACKUPS]:
            header = read_header(info.path)
            if header is None or not 1 <= header.user_version <= SCHEMA_VERSION:
                continue
            with (
                contextlib.suppress(sqlite3.Error),
                contextlib.closing(open_unchangeable(info.path)) as old,
            ):
                named = _decks_back(conn, old, decks) + _topics_back(conn, old, topics)
                if named and used is None:
                    used = info
            decks = [d for d in decks if _still_recovered(conn, "decks", d)]
            topics = [t for t in topics if _still_recovered(conn, "topics", t[0])]
            if not decks and not topics:
                break
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return used


def _still_recovered(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    row = conn.execute(f"SELECT name FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return row is not None and str(row[0]).startswith("Recovered ")


def _same_deck(conn: sqlite3.Connection, old: sqlite3.Connection, deck_id: int) -> bool:
    """Whether the backup's deck of this id is this one: a question of it there has
    the same id and deck."""
    for (qid,) in conn.execute("SELECT id FROM questions WHERE deck_id = ? LIMIT 20", (deck_id,)):
        found = old.execute("SELECT deck_id FROM questions WHERE id = ?", (qid,)).fetchone()
        if found is not None:
            return bool(found[0] == deck_id)
    return False


def _decks_back(conn: sqlite3.Connection, old: sqlite3.Connection, decks: list[int]) -> int:
    named = 0
    for deck_id in decks:
        row = old.execute(
            "SELECT name, source_path, id_name FROM decks WHERE id = ?", (deck_id,)
        ).fetchone()
        if row is None or not _same_deck(conn, old, deck_id):
            continue
        name, source, id_name = row
        taken = conn.execute(
            "SELECT 1 FROM decks WHERE id != ? AND (lower(name) = lower(?)"
            " OR (source_path = ? AND source_path != ''))",
            (deck_id, name, source),
        ).fetchone()
        if taken is not None:
            continue
        conn.execute(
            "UPDATE decks SET name = ?, source_path = ?, id_name = ?, source_hash = ''"
            " WHERE id = ?",
            (name, source, id_name or name, deck_id),
        )
        named += 1
    return named


def _topics_back(
    conn: sqlite3.Connection, old: sqlite3.Connection, topics: list[tuple[int, int]]
) -> int:
    named = 0
    for topic_id, deck_id in topics:
        row = old.execute(
            "SELECT name, source_name, parent_id FROM topics WHERE id = ? AND deck_id = ?",
            (topic_id, deck_id),
        ).fetchone()
        if row is None:
            continue
        name, source_name, parent = row
        try:
            conn.execute("SAVEPOINT topic_name")
            conn.execute(
                "UPDATE topics SET name = ?, source_name = ?, parent_id = ? WHERE id = ?",
                (name, source_name, parent if _exists(conn, parent) else None, topic_id),
            )
            conn.execute("RELEASE topic_name")
            named += 1
        except sqlite3.IntegrityError:  # a topic of that name there already
            conn.execute("ROLLBACK TO topic_name")
            conn.execute("RELEASE topic_name")
    return named


def _exists(conn: sqlite3.Connection, topic_id: object) -> bool:
    return topic_id is not None and bool(
        conn.execute("SELECT 1 FROM topics WHERE id = ?", (topic_id,)).fetchone()
    )
