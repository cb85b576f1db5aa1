"""The store's log (-wal) or shared memory (-shm) a symbolic link that leads nowhere or
to itself: the store and its side files linked to a drive that is not connected now,
a sync tool that keeps links. SQLite can neither open nor make the side file, and
every start, and every command, stopped with "Could not open the study database …
Check that its folder exists and is writable", which it did. The message now names
the link, where it leads and what to do; the store is left as it is; and doing what
it says opens the store with every review."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill, review_rows

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("suffix", "leads", "said", "hint"),
    [
        ("-wal", "nowhere", "which is not there", "Connect that drive"),
        ("-shm", "nowhere", "which is not there", "Remove that link"),
        ("-wal", "itself", "loops back to itself", "Remove that link"),
        ("-shm", "itself", "loops back to itself", "Remove that link"),
    ],
    ids=["log-nowhere", "shm-nowhere", "log-loop", "shm-loop"],
)
def test_a_side_file_that_is_a_broken_link_is_named_and_the_store_kept(
    tmp_path, capsys, suffix, leads, said, hint
):
    data = tmp_path / "data"
    data.mkdir()
    path = data / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store, reviews=4)
    rows, before = review_rows(path), path.read_bytes()
    side = data / f"studyapp.sqlite3{suffix}"
    os.symlink(tmp_path / "drive" / "side" if leads == "nowhere" else side, side)

    with pytest.raises(StoreError) as raised:
        open_store_safely(path, data / "backups", NOW)
    error = raised.value
    assert f"{side} is a symbolic link" in error.message and said in error.message
    assert error.hint.startswith(hint) and "writable" not in str(error)
    assert main(["decks", "--data-dir", str(data)]) == 2
    assert f"{side} is a symbolic link" in capsys.readouterr().err
    assert path.read_bytes() == before and side.is_symlink()

    side.unlink()  # as it says (or the drive connected)
    store, report = open_store_safely(path, data / "backups", NOW)
    store.close()
    assert report is None
    assert review_rows(path) == rows
