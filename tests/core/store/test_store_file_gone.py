"""The store file deleted or replaced while StudyApp has it open (a careless clean-up,
a sync tool putting back its own copy): every grade said "saved" went into a file no
longer there, and all of it, with everything before, was gone at the next start. The
open store is written back where it was; a file put in its place is kept beside it."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.clock import FakeClock
from studyapp.core.recovery import open_store_safely
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store, StoreError
from studyapp.core.study import StudySession
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def on_disk(path: Path) -> int:
    """The reviews a fresh reader finds in the file at `path`."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def grade(store: Store, times: int) -> None:
    clock = FakeClock(NOW, step=timedelta(seconds=9))
    session = StudySession(store, SpacedRepetition(), clock)
    for _ in range(times):
        session.grade(3)


@pytest.fixture
def path(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "studyapp.sqlite3"


def test_grades_after_the_file_was_deleted_are_kept(path):
    with Store.open(path) as store:
        fill(store, reviews=4)
        path.unlink()  # a clean-up removes it while the window is open
        grade(store, 2)  # each said "saved"
        assert path.is_file()  # written back at the first write
        grade(store, 1)
    assert on_disk(path) == 7
    store, report = open_store_safely(path, path.parent / "backups", NOW)
    with store:
        assert report is None and len(store.reviews()) == 7


def test_a_file_deleted_with_nothing_written_after_is_put_back_at_close(path):
    with Store.open(path) as store:
        fill(store, reviews=4)
        path.unlink()
    assert on_disk(path) == 4


def test_a_backup_made_after_the_file_was_deleted_copies_the_open_store(path, tmp_path):
    """The backup made when the window closes found no file ("There is no study
    database to back up") and the last copy of the data went with the process."""
    with Store.open(path) as store:
        fill(store, reviews=4)
        path.unlink()
        made = make_backup(store, tmp_path / "backups", NOW, "on-close")
    assert on_disk(made) == 4 and on_disk(path) == 4


def test_a_file_put_in_its_place_is_kept_beside_it(path, tmp_path):
    """A sync tool puts back its older copy while the window writes: the open store's
    data goes back in place, and the other file is kept, never deleted."""
    with Store.open(path) as store:
        fill(store, reviews=4)
        older = make_backup(store, tmp_path / "synced", NOW)  # a whole copy, as synced
        grade(store, 2)
        older.replace(path)  # the older copy takes the store's place
        grade(store, 1)
    assert on_disk(path) == 7
    (kept,) = path.parent.glob("studyapp.sqlite3.replaced-*")
    assert on_disk(kept) == 4


def test_when_it_cannot_be_written_back_the_write_fails_and_the_store_stays_open(path, monkeypatch):
    """A full disk while writing it back: the grade is refused with a plain message,
    nothing is lost, and the next write tries again."""
    from studyapp.core.store import vanished

    with Store.open(path) as store:
        fill(store, reviews=4)
        path.unlink()
        real_copy = vanished._copy_out

        def full(conn, target):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(vanished, "_copy_out", full)
        with pytest.raises(StoreError, match="deleted while StudyApp was running") as info:
            grade(store, 1)
        assert "full" in info.value.message
        assert not path.exists() and not list(path.parent.glob("*put-back*"))
        assert len(store.questions()) == 3  # reading goes on meanwhile
        monkeypatch.setattr(vanished, "_copy_out", real_copy)
        grade(store, 1)
    assert on_disk(path) == 5


def test_a_data_folder_deleted_with_the_store_is_made_again(path):
    import shutil

    with Store.open(path) as store:
        fill(store, reviews=4)
        shutil.rmtree(path.parent)
        grade(store, 1)
    assert on_disk(path) == 5


def test_a_store_reached_through_a_link_is_written_back_where_the_link_points(tmp_path):
    real = tmp_path / "elsewhere" / "studyapp.sqlite3"
    real.parent.mkdir()
    link = tmp_path / "studyapp.sqlite3"
    with Store.open(real) as store:
        fill(store, reviews=4)
    link.symlink_to(real)
    with Store.open(link) as store:
        real.unlink()
        grade(store, 1)
    assert link.is_symlink() and on_disk(real) == 5


@pytest.mark.parametrize("removed", [("-wal", "-shm"), ("-wal",), ("-shm",)])
def test_grades_after_its_log_was_removed_reach_the_file(path, removed):
    """A cleaner of "temporary" files removes the -wal (and -shm) while the window
    writes: the grades since went into a log no other reader could see, and a crash
    (a kill, a power cut) lost them though each had been reported saved."""
    with Store.open(path) as store:
        fill(store, reviews=4)
        for suffix in removed:
            Path(f"{path}{suffix}").unlink()
        grade(store, 2)
        assert on_disk(path) == 6  # what a start after a crash here would find
        grade(store, 1)
        assert on_disk(path) == 7
    assert on_disk(path) == 7
