"""A write-ahead log or a rollback journal of another database beside the store (a sync
tool's copy from another machine, a store file put back by hand beside the log a crash
left, a journal copied in with another program's files).

SQLite reads either as part of the store. The store then read as another program's
database or as damaged: it was moved aside and an older backup restored, losing every
review since; a journal was rolled back into the file first, writing the other
database's pages over the person's for good, and even `studyapp decks` did that. Now
the side file is set aside (kept), the store opens as its own file holds it, and the
person is told."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record
from tests.test_cli import run

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


@pytest.fixture
def data(tmp_path) -> Path:
    """A store with 5 reviews whose newest backup holds only 3 of them."""
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder / "studyapp.sqlite3") as store:
        ids = fill(store, reviews=3)
        make_backup(store, folder / "backups", NOW - timedelta(days=1), "auto")
        for n in range(2):
            record(store, ids[n], 4, 1.0, "study", 90_000 + n)
        store.set_setting("store.full_check_at", NOW.isoformat())
    return folder


def a_log_of(database: Path, writes: str) -> bytes:
    """The write-ahead log `writes` leaves on `database`, never checkpointed."""
    with contextlib.closing(sqlite3.connect(database, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.executescript(writes)
        return Path(f"{database}-wal").read_bytes()


def browser_history(tmp_path: Path) -> bytes:
    return a_log_of(
        tmp_path / "places.sqlite",
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)"
        " INSERT INTO moz_places (url) SELECT 'https://example.com/' || i FROM n;",
    )


def a_copy_studied_elsewhere(tmp_path: Path, store: Path) -> bytes:
    """The store's own log, from a copy of it changed on another machine (its pages laid
    out afresh there by a VACUUM), as a sync tool brings it back."""
    copy = tmp_path / "elsewhere.sqlite3"
    shutil.copy(store, copy)
    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        conn.execute("VACUUM")
    return a_log_of(copy, "UPDATE questions SET answer_markdown = answer_markdown || ' More.';")


@pytest.mark.parametrize("log", [browser_history, a_copy_studied_elsewhere])
def test_another_databases_log_is_set_aside_and_every_review_kept(data, tmp_path, log):
    store = data / "studyapp.sqlite3"
    foreign = log(tmp_path, store) if log is a_copy_studied_elsewhere else log(tmp_path)
    Path(f"{store}-wal").write_bytes(foreign)

    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 5  # the backup holds 3
    assert report is not None and report.set_aside is not None
    assert report.restored is None
    assert report.set_aside.read_bytes() == foreign  # kept, not deleted
    assert "does not belong to it" in report.message
    assert "nothing in it was changed" in report.message
    assert not list(data.glob("studyapp.sqlite3.damaged-*"))  # the store was not moved aside
    assert len(review_rows(store)) == 5


def hot_journal_of_another_database(tmp_path: Path, beside: Path) -> bytes:
    """A rollback journal a process killed mid-write left on another database, copied
    beside `beside`."""
    other = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(other, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    code = textwrap.dedent(
        f"""
        import os, shutil, sqlite3
        conn = sqlite3.connect({str(other)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # pages spill to the file mid-transaction
        conn.execute("BEGIN")
        conn.execute("UPDATE t SET x = 'y'")
        shutil.copy({str(other)!r} + "-journal", {str(beside)!r} + "-journal")
        os._exit(0)  # killed: the journal stays hot
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    return Path(f"{beside}-journal").read_bytes()


def test_another_databases_hot_journal_is_never_rolled_back_into_the_store(data, tmp_path):
    store = data / "studyapp.sqlite3"
    before = store.read_bytes()
    journal = hot_journal_of_another_database(tmp_path, store)

    result = run("decks", data_dir=data)  # a command that only reads, before any start
    assert result.returncode == 0, result.stderr
    assert "What is thing" not in result.stderr and "3 questions" in result.stdout
    assert store.read_bytes() == before  # not rolled back into it

    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 5
    assert report is not None and report.set_aside is not None
    assert report.set_aside.read_bytes() == journal
    assert "rollback journal" in report.message and "set aside, not deleted" in report.message
    assert not list(data.glob("studyapp.sqlite3.damaged-*"))


def test_the_store_s_own_log_left_by_a_crash_is_still_read(data, tmp_path):
    """The log of a crash holds the latest grades: it is the store's, and stays read."""
    store = data / "studyapp.sqlite3"
    code = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})
        from studyapp.core.store import Store
        store = Store.open({str(store)!r})
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        qid = store.questions()[0].id
        store.record_review(qid, 2, 1.0, "study", "{{}}", None, 99_000)
        os._exit(0)  # killed: the grade is in the log only
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert Path(f"{store}-wal").stat().st_size > 0

    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 6
    assert report is None


def test_a_store_mixed_with_pages_of_another_copy_is_recovered_not_a_traceback(data, tmp_path):
    """Another tool read the store with a copy's log and so wrote the log into it: the
    file passes quick_check, and the start's first query over its questions failed with
    "malformed", a traceback where a window should be. Now that damage is recovered
    like any other."""
    store = data / "studyapp.sqlite3"
    Path(f"{store}-wal").write_bytes(a_copy_studied_elsewhere(tmp_path, store))
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    Path(f"{store}-wal").unlink(missing_ok=True)

    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) >= 3  # the salvage's or the backup's, never none
    assert report is not None and report.set_aside is None
    assert list(data.glob("studyapp.sqlite3.damaged-*"))  # the mixed file is kept


def test_a_restore_beside_another_databases_journal_keeps_the_store_whole(data, tmp_path):
    """The restore's safety backup of the current store rolled the journal into it
    first, so what it kept was damaged (and moved aside as such)."""
    store = data / "studyapp.sqlite3"
    hot_journal_of_another_database(tmp_path, store)
    backup = next((data / "backups").iterdir())

    result = run("restore", str(backup), "--yes", data_dir=data)
    assert result.returncode == 0, result.stderr
    kept = next((data / "backups").glob("*-before-restore.sqlite3"))
    assert len(review_rows(kept)) == 5
    assert list(data.glob("studyapp.sqlite3-journal.set-aside-*"))


def test_a_good_backup_with_another_databases_log_beside_it_is_still_used(data, tmp_path):
    """A backup is one self-contained file, yet SQLite read the log beside it as its
    own: the good backup was refused as "not StudyApp's", by a restore and by the
    start, which began an empty store in place of a damaged one."""
    store = data / "studyapp.sqlite3"
    backup = next((data / "backups").iterdir())
    log = Path(f"{backup}-wal")
    foreign = browser_history(tmp_path)
    log.write_bytes(foreign)

    result = run("restore", str(backup), "--yes", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert len(review_rows(store)) == 3
    store.write_bytes(b"\xff" * 65536)  # then the store is lost
    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 3
    assert report is not None and report.restored is not None
    assert report.restored.path == backup
    assert log.read_bytes() == foreign  # left as it was


def test_a_log_beside_a_store_not_in_wal_mode_is_set_aside(data, tmp_path):
    """The store as a restore leaves it (one file, not in WAL mode until opened), with
    the log of another copy of it beside it."""
    store = data / "studyapp.sqlite3"
    foreign = a_copy_studied_elsewhere(tmp_path, store)
    with contextlib.closing(sqlite3.connect(store, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    Path(f"{store}-wal").write_bytes(foreign)

    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 5
        assert all(not q.answer_markdown.endswith("More.") for q in opened.questions())
    assert report is not None and report.set_aside is not None
    assert "not in write-ahead-log mode" in report.message


def test_a_journal_beside_a_backup_is_never_rolled_back_into_it(data, tmp_path):
    """A backup is written whole and renamed into place: no journal beside it is its
    own. Reading it to restore rolled another database's journal into it, and a good
    backup was spoiled for good."""
    store = data / "studyapp.sqlite3"
    backup = next((data / "backups").iterdir())
    before = backup.read_bytes()
    hot_journal_of_another_database(tmp_path, backup)

    result = run("restore", str(backup), "--yes", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert backup.read_bytes() == before
    store.write_bytes(b"\xff" * 65536)  # then the store is lost: the backup still serves
    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 3
    assert report is not None and report.restored is not None
    assert backup.read_bytes() == before
