"""`studyapp backup` and `studyapp restore FILE` as a user meets them: real processes."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from studyapp.core.backup import backup_dir, list_backups
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from tests.test_cli import NOTES, run


def review_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def add_review(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        qid = conn.execute("SELECT id FROM questions LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO reviews (question_id, reviewed_at_ms, rating, mode)"
            " VALUES (?, 1, 3, 'study')",
            (qid,),
        )


@pytest.fixture
def data(tmp_path) -> Path:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    folder = tmp_path / "data"
    assert run("import", str(notes), data_dir=folder).returncode == 0
    return folder


def test_backup_prints_the_new_backups_path_and_lists_it(data):
    result = run("backup", data_dir=data)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == backup_dir(data)
    assert path.name.startswith("studyapp-") and path.name.endswith("-manual.sqlite3")
    assert [b.path for b in list_backups(backup_dir(data))] == [path]
    listed = run("backup", "--list", data_dir=data)
    assert listed.returncode == 0
    assert str(path) in listed.stdout and "UTC" in listed.stdout and "KB" in listed.stdout


def test_backup_without_a_store_is_one_line_exit_2(tmp_path):
    result = run("backup", data_dir=tmp_path / "empty")
    assert result.returncode == 2
    assert "no study database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("by", ["path", "name"])
def test_restore_puts_the_backup_back_and_keeps_the_current_store(data, by):
    backup = Path(run("backup", data_dir=data).stdout.strip())
    add_review(store_path(data))
    assert review_count(store_path(data)) == 1
    target = str(backup) if by == "path" else backup.name
    result = run("restore", target, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert f"Restored {backup}" in result.stdout
    assert "kept as a backup" in result.stdout
    assert review_count(store_path(data)) == 0
    kept = [b for b in list_backups(backup_dir(data)) if b.reason == "before-restore"]
    assert len(kept) == 1 and review_count(kept[0].path) == 1  # nothing lost
    assert str(kept[0].path) in result.stdout


@pytest.mark.parametrize(
    ("content", "word"),
    [(b"", "not a StudyApp database"), (b"garbage " * 1000, "not a database"), (None, "not found")],
    ids=["empty", "garbage", "missing"],
)
def test_restore_of_a_bad_file_is_one_line_exit_2_and_changes_nothing(
    data, tmp_path, content, word
):
    bad = tmp_path / "bad.sqlite3"
    if content is not None:
        bad.write_bytes(content)
    before = store_path(data).read_bytes()
    result = run("restore", str(bad), data_dir=data)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.sqlite3" in result.stderr and word in result.stderr
    assert store_path(data).read_bytes() == before
    assert list_backups(backup_dir(data)) == []


def test_restore_refuses_while_the_app_runs(data):
    backup = Path(run("backup", data_dir=data).stdout.strip())
    lock = acquire_store_lock(data)  # as the running app holds it
    try:
        result = run("restore", str(backup), data_dir=data)
    finally:
        lock.release()
    assert result.returncode == 2
    assert "StudyApp is running" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
