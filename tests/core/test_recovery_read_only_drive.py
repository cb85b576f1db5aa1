"""A data folder on a drive that can only be read (a write-protected stick, a disk
image or a snapshot mounted, a drive mounted read-only): the start said "Fix the
permissions of the data folder so that you can write in it", which no permission
change can do, and every start stayed read-only with nothing to fix. It now says
what the drive is, and the ways out."""

from __future__ import annotations

import errno
import os

import pytest

from studyapp import startup
from studyapp.core import recovery
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages


@pytest.fixture
def read_only_drive(monkeypatch):
    """Opening any file of the data folder for writing fails as on a read-only drive."""
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(recovery.os, "open", refusing)


@pytest.mark.parametrize("ran_before", [True, False], ids=["lock-file-there", "no-lock-file"])
def test_a_read_only_drive_is_named_with_the_way_out(tmp_path, read_only_drive, ran_before):
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=2)
    if ran_before:
        (folder / recovery.LOCK_FILENAME).write_text("1\n")

    with pytest.raises(recovery.StoreError) as raised:
        recovery.acquire_store_lock(folder)
    said = raised.value
    assert "drive that can only be read" in said.message and str(folder) in said.message
    assert "permissions" not in f"{said.hint} {said.window_hint}"
    assert "--data-dir" in said.hint and "writable" in said.window_hint

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
    with opened.store:
        assert len(opened.store.reviews()) == 2  # still there to browse
    (shown,) = [text for kind, _title, text in messages.shown if kind == "warn"]
    assert "drive that can only be read" in shown and "permissions" not in shown


def test_a_store_that_cannot_be_read_on_a_read_only_drive_says_both(tmp_path, read_only_drive):
    """Only the drive was named, and the file itself being no store went unsaid."""
    folder = tmp_path / "data"
    folder.mkdir()
    store_path(folder).write_text("these are not the notes you are looking for\n" * 200)
    with pytest.raises(recovery.StoreError) as raised:
        startup.open_user_store(folder, ScriptedMessages(), NOW, ask=None)
    said = raised.value
    assert "drive that can only be read" in said.message  # the way out leads
    assert "cannot be read either: the study database" in said.message and "--data-dir" in said.hint
