"""Start-up with a damaged store: moved aside, the newest good backup restored, the
person told what happened; and one writer per data folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import list_backups, make_backup
from studyapp.core.recovery import (
    LOCK_FILENAME,
    acquire_store_lock,
    lock_owner,
    open_store_safely,
)
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store_path(data) -> Path:
    return data / "studyapp.sqlite3"


@pytest.fixture
def backups(data) -> Path:
    return data / "backups"


def studied_store(store_path: Path, backups: Path, *, days_back: tuple[int, ...]) -> list[Path]:
    """A store with reviews, backed up `days_back` days ago (one more review each
    time), then studied further; returns the backups, newest first."""
    made = []
    with Store.open(store_path) as store:
        fill(store, reviews=1)
        for n, days in enumerate(sorted(days_back, reverse=True)):
            record(store, store.questions()[0].id, 3, 1.0, "study", 10_000 + n)
            made.append(make_backup(store, backups, NOW - days * DAY, "auto"))
        record(store, store.questions()[1].id, 4, 1.0, "study", 99_000)
    return sorted(made, reverse=True)


def garbage(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def scramble_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 4096):
        data[i : i + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


# Cut in half, the store keeps its first pages, schema and rows, which the salvage
# reads (tests/core/store/test_lost_upper_pages.py): no backup is needed there.
DAMAGE = [garbage, scramble_pages, header_only]


def damaged_files(data: Path) -> list[Path]:
    """The damaged databases moved aside (their -wal/-shm files beside them not counted)."""
    return sorted(
        p for p in data.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    )


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_a_damaged_store_is_moved_aside_and_the_newest_backup_restored(store_path, backups, damage):
    made = studied_store(store_path, backups, days_back=(3, 1))
    damage(store_path)
    damaged_bytes = store_path.read_bytes()

    store, report = open_store_safely(store_path, backups, NOW)

    with store:
        assert len(store.reviews()) == 3  # the newest backup's reviews
        assert store.questions()
    assert report is not None
    assert report.restored is not None and report.restored.path == made[0]
    assert report.damaged_path == store_path.with_name("studyapp.sqlite3.damaged-20261121T120000Z")
    assert damaged_files(store_path.parent) == [report.damaged_path]
    assert report.damaged_path.read_bytes() == damaged_bytes  # kept as it was
    assert review_rows(store_path) == review_rows(made[0])
    message = report.message
    assert str(report.damaged_path) in message
    assert "not deleted" in message
    assert "2026-11-20 12:00 UTC" in message
    assert "may be missing" in message
    assert "restored" in report.title


def test_a_damaged_newest_backup_gives_the_reviews_it_still_holds(store_path, backups):
    """Cut short, it still holds a review the older good backup lacks: what it holds is
    saved, as the store's own salvage would be (tests/core/store/
    test_newer_backup_damaged_too.py), where it was skipped whole and that review lost."""
    newest, older = studied_store(store_path, backups, days_back=(5, 1))
    held = review_rows(newest)
    assert len(held) == len(review_rows(older)) + 1
    truncate(newest)
    garbage(store_path)
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report.restored is None and report.skipped == (newest,)
    assert review_rows(store_path) == held
    assert f"the backup {newest.name} (made 2026-11-20 12:00 UTC) was damaged too" in (
        report.message
    )
    assert newest.exists()  # a damaged backup is not deleted either


def test_with_no_usable_backup_a_fresh_store_starts_and_the_damaged_file_stays(store_path, backups):
    studied_store(store_path, backups, days_back=())
    scramble_pages(store_path)
    kept_bytes = store_path.read_bytes()
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert store.decks() == []
        store.set_setting("works", True)
    assert report.restored is None
    assert report.damaged_path.read_bytes() == kept_bytes
    assert report.damaged_path.parent == store_path.parent
    assert "new database" in report.message and "none of your decks" in report.message
    assert "started afresh" in report.title


def test_a_full_disk_while_starting_afresh_changes_nothing_and_the_next_start_says_so(
    store_path, backups, monkeypatch
):
    """Nothing to save and no backup, on a full disk: the damaged file went aside and
    the new store could not be made, leaving an empty file in its place, which the next
    start took for a first start. The person never heard where their data went."""
    from studyapp.core.store import rescue

    studied_store(store_path, backups, days_back=())
    scramble_pages(store_path)
    kept_bytes = store_path.read_bytes()

    class NoRoom(Store):
        @classmethod
        def open(cls, path):
            raise StoreError("The disk holding the study database is full.", "Free some space.")

    monkeypatch.setattr(rescue, "Store", NoRoom)
    with pytest.raises(StoreError) as info:
        open_store_safely(store_path, backups, NOW)
    assert "Nothing was changed" in info.value.hint and "full" in info.value.message
    assert store_path.read_bytes() == kept_bytes
    assert not list(store_path.parent.glob("*damaged*"))

    monkeypatch.undo()  # room was made
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is not None and "started afresh" in report.title
    assert report.damaged_path.read_bytes() == kept_bytes


def test_the_wal_of_a_damaged_store_moves_with_it(store_path, backups, tmp_path):
    """A crash leaves -wal/-shm beside the file: they go aside together, so the new
    store never replays them, and SQLite finds them beside the damaged copy."""
    studied_store(store_path, backups, days_back=(1,))
    garbage(store_path)
    Path(f"{store_path}-wal").write_bytes(b"old wal")
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert Path(f"{report.damaged_path}-wal").read_bytes() == b"old wal"


def test_a_healthy_store_opens_untouched(store_path, backups):
    studied_store(store_path, backups, days_back=(1,))
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 3
    assert report is None
    assert damaged_files(store_path.parent) == []


def test_the_first_start_creates_a_store(store_path, backups):
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is None
    assert store_path.exists()


def test_a_deleted_store_file_with_backups_is_restored_and_said(store_path, backups):
    (made,) = studied_store(store_path, backups, days_back=(1,))
    for side in ("", "-wal", "-shm"):
        Path(f"{store_path}{side}").unlink(missing_ok=True)
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 2  # the backup's, not a silent empty start
    assert report is not None and report.restored.path == made
    assert report.title == "Your study data was missing and has been restored from a backup"
    assert "is missing (deleted or moved)" in report.message
    assert "may be missing" in report.message and "moved aside" not in report.message


def test_an_empty_store_file_with_backups_is_restored(store_path, backups):
    (made,) = studied_store(store_path, backups, days_back=(1,))
    store_path.write_bytes(b"")
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report.restored.path == made
    assert report.problem == "the file is empty"


def test_an_empty_store_file_without_backups_is_said_not_taken_over_in_silence(store_path, backups):
    """A store emptied by a crash or a failed sync, and no backup: the window opened on
    the sample deck as on a first start, and the person never heard where their
    decks and reviews went. (What shows it held something: the rows its last session
    kept beside it, core.store.session_rows.)"""
    with Store.open(store_path) as store:
        fill(store, reviews=2)
    store_path.write_bytes(b"")
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert store.decks() == []  # a new database, ready for a first import
    assert report is not None and report.problem == "the file is empty"
    assert report.title == "Your study data was empty; StudyApp started afresh"
    assert "was empty: what it held was lost before this start" in report.message
    assert "import your notes again" in report.message
    assert "recoverable" not in report.message  # an empty file holds nothing to recover


@pytest.mark.parametrize("sides", [(), ("-wal", "-shm")])
def test_an_empty_store_file_nothing_ever_held_is_a_first_start(store_path, backups, sides):
    """A start stopped before its first write (SQLite makes the file at the connection,
    the schema goes in after) left an empty file, with an empty log or none: nothing
    was ever in it, no backup, no copy, no session's rows. The next start warned that
    what it held was lost, and set the empty file aside as damaged."""
    store_path.write_bytes(b"")
    for side in sides:
        Path(f"{store_path}{side}").write_bytes(b"")
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert store.decks() == []
        store.set_setting("probe", 1)  # a sound store, written as any
    assert report is None
    assert store_path.stat().st_size > 0
    assert damaged_files(store_path.parent) == []


def test_a_first_start_makes_its_store_without_a_word(store_path, backups):
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is None and store_path.stat().st_size > 0


def test_a_store_left_by_a_crash_is_recovered_not_replaced(store_path, backups, tmp_path):
    """A copy of the files while a writer is open is what SIGKILL leaves: the WAL
    holds the last commits and must be replayed, not treated as damage."""
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Store.open(store_path) as store:
        fill(store, reviews=7)
        for suffix in ("", "-wal"):
            shutil.copy(f"{store_path}{suffix}", crashed / f"studyapp.sqlite3{suffix}")
    assert (crashed / "studyapp.sqlite3-wal").stat().st_size > 0
    store, report = open_store_safely(crashed / "studyapp.sqlite3", crashed / "backups", NOW)
    with store:
        assert len(store.reviews()) == 7
    assert report is None


@pytest.mark.parametrize("problem", ["folder", "newer"])
def test_problems_a_backup_cannot_fix_are_errors_and_nothing_moves(store_path, backups, problem):
    studied_store(store_path, backups, days_back=(1,))
    if problem == "folder":
        target = store_path.parent / "as-folder.sqlite3"
        target.mkdir()
        match = "study database"
    else:
        target = store_path
        with contextlib.closing(sqlite3.connect(target)) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        match = "newer version"
    with pytest.raises(StoreError, match=match):
        open_store_safely(target, backups, NOW)
    assert damaged_files(store_path.parent) == []
    assert len(list_backups(backups)) == 1


# --- the single-writer lock -------------------------------------------------------


def test_a_held_lock_cannot_be_taken_twice(data):
    first = acquire_store_lock(data)
    assert first is not None and first.held
    assert acquire_store_lock(data) is None
    assert lock_owner(data) == os.getpid()
    first.release()
    assert not first.held
    first.release()  # harmless twice
    with acquire_store_lock(data) as again:
        assert again is not None
    assert (data / LOCK_FILENAME).exists()  # the file stays; the OS lock is what counts


def test_a_stale_lock_file_is_taken_over(data):
    """A lock file left by a crashed instance (its pid long gone) locks nothing."""
    (data / LOCK_FILENAME).write_text("999999999\n")
    lock = acquire_store_lock(data)
    assert lock is not None
    assert lock_owner(data) == os.getpid()
    lock.release()


HOLD_LOCK = """
import sys, time
from studyapp.core.recovery import acquire_store_lock
lock = acquire_store_lock(sys.argv[1])
print("held" if lock else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_process_is_released(data):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "held"
        assert acquire_store_lock(data) is None
        assert lock_owner(data) == child.pid
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
        child.stdout.close()
    lock = acquire_store_lock(data)
    assert lock is not None
    lock.release()


def test_a_folder_where_no_lock_file_can_be_made_is_a_store_error(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the lock file"):
        acquire_store_lock(not_a_folder)


@pytest.mark.skipif(os.name == "nt", reason="flock's errors")
def test_a_drive_that_cannot_lock_is_said_so_not_a_studyapp_running(data, monkeypatch, capsys):
    """A data folder on a network drive without its lock service (flock: ENOLCK): every
    command said "StudyApp is running with this data folder" and every start opened
    read-only, for a StudyApp that was not running."""
    import errno

    from studyapp.cli import main
    from studyapp.core import recovery

    def no_locks(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(recovery, "_lock", no_locks)
    with pytest.raises(StoreError, match="does not support locking"):
        acquire_store_lock(data)
    notes = data.parent / "notes.md"
    notes.write_text("## What is a lock?\n\nA way to take turns.\n", encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "is running" not in err
    assert "does not support locking" in err and "--data-dir" in err


def test_lock_owner_without_a_lock_file(data):
    assert lock_owner(data) is None
    (data / LOCK_FILENAME).write_text("not a pid")
    assert lock_owner(data) is None


def test_another_programs_database_in_the_stores_place_is_set_aside_untouched(store_path, backups):
    (made,) = studied_store(store_path, backups, days_back=(1,))
    for side in ("", "-wal", "-shm"):
        Path(f"{store_path}{side}").unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
        conn.commit()
    foreign = store_path.read_bytes()
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 2  # the backup's
    assert report.restored.path == made
    assert report.damaged_path.read_bytes() == foreign  # no StudyApp table written into it


@pytest.mark.parametrize(
    "damage",
    [
        "DROP INDEX questions_outline; ALTER TABLE questions DROP COLUMN suspended",
        "DROP TABLE mock_drafts",
        # a newer StudyApp's additions at this same version (or another tool's): every
        # backup failed its check, "restart to repair", until a start repaired it
        "ALTER TABLE reviews ADD COLUMN device TEXT; CREATE TABLE sync_state(k TEXT)",
    ],
    ids=["column-lost", "table-lost", "column-and-table-added"],
)
def test_a_store_that_lost_part_of_its_schema_is_salvaged_at_the_next_start(
    store_path, backups, damage
):
    """Every start and command failed with "no such column" while the daily check was
    not due: the start-up check compares the schema every time, and the salvage puts
    every row into the app's own schema, newer reviews than the backup's kept."""
    studied_store(store_path, backups, days_back=(1,))
    with Store.open(store_path) as store:
        store.set_setting("store.full_check_at", NOW.isoformat())  # the daily check done
        reviews = len(store.reviews())
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        conn.executescript(damage)

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.repaired and report.whole
        assert report.restored is None
        assert len(store.reviews()) == reviews
        assert [q.suspended for q in store.questions()] == [False] * 3
        assert make_backup(store, backups, NOW, "manual").exists()  # backups work again
    store, report = open_store_safely(store_path, backups, NOW)  # and it stays repaired
    store.close()
    assert report is None
