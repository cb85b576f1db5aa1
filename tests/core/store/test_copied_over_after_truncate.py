"""A copy put over the open store after a TRUNCATE checkpoint of this process (a
VACUUM's, the log made again): the log file is empty then, and the log's evidence
of what a checkpoint copied (core.store.log_pages) was read from it, so the row
check alone decided, and a copy holding as many rows as the store, every row of the
session by its key, was taken for a checkpoint: the changes since it was taken (a
question suspended, a setting) were lost without a word. The log's shared memory
keeps which log it is and what it copied, the log file empty or not, and the file's
bytes are known where nothing was copied since: such a copy stops the app as any
other does, and the app's own TRUNCATE still does not."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import threading
from datetime import UTC, datetime

import pytest

from studyapp.core.store import Store, StoreError, overwritten
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)


def own_truncate(store: Store) -> None:
    """A TRUNCATE checkpoint of this process's own (as after its VACUUM)."""
    with store._writing():
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert os.path.getsize(f"{store.path}-wal") == 0  # the log file holds nothing now
    overwritten.settle()  # the file's digest is read on a thread of its own


def session(path, theme: str) -> Store:
    """A store open with this session's grades and a setting in it."""
    with Store.open(path) as store:
        fill(store, reviews=3)
    store = Store.open(path)
    qid = store.questions()[0].id
    for n in range(3):
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    store.set_setting("theme", theme)
    return store


@pytest.fixture
def opened(tmp_path):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    store = session(path, "dark")
    yield store, path, store.questions()[0].id
    store.close()


def older_copy(store, path, tmp_path):
    """A raw copy of the store's own file taken earlier in the session (in write-ahead
    log mode, as a sync tool copies it), its grades in it."""
    own_truncate(store)
    store.check_same_file()
    return shutil.copyfile(path, tmp_path / "in-session.sqlite3")


def another_store(store, path, tmp_path):
    """Another computer's store of the same notes and as many grades: the same rows
    by their keys, other values (its theme, its review times)."""
    other = tmp_path / "elsewhere" / "studyapp.sqlite3"
    other.parent.mkdir()
    with contextlib.closing(session(other, "light")) as theirs:
        theirs._conn.execute("UPDATE reviews SET reviewed_at_ms = reviewed_at_ms + 7")
    return shutil.copyfile(other, tmp_path / "theirs.sqlite3")  # closed: all in the file


COPIES = {"an older copy of the same store": older_copy, "another store": another_store}
WRITERS = {
    "cp": lambda src, dst: subprocess.run(["cp", str(src), str(dst)], check=True),
    "written-in-place": lambda src, dst: dst.write_bytes(src.read_bytes()),
}


@pytest.mark.parametrize("how", list(WRITERS))
@pytest.mark.parametrize("what", list(COPIES))
@pytest.mark.parametrize("then", ["nothing", "a grade in the log"])
def test_a_copy_put_over_after_the_apps_truncate_is_another_programs_write(
    opened, tmp_path, what, how, then
):
    store, path, qid = opened
    copy = COPIES[what](store, path, tmp_path)
    with contextlib.closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as c:
        assert c.execute("SELECT count(*) FROM reviews").fetchone()[0] == 6  # as many rows
        assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    store.set_suspended([qid])  # changes that add no row
    store.set_setting("theme", "solarized")
    own_truncate(store)  # the changes in the file, the log emptied
    store.check_same_file()
    if then == "a grade in the log":  # then a change that adds none, in the log
        store.set_suspended([])
        store.set_suspended([qid])
    WRITERS[how](copy, path)

    with pytest.raises(StoreError, match="overwritten by another program"):
        store.check_same_file()
    with pytest.raises(StoreError, match="overwritten"):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (saved,) = path.parent.glob("studyapp-open-*.sqlite3")
    with Store.open_read_only(saved) as kept:  # the session, the suspension with it
        assert len(kept.reviews()) == 3 + 3
        assert next(q for q in kept.questions() if q.id == qid).suspended
        assert kept.get_setting("theme") == "solarized"


@pytest.mark.parametrize("then", ["nothing", "touched", "grades"])
def test_the_apps_own_truncate_is_not_another_programs_write(opened, then):
    store, path, qid = opened
    store.set_suspended([qid])
    own_truncate(store)
    if then == "touched":  # its time alone changed (a backup tool's `touch`)
        os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 10**9))
    store.check_same_file()
    if then == "grades":
        for n in range(2):
            record(store, qid, 4, 5.0, "study", SESSION_MS + 10 + n)
        own_truncate(store)
        store.check_same_file()
    record(store, qid, 4, 5.0, "study", SESSION_MS + 20)  # saved
    store.check_same_file()
    assert not list(path.parent.glob("*-open-*"))
    reviews = len(store.reviews())
    store.close()
    with Store.open_read_only(path) as again:
        assert len(again.reviews()) == reviews
        assert next(q for q in again.questions() if q.id == qid).suspended


def test_the_file_digest_is_read_off_the_writing_thread(opened, monkeypatch):
    """The digest reads the whole file (tens of megabytes on a big store): a grade
    that notes it does not wait for it."""
    from studyapp.core.store import log_pages

    store, _path, qid = opened
    readers: list[str] = []
    read = log_pages.file_digest

    def recorded(path):
        readers.append(threading.current_thread().name)
        return read(path)

    monkeypatch.setattr(log_pages, "file_digest", recorded)
    own_truncate(store)
    record(store, qid, 3, 5.0, "study", SESSION_MS + 10)
    own_truncate(store)
    assert readers and threading.current_thread().name not in readers
