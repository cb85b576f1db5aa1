"""The store's file replaced (a sync tool renaming another computer's copy over it)
or deleted while the app has it open. The open connection went on writing into the
file it had opened, which nothing would open again: every later grade was lost at
the next start, which opened the file put in its place, with no word. Now nothing
is written, what was open is saved beside the store, and the next start names it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
SESSION_MS = int(NOW.timestamp() * 1000)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def opened(tmp_path):
    """A store with this session's grades in it, and an older copy of it to put in
    its place."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=3)
        older = make_backup(store, tmp_path / "elsewhere", NOW)  # as another computer's
    store = Store.open(path)
    qid = store.questions()[0].id
    for n in range(4):  # this session's grades
        record(store, qid, 3, 5.0, "study", SESSION_MS + n)
    yield store, path, older, qid
    store.close()


@pytest.mark.parametrize("how", ["replaced", "deleted"])
def test_nothing_is_written_and_what_was_open_is_saved_and_named(opened, how):
    store, path, older, qid = opened
    if how == "replaced":
        os.replace(shutil.copyfile(older, path.with_name(".sync-tmp")), path)
        put_there = digest(path)
    else:
        path.unlink()

    with pytest.raises(StoreError, match=f"was {how}") as info:
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    assert str(copy) in info.value.message and "studyapp restore" in info.value.hint
    with Store.open(copy) as saved:  # every grade of the session, none after
        assert len(saved.reviews()) == 3 + 4
    with pytest.raises(StoreError, match=f"was {how}"):  # again, with the same copy
        store.set_setting("theme", "dark")
    assert list(path.parent.glob("studyapp-open-*.sqlite3")) == [copy]
    if how == "replaced":
        assert digest(path) == put_there  # the file put there: not written to


def test_the_next_start_names_the_saved_copy(opened, tmp_path):
    store, path, older, qid = opened
    os.replace(shutil.copyfile(older, path.with_name(".sync-tmp")), path)
    with pytest.raises(StoreError):
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    (copy,) = path.parent.glob("studyapp-open-*.sqlite3")
    store.close()

    again, report = open_store_safely(path, tmp_path / "data" / "backups", NOW)
    again.close()
    # The log left beside the file put there is not its own: set aside, and the copy
    # holding the session's grades named in the same message (it was counted as told
    # without being named), as what StudyApp saved, not as a sync tool's copy.
    assert report is not None and report.set_aside is not None
    assert report.session is not None and report.session.saved == copy
    assert copy not in [c.path for c in report.copies]
    assert "replaced by another program" in report.message
    assert str(copy) in report.message and "studyapp restore" in report.message


def test_a_store_left_in_place_writes_as_ever(opened):
    store, path, _older, qid = opened
    record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    assert not list(path.parent.glob("studyapp-open-*"))


def test_the_advised_command_restores_into_the_folder_in_use(opened, tmp_path, monkeypatch):
    # The window was started with --data-dir; the person types the command as shown,
    # with the default data folder elsewhere. It restored into the default folder.
    import shlex

    from studyapp.cli import main

    store, path, _older, qid = opened
    path.unlink()
    with pytest.raises(StoreError) as info:
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    store.close()
    (command,) = [part for part in info.value.hint.split("`")[1::2] if "restore" in part]
    default = tmp_path / "default data"
    monkeypatch.setenv("STUDYAPP_DATA_DIR", str(default))

    assert main(shlex.split(command)[1:]) == 0
    with Store.open(path) as restored:  # the session's grades are back where they were
        assert len(restored.reviews()) == 3 + 4
    assert not (default / "studyapp.sqlite3").exists()


@pytest.mark.parametrize(
    ("sqlite_says", "said"),
    [
        ("database or disk is full", "the disk is full"),
        ("unable to open database file", "the file could not be made or opened there"),
    ],
)
def test_a_copy_that_cannot_be_saved_says_why_in_plain_words(
    opened, monkeypatch, sqlite_says, said
):
    """It said "(database or disk is full)": SQLite's words, in the message a grade shows."""
    from studyapp.core.store import replaced

    store, path, _older, qid = opened
    real_connect = replaced.sqlite3.connect

    def refused(database, *args, **kwargs):
        if "-open-" in str(database):  # the copy beside the store: no room, no folder
            raise sqlite3.OperationalError(sqlite_says)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(replaced.sqlite3, "connect", refused)
    path.unlink()

    with pytest.raises(StoreError) as info:
        record(store, qid, 4, 5.0, "study", SESSION_MS + 10)
    assert f"What it had open could not be saved beside it ({said})." in info.value.message
    assert sqlite_says not in str(info.value)
