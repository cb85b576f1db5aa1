"""Rows of a damaged store's tables read straight from its pages (core.store.pages),
for the salvage (core.store.salvage) of a table SQLite could not read whole: the
leaves its own b-tree still reaches past a bad page (`from_own_leaves`), and the
leaves no b-tree reaches any more (`from_leaf_pages`). A record goes in under its
own rowid where that is not taken yet; the table's CHECK, NOT NULL and UNIQUE rules
refuse the rest (INSERT OR IGNORE)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from studyapp.core.store.health import _quote
from studyapp.core.store.pages import Gap, Record, orphan_leaves, tree_leaves


def from_own_leaves(
    conn: sqlite3.Connection,
    path: Path,
    roots: dict[str, int],
    columns: dict[str, list[str]],
    tables: dict[str, str],
) -> dict[str, tuple[int, list[Gap]]]:
    """Rows of `tables` (the app's table → the file's name for it) taken from the leaf
    pages of the table's own b-tree in the damaged file (`roots`: the file's root page
    of each of its tables), each record that fits the table. Returns, by table, the
    rows added and the gaps the pages of its tree that could not be read leave
    (core.store.pages.tree_leaves)."""
    found: dict[str, tuple[int, list[Gap]]] = {}
    for table, theirs in tables.items():
        root = roots.get(theirs)
        if root is None or theirs not in columns:
            continue
        try:
            leaves, gaps = tree_leaves(path, root)
        except (OSError, MemoryError):
            continue
        shape = _shape(conn, table, columns[theirs])
        added = sum(_insert(conn, table, shape, records) for records in leaves)
        found[table] = (added, gaps)
    return found


def _insert(
    conn: sqlite3.Connection, table: str, shape: list[_Column], records: list[Record]
) -> int:
    """Insert each of `records` that fits `shape` under its own rowid; how many went in."""
    own = {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    before = conn.total_changes
    for rowid, values in records:
        if not _fits(values, shape):
            continue
        kept = [
            (c.name, v)
            for c, v in zip(shape, values, strict=False)
            if not c.alias and c.name in own
        ]
        listed = ", ".join(["rowid", *(_quote(n) for n, _v in kept)])
        conn.execute(
            f"INSERT OR IGNORE INTO {_quote(table)} ({listed})"
            f" VALUES ({', '.join('?' * (len(kept) + 1))})",
            (rowid, *(v for _n, v in kept)),
        )
    return conn.total_changes - before


def from_leaf_pages(
    conn: sqlite3.Connection,
    path: Path,
    roots: list[int],
    columns: dict[str, list[str]],
    tables: list[str],
) -> dict[str, int]:
    """Rows of `tables` (each with rows SQLite could not read) taken straight from the
    damaged file's leaf pages that none of `roots` reaches (core.store.pages): a bad
    page above them hid them all. A page's records go to a table when it is the one
    table of the new store (the search index's and the cache's included) whose
    columns (count, types, NOT NULL) every one of them fits; each goes under its own
    rowid where that is not taken yet, and CHECK and UNIQUE constraints refuse the
    rest (INSERT OR IGNORE). A page more than one table fits is left out. Returns the
    rows added, by table."""
    every = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            " AND sql NOT LIKE '%WITHOUT ROWID%'"  # its rows are on index pages, never here
        )
    ]
    shapes = {
        t: _shape(
            conn,
            t,
            columns.get(t) or [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(t)})")],
        )
        for t in every
    }
    added = dict.fromkeys((t for t in tables if t in shapes), 0)
    try:
        pages = list(orphan_leaves(path, roots))
    except (OSError, MemoryError):
        return added
    for records in pages:
        fitting = [t for t, shape in shapes.items() if all(_fits(v, shape) for _r, v in records)]
        if len(fitting) != 1 or fitting[0] not in added:
            continue
        table = fitting[0]
        added[table] += _insert(conn, table, shapes[table], records)
    return added


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    kind: str  # "int", "real", "text" or "" (any), by SQLite's affinity rules
    nullable: bool
    alias: bool  # the INTEGER PRIMARY KEY, stored as NULL (the rowid is its value)
    optional: bool  # may be absent from an older row (added later with a default)


def _shape(conn: sqlite3.Connection, table: str, names: list[str]) -> list[_Column]:
    info = {r[1]: r for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    shape = []
    for name in names:
        _cid, _name, declared, notnull, default, pk = info.get(name, (0, name, "", 0, None, 0))
        declared = (declared or "").upper()
        kind = (
            "int"
            if "INT" in declared
            else "text"
            if any(w in declared for w in ("CHAR", "CLOB", "TEXT"))
            else "real"
            if any(w in declared for w in ("REAL", "FLOA", "DOUB"))
            else ""
        )
        alias = bool(pk) and declared == "INTEGER"
        shape.append(_Column(name, kind, not notnull, alias, default is not None or not notnull))
    return shape


def _fits(values: tuple[object, ...], shape: list[_Column]) -> bool:
    if not values or len(values) > len(shape):
        return False
    if not all(column.optional for column in shape[len(values) :]):
        return False
    for column, value in zip(shape, values, strict=False):
        if column.alias:
            if value is not None:
                return False
        elif value is None:
            if not column.nullable:
                return False
        elif column.kind == "int":
            if not isinstance(value, int):
                return False
        elif column.kind == "real":
            if not isinstance(value, int | float):
                return False
        elif column.kind == "text" and not isinstance(value, str):
            return False
    return True
