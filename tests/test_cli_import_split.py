"""`studyapp import --split-at` on notes already imported: a split that would take
studied questions out of the deck says how many and which, asks at a terminal
(y/N), and is refused without one unless --yes says so. Before, it went ahead
without a word but "3 removed". Removed questions keep their progress either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.helpers.cards import record
from tests.test_cli import NOTES
from tests.test_cli_decks import _Terminal

T_MS = 1_900_000_000_000

# Five questions under level-3 headings, in two level-2 sections: a split at h2 makes
# the two sections the questions, and takes the five out.
FIVE = """# Five

## Basics

### What is a mean?
The sum over the count.

### What is a median?
The middle value.

### What is a mode?
The most frequent value.

## Spread

### What is variance?
The mean squared distance from the mean.

### What is a range?
The largest value less the smallest.
"""


def imported(tmp_path: Path, text: str, studied: int) -> tuple[Path, Path, list[str]]:
    """Notes imported, and their first `studied` questions reviewed once: (notes, data
    folder, the studied titles)."""
    notes, data = tmp_path / "notes.md", tmp_path / "data"
    notes.write_text(text, encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    with Store.open(store_path(data)) as store:
        questions = store.questions()[:studied]
        for q in questions:
            record(store, q.id, 3, 10.0, "study", T_MS)
    return notes, data, [q.title for q in questions]


def titles(data: Path) -> list[str]:
    with Store.open(store_path(data)) as store:
        return [q.title for q in store.questions()]


@pytest.mark.parametrize(("text", "studied"), [(NOTES, 2), (FIVE, 5)])
def test_without_a_terminal_a_split_removing_studied_questions_needs_yes(
    tmp_path, capsys, text, studied
):
    notes, data, done = imported(tmp_path, text, studied)
    before = titles(data)
    capsys.readouterr()
    assert main(["import", str(notes), "--split-at", "h2", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert f"{studied} of them studied" in err, err
    assert f"“{done[0]}”" in err  # which, by title (the first few)
    assert "--yes" in err and "nothing was imported" in err
    assert titles(data) == before  # nothing changed, the split not remembered
    assert main(["import", str(notes), "--split-at", "h2", "--yes", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "removed keep their progress in the store: --split-at auto" in out
    assert titles(data) != before


def test_at_a_terminal_it_asks_and_imports_only_on_yes(tmp_path, capsys, monkeypatch):
    notes, data, done = imported(tmp_path, FIVE, 4)
    before = titles(data)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("sys.stdin", _Terminal("\n"))  # Enter: the default, No
    assert main(["import", str(notes), "--split-at", "h2", "--data-dir", str(data)]) == 2
    said = capsys.readouterr()
    assert "5 questions removed, 4 of them studied" in said.out
    assert all(f"“{t}”" in said.out for t in done[:3]) and "and 1 more" in said.out
    assert "keep their progress" in said.out and "[y/N]" in said.out
    assert "not imported: nothing was removed" in said.err and "--yes" not in said.err
    assert titles(data) == before
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    assert main(["import", str(notes), "--split-at", "h2", "--data-dir", str(data)]) == 0
    assert "0 unchanged, 5 removed" in capsys.readouterr().out
    # Back the app's own way: the five come back with their progress, unasked (the
    # two section questions it removes were never studied).
    assert main(["import", str(notes), "--split-at", "auto", "--data-dir", str(data)]) == 0
    assert "5 back with their progress" in capsys.readouterr().out
    assert titles(data) == before
