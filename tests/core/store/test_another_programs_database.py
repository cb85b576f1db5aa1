"""Another program's database in the store's place (a file restored or synced under the
wrong name, a backup tool that put back the wrong file), with a version number of its
own in the header where StudyApp keeps its schema version (Android's Room, Firefox's
places.sqlite and many more keep theirs there).

A version above StudyApp's read as "made by a newer version of StudyApp: update it":
every start stopped there, an update could not help, and the good backups beside it
were never used; `studyapp decks` said the same. A file with none of StudyApp's tables
is another program's, whatever its version (StudyApp's own included): it is moved
aside as it is, byte for byte, and the newest good backup restored; the person is told
it was another program's database, not that their store was damaged. Tables of
StudyApp's names without its columns are not StudyApp's either. A newer StudyApp's
store is still left untouched."""

from __future__ import annotations

import contextlib
import hashlib
import html
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp import startup
from studyapp.cli import main
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store, StoreError
from studyapp.core.store.backup import check_backup
from studyapp.core.store.schema import SCHEMA_VERSION
from tests.core.test_backup import NOW, fill, review_rows
from tests.ui.conftest import ScriptedMessages

# A version above this StudyApp's, as the cases below need (12 was, until schema 12).
ABOVE = SCHEMA_VERSION + 1

OTHER_PROGRAMS = {
    # Android's Room: its schema version in user_version
    "room-12": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
    f" INSERT INTO notes (body) VALUES ('shopping list'); PRAGMA user_version = {ABOVE};",
    # Firefox's history
    "places-77": "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
    " INSERT INTO moz_places (url) VALUES ('https://example.com');"
    " PRAGMA user_version = 77; PRAGMA application_id = 1;",
    # a version number that happens to be StudyApp's own: it was called a damaged
    # StudyApp store, switched to StudyApp's log, and said to be "still recoverable"
    "same-version": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
    f" INSERT INTO notes (body) VALUES ('shopping list'); PRAGMA user_version = {SCHEMA_VERSION};",
    # another flash-card program's: tables of StudyApp's names, none of its columns
    "cards-decks": "CREATE TABLE decks (id INTEGER PRIMARY KEY, title TEXT, mtime INTEGER);"
    " CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER, did INTEGER, ivl INTEGER);"
    " INSERT INTO decks (title) VALUES ('Spanish');"
    f" PRAGMA user_version = {SCHEMA_VERSION - 1};",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def another_programs(path: Path, which: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.executescript(OTHER_PROGRAMS[which])


@pytest.fixture
def data(tmp_path) -> Path:
    """A data folder whose newest backup holds 3 reviews."""
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=3)
        make_backup(store, folder / "backups", NOW - timedelta(days=1), "auto")
    return folder


@pytest.mark.parametrize("which", sorted(OTHER_PROGRAMS))
def test_another_programs_database_is_kept_aside_and_the_backup_restored(data, which, capsys):
    path = store_path(data)
    path.unlink()
    another_programs(path, which)
    before = _digest(path)

    assert main(["decks", "--data-dir", str(data)]) == 2  # a reader leaves it for the window
    err = capsys.readouterr().err
    assert "newer version" not in err and "another program's database" in err
    assert "damaged" not in err and "repair" not in err

    messages = ScriptedMessages()
    opened = startup.open_user_store(data, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert len(opened.store.reviews()) == 3  # the backup's
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    text = html.unescape(text)
    assert kind == "warn" and "another program's database" in text and "newer" not in text
    assert "changed nothing in it" in text and "damaged file" not in text
    kept = [p for p in data.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1  # the other program's file, as it was: no log of StudyApp's
    assert _digest(kept[0]) == before
    with contextlib.closing(sqlite3.connect(kept[0])) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert tables & {"notes", "moz_places", "cards"}


@pytest.mark.parametrize("which", ["same-version", "cards-decks"])
def test_with_no_backup_a_fresh_store_starts_and_the_file_is_not_called_recoverable(
    tmp_path, which
):
    folder = tmp_path / "data"
    folder.mkdir()
    path = store_path(folder)
    another_programs(path, which)
    before = _digest(path)
    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None
    try:
        assert opened.store.decks() == []
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    text = html.unescape(text)
    # (the title is short, "Your study data": its sentence opens the text, in bold)
    assert kind == "warn" and "Another program's database" in text and "started afresh" in text
    assert "recoverable" not in text and "reviews in the damaged file" not in text
    (kept,) = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert _digest(kept) == before


def test_a_backup_that_is_another_programs_database_is_not_called_newer(data, tmp_path):
    other = tmp_path / "studyapp-20261120T120000Z.sqlite3"
    another_programs(other, "room-12")
    with pytest.raises(StoreError) as raised:
        check_backup(other)
    assert "another program's" in raised.value.message and "newer" not in raised.value.message


def test_a_newer_studyapps_store_is_still_left_untouched(data):
    path = store_path(data)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"PRAGMA user_version = {ABOVE}")
    before = review_rows(path)
    with pytest.raises(StoreError) as raised:
        startup.open_user_store(data, ScriptedMessages(), NOW, ask=None)
    assert "newer version of StudyApp" in raised.value.message
    assert review_rows(path) == before
    assert not [p for p in data.iterdir() if ".damaged-" in p.name]


def test_a_read_only_window_says_it_is_another_programs_database(data):
    """Beside a running window (which has the store open as it was): the second window
    said the database "needs an upgrade that a read-only window cannot do"."""
    path = store_path(data)
    path.unlink()
    another_programs(path, "room-12")
    with pytest.raises(StoreError) as raised:
        Store.open_read_only(path)
    assert "another program's database" in raised.value.message
    assert "upgrade" not in raised.value.message
