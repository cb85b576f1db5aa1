"""A named pipe (or a socket, a device) where SQLite or StudyApp reads a file: the
store's own name, its journal's, a backup's. Reading a pipe waits for a writer that
never comes, so the start hung for good with no window and no word (the early check
opened the journal, the backup list opened every backup); now the pipe is named and
left where it is, and nothing waits on it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import list_backups, make_backup, rotate
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill, review_rows

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def app(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,  # a hang is the failure this guards against, not a measurement
    )


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder / "studyapp.sqlite3") as store:
        fill(store, reviews=3)
        make_backup(store, folder / "backups", NOW, "auto")
    return folder


@pytest.mark.parametrize("suffix", ["", "-wal", "-journal"])
def test_a_pipe_in_place_of_the_store_or_its_journal_is_named_not_waited_on(data, suffix):
    store = data / "studyapp.sqlite3"
    pipe = Path(f"{store}{suffix}")
    kept = store.read_bytes()
    if not suffix:
        store.rename(data / "kept.sqlite3")
    os.mkfifo(pipe)

    for command in (["--smoke"], ["decks"]):
        result = app(*command, data=data)
        assert result.returncode == 2, result.stderr
        assert f"{pipe} is a named pipe" in result.stderr.replace("\n", " ")
        assert "Move or rename that named pipe" in result.stderr.replace("\n", " ")
        assert "Traceback" not in result.stderr and "I/O" not in result.stderr

    with pytest.raises(StoreError) as info:
        open_store_safely(store, data / "backups", NOW)
    assert "is a named pipe" in info.value.message
    assert pipe.exists() and not pipe.is_file()  # left as it was: no backup in its place
    if suffix:
        assert store.read_bytes() == kept
        with pytest.raises(StoreError):
            Store.open_read_only(store)


def test_a_pipe_named_like_a_backup_is_not_waited_on_nor_restored(data):
    store = data / "studyapp.sqlite3"
    pipe = data / "backups" / "studyapp-20261121T130000Z-auto.sqlite3"
    os.mkfifo(pipe)

    result = app("backup", "--list", data=data)
    assert result.returncode == 0, result.stderr
    result = app("--smoke", data=data)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    newest = list_backups(data / "backups")[0]
    assert newest.path == pipe and not newest.usable
    store.unlink()  # the store lost: the real backup is restored, not the pipe
    opened, report = open_store_safely(store, data / "backups", NOW)
    with opened:
        assert report is not None and report.restored is not None
        assert report.restored.path != pipe
    assert len(review_rows(store)) == 3
    result = app("restore", str(pipe), data=data)
    assert result.returncode == 2 and "not a file" in result.stderr
    rotate(data / "backups", NOW)  # a good backup of the day is kept over the pipe
    assert list_backups(data / "backups")[0].usable
