"""The store's log (-wal) deleted while the app has it open (a cleaner of temporary
files, a sync tool that does not keep -wal files). SQLite goes on committing into the
log by its open handle; a crash or a power cut then lost every commit since the last
checkpoint, the session's grades with them, and the next start said nothing. Now the
commits go into the file, and the log is made again under its name."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3

import pytest

from studyapp.core.store import Store
from tests.core.test_backup import fill
from tests.helpers.cards import record


def as_a_crash_leaves_it(path, where):
    """The files at the store's path now, copied as a power cut would leave them."""
    where.mkdir()
    for suffix in ("", "-wal"):
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(f"{path}{suffix}", f"{where / path.name}{suffix}")
    with contextlib.closing(sqlite3.connect(where / path.name)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


@pytest.mark.parametrize("reader", [False, True], ids=["alone", "beside-a-reader"])
def test_commits_after_the_log_is_deleted_survive_a_crash(tmp_path, reader):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(Store.open(path))
        qid = fill(store, reviews=0)[0]
        if reader:  # a read-only window in another process keeps the log in use
            other = stack.enter_context(contextlib.closing(sqlite3.connect(path)))
            other.execute("SELECT count(*) FROM reviews").fetchone()
        for n in range(3):
            record(store, qid, 3, 5.0, "study", 1_000 + n)
        path.with_name(path.name + "-wal").unlink()  # the cleaner
        for n in range(4):
            record(store, qid, 3, 5.0, "study", 2_000 + n)
        assert as_a_crash_leaves_it(path, tmp_path / "crash") == 7
        path.with_name(path.name + "-wal").unlink(missing_ok=True)  # and again
        record(store, qid, 4, 5.0, "study", 3_000)
        assert as_a_crash_leaves_it(path, tmp_path / "crash2") == 8


def test_another_file_put_under_the_logs_name_is_kept_aside(tmp_path):
    """A sync tool putting another computer's log in place of the open one: the
    commits go into the file as above, and that file is set aside, not deleted."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        qid = fill(store, reviews=0)[0]
        record(store, qid, 3, 5.0, "study", 1_000)
        log = path.with_name(path.name + "-wal")
        log.unlink()
        log.write_bytes(b"another computer's log")
        record(store, qid, 3, 5.0, "study", 2_000)
        (aside,) = path.parent.glob("studyapp.sqlite3-wal.set-aside-*")
        assert aside.read_bytes() == b"another computer's log"
        assert as_a_crash_leaves_it(path, tmp_path / "crash") == 2


@pytest.mark.parametrize("how", ["deleted", "another file in its place"])
def test_the_log_made_again_is_no_change_by_another_program(tmp_path, how):
    """Making the log again moved SQLite's data_version as another program's commit
    does: the window's poll said "Your study data changed outside this window:
    reloaded." after a cleaner deleted the log. A commit by another program still
    moves it."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        qid = fill(store, reviews=0)[0]
        record(store, qid, 3, 5.0, "study", 1_000)
        seen = store.data_version()
        log = path.with_name(path.name + "-wal")
        log.unlink()
        if how != "deleted":
            log.write_bytes(b"\0" * 4096)
        store.check_same_file()  # the window's poll: the log made again
        record(store, qid, 3, 5.0, "study", 2_000)
        assert store.data_version() == seen
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("INSERT OR REPLACE INTO settings VALUES ('x', '1')")
        assert store.data_version() != seen
