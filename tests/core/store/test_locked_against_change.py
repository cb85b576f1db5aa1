"""A store file (or its folder) locked against any change while its permissions let
its owner write it: the Finder's Get Info "Locked" box (a file copied from a locked
backup keeps it), `chflags uchg`, Linux's `chattr +i`. SQLite says "readonly
database" or "unable to open database file", and every start said the store was
read-only: "Check the file's permissions", permissions that allowed writing, so
nothing the person could find was wrong. Now the lock is named, with how to lift it,
and the study data opens read-only as before."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.recovery import acquire_store_lock, open_store_safely
from studyapp.core.store import StoreError, translate_error
from studyapp.core.store.backup import _write_failed
from tests.core.store.test_flipped_version import studied

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
SAID = "locked against any change"


def can_mark() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("chattr") is not None


@pytest.fixture
def mark():
    """`chattr +i` on a path, taken off again at the end."""
    marked = []

    def on(path):
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("this file system keeps no immutable flag")
        marked.append(path)

    yield on
    for path in marked:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def flag_on(monkeypatch, refused) -> None:
    """The system as it treats `refused` with a flag against change on it: no write,
    and not even its mode set to the mode it has (EPERM), whatever its permissions."""
    real_access, real_chmod = os.access, os.chmod

    def chmod(p, mode, **kw):
        if os.fspath(p) == os.fspath(refused):
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(p))
        real_chmod(p, mode, **kw)

    monkeypatch.setattr(os, "chmod", chmod)
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: os.fspath(p) != os.fspath(refused) and real_access(p, mode),
    )


@pytest.mark.skipif(not can_mark(), reason="chattr +i needs root and chattr")
@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_store_locked_against_change_is_named_not_its_permissions(tmp_path, mark, what):
    path = studied(tmp_path)
    before = path.read_bytes()
    mark(path if what == "file" else path.parent)
    with pytest.raises(StoreError) as raised:
        lock = acquire_store_lock(path.parent)
        try:
            open_store_safely(path, tmp_path / "backups", NOW)
        finally:
            if lock is not None:
                lock.release()
    error = raised.value
    assert SAID in error.message and "permissions" not in error.hint
    assert f"Unlock the {what}" in error.hint and "chattr -i" in error.hint
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("sqlite_says", "where"),
    [("attempt to write a readonly database", "file"), ("unable to open database file", "folder")],
)
def test_a_refused_write_with_writable_permissions_names_the_lock(
    tmp_path, monkeypatch, sqlite_says, where
):
    path = studied(tmp_path)
    refused = path if where == "file" else path.parent
    flag_on(monkeypatch, refused)
    error = translate_error(sqlite3.OperationalError(sqlite_says), path)
    assert error is not None and SAID in error.message and str(refused) in error.message
    assert f"Unlock the {where}" in error.hint


def test_a_file_whose_permissions_forbid_writing_is_still_said_as_such(tmp_path):
    path = studied(tmp_path)
    path.chmod(0o444)
    try:
        error = translate_error(
            sqlite3.OperationalError("attempt to write a readonly database"), path
        )
    finally:
        path.chmod(0o644)
    assert error is not None and SAID not in error.message and "permissions" in error.hint


@pytest.mark.skipif(not can_mark(), reason="chattr +i needs root and chattr")
def test_a_backups_folder_locked_against_change_is_named_not_its_permissions(
    tmp_path, mark, capsys
):
    path = studied(tmp_path)
    backups = path.parent / "backups"
    backups.mkdir()
    mark(backups)
    assert main(["backup", "--data-dir", str(path.parent)]) == 2
    said = capsys.readouterr().err
    assert "The backup was not made" in said and SAID in said
    assert "Unlock the folder" in said and "permissions" not in said
    assert not list(backups.iterdir())


def test_a_backup_refused_with_writable_permissions_names_the_lock(tmp_path, monkeypatch):
    path = studied(tmp_path)
    backups = path.parent / "backups"
    backups.mkdir()
    flag_on(monkeypatch, backups)
    error = _write_failed(backups, PermissionError(errno.EPERM, "Operation not permitted"))
    assert SAID in error.message and "Unlock the folder" in error.hint
