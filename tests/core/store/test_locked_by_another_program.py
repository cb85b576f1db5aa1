"""The store held locked by another program (a database browser, a sync tool) while
StudyApp holds its own lock: no StudyApp is in the way, and the message says so."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import acquire_store_lock, open_store_safely
from studyapp.core.store import Store, StoreError, schema
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def test_a_store_another_program_holds_locked_names_that_program_not_studyapp(
    tmp_path, monkeypatch
):
    path = a_store_not_waiting_for_locks(tmp_path, monkeypatch)
    with (
        acquire_store_lock(tmp_path) as lock,  # this StudyApp is the only one
        contextlib.closing(sqlite3.connect(path, isolation_level=None)) as browser,
    ):
        assert lock is not None
        browser.execute("BEGIN EXCLUSIVE")  # as "Write Changes" pending in a browser
        browser.execute("UPDATE settings SET value = value")
        with pytest.raises(StoreError) as raised:
            open_store_safely(path, tmp_path / "backups", NOW)
        browser.execute("ROLLBACK")
    assert "another program (not StudyApp)" in raised.value.message
    assert "StudyApp window" not in str(raised.value)
    assert "Close that program" in raised.value.hint
    with Store.open(path) as store:  # nothing was moved or changed
        assert len(store.reviews()) == 3


def a_store_not_waiting_for_locks(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 0)  # no waiting for the lock
    monkeypatch.setitem(schema._OPTIONS, "timeout", 0)
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
    return path


def grade(store: Store) -> None:
    record(store, store.questions()[0].id, 3, 4.0, "study", 50_000)


def import_notes(store: Store) -> None:
    doc = ParsedDocument("Go notes", "markdown", [ParsedQuestion("What is a goroutine?", "A.", 1)])
    store.import_document(doc, "/go.md", "hash")


@pytest.mark.parametrize("change", [grade, import_notes])
def test_a_change_while_another_program_locks_the_store_names_that_program(
    tmp_path, monkeypatch, change
):
    """Mid-session, StudyApp holding its own lock: "another StudyApp window may be
    using it" sent the person to close windows that were not there."""
    path = a_store_not_waiting_for_locks(tmp_path, monkeypatch)
    with (
        acquire_store_lock(tmp_path) as lock,
        Store.open(path) as store,
        contextlib.closing(sqlite3.connect(path, isolation_level=None)) as browser,
    ):
        assert lock is not None
        browser.execute("BEGIN IMMEDIATE")  # a browser's pending changes
        browser.execute("UPDATE settings SET value = value")
        with pytest.raises(StoreError) as raised:
            change(store)
        browser.execute("ROLLBACK")
        change(store)  # the program closed: the same change is saved
    assert "locked by another program (not StudyApp)" in raised.value.message
    assert "What was saved before is kept" in raised.value.message
    assert "StudyApp window" not in str(raised.value)
    assert raised.value.hint == "Close that program, then try again."
    with Store.open(path) as store:
        assert len(store.reviews()) == 3 + (change is grade)
