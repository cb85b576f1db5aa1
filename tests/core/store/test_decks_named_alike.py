"""Decks named alike by a hand edit: a database browser that changes a table's rules
makes the table again, and the deck names' UNIQUE rule may not come back; the person
then names one deck as another.

The salvage took the second deck for a copy of the first (a duplicate of a unique key
is merged into the row it repeats, which is right for a topic copied twice): the
second deck's questions went to the first, its topics stayed behind under a
"Recovered deck 2" that lost its notes file, and the next start repaired again
("questions whose topic is in another deck"). A row named as another but saying
something else in its other text is kept apart now, under the name with " (2)"."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def document(name: str) -> ParsedDocument:
    return ParsedDocument(
        name,
        "markdown",
        [
            ParsedQuestion(f"{name}: question {i}?", f"Answer {i}.", i * 3, topic_path=("Basics",))
            for i in range(3)
        ],
    )


def studied(path, names: list[str]) -> dict[str, set[str]]:
    """One deck per name (each from its own file), every question reviewed once.
    Returns each notes file's question ids."""
    with Store.open(path) as store:
        for name in names:
            store.import_document(document(name), f"/notes/{name}.md", "hash")
        for n, q in enumerate(store.questions()):
            record(store, q.id, 1 + n % 4, 4.0, "study", 1_000 + n)
        return {d.source_path: {q.id for q in store.questions(deck_id=d.id)} for d in store.decks()}


def name_alike(path, name: str, *others: int) -> None:
    """The decks table made again without its UNIQUE rule, as a browser does, and the
    decks `others` (by id) named `name`."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'decks'").fetchone()[0]
        conn.execute("ALTER TABLE decks RENAME TO decks_old")
        conn.execute(sql.replace("name TEXT NOT NULL UNIQUE", "name TEXT NOT NULL"))
        conn.execute("INSERT INTO decks SELECT * FROM decks_old")
        conn.execute("DROP TABLE decks_old")
        conn.executemany("UPDATE decks SET name = ? WHERE id = ?", [(name, i) for i in others])
        conn.execute("COMMIT")


@pytest.mark.parametrize(
    ("names", "alike", "expected", "said"),
    [
        (["Python", "SQL"], (2,), ["Python", "Python (2)"], ["Python (2)"]),
        # three named alike, and a deck already holding the first name kept apart
        (
            ["Python", "SQL", "Go", "Python (2)"],
            (2, 3),
            ["Python", "Python (2)", "Python (3)", "Python (4)"],
            ["Python (3)", "Python (4)"],  # not the name a deck of its own has
        ),
    ],
    ids=["two", "three-and-a-taken-name"],
)
def test_decks_named_alike_keep_their_own_questions_and_notes_file(
    tmp_path, names, alike, expected, said
):
    path = tmp_path / "studyapp.sqlite3"
    ids = studied(path, names)
    name_alike(path, "Python", *alike)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        for name in said:
            assert (
                f"had the same name, “Python”, which StudyApp keeps apart: the second is now “{name}”"
                in report.message
            )
        decks = store.decks()
        assert sorted(d.name for d in decks) == expected
        # each deck its own notes file and its own questions, none "Recovered"
        assert {d.source_path: {q.id for q in store.questions(deck_id=d.id)} for d in decks} == ids
        assert len(store.reviews()) == sum(len(v) for v in ids.values())
        # importing a file again finds its deck and keeps every question's progress
        summary = store.import_document(document("SQL"), "/notes/SQL.md", "hash2")
        assert (summary.new, summary.removed, summary.unchanged) == (0, 0, 3)
        assert {q.id for q in store.questions()} == set().union(*ids.values())
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # the next start is calm
    store.close()
    assert report is None


def test_topics_copied_twice_are_still_one_topic(tmp_path):
    """A copy (its text the same) is still merged into the row it repeats."""
    path = tmp_path / "studyapp.sqlite3"
    ids = studied(path, ["Python"])
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP INDEX topics_name")
        conn.execute("DROP INDEX topics_source")
        conn.execute(
            "INSERT INTO topics (deck_id, parent_id, name, source_name, position)"
            " SELECT deck_id, parent_id, name, source_name, position + 1 FROM topics"
        )
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and "second is now" not in report.message
        (deck,) = store.decks()
        assert [t.name for t in store.topics(deck.id)] == ["Basics"]
        assert {q.id for q in store.questions()} == ids["/notes/Python.md"]
