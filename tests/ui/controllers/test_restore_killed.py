"""A restore killed mid-way (while it backed the data up first): the next start opened
on the old data in silence (safe, but the person believed the backup restored) and
left the 14 MB copy of the "before" backup in the backups folder for an hour. Now the
start says the restore did not finish and the data is as it was, as it says of a
killed import, and deletes what the dead process left (core.store.restore_note)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.store import Store
from tests.core.test_backup import fill
from tests.ui.conftest import T0

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parents[3]

# `restore_backup` in a process killed once the backup it makes first is copied: before
# the copy has its name, before anything is replaced.
KILLED_WHILE_BACKING_UP = """
import os, signal, sys
from datetime import UTC, datetime
from studyapp.core.store import backup_writer
real = backup_writer.copy_pages
def dying(*args):
    real(*args)
    os.kill(os.getpid(), signal.SIGKILL)
backup_writer.copy_pages = dying
from studyapp.core.store.backup import restore_backup
restore_backup(sys.argv[1], sys.argv[2], sys.argv[3], datetime.now(UTC))
"""


def killed_restore(source: Path, store: Path, backups: Path) -> None:
    argv = [sys.executable, "-c", KILLED_WHILE_BACKING_UP, str(source), str(store), str(backups)]
    assert subprocess.run(argv, cwd=ROOT).returncode == -signal.SIGKILL


@pytest.mark.parametrize("reviews", [2, 6])
def test_a_restore_killed_mid_way_is_said_and_its_leftovers_go(make_window, tmp_path, reviews):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    backups = path.parent / "backups"
    with Store.open(path) as store:
        fill(store, reviews=0)
        older = make_backup(store, backups, T0)
        fill(store, reviews=reviews, start_ms=9_000)  # graded after the backup
    killed_restore(older, path, backups)
    assert list(backups.glob(".studyapp-*.partial"))  # what the dead process left

    with Store.open(path) as store:
        window = make_window(store=store)
        notices = [shown for shown in window.messages.shown if shown[0] == "notice"]
        ((_kind, title, text),) = notices
        assert title == "Restore did not finish"
        assert older.name in text and "as it was" in text
        assert window.statusBar().currentMessage() == (
            "Your restore did not finish; your data is as it was."
        )
        assert len(store.reviews()) == reviews  # the data as it was
        assert not list(backups.glob(".studyapp-*"))  # the dead process's copy is gone
        window.close()

    with Store.open(path) as store:  # said once
        again = make_window(store=store)
        assert not [shown for shown in again.messages.shown if shown[0] == "notice"]
        again.close()
