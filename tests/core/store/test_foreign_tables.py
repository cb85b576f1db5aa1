"""A file whose version says StudyApp but whose tables are not those of that version:
another program's database with a table of StudyApp's name, or an older StudyApp
store that lost a table. The upgrade found them with a traceback at start."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.fixtures.build_store_fixtures import fixture_path, load
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def foreign(path, rows: int) -> None:
    """Another program's file: a `questions` table of its own, at a StudyApp version."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE questions (prompt TEXT, votes INTEGER)")
        conn.executemany("INSERT INTO questions VALUES (?, 1)", [(f"q{i}",) for i in range(rows)])
        conn.execute("PRAGMA user_version = 3")
        conn.commit()


@pytest.mark.parametrize("rows", [0, 2], ids=["empty", "with-rows"])
def test_another_programs_tables_under_a_studyapp_version_are_set_aside_for_the_backup(
    tmp_path, rows
):
    store_path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(tmp_path / "before.sqlite3") as store:
        fill(store, reviews=3)
        made = make_backup(store, backups, NOW, "auto")
    foreign(store_path, rows)
    bytes_before = store_path.read_bytes()
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(bytes_before)
    with pytest.raises(StoreError, match="damaged"):  # opened directly: no traceback either
        Store.open(copy)

    store, report = open_store_safely(store_path, backups, NOW)  # raised OperationalError
    with store:
        assert report is not None and report.restored is not None
        assert report.restored.path == made
        # its one table has StudyApp's name, none of its columns: another program's
        assert "another program's database (none of its tables, questions," in report.message
        assert len(store.reviews()) == 3  # the backup's, not an empty "repaired" copy
    assert report.damaged_path.read_bytes() == bytes_before  # kept as it was


def test_an_older_store_that_lost_a_table_keeps_its_reviews_through_the_upgrade(tmp_path):
    store_path = load(fixture_path(3), tmp_path / "studyapp.sqlite3")
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        conn.execute("DROP TABLE mock_answers")  # migration 4 alters it
        conn.commit()

    store, report = open_store_safely(store_path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.repaired
        assert len(store.reviews()) == reviews
    assert report.damaged_path.exists()
