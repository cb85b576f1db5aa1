"""A folder of notes that holds the app's own data folder (``--data-dir`` inside
it): the store, its WAL and shared-memory files, a session's rows, the lock, the
backups are no notes and no file a person meant as notes. They are left out
without a word, as a repository's own files are, and so is another app's database
beside the notes; a picture is still named."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from studyapp.cli import EXIT_OK, main
from studyapp.core.paths import store_path
from studyapp.core.store import Store


def _skipped_files(capsys, *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["parse", *args, "--json"]) == EXIT_OK
    said = json.loads(capsys.readouterr().out)
    return [r["source_file"] for r in said["skipped"] if r.get("source_file")]


def test_the_apps_own_data_folder_inside_the_notes_is_left_out_quietly(tmp_path, capsys):
    root = tmp_path / "notes"
    data = root / "store"
    root.mkdir()
    (root / "sql.md").write_text("## What is a join?\nRows of two tables matched.\n", "utf-8")
    (root / "shot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main(["import", str(root), "--data-dir", str(data)]) == EXIT_OK
    assert main(["backup", "--data-dir", str(data)]) == EXIT_OK
    (data / "studyapp.raise").write_text("", "utf-8")  # (the window's, to be raised)
    session = data / "studyapp.sqlite3.session-5bce98f7-8791-1"  # a session's rows
    with closing(sqlite3.connect(session)) as db:
        db.execute("CREATE TABLE grades (x)")
        db.commit()
    with Store.open(store_path(data)):  # open: its -wal and -shm files are there
        beside = sorted(p.name for p in data.rglob("*") if p.is_file())
        assert any(name.endswith("-wal") for name in beside), beside
        skipped = _skipped_files(capsys, str(root), "--data-dir", str(data))
    assert skipped == ["shot.png"]


def test_another_apps_database_beside_the_notes_is_left_out_quietly(tmp_path, capsys):
    root = tmp_path / "notes"
    root.mkdir()
    (root / "os.md").write_text("## What is a process?\nA program running.\n", "utf-8")
    (root / "diagram.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    with closing(sqlite3.connect(root / "cache.db")) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
        db.commit()
        (root / "index").write_bytes((root / "cache.db").read_bytes())  # no name ending
        skipped = _skipped_files(capsys, str(root), "--data-dir", str(tmp_path / "data"))
    assert skipped == ["diagram.jpg"]
