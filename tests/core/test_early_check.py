"""The store's start-up checks begun on a thread (core.store.early_check): a store found
sound and unchanged opens without being checked again; anything else is checked, and
repaired, as before: the early check never hides damage and never writes."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, health
from studyapp.core.store.early_check import EarlyCheck
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # the daily check is not due
    return path


def text_as_bytes(path: Path) -> None:
    """A title stored as bytes, written by another tool: the start repairs it."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE questions SET title = CAST(title AS BLOB) WHERE rowid = 1")


def contents(path: Path) -> dict[str, bytes]:
    """The store and the journal beside it, as they are (SQLite's own -shm and an empty
    -wal, which any reader may make, are not the store's contents)."""
    journal = path.with_name(path.name + "-journal")
    return {p.name: p.read_bytes() for p in (path, journal) if p.exists()}


def test_a_sound_store_is_found_sound_and_opens_without_a_report(store_path, tmp_path):
    check = EarlyCheck.start(store_path)
    assert check.sound(store_path)
    store, report = open_store_safely(store_path, tmp_path / "backups", NOW, early=check)
    with store:
        assert report is None
        assert len(store.questions()) == 3


def test_damage_made_after_the_check_is_still_found_and_repaired(store_path, tmp_path):
    """The check ran on a sound file; another tool wrote to it before the open: the
    open path checks again, as if there had been no early check."""
    check = EarlyCheck.start(store_path)
    check._thread.join()
    text_as_bytes(store_path)
    assert not check.sound(store_path)

    store, report = open_store_safely(store_path, tmp_path / "backups", NOW, early=check)
    with store:
        assert report is not None and report.repaired
        assert all(isinstance(q.title, str) for q in store.questions())


def test_damage_the_check_found_is_repaired_by_the_open_path(store_path, tmp_path):
    text_as_bytes(store_path)
    check = EarlyCheck.start(store_path)
    assert not check.sound(store_path)
    store, report = open_store_safely(store_path, tmp_path / "backups", NOW, early=check)
    with store:
        assert report is not None and report.repaired
        assert health.urgent_problem(store._conn) is None


@pytest.mark.parametrize("state", ["missing", "garbage", "newer", "journal"])
def test_a_store_the_check_cannot_vouch_for_is_not_called_sound(store_path, state):
    if state == "missing":
        store_path.unlink()
    elif state == "garbage":
        store_path.write_bytes(b"not a database" * 1000)
    elif state == "newer":
        with contextlib.closing(sqlite3.connect(store_path)) as conn:
            conn.execute("PRAGMA user_version = 999")
    else:  # a crash left a rollback journal: replaying it is a write, left to the open
        store_path.with_name(store_path.name + "-journal").write_bytes(b"")
    before = contents(store_path)

    assert not EarlyCheck.start(store_path).sound(store_path)
    assert contents(store_path) == before  # nothing written, the journal left for the open


def test_the_check_is_for_its_own_file_only(store_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    with Store.open(other) as store:
        fill(store)
    assert not EarlyCheck.start(store_path).sound(other)


def test_a_migration_at_open_is_seen_as_a_change(store_path, tmp_path, monkeypatch):
    """Opening writes to an older store (a migration): the cheap tests after it run on
    the store as it now is, not as the early check saw it."""
    check = EarlyCheck.start(store_path)
    assert check.sound(store_path)
    seen: list[bool] = []
    from studyapp.core.store import recovery

    real = recovery.full_check_due

    def spy(store, path, now, *, sound=False):
        seen.append(sound)
        return real(store, path, now, sound=sound)

    monkeypatch.setattr(recovery, "full_check_due", spy)
    real_open = Store.open

    def open_and_write(path):
        store = real_open(path)
        store.set_setting("written.at.open", "yes")
        return store

    monkeypatch.setattr(Store, "open", staticmethod(open_and_write))
    store, _ = open_store_safely(store_path, tmp_path / "backups", NOW, early=check)
    store.close()
    assert seen == [False]


def test_a_write_to_a_linked_store_s_log_after_the_check_is_seen(store_path, tmp_path):
    """A store kept elsewhere through a link: SQLite keeps its log beside the file the
    link leads to, and a write another tool leaves there is a change too."""
    import os

    link = tmp_path / "data" / "studyapp.sqlite3"
    link.parent.mkdir()
    os.symlink(store_path, link)
    check = EarlyCheck.start(link)
    check._thread.join()
    with contextlib.closing(sqlite3.connect(link, isolation_level=None)) as tool:
        tool.execute("UPDATE questions SET title = CAST(title AS BLOB) WHERE rowid = 1")
        assert not check.sound(link)  # the tool still open: the write is in its log

        store, report = open_store_safely(link, tmp_path / "backups", NOW, early=check)
    with store:
        assert report is not None and report.repaired
        assert all(isinstance(q.title, str) for q in store.questions())


def test_a_store_another_program_holds_locked_is_left_to_the_open_path(store_path, monkeypatch):
    """The check never waits on a lock (no busy timeout): the open path waits, once,
    and says who holds it; waiting here too doubled the time before that message."""
    from studyapp.core.store import early_check

    opened: list[dict] = []
    real = early_check.open_connection

    def spy(database, **kwargs):
        opened.append(kwargs)
        return real(database, **kwargs)

    monkeypatch.setattr(early_check, "open_connection", spy)
    with contextlib.closing(sqlite3.connect(store_path, isolation_level=None)) as other:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE settings SET value = value")
        check = EarlyCheck.start(store_path)
        assert not check.sound(store_path)
    assert [kwargs.get("timeout") for kwargs in opened] == [0]
