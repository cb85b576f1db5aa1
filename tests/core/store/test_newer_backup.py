"""A damaged store whose only backups were made by a newer StudyApp (the person went
back a version): the fresh start says where that backup is and what to do."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def test_a_backup_of_a_newer_studyapp_is_named_when_nothing_else_can_be_used(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        newer = make_backup(store, backups, NOW, "auto")
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    kept = newer.read_bytes()
    path.write_bytes(os.urandom(64 * 1024))  # the store is beyond saving

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is not None and report.restored is None
    assert f"A backup made by a newer version of StudyApp may hold more of your data: {newer}" in (
        report.message
    )  # it said only "No usable backup was found", and the person started over
    assert "Update StudyApp, then restore that backup" in report.message
    assert newer.read_bytes() == kept and report.damaged_path.exists()
