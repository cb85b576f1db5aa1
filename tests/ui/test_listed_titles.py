"""Titles outside the answer pane as a new user read them: the mock summary showed
"What does `git rebase` do?" with its backticks, and a quiz's many "What's the
output?" rows (the mock summary, the Weak Topics list) could not be told apart."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.mock import summarize
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.weak import weak_report
from studyapp.ui.mock_summary import MockSummaryView
from studyapp.ui.title_runs import TITLE_RUNS_ROLE
from studyapp.ui.weak_view import WeakView
from tests.history import NOW, WEAK, record, run_mock

NOTES = """# Quiz

## Git

### What does `git rebase` do?

Replays commits.

### What's the output?

```python
print(1 / 2)
```

**Answer:** 0.5

## Python

### What's the output?

```python
print(7 // 2)
```

**Answer:** 3

### What's the output?

No body before its answer: told apart by its place.

### Why **force-push** after a rebase?

The history changed.
"""


@pytest.fixture
def quiz(tmp_path):
    notes = tmp_path / "quiz.md"
    notes.write_text(NOTES)
    with Store.open(tmp_path / "quiz.sqlite3") as store:
        import_file(store, notes)
        yield store


def _ids(store: Store) -> list[str]:
    return [q.id for q in sorted(store.questions(), key=lambda q: q.source_line)]


def _titles(texts: list[str]) -> None:
    """No Markdown marks, and every row told apart."""
    assert not any("`" in text or "**" in text for text in texts), texts
    assert len(set(texts)) == len(texts), texts


def test_the_mock_summary_lists_titles_without_marks_and_tells_twins_apart(qtbot, quiz):
    ids = _ids(quiz)
    session = run_mock(quiz, [(qid, False, 1, 0.1, None) for qid in ids])
    view = MockSummaryView()
    qtbot.addWidget(view)
    view.set_summary(summarize(quiz, session, now=NOW, scheduler=SpacedRepetition()))
    titles = [row[1] for row in view.rows_text()]
    _titles(titles)
    assert titles[0] == "What does git rebase do?"
    assert titles[1] == "What's the output? — print(1 / 2)"
    assert titles[2] == "What's the output? — print(7 // 2)"
    assert titles[3].startswith("What's the output? — line ")
    runs, _hint = view.table.item(0, 1).data(TITLE_RUNS_ROLE)
    assert ("git rebase", True) in [tuple(run) for run in runs]  # drawn in the code face
    weakest = view.weak_list.text()
    assert "`" not in weakest and "git rebase</code>" in weakest and "print(7 // 2)" in weakest
    view.resize(700, 600)
    assert not view.grab().isNull()  # the title cells paint


def test_the_weak_topics_list_shows_titles_without_marks_and_tells_twins_apart(qtbot, quiz):
    for qid in _ids(quiz):
        record(quiz, qid, WEAK, NOW)
    view = WeakView()
    qtbot.addWidget(view)
    view.set_report(weak_report(quiz, None, NOW, SpacedRepetition()))
    rows = [
        view.tree.topLevelItem(i).child(j)
        for i in range(view.tree.topLevelItemCount())
        for j in range(view.tree.topLevelItem(i).childCount())
    ]
    texts = [row.text(0) for row in rows]
    _titles(texts)
    assert "What does git rebase do?" in texts
    assert {"What's the output? — print(1 / 2)", "What's the output? — print(7 // 2)"} <= set(texts)
    view.resize(800, 500)
    view.show()
    assert not view.grab().isNull()
