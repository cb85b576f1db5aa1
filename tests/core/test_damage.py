"""Damage that quick_check misses or that escaped every handler (issue "Data safety,
round two"): a bad byte in the schema or in an answer, indexes out of step with their
tables, hostile backups, a full disk during recovery, leftovers, a clock set wrong."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core import backup
from studyapp.core.backup import (
    BackupInfo,
    check_backup,
    list_backups,
    make_backup,
    restore_backup,
    retained,
    rotate,
)
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError, swap
from studyapp.core.store.errors import _translated, check_marker
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store_path(data) -> Path:
    return data / "studyapp.sqlite3"


@pytest.fixture
def backups(data) -> Path:
    return data / "backups"


def studied(store_path: Path, backups: Path | None = None, *, at: datetime = NOW - DAY) -> Path:
    """A store with three questions and three reviews, backed up at `at` when `backups`
    is given, then graded once more (so the backup lacks one review)."""
    with Store.open(store_path) as store:
        fill(store, reviews=3)
        made = make_backup(store, backups, at, "auto") if backups is not None else None
        record(store, store.questions()[0].id, 4, 1.0, "study", 50_000)
        store.set_setting("store.full_check_at", NOW.isoformat())  # today's check is done
    return made or store_path


def raw(path: Path) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(path, isolation_level=None))


def flip_schema_byte(path: Path, anchor: bytes) -> None:
    """Bit rot in the schema text: the byte after `anchor` becomes 0xFF (not UTF-8)."""
    with raw(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = bytearray(path.read_bytes())
    at = blob.find(anchor)
    assert at > 0, anchor
    blob[at + len(anchor)] = 0xFF
    path.write_bytes(bytes(blob))


def bad_answer_byte(path: Path, title_like: str = "%thing 1%") -> None:
    """One answer whose bytes are not UTF-8 (quick_check cannot see it)."""
    with raw(path) as conn:
        conn.execute(
            "UPDATE questions SET answer_markdown = CAST(x'5468e96e67ff' AS TEXT)"
            " WHERE title LIKE ?",
            (title_like,),
        )


def damage_an_index(path: Path) -> None:
    """An index out of step with its table: rows added while the index's definition
    said another column, then the definition put back. quick_check passes;
    integrity_check does not."""
    with raw(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'question_id, reviewed_at_ms',"
            " 'rating, id') WHERE name = 'reviews_question_time'"
        )
    with raw(path) as conn:
        qid = conn.execute("SELECT id FROM questions LIMIT 1").fetchone()[0]
        for n in range(5):
            conn.execute(
                "INSERT INTO reviews (question_id, reviewed_at_ms, rating, mode)"
                " VALUES (?, ?, 2, 'study')",
                (qid, 70_000 + n),
            )
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_schema SET sql = replace(sql, 'rating, id',"
            " 'question_id, reviewed_at_ms') WHERE name = 'reviews_question_time'"
        )


def integrity(path: Path) -> list[str]:
    with raw(path) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def quick(path: Path) -> list[str]:
    with raw(path) as conn:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]


# --- 2. one bad byte in the schema -------------------------------------------------

SCHEMA_ANCHORS = [b"CREATE TABLE dec", b"CREATE INDEX questions_de", b"CREATE TABLE setti"]


@pytest.mark.parametrize("anchor", SCHEMA_ANCHORS, ids=lambda a: a.decode().split()[-1])
def test_a_bad_schema_byte_is_damage_and_every_review_is_saved(store_path, backups, anchor):
    """Damage, not a UnicodeDecodeError. The schema cannot be read, but every table's
    pages are whole: their rows are read from the leaf pages (core.store.pages), which
    keeps the review the backup lacks (it restored the backup's three before)."""
    studied(store_path, backups)
    flip_schema_byte(store_path, anchor)
    with pytest.raises(StoreError, match="damaged"):  # not UnicodeDecodeError
        Store.open(store_path)
    assert backup.database_problem(store_path) is not None

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.restored is None and report.repaired
        assert len(store.reviews()) == 4  # the backup holds three
    assert report.damaged_path.is_file()


def test_a_backup_with_a_bad_schema_byte_is_refused_in_one_line(store_path, backups, tmp_path):
    made = studied(store_path, backups)
    flip_schema_byte(made, b"CREATE TABLE dec")
    with pytest.raises(StoreError, match="not a usable StudyApp backup"):
        check_backup(made)


def test_restore_over_a_store_with_a_bad_schema_byte_moves_it_aside(store_path, backups):
    made = studied(store_path, backups)
    flip_schema_byte(store_path, b"CREATE TABLE dec")
    kept = restore_backup(made, store_path, backups, NOW)
    assert kept is not None and ".damaged-" in kept.name
    with Store.open(store_path) as store:
        assert len(store.reviews()) == 3


# --- 3. one bad byte in an answer --------------------------------------------------


def test_an_undecodable_answer_shows_with_a_replacement_character(store_path):
    studied(store_path)
    bad_answer_byte(store_path)
    assert quick(store_path) == ["ok"]  # what start-up checked so far
    with Store.open(store_path) as store:
        answers = {q.title: q.answer_markdown for q in store.questions()}
        assert answers["What is thing 1?"] == "Th\ufffdng\ufffd"
        assert store.search("thing") != []  # the rest still reads
        assert len(store.reviews()) == 4


def test_the_tree_s_outlines_read_an_undecodable_title_with_a_replacement_character(
    store_path,
):
    studied(store_path)
    with raw(store_path) as conn:
        conn.execute(
            "UPDATE questions SET title = CAST(x'5468e96e67ff' AS TEXT) WHERE title LIKE ?",
            ("%thing 2%",),
        )
    with Store.open(store_path) as store:
        outlines = store.question_outlines()
        whole = store.questions()
        assert [q.title for q in outlines] == [q.title for q in whole]
        assert "Th\ufffdng\ufffd" in [q.title for q in outlines]
        assert all(q.answer_markdown == "" for q in outlines)
        assert store.search("thing") != []  # the connection reads as before afterwards
    assert check_marker(store_path).exists()  # and the next start repairs it


def test_an_undecodable_answer_is_not_copied_into_a_backup(store_path, backups):
    studied(store_path)
    bad_answer_byte(store_path)
    with pytest.raises(StoreError, match="failed its check"):
        make_backup(store_path, backups, NOW)
    assert list_backups(backups) == []
    assert check_marker(store_path).exists()  # the next start runs the full check


def test_reading_undecodable_text_asks_the_next_start_for_the_full_check(store_path):
    studied(store_path)
    bad_answer_byte(store_path)
    with Store.open(store_path) as store:
        assert not check_marker(store_path).exists()
        store.questions()  # shown with U+FFFD, and noted
    assert check_marker(store_path).exists()


def test_the_next_start_repairs_the_text_keeps_a_copy_and_says_so(store_path, backups):
    studied(store_path)
    bad_answer_byte(store_path)
    check_marker(store_path).touch()
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.repaired and report.restored is None
        assert "not readable as UTF-8" in report.problem
        assert len(store.reviews()) == 4  # nothing restored, nothing lost
        assert store._conn.undecodable == 0
    assert report.damaged_path.is_file()
    assert not check_marker(store_path).exists()
    with raw(store_path) as conn:  # the bytes themselves are UTF-8 now
        raw_bytes = conn.execute(
            "SELECT CAST(answer_markdown AS BLOB) FROM questions WHERE title LIKE '%thing 1%'"
        ).fetchone()[0]
    assert raw_bytes.decode("utf-8") == "Th\ufffdng\ufffd"
    make_backup(store_path, backups, NOW)  # backups work again


def test_a_bad_byte_in_a_title_is_found_by_the_daily_check(store_path, backups):
    studied(store_path)
    with raw(store_path) as conn:
        conn.execute("UPDATE questions SET title = CAST(x'41ff42' AS TEXT) WHERE rowid = 2")
        conn.execute("DELETE FROM settings WHERE key = 'store.full_check_at'")
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.repaired
        assert "A\ufffdB" in [q.title for q in store.questions()]


# --- 4. index damage -----------------------------------------------------------------


def test_index_damage_passes_quick_check_but_not_the_backup_check(store_path, backups):
    studied(store_path)
    damage_an_index(store_path)
    assert quick(store_path) == ["ok"]
    assert integrity(store_path) != ["ok"]
    with pytest.raises(StoreError, match="failed its check"):
        make_backup(store_path, backups, NOW)
    assert list_backups(backups) == []


def test_index_damage_is_rebuilt_at_the_next_start_keeping_every_review(store_path, backups):
    studied(store_path)
    damage_an_index(store_path)
    before = review_rows(store_path)
    check_marker(store_path).touch()
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.repaired and report.restored is None
        qid = store.questions()[0].id
        review_id = record(store, qid, 3, 1.0, "study", 90_000)
        store.undo_review(review_id)  # a write through the repaired index
    assert integrity(store_path) == ["ok"]
    assert review_rows(store_path) == before


def test_the_full_check_runs_once_a_day_without_a_marker(store_path, backups):
    studied(store_path)
    damage_an_index(store_path)
    store, report = open_store_safely(store_path, backups, NOW + DAY / 2)
    store.close()
    assert report is None  # checked today already
    store, report = open_store_safely(store_path, backups, NOW + DAY)
    store.close()
    assert report is not None and report.repaired
    assert integrity(store_path) == ["ok"]


def test_a_full_check_dated_in_the_future_is_due(store_path, backups):
    """A check made while the clock was years ahead stopped the daily check until
    that date: damage it would find stayed unrepaired."""
    studied(store_path)
    with Store.open(store_path) as store:
        store.set_setting("store.full_check_at", (NOW + 3650 * DAY).isoformat())
    damage_an_index(store_path)
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is not None and report.repaired
    assert integrity(store_path) == ["ok"]
    store, report = open_store_safely(store_path, backups, NOW + DAY / 2)
    store.close()
    assert report is None  # dated now again: once a day from here


def test_a_damage_error_asks_the_next_start_for_the_full_check(store_path):
    studied(store_path)
    with (
        Store.open(store_path) as store,
        pytest.raises(StoreError, match="damaged"),
        store._lock,
        _translated(store_path),  # what every operation does
    ):
        raise sqlite3.DatabaseError("database disk image is malformed")
    assert check_marker(store_path).exists()


def test_recovery_skips_a_newer_backup_with_index_damage_but_keeps_its_reviews(store_path, backups):
    """Refused as a backup (its index out of step), its rows are all readable: they are
    copied, indexes rebuilt, rather than the older backup restored without the review
    only the newer one holds."""
    older = studied(store_path, backups, at=NOW - 3 * DAY)
    newer = make_backup(store_path, backups, NOW - DAY, "auto")
    assert len(review_rows(newer)) == len(review_rows(older)) + 1
    damage_an_index(newer)  # (which adds reviews, the index out of step with them)
    held = review_rows(newer)
    assert quick(newer) == ["ok"]
    with pytest.raises(StoreError, match=r"fails StudyApp's own checks|damaged"):
        check_backup(newer)
    store_path.write_bytes(os.urandom(8192))  # a later, real damage
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is not None and report.restored is None and report.whole
    assert report.skipped == (newer,) and newer.name in report.message
    assert review_rows(store_path) == held
    assert integrity(store_path) == ["ok"]


# --- 5. recovery on a full disk ----------------------------------------------------


def test_a_full_disk_during_recovery_changes_nothing_and_says_so(store_path, backups, monkeypatch):
    made = studied(store_path, backups)
    store_path.write_bytes(os.urandom(8192))
    damaged_bytes = store_path.read_bytes()
    real_copy = swap.copy_database

    def full(source, target):
        raise swap._copy_failed(
            sqlite3.OperationalError("database or disk is full"), Path(source), Path(target)
        )

    monkeypatch.setattr(swap, "copy_database", full)
    with pytest.raises(StoreError) as info:
        open_store_safely(store_path, backups, NOW)
    text = f"{info.value.message} {info.value.hint}"
    assert "full" in text and made.name in text and "Nothing was changed" in text
    assert "No usable backup" not in text
    assert store_path.read_bytes() == damaged_bytes  # still in place, for the next start
    assert list_backups(backups)[0].path == made

    monkeypatch.setattr(swap, "copy_database", real_copy)  # space was freed
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.restored is not None
        assert len(store.reviews()) == 3


# --- 6. hostile backups -----------------------------------------------------------


def _deleting_trigger(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON reviews BEGIN"
        " DELETE FROM reviews WHERE id != new.id; END"
    )


def _view(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE VIEW v AS SELECT * FROM reviews")


def _unknown_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE extra (x)")


def _wrong_columns(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE mock_sessions DROP COLUMN elapsed_seconds")


def _renamed_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE decks RENAME COLUMN source_path TO path")


HOSTILE = [_deleting_trigger, _view, _unknown_table, _wrong_columns, _renamed_column]


@pytest.mark.parametrize("change", HOSTILE, ids=lambda f: f.__name__.strip("_"))
def test_restore_refuses_what_the_apps_schema_does_not_have(store_path, backups, change):
    made = studied(store_path, backups)
    with raw(made) as conn:
        change(conn)
    before = review_rows(store_path)
    with pytest.raises(StoreError, match="not a usable StudyApp backup"):
        restore_backup(made, store_path, backups, NOW)
    assert review_rows(store_path) == before
    assert [b.reason for b in list_backups(backups)] == ["auto"]  # no before-restore either


@pytest.mark.parametrize("change", HOSTILE, ids=lambda f: f.__name__.strip("_"))
def test_recovery_skips_a_hostile_backup(store_path, backups, change):
    made = studied(store_path, backups)
    with raw(made) as conn:
        change(conn)
    store_path.write_bytes(os.urandom(8192))
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and report.restored is None and report.skipped == (made,)


def test_a_trigger_already_in_the_store_is_dropped_by_the_full_check(store_path, backups):
    studied(store_path)
    with raw(store_path) as conn:
        _deleting_trigger(conn)
    check_marker(store_path).touch()
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert report is not None and "the trigger wipe" in report.message
        qid = store.questions()[0].id
        record(store, qid, 3, 1.0, "study", 80_000)
        assert len(store.reviews()) == 5  # the grade deleted nothing
    make_backup(store_path, backups, NOW)


# --- 8. leftovers and a clock set wrong ----------------------------------------------


def test_rotation_deletes_the_journals_of_killed_backups(store_path, backups):
    studied(store_path, backups)
    stale = [
        backups / ".studyapp-20261101T000000Z-auto.sqlite3.partial-journal",
        backups / ".studyapp-20261101T000000Z-auto.sqlite3.partial",
    ]
    fresh = backups / ".studyapp-20261121T115959Z-auto.sqlite3.partial-journal"
    for path in [*stale, fresh]:
        path.write_bytes(b"x" * 1024)
    hour_ago = (NOW - timedelta(hours=2)).timestamp()
    for path in stale:
        os.utime(path, (hour_ago, hour_ago))
    rotate(backups, NOW)
    assert [p.exists() for p in stale] == [False, False]
    assert fresh.exists()  # a backup may still be writing it


def test_a_killed_restore_leaves_nothing_behind_at_the_next_start(store_path, backups):
    studied(store_path, backups)
    staged = store_path.with_name(store_path.name + ".restoring")
    staged.write_bytes(b"half a copy")
    Path(f"{staged}-journal").write_bytes(b"journal")
    store, _ = open_store_safely(store_path, backups, NOW)
    store.close()
    assert not staged.exists() and not Path(f"{staged}-journal").exists()


def test_a_backup_dated_in_the_future_does_not_outrank_real_ones(store_path, backups):
    studied(store_path, backups, at=NOW - DAY)
    future = make_backup(store_path, backups, NOW + 400 * DAY, "auto")  # the clock was wrong
    with Store.open(store_path) as store:
        record(store, store.questions()[1].id, 2, 1.0, "study", 60_000)
    real = make_backup(store_path, backups, NOW - timedelta(hours=1), "auto")
    store_path.write_bytes(os.urandom(8192))
    store, report = open_store_safely(store_path, backups, NOW)
    store.close()
    assert report is not None and report.restored is not None
    assert report.restored.path == real
    assert future in [b.path for b in list_backups(backups)]


def test_backups_dated_far_in_the_future_are_thinned_as_of_the_newest_of_them(tmp_path):
    """Aged by their distance from now, they were all deleted; but a clock set back
    (not one that was ahead) dates every real backup in the future: see
    test_backup.py, test_a_clock_set_back_years_keeps_the_backups_made_before."""

    def info(created: datetime) -> BackupInfo:
        name = f"studyapp-{created:%Y%m%dT%H%M%S}Z-auto.sqlite3"
        return BackupInfo(tmp_path / name, created, 1)

    ahead = NOW + 400 * DAY
    future = [info(ahead), info(ahead - 30 * DAY), info(ahead - 30 * DAY - timedelta(hours=1))]
    recent = info(NOW - timedelta(hours=1))
    slightly_ahead = info(NOW + timedelta(hours=3))  # a clock a little off: still recent
    kept = retained([*future, recent, slightly_ahead], NOW)
    assert kept == {future[0].path, future[1].path, recent.path, slightly_ahead.path}
    assert retained([future[0]], NOW) == {future[0].path}  # never the last backup of all


def test_two_rows_a_unique_index_lost_track_of_are_salvaged_at_the_next_start(store_path, backups):
    """A topic in twice under one name (the unique index's entry for the first lost, so
    the second went in): rebuilding the index failed with a traceback at every start,
    and each start left another copy of the file beside it. Now the rows are copied
    into a new store, the second of the two left out, and every review is kept."""
    studied(store_path)
    with raw(store_path) as conn:
        unique = "UPDATE sqlite_schema SET sql = replace(sql, '{}', '{}') WHERE name = ?"
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(unique.format("UNIQUE INDEX", "INDEX"), ("topics_name",))
    with raw(store_path) as conn:
        conn.execute(
            "INSERT INTO topics (deck_id, parent_id, name, position)"
            " SELECT deck_id, parent_id, name, position + 1 FROM topics LIMIT 1"
        )
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(unique.format("CREATE INDEX", "CREATE UNIQUE INDEX"), ("topics_name",))
    before = review_rows(store_path)
    check_marker(store_path).touch()

    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        deck = store.decks()[0]
        names = [t.name for t in store.topics(deck.id)]
    assert len(names) == len(set(names))
    assert report is not None and report.whole and report.restored is None
    assert review_rows(store_path) == before
    assert integrity(store_path) == ["ok"]
    store, report = open_store_safely(store_path, backups, NOW)  # and the next start is calm
    store.close()
    assert report is None
