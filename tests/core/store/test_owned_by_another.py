"""A data folder whose files belong to another user: StudyApp run once with sudo made
its lock file, its store (and its log) root's. The person's own start could write
none of them, and said "check that the data folder is writable" of a folder that
was: nothing said whose the files were, nor what would give them back.

Needs root to give files away; the start itself runs without root's power over
files (setpriv drops it), as the person's own account would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill

OTHER = 65534  # nobody
pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("setpriv"),
    reason="giving files to another user needs root and setpriv",
)

CHILD = """
import sys
from datetime import UTC, datetime
from studyapp.startup import ConsoleMessages, open_user_store
opened = open_user_store(sys.argv[1], ConsoleMessages(), datetime.now(UTC), ask=None)
print("OPEN", opened.read_only)
print("QUESTIONS", len(opened.store.questions()))
"""


def start_as_the_person(data: Path) -> subprocess.CompletedProcess[str]:
    """The app's start as root without its power over others' files."""
    return subprocess.run(
        ["setpriv", "--bounding-set=-all", "--inh-caps=-all",
         sys.executable, "-c", CHILD, str(data)],
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("given", [("studyapp.lock", "studyapp.sqlite3"), ("studyapp.sqlite3",)])
def test_files_of_another_user_are_named_with_their_owner_and_the_way_back(tmp_path, given):
    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / "studyapp.sqlite3") as store:
        fill(store, reviews=2)
    (data / "studyapp.lock").touch()
    for name in given:
        os.chown(data / name, OTHER, OTHER)
    run = start_as_the_person(data)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "OPEN Read-only" in run.stdout and "QUESTIONS 3" in run.stdout  # still read
    assert f"{data / given[0]} belongs to another user (nobody)" in run.stderr
    assert "sudo chown -R" in run.stderr and str(data) in run.stderr
    assert "Check that the data folder is writable" not in run.stderr
