"""`studyapp backup` and `studyapp restore FILE` as a user meets them: real processes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.backup import backup_dir, list_backups
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from tests.test_cli import NOTES, run
from tests.test_cli_decks import _Terminal


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
    result = run("restore", target, "--yes", data_dir=data)
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


# --- issue "Data safety, round two" ------------------------------------------------


def test_import_waits_its_turn_while_another_studyapp_writes(data, tmp_path):
    """An import that ran beside a restore printed "updated" and its changes were lost:
    now it takes the writer lock, or says who holds it and writes nothing."""
    notes = tmp_path / "more.md"
    notes.write_text("# More\n\n## What is a new question?\n\nA new answer.\n", encoding="utf-8")
    before = store_path(data).read_bytes()
    lock = acquire_store_lock(data)  # as the window, or a restore under way, holds it
    try:
        result = run("import", str(notes), data_dir=data)
    finally:
        lock.release()
    assert result.returncode == 2, result.stdout
    assert "StudyApp is running with this data folder" in result.stderr
    assert "new" not in result.stdout
    assert store_path(data).read_bytes() == before
    assert run("import", str(notes), data_dir=data).returncode == 0  # its turn now


def test_a_manual_backup_beside_the_window_is_made_but_rotates_nothing(data):
    lock = acquire_store_lock(data)
    try:
        result = run("backup", data_dir=data)
    finally:
        lock.release()
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_file()


def _flip_schema_byte(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = bytearray(path.read_bytes())
    at = blob.find(b"CREATE TABLE dec")
    blob[at + len(b"CREATE TABLE dec")] = 0xFF
    path.write_bytes(bytes(blob))


def test_commands_on_a_store_with_a_bad_schema_byte_recover_or_say_so(data, tmp_path):
    """A non-UTF-8 byte in the schema made every command crash with a traceback."""
    assert run("backup", data_dir=data).returncode == 0
    _flip_schema_byte(store_path(data))
    export = run("export-weak", "--out", str(tmp_path / "w.pdf"), data_dir=data)
    assert export.returncode == 2 and "damaged" in export.stderr
    backup = run("backup", data_dir=data)
    assert backup.returncode == 2 and "damaged" in backup.stderr
    notes = tmp_path / "notes.md"
    imported = run("import", str(notes), data_dir=data)
    assert imported.returncode == 0, imported.stderr
    assert "restored from a backup" in imported.stderr
    for result in (export, backup, imported):
        assert "Traceback" not in result.stderr
    assert list(data.glob("studyapp.sqlite3.damaged-*"))


def test_restore_over_a_store_with_a_bad_schema_byte_moves_it_aside(data):
    made = Path(run("backup", data_dir=data).stdout.strip())
    _flip_schema_byte(store_path(data))
    result = run("restore", str(made), "--yes", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "moved aside" in result.stdout
    assert review_count(store_path(data)) == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_notes_paths_that_are_not_utf8_parse_and_import(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"notes\xff")
    os.mkdir(folder)
    path = os.path.join(folder, b"caf\xe9 notes.md")  # Latin-1 bytes, no heading
    with open(path, "wb") as f:
        f.write(b"## What is a cache?\n\nA fast copy.\n")
    name = os.fsdecode(path)
    parsed = run("parse", name, data_dir=tmp_path / "data")
    assert parsed.returncode == 0, parsed.stderr
    assert "caf\ufffd notes" in parsed.stdout and "What is a cache?" in parsed.stdout
    imported = run("import", name, data_dir=tmp_path / "data")
    assert imported.returncode == 0, imported.stderr
    assert "1 new" in imported.stdout


def test_restoring_a_notes_file_says_it_is_no_backup_not_that_it_is_damaged(data, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = run("restore", str(notes), data_dir=data)
    assert result.returncode == 2
    assert "not a database at all" in result.stderr and "damaged" not in result.stderr


def test_a_store_of_a_newer_studyapp_is_said_so_and_left_untouched(data):
    """Not 'damaged': no repair asked for, no backup over it, nothing moved aside."""
    assert run("backup", data_dir=data).returncode == 0
    store = store_path(data)
    with contextlib.closing(sqlite3.connect(store)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = store.read_bytes()
    backup = list_backups(backup_dir(data))[0].path

    for args in (("backup",), ("decks",), ("restore", str(backup))):
        result = run(*args, data_dir=data)
        assert result.returncode == 2, args
        assert "made by a newer version of StudyApp" in result.stderr, args
        assert "damaged" not in result.stderr and "repair" not in result.stderr, args

    assert store.read_bytes() == before
    left = {p.name.removeprefix(store.name) for p in data.iterdir()}
    assert not {s for s in left if ".damaged" in s or ".needs-check" in s}


# --- `restore` asks first, as `remove-deck` does, saying what the backup lacks ------------


def backup_then_grades(data: Path, capsys, grades: int) -> Path:
    assert main(["backup", "--data-dir", str(data)]) == 0
    made = Path(capsys.readouterr().out.strip())
    for _ in range(grades):
        add_review(store_path(data))
    return made


def test_at_a_terminal_restore_asks_saying_what_the_backup_lacks(data, capsys, monkeypatch):
    made = backup_then_grades(data, capsys, 2)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))

    assert main(["restore", str(made), "--data-dir", str(data)]) == 2
    said = capsys.readouterr()
    assert "This backup lacks 2 reviews" in said.out and "[y/N]" in said.out
    assert "kept your study data as it is: nothing was restored" in said.err
    assert review_count(store_path(data)) == 2
    assert [b.path for b in list_backups(backup_dir(data))] == [made]  # no backup made

    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    assert main(["restore", str(made), "--data-dir", str(data)]) == 0
    assert review_count(store_path(data)) == 0


def test_a_script_must_say_yes_and_is_told_what_would_be_lost(data, capsys):
    made = backup_then_grades(data, capsys, 3)

    assert main(["restore", str(made), "--data-dir", str(data)]) == 2
    said = capsys.readouterr().err
    assert "This backup lacks 3 reviews" in said and "add --yes" in said
    assert review_count(store_path(data)) == 3

    assert main(["restore", str(made), "--yes", "--data-dir", str(data)]) == 0
    assert review_count(store_path(data)) == 0


def newer_studyapps(made: Path) -> None:
    from studyapp.core.store import SCHEMA_VERSION

    with contextlib.closing(sqlite3.connect(made)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()


def notes_by_mistake(made: Path) -> None:
    made.write_text("# Interview notes\n\nNot a database at all.\n", encoding="utf-8")


@pytest.mark.parametrize("spoil", [newer_studyapps, notes_by_mistake])
def test_a_file_the_restore_refuses_is_refused_at_the_first_try(data, capsys, spoil):
    """A newer StudyApp's file was first "this would replace your study data … add
    --yes"; only with --yes did it say the file was made by a newer StudyApp."""
    made = backup_then_grades(data, capsys, 2)
    spoil(made)

    assert main(["restore", str(made), "--data-dir", str(data)]) == 2
    said = capsys.readouterr().err
    assert "add --yes" not in said
    assert "Nothing was restored" in said and "is not a usable StudyApp backup" in said
    assert review_count(store_path(data)) == 2


def test_damaged_data_set_aside_is_restored_with_yes_by_what_can_be_read(data, capsys):
    """`backup --list` lists the damaged file a start set aside; `restore` refused it
    ("it is damaged"), though its questions and cards could still be read."""
    from tests.core.store.test_newer_backup_damaged_too import zero_page

    store = store_path(data)
    add_review(store)
    aside = store.with_name(f"{store.name}.damaged-20261201T100000Z")
    aside.write_bytes(store.read_bytes())
    zero_page(aside, "reviews")
    with contextlib.closing(sqlite3.connect(store)) as conn, conn:
        conn.execute("DELETE FROM questions")  # the study data since: none left
    capsys.readouterr()

    assert main(["restore", str(aside), "--data-dir", str(data)]) == 2
    assert "add --yes to restore what can still be read" in capsys.readouterr().err
    assert main(["restore", str(aside), "--yes", "--data-dir", str(data)]) == 0
    said = capsys.readouterr().out
    assert "is damaged: StudyApp copied the rows it could read" in said
    with contextlib.closing(sqlite3.connect(store)) as conn:
        assert conn.execute("SELECT count(*) FROM questions").fetchone()[0] > 0
    assert [b.reason for b in list_backups(backup_dir(data))] == ["before-restore"]
