"""Rows an index still names that its table no longer holds: what an index out of step
with its table says was lost, before REINDEX makes the index again from the table
(core.store.daily_check) and that trace is gone.

An older copy of the store's file put back under its newer log reads as a store whose
indexes name more rows than its tables hold: the log brought the newer index pages,
and the table pages those rows were written to are the older copy's. REINDEX loses
nothing that was still readable, yet those rows were lost before the start, and the
report said "Your reviews and progress are kept". Each index is read on its own (a
covering scan of its rowids), and so is its table."""

from __future__ import annotations

import sqlite3

from studyapp.core.format import plural
from studyapp.core.store.health import _quote

__all__ = ["gone_words", "named_only_by_indexes"]

# The person's tables, as the person knows their rows.
_KINDS = {
    "reviews": "grade",
    "mock_sessions": "mock interview",
    "mock_answers": "mock interview answer",
    "questions": "question",
}


def named_only_by_indexes(conn: sqlite3.Connection) -> dict[str, int]:
    """The rows of each of the person's tables that an index of it names and the table
    lacks (the most any of its indexes names), by table; empty where none."""
    gone: dict[str, int] = {}
    for table in _KINDS:
        indexes = conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?", (table,)
        ).fetchall()
        for (index,) in indexes:
            try:
                count = conn.execute(
                    f"SELECT count(*) FROM (SELECT rowid AS id FROM {_quote(table)}"
                    f" INDEXED BY {_quote(index)}) WHERE id NOT IN"
                    f" (SELECT rowid FROM {_quote(table)} NOT INDEXED)"
                ).fetchone()[0]
            except sqlite3.Error:
                continue  # an index SQLite will not scan on its own (a partial one)
            if count > gone.get(table, 0):
                gone[table] = int(count)
    return gone


def gone_words(gone: dict[str, int]) -> str:
    """What `named_only_by_indexes` found, as a clause of the report's ("It …; …")."""
    rows = " and ".join(plural(n, _KINDS[t]) for t, n in gone.items())
    return (
        f"the indexes still named {rows} that the database file no longer held (the file"
        " is older than its log: an older copy put back, or a sync that copied one"
        " without the other), and they could not be read back; a newer copy of the"
        " database, if you have one, holds them"
    )
