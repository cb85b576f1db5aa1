"""A folder where SQLite keeps the store's journal (``studyapp.sqlite3-wal``, ``-shm``,
``-journal``: a sync tool's conflict copy, an unzip gone wrong) is named as such."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill
from tests.test_cli import run

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_folder_in_place_of_the_journal_is_named_and_the_store_left_alone(tmp_path, suffix):
    """It said "Could not open… check that its folder is writable", "read-only… check
    the file's permissions" or "disk I/O error… check that the disk is connected"."""
    store = tmp_path / "studyapp.sqlite3"
    with Store.open(store) as opened:
        fill(opened)
    before = store.read_bytes()
    side = tmp_path / f"studyapp.sqlite3{suffix}"
    side.mkdir()

    with pytest.raises(StoreError) as info:
        open_store_safely(store, tmp_path / "backups", NOW)
    said = f"{side} is a folder, where SQLite keeps the study database's journal"
    assert said in info.value.message
    assert "Move or rename that folder" in info.value.hint
    assert store.read_bytes() == before and side.is_dir()  # both left as they were
    result = run("decks", data_dir=tmp_path)
    assert result.returncode == 2 and said in result.stderr.replace("\n", " ")
