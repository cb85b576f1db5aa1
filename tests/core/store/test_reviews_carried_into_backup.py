"""A damaged store whose reviews are still readable, restored from a backup because
the damage took more than the backup lacks (its questions table dropped or on a bad
page): the backup's reviews were kept and every later one was lost, though the
damaged file, set aside, still held each of them ("Reviews made after … may be
missing"). The reviews the backup lacks are now added to it, with their questions'
cards as the app wrote them (made again from the reviews where those cards are lost
too), and the report says how many.

The other way round too: the salvage of a file that lost a page of old reviews, used
because it still held more reviews than the backup, lost those the backup held."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_newer_backup_damaged_too import zero_page
from tests.core.test_backup import digest, fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def drop(*tables: str):
    def damage(path) -> None:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA foreign_keys = OFF")  # as a database browser writes
            for table in tables:
                conn.execute(f"DROP TABLE {table}")
            conn.commit()

    return damage


def reviews(path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT question_id, reviewed_at_ms, rating, mode FROM reviews ORDER BY 2"
        ).fetchall()


def cards(path) -> dict[str, tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT question_id, fsrs_json, due FROM cards")
        return {qid: (card, due) for qid, card, due in rows}


@pytest.mark.parametrize(
    "damage",
    [
        drop("questions"),
        lambda path: zero_page(path, "questions"),
        drop("questions", "cards"),
    ],
    ids=["questions-dropped", "questions-page-zeroed", "questions-and-cards-dropped"],
)
def test_reviews_made_since_the_backup_and_still_readable_are_kept(tmp_path, damage):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
        record(store, ids[1], 4, 2.0, "study", 8_000)
        record(store, ids[2], 1, 2.0, "study", 9_000)
        record(store, ids[2], 3, 2.0, "study", 600_000)
    before, before_cards = reviews(path), cards(path)
    damage(path)
    damaged = digest(path)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.reviews()) == 6  # not the backup's 3
    assert reviews(path) == before
    assert cards(path) == before_cards  # studied on from where the last grade left them
    assert report is not None and report.restored is not None
    assert "3 reviews made since, still readable in the damaged file, were added" in (
        report.message
    )
    assert digest(report.damaged_path) == damaged  # the damaged file kept as it was


def test_a_backup_that_lacks_no_review_is_restored_as_it_was(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store, reviews=3)
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
    before = reviews(path)
    drop("questions")(path)

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert reviews(path) == before
    assert report is not None and report.carried == 0
    assert "Reviews and changes made after" in report.message


def test_old_reviews_a_damaged_page_took_come_back_from_the_backup(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=300)
        make_backup(store, backups, NOW - timedelta(days=1), "auto")
        for n in range(400):
            record(store, ids[n % 3], 1 + n % 4, 2.0, "study", 10_000_000 + n * 60_000)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before, before_cards = reviews(path), cards(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        try:
            (oldest,) = conn.execute(
                "SELECT min(pageno) FROM dbstat WHERE name = 'reviews' AND pagetype = 'leaf'"
            ).fetchone()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    with path.open("r+b") as file:  # the page of the first reviews: a bad sector
        file.seek((oldest - 1) * 4096)
        file.write(bytes(4096))

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert reviews(path) == before  # not 700 less the page's
    assert cards(path) == before_cards
    assert report is not None and report.restored is None
    assert "reviews it had lost from the backup of 2026-11-20 12:00 UTC" in report.message
