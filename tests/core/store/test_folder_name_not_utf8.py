"""A data folder whose name is not UTF-8: a folder named on another system ("Études"
written in Latin-1 on a stick, an old archive unzipped), which Linux keeps as the
bytes it was given.

The store itself opened (SQLite takes a file name as bytes), but the files StudyApp
attaches beside it were named to SQLite as text, which Python sends as UTF-8 only:
the first write of every start (the daily check's date, a grade, an import) stopped
with a traceback ("surrogates not allowed"), and so did the repair that takes back
the reviews a damaged store still holds. Such a name is now given as its bytes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.cli import main
from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def reviews(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT question_id, reviewed_at_ms, rating FROM reviews").fetchall()


def test_a_store_in_a_folder_named_in_latin1_starts_grades_and_imports(tmp_path, capsys):
    data = tmp_path / os.fsdecode(b"\xc9tudes") / "data"  # "Études", in Latin-1
    data.mkdir(parents=True)
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)

    store, report = open_store_safely(path, data / "backups", NOW)  # the daily check is due
    with store:
        assert report is None
        record(store, ids[0], 4, 3.0, "study", 90_000)
    assert len(reviews(path)) == 4

    notes = tmp_path / "go.md"
    notes.write_text("# Go\n\n## What is a goroutine?\n\nA light thread.\n", encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    assert "Go: 1 new" in capsys.readouterr().out
    assert len(reviews(path)) == 4


def test_a_damaged_store_there_keeps_the_reviews_the_backup_lacks(tmp_path):
    """The second input of the kind, tried after the mend: another folder's name
    (Windows-1252 quotes), and the repair that adds to a backup the reviews the
    damaged file still holds (core.store.carried)."""
    data = tmp_path / os.fsdecode(b"\x93notes\x94") / "data"
    data.mkdir(parents=True)
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, data / "backups", NOW - timedelta(days=1), "auto")
        record(store, ids[1], 4, 2.0, "study", 8_000)
    made = reviews(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")  # as a database browser writes
        conn.execute("DROP TABLE questions")
        conn.commit()

    store, report = open_store_safely(path, data / "backups", NOW)
    with store:
        assert report is not None and report.restored is not None and report.carried == 1
        assert len(store.reviews()) == 4
    assert sorted(reviews(path)) == sorted(made)
