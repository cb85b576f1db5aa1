"""A backup (Back Up Now, `studyapp backup`, the one a restore makes first) stopped by
the system's file size limit (`ulimit -f`) says so, as a grade stopped by it does: it
said "cannot write to …/backups. Check that the backups folder is writable", and the
folder was writable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from studyapp.cli import main
from tests.core.store.test_no_room import data, run_limited  # noqa: F401 (fixture)
from tests.core.test_backup import fill

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")

LIMIT_WORDS = "this system limits the size of the files StudyApp may write (ulimit -f)"


def bigger_store(folder: Path) -> Path:
    """The store grown past a few pages, so that a limit below its size stops a copy."""
    from studyapp.core.store import Store

    path = folder / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=400, start_ms=50_000)
    return path


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_backup_stopped_by_the_file_size_limit_says_so(data, command):  # noqa: F811
    path = bigger_store(data)
    if command == "restore":
        assert main(["backup", "--data-dir", str(data)]) == 0
        made = next((data / "backups").iterdir())
        argv = ["restore", "--yes", str(made)]
    else:
        argv = ["backup"]
    limit = path.stat().st_size // 2
    before = path.read_bytes()

    run = run_limited([sys.executable, "-m", "studyapp", *argv, "--data-dir", str(data)], limit)

    assert run.returncode == 2, run.stdout + run.stderr
    assert LIMIT_WORDS in run.stderr
    assert "backups folder is writable" not in run.stderr
    assert "Traceback" not in run.stderr
    assert path.read_bytes() == before
