"""The store's write-ahead log damaged part-way after a session that ended without
closing: a power cut the disk wrote out of order (the app commits without waiting for
the disk), a failing sector, a bit flipped in a copy of the folder.

SQLite reads the log up to the first frame whose checksum fails and takes the rest for
leftovers; the first checkpoint drops it (`studyapp decks` alone beside it did). The
grades saved after the damage were gone with no word, the store opening as sound, or,
where the session's own kept rows had them, the start blamed "another program" that
"wrote over the file". Now the start counts the commits past the damage before
anything reads the log, keeps a copy of the log as it was, and says what happened;
reading commands leave the log for it."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)

# A session that grades ten times and is killed before it closes (no checkpoint).
KILLED = """
import os, sys
from studyapp.core.store import Store
from tests.helpers.cards import record
store = Store.open(sys.argv[1])
ids = [q.id for q in store.questions()]
for n in range(10):
    record(store, ids[n % 3], 3, 4.0, "study", 100_000 + n * 1_000)
os._exit(0)
"""


def killed_session(data: Path) -> Path:
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    subprocess.run([sys.executable, "-c", KILLED, str(path)], check=True, env=env, cwd=REPO_ROOT)
    return path


def frames(log: Path) -> tuple[int, list[int]]:
    """The log's page size and the index of each commit frame."""
    data = log.read_bytes()
    size = struct.unpack(">I", data[8:12])[0]
    count = (len(data) - 32) // (24 + size)
    at = [32 + i * (24 + size) for i in range(count)]
    return size, [i for i, a in enumerate(at) if struct.unpack(">I", data[a + 4 : a + 8])[0]]


def flip(log: Path, offset: int) -> None:
    with log.open("r+b") as f:
        f.seek(offset)
        byte = f.read(1)
        f.seek(offset)
        f.write(bytes([byte[0] ^ 0x40]))


def in_second_commit(log: Path) -> None:
    """A bit flipped in a page of the session's second grade."""
    size, commits = frames(log)
    flip(log, 32 + (commits[0] + 1) * (24 + size) + 24 + 100)


def in_the_header(log: Path) -> None:
    """The second input of the kind, tried after the mend: the log's own header checksum
    damaged, so SQLite reads none of it."""
    flip(log, 28)


def reviews(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_grades_past_a_damaged_frame_are_said_and_the_log_is_kept(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    path = killed_session(data)
    for kept_rows in data.glob("*.session-*"):  # tidied away: the log alone held them
        kept_rows.unlink()
    log = Path(f"{path}-wal")
    in_second_commit(log)
    damaged = log.read_bytes()

    assert main(["decks", "--data-dir", str(data)]) == 0  # beside it, before any start
    capsys.readouterr()
    assert log.read_bytes() == damaged  # left for the start to see

    store, report = open_store_safely(path, data / "backups", NOW)
    with store:
        # the three before, the first of the session, and the nine past the damage,
        # taken back from the log's pages
        assert len(store.reviews()) == 13
    assert report is not None
    assert report.title == "The log of your latest changes was damaged"
    assert "damaged part-way, by a power cut or a failing disk" in report.message
    assert (
        "from the 9 changes saved after it took back the 9 grades they held (in AI):"
        in report.message
    )
    assert report.log_damaged is not None and str(report.log_damaged) in report.message
    assert report.log_damaged.read_bytes() == damaged  # every saved change, as it was


def test_a_log_whose_header_is_damaged_is_said_too(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    path = killed_session(data)
    for kept_rows in data.glob("*.session-*"):
        kept_rows.unlink()
    in_the_header(Path(f"{path}-wal"))

    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()
    assert (
        report is not None
        and "10 changes saved after it took back the 10 grades they held (in AI)"
        in (report.message)
    )
    assert reviews(path) == 13


def test_with_the_sessions_kept_rows_the_log_not_another_program_is_named(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    path = killed_session(data)
    in_second_commit(Path(f"{path}-wal"))

    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()
    assert report is not None and report.session is not None and report.session.copy
    assert report.title == "Your latest grades were in a log that was damaged; a copy has them"
    assert "another program" not in report.message
    assert reviews(report.session.copy) == 13  # every grade, in the copy offered


def test_a_log_left_whole_by_a_kill_says_nothing(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    path = killed_session(data)
    assert Path(f"{path}-wal").stat().st_size > 0  # its grades in the log, every frame sound

    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()
    assert report is None
    assert not list(data.glob("*.damaged-*"))


def in_a_frame_header(log: Path) -> None:
    """A second kind of damage: a byte of the checksum in the header of a frame of the
    session's eighth grade, its page whole."""
    size, commits = frames(log)
    flip(log, 32 + commits[7] * (24 + size) + 18)


def graded(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Every review (question, time, rating, mode) and card of the store at `path`, as
    SQLite reads it with its log."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT question_id, reviewed_at_ms, rating, mode FROM reviews ORDER BY 2, 1"
        ).fetchall()
        cards = conn.execute("SELECT question_id, fsrs_json, due FROM cards ORDER BY 1").fetchall()
    return rows, cards


@pytest.mark.parametrize("damage", [in_second_commit, in_a_frame_header])
def test_the_grades_past_the_damage_come_back_as_they_were_saved(tmp_path, damage, monkeypatch):
    own_temp = tmp_path / "temp"  # (the system's is shared with other tests and programs)
    own_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own_temp))
    data = tmp_path / "data"
    data.mkdir()
    path = killed_session(data)
    for kept_rows in data.glob("*.session-*"):
        kept_rows.unlink()
    whole = tmp_path / "whole"  # the same store and log, undamaged: what was saved
    whole.mkdir()
    for side in ("", "-wal"):
        shutil.copy(f"{path}{side}", whole / f"studyapp.sqlite3{side}")
    saved = graded(whole / "studyapp.sqlite3")
    damage(Path(f"{path}-wal"))

    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()

    assert graded(path) == saved  # every grade, and the card each left, back
    assert report is not None and report.log_taken == report.log_commits > 0  # a grade each
    assert report.log_damaged is not None and report.log_damaged.exists()
    assert not list(own_temp.glob("studyapp-last-saved-*"))  # the copy it read is gone


def test_a_damaged_log_of_another_copy_gives_none_of_its_grades(tmp_path):
    """The log of a copy of the store graded on another machine (its pages laid out
    afresh there), damaged part-way and brought beside the store by a sync tool: not
    the store's own, so none of its pages are laid over the store, none of its grades
    taken, and the log is set aside whole."""
    from tests.core.store.test_foreign_side_files import a_log_of

    data = tmp_path / "data"
    data.mkdir()
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=3)
    copy = tmp_path / "elsewhere.sqlite3"
    shutil.copy(path, copy)
    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        conn.execute("VACUUM")
    grades = "".join(
        "INSERT INTO reviews (question_id, reviewed_at_ms, rating, mode)"
        f" SELECT id, {777_000 + n}, 2, 'study' FROM questions LIMIT 1;"
        for n in range(6)
    )
    before = graded(path)  # (read before the log is there: closing checkpoints it)
    log = Path(f"{path}-wal")
    log.write_bytes(a_log_of(copy, grades))
    in_second_commit(log)

    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()

    assert graded(path) == before  # not one grade of the other copy's
    assert report is not None and report.set_aside is not None and report.log_taken == 0
