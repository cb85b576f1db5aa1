"""A store file cut short mid-way through its pages (a copy or a sync that stopped, a
disk that filled while a tool wrote it), opened read-only: beside a running window,
or where the start cannot write (a write-protected folder, a full disk).

SQLite reads the pages that are gone as empty. The read-only window checked only the
schema, and an index on a lost page found no rows: the window showed every question
with 0 reviews, as if the person had never studied. It now reads what the file holds
from a copy of its rows (as for a schema lost), the file itself untouched.

So is a store damaged where SQLite meets it at its first read (its header's page size
or the text of its schema overwritten): the window stopped with "the study database
is damaged", though its rows could be read from a copy in the same way."""

from __future__ import annotations

import contextlib
import hashlib
import html
import os
import sqlite3

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages


def cut_short(by: int):
    def damage(path) -> None:
        os.truncate(path, path.stat().st_size - by)

    return damage


def page_size_said_1024(path) -> None:
    with path.open("r+b") as file:
        file.seek(16)
        file.write((1024).to_bytes(2, "big"))


def schema_text_overwritten(path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE TABLE settings(' WHERE name = 'settings'"
        )
        conn.execute(f"PRAGMA schema_version = {version + 1:d}")
        conn.commit()


@pytest.mark.parametrize(
    "damage",
    [cut_short(700), cut_short(4096 + 2048), page_size_said_1024, schema_text_overwritten],
    ids=["mid-page", "a-page-and-a-half", "page-size-overwritten", "schema-text-overwritten"],
)
def test_a_damaged_store_shows_its_reviews_in_a_read_only_window(tmp_path, damage):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=8)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    lock = acquire_store_lock(folder)  # another window writes here
    assert lock is not None
    messages = ScriptedMessages()
    with lock:
        opened = startup.open_user_store(folder, messages, NOW, ask=None)
        assert opened is not None and opened.read_only == startup.READ_ONLY_RUNNING
        try:
            assert len(opened.store.questions()) == 3
            assert len(opened.store.reviews()) == 8
        finally:
            opened.store.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # untouched
    # Said, not shown in silence as if the store were whole.
    ((kind, _title, text),) = messages.shown  # (a short title: its sentence heads the text)
    assert kind == "warn" and "is damaged" in html.unescape(text)
    assert "shows what can still be read" in html.unescape(text)
