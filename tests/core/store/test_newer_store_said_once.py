"""A store a newer StudyApp wrote (its schema version past this one's, a table and a
column of its own), opened by this one: the start leaves it untouched and says so.
The window's start then tried to open it read-only, and added "It cannot be read
either: the study database needs an upgrade that a read-only window cannot do" to
the message, an upgrade no StudyApp can give it, said of a window nobody opened. The
read-only open now refuses it for the same reason, which is said once."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError
from studyapp.core.store.errors import NewerStore
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def newer(folder):
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=3)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("ALTER TABLE reviews ADD COLUMN device TEXT")
        conn.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value BLOB)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_newer_studyapp_s_store_is_refused_read_only_as_newer(tmp_path):
    path = newer(tmp_path)
    with pytest.raises(NewerStore, match="newer version of StudyApp"):
        Store.open_read_only(path)


def test_the_window_s_start_says_a_newer_store_is_newer_and_nothing_else(tmp_path):
    from tests.ui.conftest import ScriptedMessages

    path = newer(tmp_path)
    before = path.read_bytes()
    with pytest.raises(StoreError) as raised:
        startup.open_user_store(tmp_path, ScriptedMessages(), NOW, ask=None)
    said = f"{raised.value.message} {raised.value.hint}"
    assert "made by a newer version of StudyApp" in said
    assert "upgrade" not in said and "read-only" not in said and "either" not in said
    assert path.read_bytes() == before  # untouched
