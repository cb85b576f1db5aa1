"""A backup made while the app writes (the automatic backup runs on a worker thread,
the window's connection keeps grading): every grade stays in the store, the backup
is whole and of one moment, and a backup stopped half-way leaves nothing behind."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import BackupCancelled, check_backup, list_backups, make_backup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from studyapp.core.store.copying import STEP_PAGES
from studyapp.core.store.errors import check_marker
from studyapp.core.store.sqlio import Connection
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
ANSWER = "An answer long enough to give the store some pages. " * 12


@pytest.fixture
def store_path(tmp_path) -> Path:
    return tmp_path / "studyapp.sqlite3"


@pytest.fixture
def backups(tmp_path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def big_store(store_path):
    """A store of a few thousand questions: many steps of the copy."""
    doc = ParsedDocument(
        "Big",
        "markdown",
        [ParsedQuestion(f"What is thing {i}?", f"{ANSWER}{i}", i * 3) for i in range(3000)],
    )
    with Store.open(store_path) as store:
        store.import_document(doc, "/big.md", "hash")
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        assert pages > 4 * STEP_PAGES  # the copy takes several steps
        yield store


def grade(store: Store, qid: str, at_ms: int) -> None:
    record(store, qid, 3, 5.0, "study", at_ms)


def reviews_in(path: Path) -> int:
    with Store.open_read_only(path) as copy:
        return len(copy.reviews())


def hidden_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".")] if folder.exists() else []


def test_a_grade_made_during_the_copy_is_kept_and_the_backup_is_whole(big_store, backups):
    qids = [q.id for q in big_store.questions()]
    graded = []

    def progress(step: str, percent: int) -> None:
        if 0 < percent < 80 and not graded:  # half-way through the copy: the window grades
            grade(big_store, qids[0], 1_000)
            graded.append(percent)

    path = make_backup(big_store, backups, NOW, "auto", progress=progress, cancelled=lambda: False)

    assert graded  # the grade came while the pages were being copied
    assert len(big_store.reviews()) == 1  # never lost, never refused
    check_backup(path)  # whole and sound
    with Store.open_read_only(path) as copy:
        assert copy.question_count() == 3000
        assert len(copy.reviews()) in (0, 1)  # of one moment: before or after it
    assert hidden_leftovers(backups) == []


def test_a_copy_that_every_write_starts_over_still_ends(big_store, backups):
    """A grade between every two steps restarts SQLite's copy each time; after a few
    restarts the rest goes in one step, which holds its snapshot and cannot restart."""
    qids = [q.id for q in big_store.questions()]
    writes = []

    def progress(step: str, percent: int) -> None:
        if step.startswith("Copying") and len(writes) < 50:
            grade(big_store, qids[len(writes)], 1_000 + len(writes))
            writes.append(percent)

    path = make_backup(big_store, backups, NOW, "auto", progress=progress, cancelled=lambda: False)

    assert 3 <= len(writes) < 50  # it gave up stepping, not went on for ever
    assert len(big_store.reviews()) == len(writes)
    check_backup(path)
    assert reviews_in(path) >= len(writes) - 1  # the one step saw (about) all of them


@pytest.mark.parametrize("stage", ["Copying your study data", "Checking the copy"])
def test_a_cancelled_backup_leaves_nothing_and_asks_no_check(big_store, backups, stage):
    stop = []

    def progress(step: str, percent: int) -> None:
        if step == stage and (percent > 0 or stage != "Copying your study data"):
            stop.append(step)

    with pytest.raises(BackupCancelled):
        make_backup(
            big_store, backups, NOW, "auto", progress=progress, cancelled=lambda: bool(stop)
        )

    assert stop
    assert list_backups(backups) == [] and hidden_leftovers(backups) == []
    # A check interrupted is not a check failed: the store is not marked for repair.
    assert not check_marker(big_store.path).exists()
    grade(big_store, big_store.questions()[0].id, 5)  # the store goes on
    path = make_backup(big_store, backups, NOW, "manual")
    assert reviews_in(path) == 1


def test_without_progress_the_copy_is_one_step(big_store, backups, monkeypatch):
    """Callers that neither listen nor cancel (the closing backup, the CLI) copy in
    one step, as before."""
    calls = []
    real = sqlite3.Connection.backup

    def spy(self, target, *, pages=-1, progress=None, **kwargs):
        calls.append(pages)
        return real(self, target, pages=pages, progress=progress, **kwargs)

    monkeypatch.setattr(Connection, "backup", spy, raising=False)
    path = make_backup(big_store, backups, NOW, "close")
    check_backup(path)
    assert calls == [-1]
