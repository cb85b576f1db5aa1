"""The store held locked by another program (a database browser, a sync tool) while
StudyApp holds its own lock: no StudyApp is in the way, and the message says so."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.recovery import acquire_store_lock, open_store_safely
from studyapp.core.store import Store, StoreError, schema
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def test_a_store_another_program_holds_locked_names_that_program_not_studyapp(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 0)  # no waiting for the lock
    monkeypatch.setitem(schema._OPTIONS, "timeout", 0)
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
    with (
        acquire_store_lock(tmp_path) as lock,  # this StudyApp is the only one
        contextlib.closing(sqlite3.connect(path, isolation_level=None)) as browser,
    ):
        assert lock is not None
        browser.execute("BEGIN EXCLUSIVE")  # as "Write Changes" pending in a browser
        browser.execute("UPDATE settings SET value = value")
        with pytest.raises(StoreError) as raised:
            open_store_safely(path, tmp_path / "backups", NOW)
        browser.execute("ROLLBACK")
    assert "another program (not StudyApp)" in raised.value.message
    assert "StudyApp window" not in str(raised.value)
    assert "Close that program" in raised.value.hint
    with Store.open(path) as store:  # nothing was moved or changed
        assert len(store.reviews()) == 3
