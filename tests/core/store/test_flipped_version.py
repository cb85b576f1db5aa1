"""A bit flipped in the header's schema version (a failing disk, a bad copy): 8 read as
1048584. Every start stopped with "made by a newer version of StudyApp: update it",
an update that does not exist, over a store whose every table and row was sound.
A version no release will reach, one bit away from a version whose tables the file
has exactly, is damage now: salvaged whole. A version a newer StudyApp may write is
still left untouched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def with_version(path, version: int) -> bytes:
    with path.open("r+b") as file:
        file.seek(60)
        file.write(version.to_bytes(4, "big"))
    return path.read_bytes()


def studied(tmp_path):
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as store:
        fill(store, reviews=5)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.mark.parametrize("bit", [8, 20, 30])
def test_a_flipped_bit_in_the_schema_version_keeps_every_review(tmp_path, capsys, bit):
    path = studied(tmp_path)
    with_version(path, SCHEMA_VERSION ^ (1 << bit))
    assert main(["decks", "--data-dir", str(path.parent)]) == 2
    assert "start StudyApp to repair it" in capsys.readouterr().err

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.whole
        assert "which no StudyApp writes" in report.message
        assert len(store.reviews()) == 5 and len(store.questions()) == 3
    assert main(["decks", "--data-dir", str(path.parent)]) == 0


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, SCHEMA_VERSION ^ (1 << 9) ^ 1])
def test_a_version_a_newer_studyapp_may_write_is_left_untouched(tmp_path, version):
    path = studied(tmp_path)
    before = with_version(path, version)
    with pytest.raises(StoreError, match="newer version of StudyApp"):
        open_store_safely(path, tmp_path / "backups", NOW)
    assert path.read_bytes() == before
