"""Columns added by hand to the app's tables (a database browser: a "note" beside each
review, a "difficulty" of one's own on each question). The salvage copies the app's
columns only, and said "copied every row of your data … Your reviews and progress are
kept": the person's own values were gone from the store without a word. They are
still not copied (no column of the app's holds them), but the report names them,
and where the copy of the file keeps them; a column holding nothing, or only the
default it was added with, is not worth a word."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill


def added(path, *sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in sql:
            conn.execute(statement)


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            ("ALTER TABLE reviews ADD COLUMN note TEXT",
             "UPDATE reviews SET note = 'asked at Acme' WHERE id = 1"),
            "Its reviews had the column note",
        ),
        (
            ("ALTER TABLE questions ADD COLUMN difficulty INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE questions ADD COLUMN tag TEXT",
             "UPDATE questions SET difficulty = 3, tag = 'ml' WHERE rowid = 2"),
            "Its questions had the columns difficulty and tag",
        ),
    ],
    ids=["reviews", "questions"],
)  # fmt: skip
def test_values_in_columns_added_by_hand_are_named_as_not_copied(tmp_path, sql, said):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
    added(path, *sql)

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        assert f"{said}, which StudyApp does not have" in report.message
        assert "the copy of the file keeps them" in report.message
        assert len(store.reviews()) == 3 and len(store.questions()) == 3
    with contextlib.closing(sqlite3.connect(report.damaged_path)) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]  # kept


def test_a_column_added_but_never_filled_is_not_named(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
    added(
        path,
        "ALTER TABLE reviews ADD COLUMN note TEXT",
        "ALTER TABLE reviews ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0",
    )
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is not None and "does not have" not in report.message
