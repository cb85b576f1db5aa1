"""A data folder and its files this user can only read (permissions changed, a copy
from read-only media): the lock file was there, made by an earlier start, and the
start said "Cannot create the lock file …". It now says the file is there and cannot
be written, and whether the folder can be."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import textwrap

import pytest

from studyapp.core import recovery
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.core.store.test_read_only_folder_version import ROOT, _nobody_python
from tests.core.test_backup import fill


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=1)
    return folder


def refuse_writing(monkeypatch, folder_writable: bool) -> None:
    """Opening a file for writing fails as for a user with read permission only."""
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    real_access = os.access
    monkeypatch.setattr(recovery.os, "open", refusing)
    monkeypatch.setattr(
        recovery.os,
        "access",
        lambda path, mode, **kw: folder_writable if mode == os.W_OK else real_access(path, mode),
    )


@pytest.mark.parametrize("folder_writable", [False, True], ids=["folder-too", "file-only"])
def test_a_lock_file_there_that_cannot_be_written_is_said_so(monkeypatch, folder, folder_writable):
    recovery.lock_path(folder).write_text("1\n")
    refuse_writing(monkeypatch, folder_writable)
    with pytest.raises(recovery.StoreError) as raised:
        recovery.acquire_store_lock(folder)
    said = raised.value
    assert "Cannot create" not in said.message
    assert "is there but you cannot write it" in said.message
    assert str(recovery.lock_path(folder)) in said.message
    assert ("nor can the data folder" in said.message) is not folder_writable
    assert "writable for you" in said.hint and "writable for you" in said.window_hint


def test_no_lock_file_is_still_one_that_cannot_be_made(monkeypatch, folder):
    refuse_writing(monkeypatch, False)
    with pytest.raises(recovery.StoreError, match="Cannot create the lock file"):
        recovery.acquire_store_lock(folder)


def test_a_real_folder_made_read_only_for_its_owner(folder):
    """As a user who owns the folder and its files, all of them made read-only."""
    command = _nobody_python()
    if command is None:
        pytest.skip("needs root, setpriv and a system Python to run as another user")
    recovery.lock_path(folder).write_text("1\n")
    for parent in folder.parents:
        if parent == parent.parent:
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o005)
    for path in [*folder.iterdir(), folder]:
        os.chown(path, 65534, 65534)
        os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) & ~0o222)
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from studyapp.core import recovery
        try:
            recovery.acquire_store_lock(Path(sys.argv[1]))
        except recovery.StoreError as exc:
            print(exc.message)
        """
    )
    out = subprocess.run(
        [*command, "-c", script, str(folder)],
        env={"PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert out.returncode == 0, out.stderr
    assert "is there but you cannot write it" in out.stdout, out.stdout
    assert "nor can the data folder" in out.stdout
