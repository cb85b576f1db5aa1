"""The store lost whole (overwritten, nothing in it readable) and its newest backup
damaged too, in pages that hold none of the reviews (the search index, or the topics,
which the salvage makes again). The damaged backup was skipped whole and an
older one restored: every grade between the two backups was lost, though the damaged
one still held each of them. What a damaged backup still holds is now saved as the
store's own salvage is, and weighed against the older good backup the same way: the
one with more of the person's reviews is used, and the report names the backup."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def zero_page(path, table: str) -> None:
    """Zero the root page of `table` in the database file at `path` (a bad sector)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,))
        page = root.fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(bytes(size))


@pytest.mark.parametrize(
    ("table", "whole"),
    [("questions_fts_data", True), ("topics", False)],
    ids=["search-index-page", "topics-page"],
)
def test_the_reviews_a_damaged_newer_backup_still_holds_are_kept(tmp_path, table, whole):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        older = make_backup(store, backups, NOW - timedelta(days=2), "auto")
        record(store, ids[1], 4, 2.0, "study", 8_000)
        record(store, ids[2], 2, 2.0, "study", 9_000)
        newer = make_backup(store, backups, NOW - timedelta(days=1), "auto")
    kept = review_rows(newer)
    assert len(kept) == 5 and len(review_rows(older)) == 3
    zero_page(newer, table)
    path.write_bytes(os.urandom(64 * 1024))  # the store: nothing readable

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert review_rows(path) == kept  # not the older backup's 3
    assert report is not None and report.restored is None and report.whole is whole
    assert f"the backup {newer.name} (made 2026-11-20 12:00 UTC) was damaged too" in (
        report.message
    )
    assert report.damaged_path.exists()
    assert newer.exists() and older.exists()  # both backups left as they were


def test_an_older_good_backup_with_more_reviews_is_still_preferred(tmp_path):
    """A damaged newer backup that lost its reviews' page holds fewer than the older good
    one: the older one is restored, as before."""
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, backups, NOW - timedelta(days=2), "auto")
        newer = make_backup(store, backups, NOW - timedelta(days=1), "auto")
    zero_page(newer, "reviews")
    path.write_bytes(os.urandom(64 * 1024))

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is not None and report.restored is not None
    assert report.restored.path == older
    assert review_rows(path) == review_rows(older)
    assert not list(tmp_path.glob("*.salvage*"))
    # named, in words ("1 newer backup(s) were damaged too" named none)
    assert f"1 newer backup was damaged too and skipped: {newer.name}." in report.message
