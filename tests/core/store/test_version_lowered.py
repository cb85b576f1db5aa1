"""A schema version lowered in the header by hand (``PRAGMA user_version = 1`` typed in
a database browser, or a tool that "resets" it) over tables of the current version.

The start saw tables not those of that version and copied the rows into the older
schema, dropping every column added since, and called it "every row kept": a
suspended question was studied again, the name a renamed deck's question ids come
from became its new name (the next import of its notes gave every question a new id,
their progress left behind), a mock's draft lost whether it was revealed. The tables
themselves say which version they are: the rows are copied into that one."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_values_out_of_range import mocked
from tests.core.test_backup import NOW, fill


@pytest.mark.parametrize("version", [1, 5])
def test_a_lowered_version_keeps_what_the_later_columns_hold(tmp_path, version):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        mocked(store, FakeClock(NOW - timedelta(hours=1)))  # one left running
        store.set_suspended([ids[0]], True)
        (deck,) = store.decks()
        store.rename_deck(deck.id, "Renamed")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO mock_drafts (session_id, position, typed_answer, saved_at_ms,"
            " question_seconds, revealed) SELECT id, 1, 'my answer', 1000, 3.0, 1"
            " FROM mock_sessions WHERE state = 'running'"
        )
        conn.execute(f"PRAGMA user_version = {version}")

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        assert store.suspended_ids() == {ids[0]}
        assert store._conn.execute("SELECT id_name FROM decks").fetchone()[0] == "AI"
        assert store._conn.execute("SELECT revealed FROM mock_drafts").fetchone()[0] == 1
        assert len(store.reviews()) >= 3
