"""The write-ahead log of another StudyApp database beside the store: a sync tool that
brought another machine's log and not its database file, a store copied in by hand
beside the log a crash left on another.

Such a log reads as a sound StudyApp store (the same schema, page for page), so nothing
told it apart: the start read the store through it, checkpointed it into the file, and
opened the other database in place of the person's, every grade gone, without a word.
Now a log with which the store's first deck or first grade is another one (or that
grade is gone while its question is there) is set aside, kept, and said; the store's
own log, after a kill, is still read, an undo and a deck's removal in it too."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill, review_rows

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[3]
START_MS = 1_760_000_000_000  # the person's grades, in October 2025


@pytest.fixture
def store(tmp_path) -> Path:
    """A store with 4 grades, its log checkpointed into the file (closed cleanly)."""
    path = tmp_path / "data" / "studyapp.sqlite3"
    path.parent.mkdir()
    with Store.open(path) as opened:
        fill(opened, reviews=4, start_ms=START_MS)
        opened.set_setting("store.full_check_at", NOW.isoformat())
    return path


def killed_after(path: Path, writes: str) -> None:
    """Run `writes` (Python, `s` the open Store, `fill` at hand) on the store at `path`
    in a process killed after it: its log is left as a crash leaves it."""
    code = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from studyapp.core.model import ParsedDocument, ParsedQuestion
        from studyapp.core.store import Store
        from tests.core.test_backup import fill
        s = Store.open({str(path)!r})
        s._conn.execute("PRAGMA wal_autocheckpoint = 0")
        """
    )
    code += textwrap.dedent(writes) + "\nos._exit(0)\n"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


ANOTHER_DECK = """
s.import_document(ParsedDocument("Spanish", "markdown",
    [ParsedQuestion(f"How do you say {n}?", "Así.", n) for n in range(3)]), "/es.md", "h")
"""
SAME_DECK_NOT_STUDIED = "fill(s, reviews=0)"
SAME_DECK_STUDIED_THERE = "fill(s, reviews=2, start_ms=1_770_000_000_000)"


@pytest.mark.parametrize(
    "there",
    [ANOTHER_DECK, SAME_DECK_NOT_STUDIED, SAME_DECK_STUDIED_THERE],
    ids=["another-deck", "same-deck-not-studied", "same-deck-studied-there"],
)
def test_another_studyapp_databases_log_is_set_aside_and_every_grade_kept(store, tmp_path, there):
    other = tmp_path / "elsewhere" / "studyapp.sqlite3"
    other.parent.mkdir()
    killed_after(other, there)
    foreign = Path(f"{other}-wal").read_bytes()
    before = review_rows(store)  # (before the log: a connection's close checkpoints it)
    Path(f"{store}-wal").write_bytes(foreign)

    opened, report = open_store_safely(store, store.parent / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == 4
        assert [d.name for d in opened.decks()] == ["AI"]
    assert review_rows(store) == before
    assert report is not None and report.set_aside is not None
    assert report.set_aside.read_bytes() == foreign  # kept, not deleted
    assert "the log of another StudyApp database" in report.message
    assert "nothing in it was changed" in report.message


@pytest.mark.parametrize(
    "own",
    [
        "s.record_review(s.questions()[1].id, 3, 1.0, 'study', '{}', None, 1_761_000_000_000)",
        # the latest grade taken back, another made: the same id, another grade
        "s.undo_review(max(r.id for r in s.reviews()))\n"
        "s.record_review(s.questions()[2].id, 2, 1.0, 'study', '{}', None, 1_761_000_000_000)",
        "s.remove_deck(s.decks()[0].id)",  # the deck of the first grade, with it
    ],
    ids=["a-grade-added", "undone-and-graded-again", "deck-removed"],
)
def test_the_store_s_own_log_left_by_a_kill_is_still_read(store, own):
    killed_after(store, own)
    with Store.open_read_only(store, shared=True) as seen:
        expected = len(seen.reviews())

    opened, report = open_store_safely(store, store.parent / "backups", NOW)
    with opened:
        assert len(opened.reviews()) == expected
    assert report is None or report.set_aside is None
