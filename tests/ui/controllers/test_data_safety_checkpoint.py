"""A sqlite3 shell opened on the store beside the window, reading and running
`PRAGMA wal_checkpoint`: the window's poll said the file was written into by another
program, and every grade after was refused. A checkpoint is SQLite's own: the poll
says nothing and grades are saved."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from tests.ui.window_helpers import start_studying

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


@pytest.mark.parametrize("mode", ["PASSIVE", "TRUNCATE"])
def test_a_checkpoint_beside_the_window_is_no_overwrite(qtbot, make_window, store, mode):
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    start_studying(qtbot, window, store)
    for _ in range(2):
        window.reveal()
        assert window.grade(3) is not None
    said: list[str] = []
    live.said.connect(said.append)

    path = Path(store.path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as shell:
        assert shell.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
        shell.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
    live.poll_store()
    qtbot.waitUntil(lambda: not live.checking_file, timeout=20000)  # the look has answered

    # (A TRUNCATE starts the log afresh, which SQLite tells every connection as a
    # change: the window reads again, and says so.)
    assert not [line for line in said if "written into" in line]
    assert window.messages.shown == []
    window.reveal()
    assert window.grade(3) is not None  # saved
    assert len(store.reviews()) == 3
    assert not list(path.parent.glob("*-open-*"))
