"""A full disk or a read-only store: a plain StoreError, nothing half-written, and the
study session keeps what it holds so grading can go on once the problem is fixed."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store, StoreError, connect, migrate
from studyapp.core.study import StudySession
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "studyapp.sqlite3"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as s:
        doc = ParsedDocument(
            "AI",
            "markdown",
            [ParsedQuestion(f"Question {i}?", f"Answer {i}.", i + 1) for i in range(40)],
        )
        s.import_document(doc, "/notes.md", "hash")
        yield s


def counts(store: Store) -> tuple[int, int]:
    conn = store._conn
    return (
        conn.execute("SELECT count(*) FROM reviews").fetchone()[0],
        conn.execute("SELECT count(*) FROM cards").fetchone()[0],
    )


def fill_until_full(store: Store) -> StoreError:
    """Grow the store until SQLite's own "database or disk is full" (max_page_count)."""
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    error = None
    for size in (2_000, 400, 80, 16, 1):  # fill the gaps too, down to single bytes
        for n in range(1_000):
            try:
                store.set_setting(f"padding {size} {n}", "x" * size)
            except StoreError as exc:
                error = exc
                break
    assert error is not None, "the store never filled up"
    return error


def test_a_full_disk_is_a_plain_store_error(store):
    error = fill_until_full(store)
    assert "is full" in error.message
    assert "Free some space" in error.hint
    assert isinstance(error.__cause__, sqlite3.OperationalError)


class FullAt:
    """The store's connection, failing like a full disk at one statement: here the
    card write that follows a grade's review row, so a half-written grade would show."""

    def __init__(self, conn: sqlite3.Connection, sql_start: str) -> None:
        self._conn = conn
        self._sql_start = sql_start

    def execute(self, sql: str, *args):
        if sql.startswith(self._sql_start):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_grading_on_a_full_disk_loses_nothing_and_resumes(store, monkeypatch):
    session = StudySession(store, SpacedRepetition(), FakeClock(NOW, step=timedelta(seconds=7)))
    session.show()
    session.grade(3)
    before = counts(store)
    current = session.current()
    session.show()
    session.reveal()
    monkeypatch.setattr(store, "_conn", FullAt(store._conn, "INSERT INTO cards"))
    with pytest.raises(StoreError) as info:
        session.grade(4)
    assert "is full" in info.value.message
    monkeypatch.undo()
    # Nothing half-written, and the question is still on screen, answer revealed.
    assert counts(store) == before
    assert session.current() == current
    assert session.revealed
    assert session.remaining() == (1, 39)  # the first question is in its learning step
    # Space is freed: the same grade goes through.
    session.grade(4)
    assert counts(store) == (before[0] + 1, before[1] + 1)
    assert store.reviews(current.id)[-1].rating == 4


def test_taking_back_the_notes_text_on_a_full_disk_is_a_plain_store_error(store, monkeypatch):
    """ "Use the Notes' Text" on a full disk says so (the window's plain message), as
    every other write does; it had reached the person as a crash with a traceback."""
    qid = store.questions()[0].id
    store._conn.execute("UPDATE questions SET edited = 1 WHERE id = ?", (qid,))
    monkeypatch.setattr(store, "_conn", FullAt(store._conn, "UPDATE questions SET edited"))
    with pytest.raises(StoreError) as info:
        store.forget_edit(qid)
    assert "is full" in info.value.message
    monkeypatch.undo()
    assert store.forget_edit(qid)  # space freed: it goes through


def test_a_store_that_turns_read_only_keeps_reading(store):
    session = StudySession(store, SpacedRepetition(), FakeClock(NOW, step=timedelta(seconds=7)))
    current = session.current()
    store._conn.execute("PRAGMA query_only = ON")  # SQLite's own SQLITE_READONLY
    with pytest.raises(StoreError) as info:
        session.grade(3)
    assert "read-only" in info.value.message
    assert "permissions" in info.value.hint
    assert session.current() == current
    assert len(store.questions()) == 40
    store._conn.execute("PRAGMA query_only = OFF")
    session.grade(3)
    assert len(store.reviews()) == 1


def test_a_read_only_database_file_opens_for_reading_only(db_path, store, monkeypatch):
    store.close()
    real_connect = sqlite3.connect

    def read_only_connect(database, *args, **kwargs):
        # What a file without write permission gives (chmod cannot stop root).
        if kwargs.get("uri"):  # opened read-only already
            return real_connect(database, *args, **kwargs)
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        return real_connect(uri, *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_connect)
    # Said at once, not at the first grade: start-up then opens it read-only with why.
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert "read-only" in info.value.message
    with Store.open_read_only(db_path) as reader:
        assert len(reader.questions()) == 40


def test_a_read_only_store_that_needs_a_migration_is_a_store_error(db_path, monkeypatch):
    with contextlib.closing(connect(db_path)) as conn:
        migrate(conn, 1)
    real_connect = sqlite3.connect

    def read_only_connect(database, *args, **kwargs):
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        return real_connect(uri, *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_connect)
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert "read-only" in info.value.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_gives_a_clear_message(db_path, store):
    store.close()
    folder = db_path.parent
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.chmod(0o444)
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreError) as info:
            Store.open(db_path)
        assert "read-only" in info.value.message or "Could not open" in info.value.message
    finally:
        folder.chmod(0o755)
        db_path.chmod(0o644)


def test_open_read_only_reads_and_refuses_writes(db_path, store):
    writer_reviews = len(store.reviews())
    reader = Store.open_read_only(db_path)
    try:
        assert len(reader.questions()) == 40
        assert len(reader.reviews()) == writer_reviews
        with pytest.raises(StoreError, match="read-only"):
            reader.set_setting("theme", "dark")
        store.set_setting("theme", "light")  # the writer is not disturbed
        assert reader.get_setting("theme") == "light"
    finally:
        reader.close()


def test_open_read_only_needs_an_existing_current_store(tmp_path):
    with pytest.raises(StoreError, match="Could not open"):
        Store.open_read_only(tmp_path / "missing.sqlite3")
    old = tmp_path / "old.sqlite3"
    with contextlib.closing(connect(old)) as conn:
        migrate(conn, 1)
    with pytest.raises(StoreError, match="upgrade"):
        Store.open_read_only(old)


def test_a_backups_folder_that_cannot_be_written_is_blamed_not_the_database(tmp_path, monkeypatch):
    """A read-only backups folder said "Could not open the study database"."""
    from studyapp.core.backup import make_backup
    from studyapp.core.store import backup_writer

    db = tmp_path / "studyapp.sqlite3"
    with Store.open(db) as store:
        store.set_setting("k", 1)
    real_open = backup_writer.open_connection

    def read_only_folder(database, **kwargs):
        if database.endswith(".partial"):  # what SQLite says when it cannot create it
            raise sqlite3.OperationalError("unable to open database file")
        return real_open(database, **kwargs)

    monkeypatch.setattr(backup_writer, "open_connection", read_only_folder)
    folder = tmp_path / "backups"
    with pytest.raises(StoreError) as info:
        make_backup(db, folder, datetime(2026, 1, 1, tzinfo=UTC))
    assert f"cannot write to {folder}" in info.value.message
    assert "study database" not in info.value.message
    assert "backups folder is writable" in info.value.hint


def test_an_import_on_a_full_disk_is_a_plain_store_error_and_changes_nothing(store):
    before = store._conn.execute("SELECT count(*) FROM questions").fetchone()[0]
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    doc = ParsedDocument(
        "Big", "markdown", [ParsedQuestion(f"Q {i}?", "A" * 500, i + 1) for i in range(300)]
    )
    with pytest.raises(StoreError) as caught:
        store.import_document(doc, "/big.md", "big")
    assert "is full" in caught.value.message
    assert store._conn.execute("SELECT count(*) FROM questions").fetchone()[0] == before


def with_hot_journal(source: Path, target: Path) -> None:
    """Copy `source` to `target` as a writer killed mid-transaction leaves it: rollback
    journaling, pages of an unfinished change already in the file, a hot -journal
    beside it (the reviews deleted, uncommitted)."""
    if source != target:
        shutil.copyfile(source, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA cache_size = 1")  # spill the change into the file
    conn.execute("BEGIN")
    conn.execute("UPDATE questions SET answer_markdown = answer_markdown || randomblob(3000)")
    conn.execute("DELETE FROM reviews")
    frozen = target.with_name("frozen")
    frozen.mkdir()
    shutil.copyfile(target, frozen / target.name)
    shutil.copyfile(f"{target}-journal", frozen / f"{target.name}-journal")
    conn.close()  # rolls back; the copies keep the moment of the "kill"
    for name in (target.name, f"{target.name}-journal"):
        os.replace(frozen / name, target.with_name(name))
    frozen.rmdir()


def test_a_hot_journal_is_rolled_back_not_called_read_only(tmp_path):
    from studyapp.core.backup import make_backup, restore_backup
    from studyapp.core.recovery import open_store_safely

    made = tmp_path / "made.sqlite3"
    with Store.open(made) as s:
        s.import_document(
            ParsedDocument("AI", "markdown", [ParsedQuestion("Q?", "A.", 1)]), "/n.md", "h"
        )
        record(s, s.questions()[0].id, 3, 1.0, "study", 1_000)
    data = tmp_path / "data"
    data.mkdir()
    store_file, backups = data / "studyapp.sqlite3", data / "backups"
    with_hot_journal(made, store_file)
    assert Path(f"{store_file}-journal").stat().st_size > 0

    store, report = open_store_safely(store_file, backups, NOW)  # writable, not read-only
    with store:
        assert report is None and len(store.reviews()) == 1
        record(store, store.questions()[0].id, 4, 1.0, "study", 2_000)
        backup = make_backup(store, backups, NOW, "manual")
    with_hot_journal(backup, backup)  # a tool that opened the backup was killed
    restore_backup(backup, store_file, backups, NOW + timedelta(seconds=1))
    with Store.open(store_file) as store:
        assert len(store.reviews()) == 2


@pytest.mark.parametrize("cause", ["full-disk", "backups-is-a-file"])
@pytest.mark.parametrize("action", ["restore", "remove-deck"])
def test_a_safety_backup_that_cannot_be_written_says_nothing_was_done_and_why(
    tmp_path, monkeypatch, cause, action
):
    """Restore and remove-deck said "The backup was not made… StudyApp will try again",
    as an automatic backup does: it will not, and the person did not learn that
    nothing was restored or removed."""
    from studyapp.core.backup import make_backup, restore_backup
    from studyapp.core.decks import remove_deck
    from studyapp.core.store import backup_writer

    db, folder = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(db) as store:
        store.import_document(
            ParsedDocument("AI", "markdown", [ParsedQuestion("Q?", "A.", 1)]), "/n.md", "h"
        )
        older = make_backup(store, tmp_path, NOW, "manual")  # a backup to restore
        record(store, store.questions()[0].id, 3, 1.0, "study", 1_000)
    if cause == "full-disk":
        real_open = backup_writer.open_connection

        def full(database, **kwargs):
            if database.endswith(".partial"):
                raise sqlite3.OperationalError("database or disk is full")
            return real_open(database, **kwargs)

        monkeypatch.setattr(backup_writer, "open_connection", full)
        why = f"the disk holding {folder} is full"
    else:
        folder.write_text("not a folder")
        why = f"{folder} is a file, not a folder"

    with pytest.raises(StoreError) as info:
        if action == "restore":
            restore_backup(older, db, folder, NOW)
        else:
            with Store.open(db) as store:
                remove_deck(store, store.decks()[0].id, folder, NOW)

    done = "restored" if action == "restore" else "removed"
    assert info.value.message.startswith(f"Nothing was {done}: ")
    assert why in info.value.message
    assert "will try again" not in info.value.hint
    with Store.open(db) as store:  # the deck and the review since the backup are there
        assert len(store.decks()) == 1 and len(store.reviews()) == 1


def test_a_start_repair_on_a_full_disk_changes_nothing_and_the_next_start_makes_it(
    tmp_path, monkeypatch
):
    """The start's repair of a sound store whose history's questions are gone keeps a
    copy of the file first; on a full disk that copy fails: the start says the disk
    is full (and opens read-only), nothing is changed, and the next start with room
    makes the repair."""
    from studyapp.core.recovery import open_store_safely
    from studyapp.core.store import swap
    from studyapp.core.store.recovery import K_FULL_CHECK_AT

    db, sr = tmp_path / "studyapp.sqlite3", SpacedRepetition()
    with Store.open(db) as store:
        doc = ParsedDocument(
            "AI", "markdown", [ParsedQuestion(f"Q{i}?", "A.", i) for i in range(4)]
        )
        store.import_document(doc, "/n.md", "h")
        for n, q in enumerate(store.questions()):
            card, due = sr.grade(None, 3, NOW)
            store.record_review(q.id, 3, 1.0, "study", card, due, 1_000 + n)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        store._conn.execute("PRAGMA foreign_keys = OFF")  # as another program writes
        store._conn.execute("DELETE FROM question_aliases")
        store._conn.execute("DELETE FROM questions WHERE rowid = 1")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db.read_bytes()
    real_open = swap.open_connection

    def full(database, **kwargs):
        if ".partial" in database or ".damaged-" in database:
            raise sqlite3.OperationalError("database or disk is full")
        return real_open(database, **kwargs)

    monkeypatch.setattr(swap, "open_connection", full)
    with pytest.raises(StoreError, match="full"):
        open_store_safely(db, tmp_path / "backups", NOW)
    assert db.read_bytes() == before

    monkeypatch.setattr(swap, "open_connection", real_open)  # room again
    store, report = open_store_safely(db, tmp_path / "backups", NOW)
    store.close()
    assert report is not None and report.damaged_path.exists()
