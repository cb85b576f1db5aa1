"""A named pipe under the name of the file a second start writes to bring the first
forward (``studyapp.raise``): the first start read it to learn the last request, and
waited for ever, with no window and no word; a second start waited to write it. Now
only a plain file is read or written there: both start, the second read-only, and
only the coming forward is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studyapp.core.recovery import acquire_store_lock
from studyapp.ui.single_instance import raise_request_path
from tests.core.store.test_flipped_version import studied
from tests.core.store.test_special_files import app

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@pytest.fixture
def data(tmp_path) -> Path:
    folder = studied(tmp_path).parent
    os.mkfifo(raise_request_path(folder))
    return folder


def test_the_first_start_beside_a_pipe_opens_its_window(data):
    result = app("--smoke", data=data)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(raise_request_path(data))  # the pipe left as it is


def test_a_second_start_beside_a_pipe_opens_read_only(data):
    with acquire_store_lock(data):  # the first start holds the folder
        result = app("--smoke", data=data)
    assert result.returncode == 0, result.stderr
