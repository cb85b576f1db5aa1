"""The search index, or one of its own tables, dropped by hand. A database browser lists
FTS5's tables (``questions_fts_config``, ``_data``, ``_content`` …) as tables of their
own, and a person tidying up drops one, or the index itself.

Every start then stopped with a traceback ("no such table: questions_fts", "vtable
constructor failed", "invalid fts5 file format"): the repair tried to drop an index
that was not there, or that FTS5 could no longer load. Now the start makes the index
again from the questions, keeping a copy of the file as it was, and says so."""

from __future__ import annotations

import contextlib
import html
import sqlite3

import pytest

from studyapp import startup
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages


@pytest.mark.parametrize(
    "table",
    ["questions_fts", "questions_fts_config", "questions_fts_data", "questions_fts_content"],
)
def test_a_search_index_table_dropped_by_hand_is_made_again_at_start(tmp_path, table):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=3)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        found = store.search("thing")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"DROP TABLE {table}")

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert opened.store.search("thing") == found
        assert len(opened.store.reviews()) == 3
        assert make_backup(opened.store, folder / "backups", NOW, "manual").exists()  # passes
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn" and "search index again" in html.unescape(text)
    assert [p for p in folder.iterdir() if ".damaged-" in p.name]  # the file as it was
