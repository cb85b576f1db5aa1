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


def _same_counts_copy(store, path, tmp_path, qid):
    """A raw copy of the store's file taken in the session (its grades in it), then
    changes that add no row (a question suspended, a setting changed), checkpointed
    by the app: the copy holds as many rows in every table, and every row of the
    session by its key, and passes SQLite's quick check."""
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.check_same_file()
    older = shutil.copyfile(path, tmp_path / "in-session.sqlite3")
    store.set_suspended([qid])
    store.set_setting("theme", "light")
    store._conn.execute("PRAGMA wal_checkpoint")  # the app's own, as at 1,000 pages
    store._own.noted()
    return older


COPIED_OVER = {
    "cp": lambda older, path: subprocess.run(["cp", str(older), str(path)], check=True),
    "cp-then-checkpoint": lambda older, path: (
        subprocess.run(["cp", str(older), str(path)], check=True),
        shell(path, "PRAGMA wal_checkpoint"),
    ),
    "written-in-place": lambda older, path: path.write_bytes(older.read_bytes()),
}


@pytest.mark.parametrize("how", list(COPIED_OVER))
def test_a_copy_with_the_same_counts_and_the_sessions_rows_is_no_checkpoint(opened, tmp_path, how):
    """Only a checkpoint's pages (the log's, byte for byte) make a changed file the
    same store: a copy from earlier in the session agreeing on every count was taken
    for one, and the question suspended since was lost without a word."""
    store, path, _older, qid = opened
    older = _same_counts_copy(store, path, tmp_path, qid)
    with contextlib.closing(sqlite3.connect(older)) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM reviews").fetchone()[0] == 6
    COPIED_OVER[how](older, path)

    with pytest.raises(StoreError, match="overwritten by another program"):
        store.check_same_file()
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    with Store.open_read_only(copy) as saved:  # the session, the suspension with it
        assert len(saved.reviews()) == 3 + 3
        assert next(q for q in saved.questions() if q.id == qid).suspended


@pytest.mark.parametrize("how", ["passive", "truncate", "sqlite3-command"])
def test_a_checkpoint_after_changes_that_add_no_row_is_still_no_write(opened, tmp_path, how):
    store, path, _older, qid = opened
    _same_counts_copy(store, path, tmp_path, qid)
    store.set_suspended([])  # in the log, not yet in the file
    if how not in CHECKPOINTS:
        pytest.skip("no sqlite3 command here")
    CHECKPOINTS[how](path)
    store.check_same_file()
    assert not list(path.parent.glob("*-open-*"))
