"""A folder under the name of a file StudyApp works in beside the store: the staged copy
of a restore (``studyapp.sqlite3.restoring``), a salvage's copy (``.salvaging``),
made by a sync tool's conflict handling or a person's tidying.

Every start of a damaged store stopped there: with a traceback ("Is a directory") on
the way to restoring the backup, or read-only with "could not save what it still
holds: could not open the study database". The folder is now set aside (kept, never
deleted) and the repair or the restore goes on."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import timedelta

import pytest

from studyapp import startup
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.helpers.cards import record
from tests.ui.conftest import ScriptedMessages


def overwritten(path):
    path.write_bytes(os.urandom(8192))


def an_index_dropped(path):
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP INDEX reviews_time")


@pytest.mark.parametrize(
    ("suffix", "damage", "reviews"),
    [(".restoring", overwritten, 3), (".salvaging", an_index_dropped, 5)],
    ids=["restore", "salvage"],
)
def test_a_folder_under_a_work_files_name_is_set_aside_and_the_repair_goes_on(
    tmp_path, suffix, damage, reviews
):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, folder / "backups", NOW - timedelta(days=1), "auto")
        for n in range(2):
            record(store, ids[n], 4, 2.0, "study", 90_000 + n)
    taken = path.with_name(path.name + suffix)
    taken.mkdir()
    (taken / "notes.txt").write_text("mine")
    damage(path)

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert len(opened.store.reviews()) == reviews
    finally:
        opened.store.close()
        opened.release()
    assert messages.shown and messages.shown[0][0] == "warn"
    (kept,) = folder.glob(f"{taken.name}.set-aside-*")
    assert (kept / "notes.txt").read_text() == "mine"
