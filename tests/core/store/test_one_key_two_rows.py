"""One primary key held by two rows that say different things: a database browser
made the questions (or decks) table again without its PRIMARY KEY, and a hand edit
gave a question of one deck the id of a question of another.

The salvage copies one row per key, and took the second for a copy of the first: it
was left out while the report said "copied every row of your data … Your reviews and
progress are kept", and nothing brought it back. It is now named as left out, the
salvage is not "whole" (so the start imports the notes again, which makes the
question again under its own id, with its reviews), and a true copy is still merged
in silence."""

from __future__ import annotations

import contextlib
import sqlite3

from studyapp.core.recovery import open_store_safely
from tests.core.store.test_decks_named_alike import NOW, document, studied


def without_key(path, table: str, column: str, kind: str) -> None:
    """`table` made again without its primary key, as a browser may leave it."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        conn.execute(f"ALTER TABLE {table} RENAME TO old_rows")
        conn.execute(sql.replace(f"{column} {kind} PRIMARY KEY", f"{column} {kind}"))
        conn.execute(f"INSERT INTO {table} SELECT * FROM old_rows")
        conn.execute("DROP TABLE old_rows")
        conn.execute("COMMIT")


def edit(path, sql: str, *args) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(sql, args)


def test_a_question_with_another_questions_id_is_named_and_comes_back(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    ids = studied(path, ["Python", "SQL"])
    python, sql = sorted(ids["/notes/Python.md"]), sorted(ids["/notes/SQL.md"])
    without_key(path, "questions", "id", "TEXT")
    edit(path, "UPDATE questions SET id = ? WHERE id = ?", python[0], sql[0])
    (title,) = (
        sqlite3.connect(path).execute("SELECT title FROM questions WHERE deck_id = 2 AND id = ?",
                                      (python[0],)).fetchone()
    )  # fmt: skip

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        assert "copied every row" not in report.message
        assert "Your reviews and progress are kept" not in report.message
        assert f"so “{title}” was left out" in report.message
        assert not report.whole and report.may_miss_notes  # the notes are read again
        assert "The 1 review of questions that were lost is kept" in report.message
        # what the start's import of the notes does: the question is back, its review too
        store.import_document(document("SQL"), "/notes/SQL.md", "hash2")
        assert {q.id for q in store.questions()} == set(python) | set(sql)
        assert len(store.reviews()) == 6


def test_a_deck_with_another_decks_id_is_named(tmp_path):
    """The second input: the decks table without its key, two decks of one id."""
    path = tmp_path / "studyapp.sqlite3"
    studied(path, ["Python", "SQL"])
    without_key(path, "decks", "id", "INTEGER")
    edit(path, "UPDATE decks SET id = 1 WHERE name = 'SQL'")

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and not report.whole
        assert "copied every row" not in report.message
        assert "so “SQL” was left out" in report.message
        assert len(store.reviews()) == 6  # every review kept, its question with it


def test_a_true_copy_is_still_merged_in_silence(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    studied(path, ["Python", "SQL"])
    without_key(path, "questions", "id", "TEXT")
    edit(path, "INSERT INTO questions SELECT * FROM questions WHERE deck_id = 2")

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        assert "left out" not in report.message
        assert len(store.questions()) == 6 and len(store.reviews()) == 6
