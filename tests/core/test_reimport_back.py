"""Questions cut from a notes file and pasted back (a careless cut undone in the
editor): the store kept their progress, and the re-import says they are back with it,
not that they are new ("Re-imported Trunc: 3 new" of questions 100 % mastered)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.cli import main
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.cards import record

QUESTIONS = [f"## What is term {n}?\n\nTerm {n} means thing {n}.\n\n" for n in range(1, 7)]


@pytest.fixture
def store(tmp_path):
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "studyapp.sqlite3") as opened:
        yield opened


def _write(path, questions):
    path.write_text("# Trunc\n\n" + "".join(questions), encoding="utf-8")


def _cut_and_pasted_back(store, tmp_path):
    notes = tmp_path / "trunc.md"
    _write(notes, QUESTIONS)
    import_file(store, notes)
    studied = [q.id for q in store.questions() if q.title.endswith(("4?", "5?", "6?"))]
    for qid in studied:
        record(store, qid, 4, 5.0, "study", 1_000)
    _write(notes, QUESTIONS[:3])  # the careless cut, saved
    assert import_file(store, notes).removed == 3
    _write(notes, QUESTIONS)  # undone in the editor, saved again
    return notes, studied


def test_questions_pasted_back_are_counted_back_with_their_progress_not_new(store, tmp_path):
    notes, studied = _cut_and_pasted_back(store, tmp_path)
    summary = import_file(store, notes)

    assert (summary.new, summary.back, summary.removed) == (0, 3, 0)
    assert str(summary) == (
        "Trunc: 0 new, 3 back with their progress, 0 updated, 3 unchanged, 0 removed"
    )
    assert all(len(store.reviews(qid)) == 1 for qid in studied)  # their progress


def test_the_window_and_the_command_line_say_the_same(store, tmp_path, capsys):
    from studyapp.ui.live_sources import live_status

    notes, _ = _cut_and_pasted_back(store, tmp_path)
    summary = import_file(store, notes)
    said = live_status(SimpleNamespace(imported=[summary], missing=[], back=[], failed=[]))
    assert said == "Re-imported Trunc: 3 back with their progress"

    _write(notes, QUESTIONS[:5])
    import_file(store, notes)  # one cut again
    _write(notes, QUESTIONS)
    main(["--data-dir", str(tmp_path / "data"), "import", str(notes)])
    assert "Trunc: 0 new, 1 back with its progress, 0 updated" in capsys.readouterr().out
