"""Rows of a damaged store that repeat a key already copied (core.store.salvage): a
primary key or a unique key that another tool dropped, letting duplicates in. A copy
is merged into the row it repeats; a row named as another but saying something else
is kept apart under a name of its own; a row whose primary key another row with
other content holds is left out and named."""

from __future__ import annotations

import re
import sqlite3

from studyapp.core.store.health import _quote

__all__ = ["Twins", "point_to_twins"]


# A unique index as the app writes it: its key's expressions and its WHERE, if partial.
_UNIQUE_INDEX = re.compile(
    r"CREATE\s+UNIQUE\s+INDEX\s+\S+\s+ON\s+\S+\s*\((?P<key>.*)\)\s*"
    r"(?:WHERE\s+(?P<where>.*))?$",
    re.IGNORECASE | re.DOTALL,
)


class Twins:
    """The row already copied that a refused row repeats: its primary key, or a unique
    key another tool dropped, letting duplicates in (two topics of one name in one
    place). A duplicate is no row lost; what pointed to it points to the row it
    repeats (`moved`), rather than to a "Recovered topic" made again under its id."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        table: str,
        names: list[str],
        source: tuple[sqlite3.Connection, str, list[tuple[str, str]]] | None = None,
    ) -> None:
        """`source`: the damaged file's connection, its name for the table and its
        columns paired with the app's, for the names its other rows hold."""
        self.conn, self.table, self.names, self.source = conn, table, names, source
        self.moved: dict[tuple[str, int], int] = {}
        info = list(conn.execute(f"PRAGMA table_info({_quote(table)})"))
        key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        aliased = len(key) == 1 and any(r[5] and (r[2] or "").upper() == "INTEGER" for r in info)
        self.alias = key[0] if aliased and key[0] in names else None
        self.keys: list[tuple[str, str]] = []
        if key and all(name in names for name in key):
            self.keys.append((", ".join(map(_quote, key)), ""))
        for name, unique, origin in (
            (r[1], r[2], r[3]) for r in conn.execute(f"PRAGMA index_list({_quote(table)})")
        ):
            if not unique or origin == "pk":
                continue
            if origin == "u":  # a UNIQUE column constraint: its columns only
                cols = [r[2] for r in conn.execute(f"PRAGMA index_info({_quote(name)})")]
                self.keys.append((", ".join(map(_quote, cols)), ""))
                continue
            row = conn.execute(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            if row and row[0] and (found := _UNIQUE_INDEX.match(row[0])):
                self.keys.append((found["key"], found["where"] or ""))
        self.text = {
            r[1]
            for r in info
            if r[1] in names and any(w in (r[2] or "").upper() for w in ("CHAR", "CLOB", "TEXT"))
        }
        self.primary = len(self.keys) > 0 and bool(key) and all(n in names for n in key)
        # (table, name, the name it was kept under): rows kept apart (`_apart`)
        self.apart: list[tuple[str, str, str]] = []
        self.left_out: list[tuple[str, str]] = []  # (table, what it says): see `merge`

    def merge(self, row: tuple[object, ...], insert: str = "") -> bool:
        """Whether `row` repeats a row already copied (then noted in `moved` where its
        id differs), or was kept apart from it under a name of its own (`_apart`,
        given the `insert` that refused it)."""
        values = ", ".join(f"? AS {_quote(n)}" for n in self.names)
        for number, (key, where) in enumerate(self.keys):
            query = (
                f"SELECT rowid FROM {_quote(self.table)} WHERE ({key}) ="
                f" (SELECT {key} FROM (SELECT {values}){f' WHERE {where}' if where else ''})"
                " LIMIT 1"
            )
            try:
                found = self.conn.execute(query, row).fetchone()
            except sqlite3.Error:  # a key naming a column the file lacks
                continue
            if found is None:
                continue
            if (
                insert
                and not (number == 0 and self.primary)
                and self._apart(row, key, found[0], insert)
            ):
                return True
            if number == 0 and self.primary and not self._copy_of(row, found[0]):
                # Its primary key taken by a row that says something else (the table
                # made again without the key, by hand or another tool: one question
                # id in two decks). One key holds one row, and what points to the key
                # stays with the first; this one is not kept, and is said to be lost.
                self.left_out.append((self.table, self._label(row)))
            if self.alias is not None:
                own = row[self.names.index(self.alias)]
                if isinstance(own, int) and own != found[0]:
                    self.moved[(self.table, own)] = int(found[0])
            return True
        return False

    def _apart(self, row: tuple[object, ...], key: str, twin: int, insert: str) -> bool:
        """Keep `row` as a row of its own where it repeats `twin` only in the name its
        unique `key` holds, and says something else in its other text (two decks named
        alike with their own notes file, made possible by a hand edit that dropped the
        rule): merged as a copy, the second deck's questions went to the first, its
        topics stayed behind under a "Recovered deck", and the next start found
        questions whose topic was in another deck. It is kept with " (2)" after its
        name, its own rows still its. False where it is a copy (its other text the
        same), or the key holds no text to tell them apart by."""
        in_key = {n for n in self.text if re.search(rf"\b{re.escape(n)}\b", key)}
        others = sorted(self.text - in_key)
        if not in_key or not others:
            return False
        listed = ", ".join(_quote(n) for n in others)
        theirs = self.conn.execute(
            f"SELECT {listed} FROM {_quote(self.table)} WHERE rowid = ?", (twin,)
        ).fetchone()
        mine = tuple(row[self.names.index(n)] for n in others)
        if tuple(theirs) == mine:
            return False
        name = sorted(in_key)[0]
        at = self.names.index(name)
        if not isinstance(row[at], str):
            return False
        for n in range(2, 100):
            renamed = (*row[:at], f"{row[at]} ({n})", *row[at + 1 :])
            if self._in_source(name, renamed[at]):  # a later row's own name
                continue
            if self.conn.execute(insert, renamed).rowcount:
                self.apart.append((self.table, row[at], renamed[at]))
                return True
        return False

    def _copy_of(self, row: tuple[object, ...], twin: int) -> bool:
        listed = ", ".join(map(_quote, self.names))
        theirs = self.conn.execute(
            f"SELECT {listed} FROM {_quote(self.table)} WHERE rowid = ?", (twin,)
        ).fetchone()
        return theirs is not None and tuple(theirs) == tuple(row)

    def _label(self, row: tuple[object, ...]) -> str:
        """What a row says to the person: its title or name, else its key."""
        for name in ("title", "name", *self.keys[0][0].replace('"', "").split(", ")):
            if name in self.names and (value := row[self.names.index(name)]) is not None:
                return str(value)[:80]
        return "?"

    def _in_source(self, name: str, value: str) -> bool:
        """Whether a row of the damaged file holds `value` in the app's column `name`."""
        if self.source is None:
            return False
        conn, theirs, pairs = self.source
        column = next((c for c, own in pairs if own == name), None)
        if column is None:
            return False
        try:
            found = conn.execute(
                f"SELECT 1 FROM {_quote(theirs)} WHERE {_quote(column)} = ? LIMIT 1", (value,)
            ).fetchone()
        except sqlite3.DatabaseError:  # a damaged page: the copy's own rule decides
            return False
        return found is not None


def point_to_twins(conn: sqlite3.Connection, moved: dict[tuple[str, int], int]) -> None:
    """Rows pointing to a duplicate left out point to the row it repeats."""
    if not moved:
        return
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    links = [
        (child, r[2], r[3])
        for child in tables
        for r in conn.execute(f"PRAGMA foreign_key_list({_quote(child)})")
        if r[4] in (None, "id")
    ]
    for (table, old), new in moved.items():
        for child, parent, column in links:
            if parent == table:
                conn.execute(
                    f"UPDATE OR IGNORE {_quote(child)} SET {_quote(column)} = ?"
                    f" WHERE {_quote(column)} = ?",
                    (new, old),
                )
