"""A damaged store whose only backups were made by a newer StudyApp (the person went
back a version): the fresh start says where that backup is and what to do. A newer
StudyApp's store or backup stays a newer one's when it is damaged too."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store
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


def _newer(path, version: int = SCHEMA_VERSION + 1) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()


def _spoil_last_page(path) -> None:
    with open(path, "r+b") as f:
        f.seek(-4096, os.SEEK_END)
        f.write(b"\xff" * 4096)


def test_a_damaged_store_of_a_newer_studyapp_is_left_untouched_not_replaced(tmp_path):
    """It was called damaged, moved aside, and this version's older backup restored in
    its place: the person went on in the old copy, not told their newer one was there."""
    from studyapp.core.store import StoreError
    from tests.test_cli import run

    data = tmp_path / "data"
    data.mkdir()
    path, backups = data / "studyapp.sqlite3", data / "backups"
    with Store.open(path) as store:
        fill(store)
        make_backup(store, backups, NOW, "auto")
    _newer(path)
    _spoil_last_page(path)
    before = path.read_bytes()

    try:
        open_store_safely(path, backups, NOW)
    except StoreError as exc:
        assert "made by a newer version of StudyApp" in exc.message
    else:
        raise AssertionError("a newer StudyApp's store was opened")
    result = run("decks", data_dir=data)
    assert result.returncode == 2 and "made by a newer version" in result.stderr
    assert "repair" not in result.stderr
    assert path.read_bytes() == before
    assert not list(data.glob("studyapp.sqlite3.damaged-*"))


def test_a_damaged_backup_of_a_newer_studyapp_is_still_named_as_newer(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        newer = make_backup(store, backups, NOW, "auto")
    _newer(newer, 99)
    _spoil_last_page(newer)
    path.write_bytes(os.urandom(64 * 1024))

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is not None and report.newer == newer
