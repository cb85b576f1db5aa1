"""A named pipe under the name of the file a second start writes to bring the first
forward (``studyapp.raise``): the first start read it to learn the last request, and
waited for ever, with no window and no word; a second start waited to write it. Now
only a plain file is read or written there: both start, the second read-only, and
only the coming forward is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store
from studyapp.ui.single_instance import raise_request_path
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def smoke(data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--smoke", "--data-dir", str(data)],
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
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=3)
    os.mkfifo(raise_request_path(folder))
    return folder


def test_the_first_start_beside_a_pipe_opens_its_window(data):
    result = smoke(data)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(raise_request_path(data))  # the pipe left as it is


def test_a_second_start_beside_a_pipe_opens_read_only(data):
    with acquire_store_lock(data):  # the first start holds the folder
        result = smoke(data)
    assert result.returncode == 0, result.stderr
