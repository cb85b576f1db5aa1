"""A store file cut short part-way through a page, not at a page's end: a copy, a
download or a sync that stopped at a byte count (a full stick, a dropped
connection), the last few kilobytes of the file gone.

SQLite reads what is left of the cut page and the pages past the end as it can, and
a tree whose pages no longer hold together answered "the rows after review 1" with
review 1, again and again: the repair at start copied that one review for good, and
the window never opened (nor did `studyapp import`), with no word. Cut elsewhere,
the list of the file's tables read a row of nothing, and every start stopped with a
traceback ("'<' not supported between 'NoneType' and 'str'"). Now the start ends: the
rows that can be read are kept, each once and none made up, with the backup's, and
the person is told where the file as it was is kept.

Each start runs in a process of its own, so that a start that never ends fails the
test rather than hanging it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)
DAY_MS = 86_400_000


def studied(data: Path) -> tuple[Path, set[tuple], set[tuple]]:
    """Six questions graded 40 times over 40 days, one commit each (as the app does),
    a backup after the 30th. Returns the store, every review, and the backup's."""
    path = data / "studyapp.sqlite3"
    doc = ParsedDocument(
        "AI",
        "markdown",
        [
            ParsedQuestion(f"What is thing {i}?", f"Thing {i} is a thing that does {i}.", i * 3)
            for i in range(6)
        ],
    )
    first = int((NOW - timedelta(days=40)).timestamp() * 1000)
    with Store.open(path) as store:
        store.import_document(doc, str(data.parent / "notes.md"), "hash")
        ids = [q.id for q in store.questions()]
        for n in range(40):
            record(store, ids[n % 6], 3, 5.0, "study", first + n * DAY_MS)
            if n == 29:
                make_backup(store, data / "backups", NOW - timedelta(days=10), "auto")
    reviews = rows(path)
    backup = rows(next((data / "backups").iterdir()))
    return path, reviews, backup


def rows(path: Path) -> set[tuple]:
    """The reviews as the person made them (a review taken back from a file gets a new
    id; it is the same grade)."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return set(c.execute("SELECT question_id, reviewed_at_ms, rating FROM reviews"))


def count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return c.execute("SELECT count(*) FROM reviews").fetchone()[0]


def start(data: Path, notes: Path) -> subprocess.CompletedProcess[str]:
    """`studyapp import` (a writing command: it opens the store as the window does)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data), "import", str(notes)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO_ROOT,
    )


@pytest.mark.parametrize(
    ("cut", "more_than_the_backup"),
    [
        # 1,000 bytes into the page before the last: the reviews' tree answered with
        # one review for good.
        (lambda size: size - 4096 - 1000, True),
        # Mid-file, mid-page: the list of tables read a row of nothing.
        (lambda size: 90_000, False),
    ],
    ids=["near-the-end", "mid-file"],
)
def test_a_store_cut_mid_page_starts_and_keeps_what_it_holds(tmp_path, cut, more_than_the_backup):
    data = tmp_path / "data"
    data.mkdir()
    path, reviews, backup = studied(data)
    size = path.stat().st_size
    assert cut(size) % 4096  # not at a page's end
    os.truncate(path, cut(size))
    notes = tmp_path / "go.md"
    notes.write_text("# Go\n\n## What is a goroutine?\n\nA light thread.\n", encoding="utf-8")

    result = start(data, notes)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr
    kept = [p for p in data.iterdir() if ".damaged-" in p.name and p.name.endswith("Z")]
    assert len(kept) == 1 and str(kept[0]) in result.stderr  # the file as it was, named
    assert kept[0].stat().st_size == cut(size)
    after = rows(path)
    assert after <= reviews  # each review one the person made, none made up
    assert count(path) == len(after)  # and each once
    assert backup <= after  # nothing the backup holds is lost
    assert (len(after) > len(backup)) == more_than_the_backup
    assert "Go: 1 new" in result.stdout  # and the command did what it was asked


def test_a_second_cut_a_few_bytes_into_the_last_page(tmp_path):
    """Another cut of the same kind, tried after the mend: 300 bytes left of the last
    page, where the newest reviews are."""
    data = tmp_path / "data"
    data.mkdir()
    path, reviews, backup = studied(data)
    size = path.stat().st_size
    os.truncate(path, size - 4096 + 300)
    notes = tmp_path / "go.md"
    notes.write_text("# Go\n\n## What is a goroutine?\n\nA light thread.\n", encoding="utf-8")

    result = start(data, notes)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    after = rows(path)
    assert backup <= after <= reviews
