"""A store whose header says the wrong page size (its two bytes overwritten, a bit
flipped there), or whose header is gone, its pages not of the app's usual size:
every page was read at the wrong offset, nothing of the file could be saved, and a
backup took its place (every review since it lost) or a fresh store did. The page
size is now found from the pages themselves, and the file is read whole."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_reviews_carried_into_backup import reviews
from tests.core.test_backup import digest, fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def with_page_size(path, size: int) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA page_size = {size:d}")
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = WAL")


def overwrite(path, at: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(at)
        file.write(data)


@pytest.mark.parametrize(
    ("size", "at", "data"),
    [
        (4096, 16, (1024).to_bytes(2, "big")),
        (4096, 16, b"\x00\x01"),  # 65536
        (8192, 16, (4096).to_bytes(2, "big")),
        (1024, 0, bytes(100)),  # the header zeroed: no page size said at all
    ],
    ids=["4096-said-1024", "4096-said-65536", "8192-said-4096", "1024-header-zeroed"],
)
def test_a_store_read_at_the_wrong_page_size_keeps_every_review(tmp_path, size, at, data):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
        for n in range(40):  # more than a page of reviews since the backup
            record(store, ids[n % 3], 1 + n % 4, 2.0, "study", 10_000 + n * 60_000)
    with_page_size(path, size)
    before = reviews(path)
    overwrite(path, at, data)
    damaged = digest(path)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.questions()) == 3
    assert reviews(path) == before
    assert report is not None and report.restored is None  # not the backup's 3 reviews
    assert digest(report.damaged_path) == damaged
