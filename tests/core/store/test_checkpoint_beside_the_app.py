"""Another program's SQLite connection beside the open app (a sqlite3 shell opened on
the store, reading, then running `PRAGMA wal_checkpoint`): the checkpoint copies the
log's pages into the file, which then looks otherwise (its time, its size, its
header), and was taken for another program writing into it: every write refused and
the session saved elsewhere, a false alarm. What SQLite does through its own locks
leaves the store's rows as they were: the app goes on. A copy put over the store
still stops it, one in write-ahead-log mode too, and one a checkpoint followed."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime

import pytest

from studyapp.core.store import Store, StoreError
from studyapp.core.store.overwritten import look
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)


@pytest.fixture
def opened(tmp_path):
    """A store open with this session's grades in its log (not yet in the file), and
    a raw copy of its file from before them, in write-ahead-log mode as the file is."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
    older = shutil.copyfile(path, tmp_path / "older.sqlite3")  # closed: all in the file
    store = Store.open(path)
    qid = store.questions()[0].id
    for n in range(3):
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    store.set_setting("theme", "dark")
    yield store, path, older, qid
    store.close()


def shell(path, *statements: str) -> None:
    """Another program's own SQLite connection: it reads, then runs `statements`."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        assert other.execute("SELECT count(*) FROM reviews").fetchone()[0] == 6
        for statement in statements:
            other.execute(statement).fetchall()


CHECKPOINTS = {
    "passive": lambda path: shell(path, "PRAGMA wal_checkpoint"),
    "full": lambda path: shell(path, "PRAGMA wal_checkpoint(FULL)"),
    "truncate": lambda path: shell(path, "PRAGMA wal_checkpoint(TRUNCATE)"),
    # Its own change, committed through SQLite's locks, then checkpointed with ours.
    "edit-then-checkpoint": lambda path: shell(
        path,
        "INSERT OR REPLACE INTO settings VALUES ('shell.note', '\"hello\"')",
        "PRAGMA wal_checkpoint(RESTART)",
    ),
}
if shutil.which("sqlite3"):  # the sqlite3 command itself, a process of its own
    CHECKPOINTS["sqlite3-command"] = lambda path: subprocess.run(
        ["sqlite3", str(path), "SELECT count(*) FROM reviews; PRAGMA wal_checkpoint;"],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("how", list(CHECKPOINTS))
def test_a_checkpoint_by_another_program_is_no_write_into_the_file(opened, how):
    store, path, _older, qid = opened
    before = look(path)
    CHECKPOINTS[how](path)
    assert look(path) != before  # the file did change: pages from the log

    store.check_same_file()  # the window's poll: nothing said
    record(store, qid, 4, 5.0, "study", SESSION_MS + 10)  # the next grade is saved
    store.set_setting("theme", "light")
    store.check_same_file()
    assert not list(path.parent.glob("*-open-*"))
    assert len(store.reviews()) == 3 + 3 + 1
    store.close()
    with Store.open_read_only(path) as again:
        assert len(again.reviews()) == 3 + 3 + 1
        assert again.get_setting("theme") == "light"


@pytest.mark.parametrize("then_checkpoint", [False, True])
def test_a_copy_in_log_mode_put_over_it_is_still_another_programs_write(opened, then_checkpoint):
    """A copy of the store's own file from before (another computer's, a sync tool's):
    its header says write-ahead-log mode as the store's does."""
    store, path, older, qid = opened
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the session's grades in the file
    store.check_same_file()  # its own checkpoint, however made
    subprocess.run(["cp", str(older), str(path)], check=True)
    if then_checkpoint:
        with contextlib.closing(sqlite3.connect(path)) as other:
            other.execute("PRAGMA wal_checkpoint").fetchall()

    with pytest.raises(StoreError, match="overwritten by another program"):
        store.check_same_file()
    with pytest.raises(StoreError, match="overwritten"):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    with Store.open_read_only(copy) as saved:
        assert len(saved.reviews()) == 3 + 3
