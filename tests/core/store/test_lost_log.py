"""The store's write-ahead log deleted while StudyApp was closed (by hand, or left
behind by a copy or a sync): the changes it held are gone, and the start said
nothing. Nothing can bring them back, but the start now says so, and where to look."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.early_check import EarlyCheck
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

# A write committed to the log and never checkpointed; the process ends without
# closing, as a crash or a kill leaves it: the log and its index stay beside the file.
_KILLED = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO settings (key, value) VALUES ('left', '1')")
conn.commit()
os._exit(0)
"""


def killed_with_a_write(path) -> None:
    subprocess.run([sys.executable, "-c", _KILLED, str(path)], check=True)
    assert path.with_name(f"{path.name}-wal").stat().st_size > 0
    assert path.with_name(f"{path.name}-shm").exists()


def test_a_log_deleted_while_closed_is_said_at_the_next_start(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
    killed_with_a_write(path)
    path.with_name(f"{path.name}-wal").unlink()  # the user, or a sync, deleted it

    store, report = open_store_safely(path, tmp_path / "backups", NOW, early=EarlyCheck.start(path))
    with store:
        assert len(store.reviews()) == 3  # what the file itself holds
    assert report is not None and report.log_lost
    assert report.title == "The log of your latest changes was missing"
    assert "studyapp.sqlite3-wal" in report.message and "restore a backup" in report.message


def test_a_log_left_by_a_crash_or_a_clean_close_says_nothing(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)  # closed cleanly
    store.close()
    assert report is None
    killed_with_a_write(path)  # a crash: the log is there, and it is read
    store, report = open_store_safely(path, tmp_path / "backups", NOW, early=EarlyCheck.start(path))
    with store:
        assert store.get_setting("left") == 1  # the log's write, read
    assert report is None
