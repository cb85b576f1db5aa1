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


_REVIEWS = """
    SELECT count(*) FROM main.reviews AS r WHERE NOT EXISTS (
        SELECT 1 FROM other.reviews AS o
        WHERE o.id = r.id AND o.reviewed_at_ms IS r.reviewed_at_ms)"""
_MOCKS = """
    SELECT count(*) FROM main.mock_sessions AS m WHERE NOT EXISTS (
        SELECT 1 FROM other.mock_sessions AS o
        WHERE o.id = m.id AND o.started_at_ms IS m.started_at_ms)"""
_DECKS = """
    SELECT d.name, (SELECT count(*) FROM main.questions AS q
                    WHERE q.deck_id = d.id AND q.removed_at IS NULL)
    FROM main.decks AS d
    WHERE d.name NOT IN (SELECT name FROM other.decks) ORDER BY d.name"""


def held_not_in(holder: str | Path, other: str | Path) -> Held:
    """What the database at `holder` holds that the one at `other` lacks (see the
    module docstring). Raises sqlite3.Error where either cannot be read (damage), or
    lacks the tables: the caller cannot tell then."""
    with contextlib.closing(_open_read_only(Path(holder))) as conn:
        conn.execute(
            "ATTACH DATABASE ? AS other", (Path(other).resolve().as_uri() + "?mode=ro&immutable=1",)
        )
        reviews = int(conn.execute(_REVIEWS).fetchone()[0])
        mocks = int(conn.execute(_MOCKS).fetchone()[0])
        decks = tuple((str(name), int(n)) for name, n in conn.execute(_DECKS))
    return Held(reviews, mocks, decks)


def held_or_none(holder: str | Path, other: str | Path) -> Held | None:
    """`held_not_in`, None where the files cannot be compared (damaged, not StudyApp's)."""
    try:
        return held_not_in(holder, other)
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
        parts.append(f"the deck “{name}” ({_count(questions, 'question')})")
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun if n == 1 else noun + 's'}"


def restore_loses(store: str | Path, source: str | Path) -> str:
    """What restoring `source` over the store at `store` would take away, in a sentence:
    "This backup lacks 7 reviews and the deck “Big Deck” (10,000 questions)."; the
    sentence that it lacks none of them; "" where the two cannot be compared."""
    held = held_or_none(store, source)
    if held is None:
        return ""
    if not held.anything:
        return "It holds every review, mock interview and deck your study data has now."
    return f"This backup lacks {held_words(held)} that your study data has now."
