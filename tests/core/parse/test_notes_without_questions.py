"""A note with no question in it invents none: a title that does not ask over a line
that does not ask either ("# My notes" / "TODO: write questions") gave a question
"My notes" answered "TODO: write questions". The parse finds no question, the import
says so; a concept under its title and a title that asks stay questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.importer import import_file
from studyapp.core.model import StudyAppError
from studyapp.core.parse import parse_path, parse_text
from studyapp.core.store import Store


@pytest.mark.parametrize(
    "note",
    [
        "# My notes\n\nTODO: write questions\n",
        "---\ntags: [kubernetes]\n---\n# Kubernetes\n\nWIP - add the pod questions later\n",
        "# Interview prep\n\nThis file will hold my system design notes.\n",
        "## Study notes\n\nNothing here yet.\n",
    ],
)
def test_a_title_over_a_line_that_asks_nothing_is_no_question(note):
    doc = parse_text(note)
    assert doc.questions == []
    reasons = {r.reason for r in doc.skipped}
    assert reasons <= {"title", "intro", "front matter"}  # every line still said


@pytest.mark.parametrize(
    ("note", "title", "answer"),
    [
        (
            "# Dependency injection\n\nPassing an object's collaborators in from outside.\n",
            "Dependency injection",
            "Passing an object's collaborators in from outside.",
        ),
        ("# What is a monad?\n\nTODO\n", "What is a monad?", ""),  # (a placeholder: no answer)
        ("# Design a rate limiter\n\nA token bucket per user.\n", "Design a rate limiter",
         "A token bucket per user."),
        ("# My notes\n\nTODO: write questions\n\n## What is TCP?\n\nA stream protocol.\n",
         "What is TCP?", "A stream protocol."),
    ],
)  # fmt: skip
def test_a_question_under_its_title_stays_one(note, title, answer):
    doc = parse_text(note)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [(title, answer)]


def test_the_import_says_no_questions_were_found(tmp_path):
    notes = tmp_path / "titleonly.md"
    notes.write_text("# My notes\n\nTODO: write questions\n", encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        with pytest.raises(StudyAppError, match=r"^titleonly\.md: no questions found"):
            import_file(store, notes)
        assert store.decks() == []


def test_in_a_folder_such_a_note_is_left_out_and_said(tmp_path: Path):
    (tmp_path / "todo.md").write_text("# My notes\n\nTODO: write questions\n", encoding="utf-8")
    (tmp_path / "Dropout.md").write_text(
        "# Dropout\n\nRandomly zeroing activations while training.\n", encoding="utf-8"
    )
    doc = parse_path(tmp_path)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("Dropout", "Randomly zeroing activations while training.")
    ]
    assert {r.source_file: r.reason for r in doc.skipped if r.start_line == 0} == {
        "todo.md": "no questions found"
    }


@pytest.mark.parametrize(
    "note",
    [
        # a day of a diary: one line at a time, none asking
        "# Weekend in Porto\n\nTrain leaves at 9.\n\nDinner with Ana on Saturday.\n\n"
        "Pack the blue jacket.\n",
        # the same jottings as a plain list of a few words each
        "## Groceries\n\n- oat milk\n- rye bread\n- coffee beans\n",
    ],
)
def test_a_title_over_lines_jotted_one_by_one_is_no_question(note, tmp_path):
    assert parse_text(note).questions == []
    notes = tmp_path / "jotted.md"
    notes.write_text(note, encoding="utf-8")
    with (
        Store.open(tmp_path / "store.sqlite3") as store,
        pytest.raises(StudyAppError, match=r"^jotted\.md: no questions found"),
    ):
        import_file(store, notes)


@pytest.mark.parametrize(
    ("note", "titles"),
    [
        # a concept explained in points, in two paragraphs, or under a title that asks
        ("# Dropout\n\n- zeroes activations at random while training\n- scales the rest up\n"
         "- off at inference\n", ["Dropout"]),
        ("# Dropout\n\nRandomly zeroing activations while training.\n\nIt reduces overfitting.\n",
         ["Dropout"]),
        ("## What is dropout?\n\nZeroing activations.\n\nScaling the rest.\n\nOff at inference.\n",
         ["What is dropout?"]),
        ("# Trip to Lisbon\n\nQ: Which tram goes to Belem?\nA: The 15E.\n",
         ["Which tram goes to Belem?"]),
    ],
)  # fmt: skip
def test_a_titled_note_that_explains_or_asks_keeps_its_question(note, titles):
    assert [q.title for q in parse_text(note).questions] == titles
