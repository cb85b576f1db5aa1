"""The store's log (-wal) or journal left behind when the store file itself is gone
(deleted, or moved to another folder without it): it holds the last changes made to
the store, which nothing can read without it. The start restored a backup, or made
a new empty store, under the store's name, and SQLite removed the file without a
word: the only trace of those changes was gone, and nobody was told. It is now set
aside (kept), and the report says where, and how to put the store back with it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

# A write committed to the log and never checkpointed, then the store file deleted:
# the process ends without closing, as a crash or a kill leaves it.
_LEFT_IN_THE_LOG = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE settings SET value = value")
conn.execute("INSERT INTO settings (key, value) VALUES ('left', '1')")
conn.commit()
os.remove(sys.argv[1])
os._exit(0)
"""


def log_left(path) -> bytes:
    subprocess.run([sys.executable, "-c", _LEFT_IN_THE_LOG, str(path)], check=True)
    side = path.with_name(f"{path.name}-wal")
    assert not path.exists() and side.stat().st_size > 0
    return side.read_bytes()


def journal_left(path) -> bytes:
    side = path.with_name(f"{path.name}-journal")
    path.unlink()
    data = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(range(256)) * 8  # a journal's start
    side.write_bytes(data)
    return data


@pytest.mark.parametrize("leave", [log_left, journal_left], ids=["log", "journal"])
@pytest.mark.parametrize("backed_up", [True, False], ids=["backup", "no-backup"])
def test_the_log_of_a_store_that_is_gone_is_kept(tmp_path, leave, backed_up):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store, reviews=3)
        if backed_up:
            make_backup(store, backups, NOW - timedelta(days=1), "auto")
    held = leave(path)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.reviews()) == (3 if backed_up else 0)
    assert report is not None and report.set_aside is not None
    assert report.set_aside.read_bytes() == held  # kept as it was
    side_name = report.set_aside.name.split(".set-aside-")[0]
    assert side_name in report.message and str(report.set_aside) in report.message
    if not backed_up:
        assert "new database" in report.message and "none of your decks" in report.message
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not os.path.exists(f"{path}-journal")
