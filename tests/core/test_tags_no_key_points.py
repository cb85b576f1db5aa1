"""A mock interview's key points come from a question's answer, never from its tags:
a sheet's Difficulty and Company, a note's front-matter tags and an Anki package's
tags were once written under the answer as '#Difficulty/Medium', '#sql' and graded
as points ("Medium" asked of a right answer scored it lower). They are the
question's properties now (core.question_tags), and no point names one."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.mock import MockSession, MockSettings
from studyapp.core.store import Store

NOTES = {
    "problems.csv": (
        "Question,Answer,Difficulty,Company\n"
        "What is a join?,Rows of two tables matched on a **key** by the planner.,Medium,Globex\n"
        "What is an index?,A **sorted** copy of columns for fast **lookups**.,Hard,Initech\n"
    ),
    "sql.md": (
        "---\ntags: [databases, warehousing, interview/backend]\n---\n# SQL\n\n"
        "## What is a join?\n\nRows of two tables matched on a **key** by the planner.\n\n"
        "## What is an index?\n\nA **sorted** copy of columns for fast **lookups**.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_no_key_point_of_a_mock_names_a_questions_tag(tmp_path, sr, clock, name):
    notes = tmp_path / name
    notes.write_text(NOTES[name], encoding="utf-8")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, notes)
        questions = store.questions()
        assert all(q.tags for q in questions)  # tagged, so a tag could have leaked
        session = MockSession(store, sr, clock, MockSettings(), [q.id for q in questions])
        session.start()
        for question in questions:
            session.reveal()
            points = " ".join(p.term for p in session.key_points()).casefold()
            assert points, question.title
            words = {w.casefold() for t in question.tags for w in t.replace("::", "/").split("/")}
            assert not any(word in points for word in words), (points, question.tags)
            assert "#" not in points
            session.grade(3)
