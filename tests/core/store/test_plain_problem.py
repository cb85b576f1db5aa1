"""What a damaged store's report says is wrong, in words the person can read: SQLite's
integrity check lists page numbers and btree cells."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.sqlite_words import plain_problem
from tests.core.test_backup import fill
from tests.test_cli import run

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def test_pages_zeroed_by_a_power_cut_are_said_plainly_and_kept_in_the_report(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        store.store_html(store.questions()[0].id, "light", "h", "<p>" + "x" * 40000 + "</p>")
        make_backup(store, backups, NOW, "auto")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    with path.open("r+b") as f:  # the blocks a file system zero-filled after a power cut
        f.seek(size // 2)
        f.write(bytes(size - size // 2))

    result = run("decks", data_dir=tmp_path)  # a command that only reads says it too
    assert result.returncode == 2
    assert "damaged (parts of the file are damaged and cannot be read)" in result.stderr
    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is not None and "btreeInitPage" in report.problem  # the details kept
    assert "(parts of the file are damaged and cannot be read)" in report.message
    for sqlite_words in ("***", "btreeInitPage", "error code", "Page "):
        assert sqlite_words not in report.message


def test_a_file_whose_start_was_overwritten_is_said_plainly(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        make_backup(store, backups, NOW, "auto")
    with path.open("r+b") as f:
        f.write(os.urandom(100))

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert "(its first bytes are not those of a database: overwritten or damaged)" in (
        report.message
    )


@pytest.mark.parametrize(
    ("table", "columns", "said"),
    [("decks", "name", "the same name"), ("topics", "deck_id, name", "the same deck_id and name")],
)
def test_rows_a_unique_index_cannot_keep_apart_are_said_plainly(table, columns, said):
    """What the full check's REINDEX finds (core.store.health.reindex), in the report's
    words: it said "(UNIQUE constraint failed: decks.name)"."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE {table} (deck_id, name)")
    conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", [(1, "SQL"), (1, "SQL")])
    with pytest.raises(sqlite3.IntegrityError) as refused:
        conn.execute(f"CREATE UNIQUE INDEX one ON {table} ({columns})")
    problem = f"rows that must be unique are not ({refused.value})"  # as reindex says it

    assert plain_problem(problem) == f"two rows of its {table} have {said}, which must differ"
