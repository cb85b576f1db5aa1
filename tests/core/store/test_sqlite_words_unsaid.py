"""Messages about a store, a backup or its folder in the person's words, not SQLite's.

A restore of a backup cut short or written over said "it is damaged (database disk
image is malformed)"; a backup into a folder on a drive that can only be read said
"cannot write to … (unable to open database file)"; an import stopped at the
system's file size limit said "(disk I/O error)" and sent the person to check the
disk's cable. Each now says what happened, that the study data is kept, and what to
do, through the commands the person types."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.store import Store
from tests.core.store import test_no_room
from tests.core.store.test_no_room import run_limited
from tests.core.test_backup import review_rows
from tests.helpers.cards import record

SQLITES_WORDS = (
    "malformed",
    "file is not a database",
    "disk I/O error",
    "unable to open database file",
    "readonly database",
    "database is locked",
)


def unsaid(text: str) -> list[str]:
    return [words for words in SQLITES_WORDS if words.casefold() in text.casefold()]


data = test_no_room.data  # the fixture: a store of 3 questions and 5 reviews


@pytest.fixture
def backed_up(data) -> Path:
    """The data folder of 3 questions and 5 reviews, with one backup."""
    assert main(["backup", "--data-dir", str(data)]) == 0
    return data


def cut_mid_page(copy: Path) -> None:
    os.truncate(copy, copy.stat().st_size // 2 + 100)


def written_over_inside(copy: Path) -> None:
    with copy.open("r+b") as f:  # the header left, pages after it garbage
        f.seek(100)
        f.write(bytes(range(256)) * 12)


@pytest.mark.parametrize("damage", [cut_mid_page, written_over_inside])
def test_restoring_a_damaged_backup_says_so_plainly_and_keeps_the_data(
    backed_up, tmp_path, capsys, damage
):
    data = backed_up
    backup = next((data / "backups").glob("*.sqlite3"))
    copy = tmp_path / "old copy.sqlite3"
    shutil.copy(backup, copy)
    damage(copy)
    before = review_rows(data / "studyapp.sqlite3")
    capsys.readouterr()

    assert main(["restore", "--data-dir", str(data), str(copy)]) == 2

    said = capsys.readouterr().err
    assert unsaid(said) == []
    assert "Nothing was restored: your study data is as it was." in said
    assert "old copy.sqlite3 is not a usable StudyApp backup: it is damaged (" in said
    assert "Choose another file" in said
    assert "add --yes to restore what can still be read of it" in said  # asked for, only
    assert review_rows(data / "studyapp.sqlite3") == before


def test_a_backups_folder_on_a_drive_that_only_reads_is_named_as_such(data, capsys, monkeypatch):
    """Simulated at the system's edge (a test cannot mount a drive): SQLite cannot make
    the backup's file, and making any file there is refused with EROFS."""
    from studyapp.core.store import backup_writer

    folder = data / "backups"
    real_open, real_mkstemp = backup_writer.open_connection, tempfile.mkstemp

    def read_only_drive(database, **kwargs):
        if Path(database).parent == folder and database.endswith(".partial"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_open(database, **kwargs)

    def refused(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(backup_writer, "open_connection", read_only_drive)
    monkeypatch.setattr(tempfile, "mkstemp", refused)
    capsys.readouterr()

    assert main(["backup", "--data-dir", str(data)]) == 2

    said = capsys.readouterr().err
    assert unsaid(said) == []
    assert f"The backup was not made: {folder} is on a drive that can only be read." in said
    assert "Make that drive writable" in said


BIG_NOTES = "# Field notes\n\n" + "".join(
    f"## What is thing {i}?\n\n" + f"word{i} " * 300 + "\n\n" for i in range(300)
)


def import_at_size_limit(data: Path, notes: Path, room: int) -> subprocess.CompletedProcess[str]:
    """`studyapp import` in a process that may write files of the store's size and
    `room` bytes more."""
    limit = (data / "studyapp.sqlite3").stat().st_size + room
    argv = [sys.executable, "-m", "studyapp", "import", str(notes)]
    return run_limited(argv, limit, {"STUDYAPP_DATA_DIR": str(data)})


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("room", [8192, 200_000])
def test_an_import_stopped_at_the_file_size_limit_says_so_and_keeps_every_review(
    data, tmp_path, room
):
    path = data / "studyapp.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    notes = tmp_path / "field-notes.md"
    notes.write_text(BIG_NOTES, encoding="utf-8")
    before = review_rows(path)

    run = import_at_size_limit(data, notes, room)

    assert run.returncode == 2, run.stdout + run.stderr
    assert unsaid(run.stderr) == []
    assert f"{notes} was not imported. The study database" in run.stderr
    assert "cannot grow: this system limits the size of the files" in run.stderr
    assert "What was saved before is kept in the file." in run.stderr
    assert review_rows(path) == before
    with Store.open(path) as store:  # no limit: the next grade is saved as ever
        record(store, store.questions()[0].id, 3, 5.0, "study", 90_000)
    assert review_rows(path)[:5] == before
