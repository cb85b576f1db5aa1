"""A damaged store whose rows can still be read is saved row by row, not replaced by
an older backup: a bad page in an index, the search index or the rendered answers
loses nothing; a bad page in the reviews loses only the reviews on it, and then the
newest good backup is used instead only where it holds more."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
PAGE = 4096


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "studyapp.sqlite3"


@pytest.fixture
def backups(tmp_path) -> Path:
    return tmp_path / "backups"


def studied(path: Path, reviews: int) -> None:
    with Store.open(path) as store:
        ids = fill(store, reviews=0)
        for n in range(reviews):
            record(store, ids[n % 3], 1 + n % 4, 5.0, "study", 1_000 + n)
        store.store_html(ids[0], "light", "hash", "<p>" + "x" * 9000 + "</p>")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def pages_of(path: Path, name: str, kind: str | None = None) -> list[int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        try:
            rows = conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ?"
                + (" AND pagetype = ?" if kind else "")
                + " ORDER BY pageno",
                (name, kind) if kind else (name,),
            ).fetchall()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    return [r[0] for r in rows]


def spoil(path: Path, page: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(os.urandom(PAGE))


def counts(path: Path) -> tuple[int, int, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("questions", "reviews", "cards")
        )


@pytest.mark.parametrize("part", ["reviews_question_time", "questions_fts_data", "rendered_cache"])
def test_a_bad_page_in_derived_data_loses_nothing(store_path, backups, part):
    studied(store_path, reviews=600)
    with Store.open(store_path) as store:
        make_backup(store, backups, NOW - timedelta(days=2), "auto")  # older: fewer reviews
        record(store, store.questions()[0].id, 3, 1.0, "study", 99_999)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = counts(store_path)
    spoil(store_path, pages_of(store_path, part)[0])

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 601  # every review, the one after the backup too
        assert store.search("thing")  # the search index works again
        record(store, store.questions()[1].id, 4, 1.0, "study", 100_000)
    assert counts(store_path)[:1] == before[:1]
    assert report is not None and report.restored is None and report.whole
    assert "repaired" in report.title
    assert "Your reviews and progress are kept" in report.message
    assert report.damaged_path.exists() and str(report.damaged_path) in report.message


def test_a_bad_page_of_reviews_keeps_the_others_where_no_backup_holds_more(store_path, backups):
    studied(store_path, reviews=3000)
    leaves = pages_of(store_path, "reviews", "leaf")
    assert len(leaves) > 5
    spoil(store_path, leaves[len(leaves) // 2])

    store, report = open_store_safely(store_path, backups, NOW)  # no backup at all
    with store:
        kept = len(store.reviews())
        assert store.questions()
    assert 2500 < kept < 3000  # the reviews on one page are gone, not all of them
    assert report.restored is None and not report.whole
    assert "what could be read has been saved" in report.title
    assert "missing" in report.message
    assert "Your reviews and progress are kept" not in report.message


def test_a_backup_holding_more_reviews_than_can_be_read_is_restored(store_path, backups):
    studied(store_path, reviews=3000)
    with Store.open(store_path) as store:
        backup = make_backup(store, backups, NOW - timedelta(hours=1), "auto")
    root = pages_of(store_path, "reviews", "internal")[0]  # every review is under it
    spoil(store_path, root)

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 3000
    assert report.restored is not None and report.restored.path == backup


def test_a_store_cut_short_by_its_last_pages_is_salvaged_not_replaced(store_path, backups):
    """A copy or sync that stopped short: SQLite refuses a file shorter than its header
    says, so the salvage read nothing and the older backup won, losing the reviews
    since. The pages lost held only rendered answers: every review is kept."""
    studied(store_path, reviews=600)
    with Store.open(store_path) as store:
        make_backup(store, backups, NOW - timedelta(days=2), "auto")  # older: fewer reviews
        record(store, store.questions()[0].id, 3, 1.0, "study", 99_999)
        store.store_html(store.questions()[1].id, "light", "h", "<p>" + "y" * 9000 + "</p>")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = store_path.stat().st_size
    assert pages_of(store_path, "rendered_cache")[-1] == size // PAGE  # the last page
    os.truncate(store_path, size - PAGE)

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 601
        assert store.search("thing")
    assert report is not None and report.restored is None and report.whole


def test_a_store_of_the_previous_version_is_salvaged_then_migrated(store_path, backups):
    """The salvage took only the current version, so a damaged store left by the
    previous StudyApp lost everything since its (older) backup."""
    studied(store_path, reviews=600)
    with Store.open(store_path) as store:
        make_backup(store, backups, NOW - timedelta(days=2), "auto")
        record(store, store.questions()[0].id, 3, 1.0, "study", 99_999)
    with contextlib.closing(sqlite3.connect(store_path)) as conn:  # as version 5 left it
        conn.executescript(
            "DROP INDEX questions_live; DROP INDEX reviews_time; VACUUM; PRAGMA user_version = 5;"
        )
    spoil(store_path, pages_of(store_path, "reviews_question_time")[0])

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 601
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert report is not None and report.restored is None and report.whole


@pytest.mark.parametrize("version", [-1, 0])
def test_a_store_whose_version_was_lost_keeps_every_review(store_path, backups, version):
    """A version below zero (a damaged header) crashed every start with a traceback, after
    running the last migration again; a version of zero (a copy rebuilt with
    `sqlite3 .dump`, which leaves it out) lost every review since the last backup. Where
    every table is as StudyApp made it, the rows are copied and nothing is lost."""
    studied(store_path, reviews=600)
    with Store.open(store_path) as store:
        make_backup(store, backups, NOW - timedelta(days=2), "auto")  # older: fewer reviews
        record(store, store.questions()[0].id, 3, 1.0, "study", 99_999)
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        conn.execute(f"PRAGMA user_version = {version}")

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 601
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert report is not None and report.restored is None and report.whole
    assert report.damaged_path.exists()  # the file as it was, kept


def test_another_programs_database_with_a_version_below_zero_is_set_aside(store_path, backups):
    with contextlib.closing(sqlite3.connect(store_path)) as conn:
        conn.executescript("CREATE TABLE notes (body TEXT); PRAGMA user_version = -3;")

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert store.decks() == []
    assert report is not None and report.restored is None and not report.repaired
    with contextlib.closing(sqlite3.connect(report.damaged_path)) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)


def test_a_full_disk_during_the_salvage_changes_nothing_and_the_next_start_saves_all(
    store_path, backups, monkeypatch
):
    """A damaged store whose every row could be read, on a disk nearly full: the copy
    of its rows found no room, was taken for "nothing can be saved", and the file was
    moved aside for a new, empty store (no backup to use), which the next start then
    opened as a first start: every review gone from the app, without a word."""
    from studyapp.core.store import StoreError, salvage

    studied(store_path, reviews=600)
    spoil(store_path, pages_of(store_path, "reviews_question_time")[0])
    damaged = store_path.read_bytes()
    real_connect = salvage.connect

    def no_room(path):  # the copy may hold only this many pages: a full disk
        conn = real_connect(path)
        conn.execute("PRAGMA max_page_count = 12")
        return conn

    monkeypatch.setattr(salvage, "connect", no_room)
    with pytest.raises(StoreError) as info:
        open_store_safely(store_path, backups, NOW)
    text = f"{info.value.message} {info.value.hint}"
    assert "full" in text and "Nothing was changed" in text
    assert store_path.read_bytes() == damaged  # in place, for the next start
    left = [p.name for p in store_path.parent.iterdir()]
    assert not [name for name in left if "damaged" in name or "salvaging" in name]

    monkeypatch.setattr(salvage, "connect", real_connect)  # room was made
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 600
    assert report is not None and report.whole and report.restored is None


KILLED_AT_THE_SWAP = """
import os, sys
from datetime import datetime
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from studyapp.core.recovery import open_store_safely
replace = os.replace
def killed(src, dst, *args, **kwargs):
    if str(src).endswith(".salvaging"):  # the saved rows about to go in: a power cut
        os._exit(9)
    return replace(src, dst, *args, **kwargs)
os.replace = killed
open_store_safely(Path(sys.argv[1]), Path(sys.argv[2]), datetime.fromisoformat(sys.argv[4]))
"""


def test_a_kill_while_the_saved_rows_go_in_loses_none_of_them(store_path, backups):
    """The damaged file was moved away before the saved copy went in: killed between,
    there was no store at all, the next start removed the saved copy as a leftover
    and restored an older backup (or started an empty store), losing what had been
    saved. The file keeps its place until the copy replaces it."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    studied(store_path, reviews=600)
    with Store.open(store_path) as store:
        make_backup(store, backups, NOW - timedelta(days=2), "auto")  # older: fewer reviews
        record(store, store.questions()[0].id, 3, 1.0, "study", 99_999)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    spoil(store_path, pages_of(store_path, "reviews_question_time")[0])

    argv = [str(store_path), str(backups), str(REPO_ROOT), NOW.isoformat()]
    child = subprocess.run([sys.executable, "-c", KILLED_AT_THE_SWAP, *argv], timeout=120)
    assert child.returncode == 9

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 601
    assert report is not None and report.whole and report.restored is None


def test_on_a_drive_without_hard_links_the_damaged_file_is_moved_aside(
    store_path, backups, monkeypatch
):
    studied(store_path, reviews=60)
    spoil(store_path, pages_of(store_path, "reviews_question_time")[0])
    damaged = store_path.read_bytes()

    def no_links(src, dst, *args, **kwargs):
        raise OSError(1, "Operation not permitted")  # FAT, exFAT

    monkeypatch.setattr(os, "link", no_links)
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 60
    assert report is not None and report.whole
    assert report.damaged_path.read_bytes() == damaged
