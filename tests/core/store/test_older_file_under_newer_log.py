"""An older copy of the store's file put back with its newer log beside it (a copy
restored by hand, a sync that copied the file and not the log).

Read together, every row reads (quick_check passes) but an index names rows its table
lacks: the log brought the newer index pages, the older file the table pages. The
start set the log aside, with its grades, and said SQLite's own words ("wrong # of
entries in index reviews_time"). Now the index is rebuilt, the rows the two hold
together are kept, the grades an index still names but no page holds are counted,
and the words are the person's. A log set aside (beside a file not in log mode) has
its grades kept in a copy beside the store, which the report names with their number
and Backups… lists."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.format import plural
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_damage_and_backup_combined import mock, studied
from tests.helpers.cards import record

NOW = datetime(2026, 12, 7, 6, tzinfo=UTC)


def grade(store: Store, ids: list[str], first: int, count: int) -> None:
    for n in range(first, first + count):
        record(store, ids[n % len(ids)], 3, 5.0, "study", 2_000_000 + n * 1_000)


def older_file_newer_log(tmp_path: Path, between: int, logged: int) -> tuple[Path, Path]:
    """The store after `studied` (40 reviews), its file copied then; `between` grades
    checkpointed into the file, and `logged` more (and a mock interview) in its log
    only; the older file put back with that log beside it."""
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    ids = studied(path, backups, before=40, after=0)
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(path, older)
    with Store.open(path) as store:
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        grade(store, ids, 0, between)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        grade(store, ids, between, logged)
        mock(store, ids[3:], 9_000_000)
        shutil.copyfile(f"{path}-wal", tmp_path / "log")
    shutil.copyfile(older, path)
    shutil.copyfile(tmp_path / "log", f"{path}-wal")
    return path, backups


def read_together(path: Path) -> tuple[list[str], set[int], int]:
    """What SQLite reads of the file with its log: its integrity check's findings, the
    times of the reviews on the table's pages, and the rows its time index names."""
    copy = path.with_name("probe.sqlite3")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        found = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        times = {r[0] for r in conn.execute("SELECT reviewed_at_ms FROM reviews NOT INDEXED")}
        named = conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM reviews INDEXED BY reviews_time)"
        ).fetchone()[0]
    return found, times, named


@pytest.mark.parametrize(("between", "logged"), [(2, 10), (2, 20), (5, 12)])
def test_an_older_file_under_its_newer_log_keeps_what_the_two_hold(tmp_path, between, logged):
    path, backups = older_file_newer_log(tmp_path, between, logged)
    found, together, named = read_together(path)
    assert any("wrong # of entries in index" in line for line in found)
    # the log's grades on the pages read together (where its table pages are the older
    # file's, they are not, and the index names them: counted below)
    assert len(together) > 40 or named > len(together)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        times = {r.reviewed_at_ms for r in store.reviews()}
        mocks = [r[0] for r in store._conn.execute("SELECT started_at_ms FROM mock_sessions")]
    assert times == together  # kept, not set aside with the log
    assert 9_000_000 in mocks
    assert report is not None and report.set_aside is None
    assert "# of entries" not in report.message and "index reviews" not in report.message
    assert "an index SQLite keeps to find rows quickly was out of step" in report.message
    if named > len(together):  # written to table pages the older file does not have
        assert f"named {plural(named - len(together), 'grade')}" in report.message
        assert not report.whole


def test_a_log_set_aside_keeps_its_grades_in_a_copy_the_report_names(tmp_path):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    ids = studied(path, backups, before=40, after=0)
    with Store.open(path) as store:
        backup = make_backup(store, backups, NOW, "manual")  # one file, not in log mode
        assert backup is not None
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        grade(store, ids, 40, 9)
        shutil.copyfile(f"{path}-wal", tmp_path / "log")
    shutil.copyfile(backup, path)  # put back by hand, the log left beside it
    shutil.copyfile(tmp_path / "log", f"{path}-wal")
    for kept in path.parent.glob("*.session-*"):  # a log from elsewhere: no session of
        kept.unlink()  # this app's to save its rows (core.store.session_rows)

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.reviews()) == 40  # the file as it is: the log is not its own
    assert report is not None and report.set_aside is not None
    (copy,) = path.parent.glob("studyapp-with-its-log-*.sqlite3")
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 49
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "holds 9 grades" in report.message and copy.name in report.message
    assert "sync tool" not in report.message  # not said to be another computer's


def test_another_databases_log_set_aside_is_not_offered_as_a_copy(tmp_path):
    """A log of another StudyApp database (other decks, other grades) beside a file not
    in log mode: read with it, the data would be that database's; nothing is offered."""
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    studied(path, backups, before=10, after=0)
    other = tmp_path / "other" / "studyapp.sqlite3"
    other.parent.mkdir()
    with Store.open(other) as store:
        store.import_document(
            ParsedDocument("Other", "markdown", [ParsedQuestion("Else?", "Else.", 1)]),
            "/other.md",
            "hash",
        )
        store._conn.execute("PRAGMA wal_autocheckpoint = 0")
        grade(store, [q.id for q in store.questions()], 0, 30)
        shutil.copyfile(f"{other}-wal", tmp_path / "log")
    backup = next(backups.iterdir())
    shutil.copyfile(backup, path)  # one file, not in log mode
    shutil.copyfile(tmp_path / "log", f"{path}-wal")

    store, report = open_store_safely(path, backups, NOW)
    with store:
        assert len(store.reviews()) == 10
    assert report is not None and report.set_aside is not None
    assert not list(path.parent.glob("studyapp-with-its-log-*"))
    assert "Read with it, the database holds" not in report.message
