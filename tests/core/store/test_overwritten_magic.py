"""A store whose header's first bytes (its magic text, "SQLite format 3") were written
over, the rest of the header and every page whole: SQLite refuses the file, the
salvage read every table page by page and got every row back, yet the report said
"rows on the damaged pages could not be read and are missing". The header is read
with its magic put back (the numbers after it are every SQLite header's), SQLite
reads every row, and the report says nothing is missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_damage_and_backup_combined import mock, studied

NOW = datetime(2026, 12, 7, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    "junk", [b"XQLite format 3\0", bytes(16), b"\xff" * 7], ids=["one-letter", "zeroed", "part"]
)
@pytest.mark.parametrize("backup", [True, False], ids=["with-backup", "no-backup"])
def test_a_header_whose_magic_was_overwritten_loses_nothing_and_says_so(tmp_path, junk, backup):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    ids = studied(path, backups, before=30, after=5)
    if not backup:
        for made in backups.iterdir():
            made.unlink()
    with Store.open(path) as store:
        mock(store, ids[1:], 9_000_000)  # a fourth (the backup holds 30 reviews, 2 mocks)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.write(junk)

    store, report = open_store_safely(path, backups, NOW - timedelta(minutes=1))
    with store:
        assert len(store.reviews()) == 35
        assert len(store._conn.execute("SELECT id FROM mock_sessions").fetchall()) == 4
    assert report is not None and report.restored is None and report.whole
    assert "missing" not in report.message.split("A copy of the file")[0]
    assert "Your reviews and progress are kept" in report.message
