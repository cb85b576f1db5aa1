"""What one StudyApp database file holds that another lacks, as a person counts it:
reviews (grades), mock interviews and decks.

A restore said only "reviews and changes made after this backup was taken will not
be in the restored data", whatever the backup lacked (a few grades, or a whole deck
of 10,000 questions); a start that found the store replaced by an older copy counted
only the grades of its last session, and recommended the copy that held those while
another copy beside it held all nine the store lacked.

`held_not_in(holder, other)` compares the two files directly: a review is the same
where its id and time are, a mock interview where its id and start are, a deck where
its name is. Each row of `holder` is looked up by its key in `other` (SQLite's
primary key: no table is read whole into memory). Both files are only read; the
holder may be the open store (read through its log), the other is read as it is on
disk (a backup, a copy beside the store, a file set aside).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

from studyapp.core.store.sqlio import open_connection


class Held(NamedTuple):
    """What a database holds that another lacks (`held_not_in`)."""

    reviews: int = 0
    mocks: int = 0
    decks: tuple[tuple[str, int], ...] = ()  # (name, questions) of each deck the other lacks

    @property
    def anything(self) -> bool:
        return bool(self.reviews or self.mocks or self.decks)


def _absent(alias: str, table: str, row: str, keys: tuple[str, ...]) -> str:
    match = " AND ".join(f"o.{k} IS {row}.{k}" for k in keys)
    return f"NOT EXISTS (SELECT 1 FROM {alias}.{table} AS o WHERE {match})"


def held_not_in(holder: str | Path, *others: str | Path) -> Held:
    """What the database at `holder` holds that every one of `others` lacks (see the
    module docstring): a row counts where none of them has it. Raises sqlite3.Error
    where a table needed cannot be read (damage), or is not there: the caller cannot
    tell then. A deck's questions that cannot be counted (damage in them) count as 0."""
    with contextlib.closing(_open_read_only(Path(holder))) as conn:
        aliases = []
        for n, other in enumerate(others):
            uri = Path(other).resolve().as_uri() + "?mode=ro&immutable=1"
            conn.execute(f"ATTACH DATABASE ? AS other{n}", (uri,))
            aliases.append(f"other{n}")

        def absent(table: str, row: str, keys: tuple[str, ...]) -> str:
            return " AND ".join(_absent(a, table, row, keys) for a in aliases) or "1"

        reviews = conn.execute(
            "SELECT count(*) FROM main.reviews AS r WHERE "
            + absent("reviews", "r", ("id", "reviewed_at_ms"))
        ).fetchone()[0]
        mocks = conn.execute(
            "SELECT count(*) FROM main.mock_sessions AS m WHERE "
            + absent("mock_sessions", "m", ("id", "started_at_ms"))
        ).fetchone()[0]
        names = conn.execute(
            "SELECT d.id, d.name FROM main.decks AS d WHERE "
            + absent("decks", "d", ("name",))
            + " ORDER BY d.name"
        ).fetchall()
        decks = tuple((str(name), _questions(conn, deck)) for deck, name in names)
    return Held(int(reviews), int(mocks), decks)


def _questions(conn: sqlite3.Connection, deck: int) -> int:
    try:
        return int(
            conn.execute(
                "SELECT count(*) FROM main.questions WHERE deck_id = ? AND removed_at IS NULL",
                (deck,),
            ).fetchone()[0]
        )
    except sqlite3.Error:
        return 0


def held_or_none(holder: str | Path, *others: str | Path) -> Held | None:
    """`held_not_in`, None where the files cannot be compared (damaged, not StudyApp's)."""
    try:
        return held_not_in(holder, *others)
    except (sqlite3.Error, OSError):
        return None


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that reads the file's log too (the open store's newest
    grades are there), opened with URIs on so that the other file attaches immutable."""
    uri = path.resolve().as_uri()
    try:
        conn = open_connection(uri + "?mode=ro", uri=True)
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.Error:  # a folder that cannot be written (no -shm): the file alone
        return open_connection(uri + "?mode=ro&immutable=1", uri=True)


def held_words(held: Held) -> str:
    """'7 reviews, 1 mock interview and the deck “Big Deck” (10,000 questions)'."""
    parts = []
    if held.reviews:
        parts.append(_count(held.reviews, "review"))
    if held.mocks:
        parts.append(_count(held.mocks, "mock interview"))
    for name, questions in held.decks:
        counted = f" ({_count(questions, 'question')})" if questions else ""
        parts.append(f"the deck “{name}”{counted}")
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun if n == 1 else noun + 's'}"


def restore_loses(store: str | Path, source: str | Path) -> str:
    """What restoring `source` over the store at `store` would take away, in a sentence:
    "This backup lacks 7 reviews and the deck “Big Deck” (10,000 questions)."; the
    sentence that it lacks none of them; "" where the two cannot be compared."""
    return _sentence(
        held_or_none(store, source),
        "",
        "It holds every review, mock interview and deck your study data has now.",
        "This backup lacks {} that your study data has now.",
    )


def kept_holds(kept: str | Path, store: str | Path) -> str:
    """What deleting the file `kept` beside the store at `store` would take away, in a
    sentence (a log set aside is no database: nothing can be counted in it)."""
    return _sentence(
        held_or_none(kept, store),
        "What it holds cannot be compared with your study data: deleted, it is gone.",
        "It holds nothing your study data lacks.",
        "It holds {} that your study data lacks: deleted, they are gone.",
    )


def _sentence(held: Held | None, unknown: str, nothing: str, some: str) -> str:
    if held is None:
        return unknown
    return some.format(held_words(held)) if held.anything else nothing
