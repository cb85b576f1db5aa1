"""A store file cut short mid-way through its pages (a copy or a sync that stopped, a
disk that filled while a tool wrote it), opened read-only: beside a running window,
or where the start cannot write (a write-protected folder, a full disk).

SQLite reads the pages that are gone as empty. The read-only window checked only the
schema, and an index on a lost page found no rows: the window showed every question
with 0 reviews, as if the person had never studied. It now reads what the file holds
from a copy of its rows (as for a schema lost), the file itself untouched."""

from __future__ import annotations

import hashlib
import os

import pytest

from studyapp import startup
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages


@pytest.mark.parametrize("cut", [700, 4096 + 2048], ids=["mid-page", "a-page-and-a-half"])
def test_a_store_cut_short_shows_its_reviews_in_a_read_only_window(tmp_path, cut):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=8)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.truncate(path, path.stat().st_size - cut)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    lock = acquire_store_lock(folder)  # another window writes here
    assert lock is not None
    with lock:
        opened = startup.open_user_store(folder, ScriptedMessages(), NOW, ask=None)
        assert opened is not None and opened.read_only == startup.READ_ONLY_RUNNING
        try:
            assert len(opened.store.questions()) == 3
            assert len(opened.store.reviews()) == 8
        finally:
            opened.store.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # untouched
