"""The search index's own definition damaged in the file: a few bytes changed in the
text SQLite keeps for ``CREATE VIRTUAL TABLE questions_fts …``.

SQLite reads a virtual table's definition only when the table is first used, so the
file opened as sound; then every use of the index failed, dropping it too
("unrecognized column option: rNINDEXED"), and each start stopped with a traceback.
Now the start puts the app's definition back, makes the index again from the
questions, keeps a copy of the file as it was, and says so."""

from __future__ import annotations

import contextlib
import html
import sqlite3

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages


def _damage_definition(path, old: str, new: str) -> None:
    """Change the index's definition as a flipped byte would (same length)."""
    assert len(old) == len(new)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_schema WHERE name = 'questions_fts'"
        ).fetchone()
        assert old in sql
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = ? WHERE name = 'questions_fts'",
            (sql.replace(old, new, 1),),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("UNINDEXED", "rNINDEXED"),  # a column option SQLite does not know
        ("unicode61", "unicodeX1"),  # a tokenizer FTS5 does not have
    ],
)
def test_a_damaged_search_index_definition_is_put_back_at_start(tmp_path, old, new):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=3)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # today's check is done
        found = store.search("thing")
    assert found
    _damage_definition(path, old, new)

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert opened.store.search("thing") == found
        assert len(opened.store.reviews()) == 3
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    assert kind == "warn" and "search index again" in html.unescape(text)
    assert [p for p in folder.iterdir() if ".damaged-" in p.name]  # the file as it was
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
