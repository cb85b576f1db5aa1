"""The data folder's lock file replaced by a symbolic link that leads nowhere (a sync
tool that keeps links, a link to a drive not connected, a link to itself): the start
said "Cannot create the lock file … (No such file or directory). Check that the data
folder is writable", which it was, and every start stayed read-only with nothing the
person could find to fix. The message now says what the file is and what to do, and
doing it gives the lock back."""

from __future__ import annotations

import os

import pytest

from studyapp.core.recovery import acquire_store_lock, lock_path
from studyapp.core.store import StoreError


def dangling(folder):
    return folder.parent / "drive-not-connected" / "studyapp.lock", "which is not there"


def looping(folder):
    return lock_path(folder), "loops back to itself"


def chained(folder):
    """A link to a link that leads nowhere."""
    middle = folder.parent / "middle.lock"
    os.symlink(folder.parent / "gone" / "x.lock", middle)
    return middle, "which is not there"


@pytest.mark.parametrize("make", [dangling, looping, chained], ids=["dangling", "loop", "chain"])
def test_a_lock_file_that_is_a_broken_link_is_named_and_the_way_out_works(tmp_path, make):
    folder = tmp_path / "data"
    folder.mkdir()
    target, said = make(folder)
    os.symlink(target, lock_path(folder))

    with pytest.raises(StoreError) as raised:
        acquire_store_lock(folder)
    error = raised.value
    assert f"The lock file {lock_path(folder)} is a symbolic link" in error.message
    assert said in error.message
    assert "writable" not in str(error)
    assert error.hint.startswith("Remove that link")

    lock_path(folder).unlink()  # as the message says
    lock = acquire_store_lock(folder)
    assert lock is not None
    lock.release()
