"""What this session wrote into the store, kept outside the store's file: the rows
its connection inserted, changed and deleted, in temporary tables (the connection's
own, which no other program can write into), filled by temporary triggers.

A store file another program writes into while the app has it open (core.store.
overwritten) loses the pages the app had written: those in the file are the other
program's now, and what the connection still holds (its cache, its log) lays them
over pages that are no longer theirs. A copy of what it had open kept this session's
grades only while every page they touched was in memory or in the log; a checkpoint
or a big store, and they were gone. The rows kept here are written again into the
copy saved beside the store, so every grade of the session is in it, whatever the
other program left of its pages.

Begun at the session's first write (a start that only reads makes none of it); the
rendered-answer cache and the search index (made again from the questions) are not
kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

PREFIX = "studyapp_session_"
_NOT_KEPT = ("rendered_cache",)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, list[str]]:
    """The app's plain tables of `schema` and their columns (not SQLite's, not a
    virtual table's or its shadow tables)."""
    rows = conn.execute(f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'")
    rows = [(str(name), str(sql or "")) for name, sql in rows]
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    tables = {}
    for name, _sql in rows:
        if name.startswith("sqlite_") or name in _NOT_KEPT or name in virtual:
            continue
        if any(name.startswith(f"{v}_") for v in virtual):
            continue
        columns = [str(r[1]) for r in conn.execute(f"PRAGMA {schema}.table_info({_q(name)})")]
        if columns:
            tables[name] = columns
    return tables


def keep(conn: sqlite3.Connection) -> None:
    """Keep every row this connection writes from now on (see the module docstring)."""
    for table, columns in _tables(conn).items():
        journal = _q(PREFIX + table)  # a temporary trigger's table is found in temp
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_q(PREFIX + table)}"
            f" (studyapp_op, {', '.join(map(_q, columns))})"
        )
        new = ", ".join(f"NEW.{_q(c)}" for c in columns)
        old = ", ".join(f"OLD.{_q(c)}" for c in columns)
        for event, body in (
            ("INSERT", f"INSERT INTO {journal} VALUES ('w', {new});"),
            (
                "UPDATE",
                f"INSERT INTO {journal} VALUES ('d', {old});"
                f" INSERT INTO {journal} VALUES ('w', {new});",
            ),
            ("DELETE", f"INSERT INTO {journal} VALUES ('d', {old});"),
        ):
            trigger = _q(f"{PREFIX}{table}_{event.lower()}")
            conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON"
                f" main.{_q(table)} BEGIN {body} END"
            )


def write_again(conn: sqlite3.Connection, copy: Path) -> int:
    """Write the rows this session wrote (kept by `keep` on `conn`) into the store at
    `copy`, in the order they were written: each row as the session left it, the
    rows it deleted deleted. Returns how many rows were written. The copy is opened
    as a store (a copy of an older version's file is brought up to date first)."""
    from studyapp.core.store import Store  # it imports this module's users
    from studyapp.core.store.search_index import rebuild_search

    kept = {
        name[len(PREFIX) :]
        for (name,) in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'table' AND substr(name, 1, ?) = ?",
            (len(PREFIX), PREFIX),
        )
        if name.startswith(PREFIX)
    }
    if not kept:
        return 0
    written = 0
    with Store.open(copy) as store:
        target = store._conn
        theirs = _tables(target)
        keys = {
            table: [str(r[1]) for r in target.execute(f"PRAGMA table_info({_q(table)})") if r[5]]
            for table in theirs
        }
        target.execute("PRAGMA foreign_keys = OFF")
        target.execute("BEGIN IMMEDIATE")
        try:
            for table in sorted(kept & set(theirs)):
                cursor = conn.execute(f"SELECT * FROM temp.{_q(PREFIX + table)} ORDER BY rowid")
                names = [d[0] for d in cursor.description][1:]
                shared = [n for n in names if n in theirs[table]]
                picks = [names.index(n) + 1 for n in shared]
                key = [n for n in keys[table] if n in shared] or shared
                insert = (
                    f"INSERT OR REPLACE INTO {_q(table)} ({', '.join(map(_q, shared))})"
                    f" VALUES ({', '.join('?' * len(shared))})"
                )
                delete = f"DELETE FROM {_q(table)} WHERE " + " AND ".join(
                    f"{_q(n)} IS ?" for n in key
                )
                for row in cursor:
                    values = [row[i] for i in picks]
                    if row[0] == "d":
                        target.execute(delete, [values[shared.index(n)] for n in key])
                    else:
                        target.execute(insert, values)
                        written += 1
            target.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                target.execute("ROLLBACK")
            raise
        with contextlib.suppress(sqlite3.Error):  # the questions written found again
            rebuild_search(target)
    return written
