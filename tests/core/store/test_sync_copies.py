"""A sync tool's copy of the store beside it (two computers changed the store between
syncs): the grades made on one computer were only in the copy, and StudyApp opened
its own file without a word. The start now names the copy and how many reviews it
holds after the store's newest, once, and changes neither file."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import restore_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
COPIES = [
    "studyapp (Sam's conflicted copy 2026-11-20).sqlite3",  # Dropbox
    "studyapp.sync-conflict-20261120-101500-ABCDEFG.sqlite3",  # Syncthing
    "studyapp-LAPTOP.sqlite3",  # OneDrive
    "studyapp(1).sqlite3",  # Google Drive
]


def two_computers(tmp_path, name: str, graded_there: int):
    """The store, and a copy of it graded `graded_there` more times elsewhere."""
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / name
    shutil.copyfile(path, copy)
    with Store.open(copy) as there:
        for n in range(graded_there):
            record(there, ids[n % 3], 4, 2.0, "study", 50_000 + n)
    with contextlib.closing(sqlite3.connect(copy)) as there:  # one file, as a sync copies it
        there.execute("PRAGMA journal_mode = DELETE")
    with Store.open(path) as store:  # and one more grade here, before those
        record(store, ids[0], 3, 2.0, "study", 40_000)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, copy


@pytest.mark.parametrize("name", COPIES)
def test_a_sync_tools_copy_with_newer_reviews_is_named_once_and_left_as_it_is(tmp_path, name):
    path, copy = two_computers(tmp_path, name, graded_there=4)
    copy_bytes = copy.read_bytes()
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and not report.may_miss_notes
        assert name in report.message and "4 reviews" in report.message
        assert "studyapp restore" in report.message
        assert len(store.reviews()) == 4  # its own
    assert copy.read_bytes() == copy_bytes
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # said once
    store.close()
    assert report is None

    restore_backup(copy, path, tmp_path / "backups", NOW)  # as the message says
    with Store.open(path) as store:
        assert len(store.reviews()) == 7


def test_a_copy_with_nothing_newer_is_not_mentioned(tmp_path):
    path, _copy = two_computers(tmp_path, "studyapp-old.sqlite3", graded_there=0)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    store.close()
    assert report is None
