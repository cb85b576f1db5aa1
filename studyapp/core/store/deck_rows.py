"""A deck's rows, read before `remove_deck` deletes them, and put back: Ctrl+Z after
File → Remove Deck (core.decks). The deck, its topics and questions, and every row
that hangs on them (cards, reviews, mock answers, aliases, buries: whatever table
has a foreign key to a question, a topic or a deck, found from the schema, so a
table added later comes along), its search entries and its two settings. Rendered
answers are a cache and are made again. Kept in memory only: after a restart the
backup taken before the removal is the way back."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studyapp.core.store.base import _op
from studyapp.core.store.errors import StoreError
from studyapp.core.store.word_search import _fts_rowid

if TYPE_CHECKING:
    from studyapp.core.store.base import StoreBase

# Tables whose rows are not kept: a cache, and the search index (kept apart).
_NOT_KEPT = frozenset({"rendered_cache", "questions_fts"})
_OWNERS = ("decks", "topics", "questions")  # put back first, in this order


@dataclass(frozen=True, slots=True)
class DeckRows:
    """Everything of one deck the store holds, table by table, in the order to put it back."""

    deck_id: int
    name: str
    tables: tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]
    search: tuple[tuple[Any, ...], ...]  # (rowid, qid, title, answer) of the search index
    settings: tuple[tuple[str, str], ...]

    @property
    def question_ids(self) -> list[str]:
        for table, columns, rows in self.tables:
            if table == "questions":
                at = columns.index("id")
                return [row[at] for row in rows]
        return []


def _where(conn: sqlite3.Connection, table: str) -> list[str]:
    """The conditions (on `:deck`) that pick `table`'s rows belonging to the deck."""
    if table == "decks":
        return ["id = :deck"]
    picks = {
        "decks": "{col} = :deck",
        "topics": "{col} IN (SELECT id FROM topics WHERE deck_id = :deck)",
        "questions": "{col} IN (SELECT id FROM questions WHERE deck_id = :deck)",
    }
    found = []
    for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        target, column = fk[2], fk[3]
        if target in picks:
            found.append(picks[target].format(col=f'"{column}"'))
    return found


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    rest = sorted(n for n in names if n not in _OWNERS and n not in _NOT_KEPT)
    return [*_OWNERS, *rest]


@_op
def deck_rows(store: StoreBase, deck_id: int) -> DeckRows:
    """The deck's rows as they are now (KeyError: no such deck)."""
    conn = store._conn
    deck = conn.execute("SELECT name, source_path FROM decks WHERE id = ?", (deck_id,)).fetchone()
    if deck is None:
        raise KeyError(deck_id)
    tables = []
    for table in _tables(conn):
        where = _where(conn, table)
        if not where:
            continue
        order = " ORDER BY id" if table == "topics" else ""  # a parent before its children
        cursor = conn.execute(
            f'SELECT * FROM "{table}" WHERE {" OR ".join(where)}{order}', {"deck": deck_id}
        )
        columns = tuple(d[0] for d in cursor.description)
        tables.append((table, columns, tuple(tuple(r) for r in cursor.fetchall())))
    rows = DeckRows(deck_id, deck[0], tuple(tables), (), ())
    rowids = [_fts_rowid(q) for q in rows.question_ids]
    search = []
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        search += conn.execute(
            "SELECT rowid, qid, title, answer FROM questions_fts"
            f" WHERE rowid IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    keys = [f"deck.{deck_id}.line_breaks", f"import.split_at.{deck[1]}"]
    settings = conn.execute(
        f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(keys))})", keys
    ).fetchall()
    return DeckRows(
        deck_id,
        deck[0],
        tuple(tables),
        tuple(tuple(r) for r in search),
        tuple((k, v) for k, v in settings),
    )


@_op
def put_back(store: StoreBase, rows: DeckRows) -> None:
    """Put a removed deck back as `deck_rows` read it, in one transaction. A StoreError
    (nothing written) where that cannot be: a deck of its name or its questions are
    in the store again (imported since), or a row it hangs on is gone."""
    conn = store._conn
    try:
        with store.transaction():
            for table, columns, values in rows.tables:
                if not values:
                    continue
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
            conn.executemany(
                "INSERT OR REPLACE INTO questions_fts (rowid, qid, title, answer)"
                " VALUES (?, ?, ?, ?)",
                rows.search,
            )
            conn.executemany(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", rows.settings
            )
            log = store._log
            log.questions.update(rows.question_ids)
            log.settings.update(k for k, _ in rows.settings)
            log.decks = log.topics = True
    except sqlite3.IntegrityError as exc:
        raise StoreError(
            f'The deck "{rows.name}" cannot be put back as it was: the store changed '
            "since (its notes imported again, say).",
            "Restore the backup made before the removal instead (File → Backups…).",
        ) from exc
