"""No room to write beside the store: a full disk, a disk quota, a file size limit.

SQLite cannot grow the shared-memory file a reader of a WAL store needs there, and
says only "disk I/O error". The start stopped with "check that the disk is connected
and healthy", even for reading, where it should open the store read-only and say the
disk is full. Simulated with a file size limit (RLIMIT_FSIZE), which refuses the same
write a full disk does, without needing a disk to fill."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")

# Opens the data folder as the app does, then reads what the window reads first.
CHILD = """
import sys
from datetime import UTC, datetime
from studyapp.startup import ConsoleMessages, open_user_store
from studyapp.core.store import StoreError
try:
    opened = open_user_store(sys.argv[1], ConsoleMessages(), datetime.now(UTC), ask=None)
except StoreError as exc:
    print("ERROR", exc.message, exc.hint)
    sys.exit(2)
print("OPEN", opened.read_only)
print("QUESTIONS", len(opened.store.questions()))
print("REVIEWS", len(opened.store.reviews()))
"""


def start_without_room(data: Path, limit: int = 8192) -> subprocess.CompletedProcess[str]:
    return run_limited([sys.executable, "-c", CHILD, str(data)], limit)


def run_limited(
    argv: list[str], limit: int, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`argv` run in a process that may write no file past `limit` bytes (RLIMIT_FSIZE:
    `ulimit -f`)."""
    import resource

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        argv,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), **(env or {})),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited,
        cwd=REPO_ROOT,
        check=False,
    )


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(folder / "studyapp.sqlite3") as store:
        fill(store, reviews=5)
    return folder


def test_no_room_for_the_shared_memory_file_opens_read_only_and_says_full(data):
    before = review_rows(data / "studyapp.sqlite3")
    run = start_without_room(data)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "OPEN Read-only: the disk is full" in run.stdout
    assert "QUESTIONS 3" in run.stdout and "REVIEWS 5" in run.stdout
    assert "is full" in run.stderr and "Free some space" in run.stderr
    assert "disk I/O error" not in run.stdout + run.stderr
    # room again: the next start writes as ever, every review kept
    with Store.open(data / "studyapp.sqlite3") as store:
        record(store, store.questions()[0].id, 3, 5.0, "study", 9_000)
    assert review_rows(data / "studyapp.sqlite3")[:5] == before
