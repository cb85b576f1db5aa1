"""The file of rows a session keeps beside the store (``<store>.session-…``, made by
the app and read at the next start: core.store.session_rows) damaged or replaced
while StudyApp was closed: a folder a sync tool's conflict left under its name, or a
note in it that no StudyApp wrote. Every start stopped with a traceback (an
UnboundLocalError, a JSONDecodeError) before the store was opened, whose every grade
was sound. The file is now read as holding no note: the store opens with every
grade, the other program's file is left as it is."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store.session_rows import NOTE
from tests.conftest import REPO_ROOT
from tests.core.store.test_flipped_version import studied
from tests.core.store.test_log_damaged_part_way import KILLED

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def killed_with_session_file(tmp_path) -> tuple[Path, Path]:
    """A store of 5 reviews and a session killed after 10 more; the session's file."""
    path = studied(tmp_path)
    for left in path.parent.glob(f"{path.name}.session-*"):
        left.unlink()
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    subprocess.run([sys.executable, "-c", KILLED, str(path)], check=True, env=env, cwd=REPO_ROOT)
    (session,) = [
        f
        for f in path.parent.glob(f"{path.name}.session-*")
        if not f.name.endswith(("-wal", "-shm"))
    ]
    return path, session


def a_folder(session: Path) -> None:
    for side in (session, Path(f"{session}-wal"), Path(f"{session}-shm")):
        side.unlink(missing_ok=True)
    session.mkdir()
    (session / "conflicted copy.txt").write_text("a sync tool's")


def a_note_not_json(session: Path) -> None:
    with contextlib.closing(sqlite3.connect(session)) as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {NOTE} (look TEXT, copy TEXT)")
        conn.execute(f"INSERT INTO {NOTE} VALUES ('{{not json', NULL)")
        conn.commit()


def a_note_of_no_text(session: Path) -> None:
    with contextlib.closing(sqlite3.connect(session)) as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {NOTE} (look, copy)")
        conn.execute(f"INSERT INTO {NOTE} VALUES (NULL, 7)")
        conn.commit()


@pytest.mark.parametrize("damage", [a_folder, a_note_not_json, a_note_of_no_text])
def test_a_damaged_session_file_lets_the_store_open_with_every_grade(tmp_path, capsys, damage):
    path, session = killed_with_session_file(tmp_path)
    damage(session)
    store, _report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert len(store.reviews()) == 15
    assert main(["decks", "--data-dir", str(path.parent)]) == 0
    assert "3 questions" in capsys.readouterr().out
    if damage is a_folder:  # another program's, left as it is
        assert (session / "conflicted copy.txt").read_text() == "a sync tool's"
