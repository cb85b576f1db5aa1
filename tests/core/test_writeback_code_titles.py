"""A title whose code ends in signs, not letters (`WHERE b = ?`?, `?.`?), or holds a
backtick, keeps its code as written: shown so, and an edit is written back into its
notes with the heading's code (and the marks closing its line) as they were."""

from __future__ import annotations

import pytest

from studyapp.core.writeback import WRITTEN, edit_question
from tests.core.test_writeback import imported, store  # noqa: F401  (fixture)

HEADINGS = [
    "Why can a composite index (a, b) not serve `WHERE b = ?`?",
    "Which Kotlin operator makes a safe call, `?.`?",
    "When is a JDBC placeholder written `?`?",
    "What does `SELECT *` return?",
    "How do you write a backtick `` ` `` in code?",
]


def notes_with(heading: str, mark: str = "## ") -> str:
    close = "**" if mark.startswith("**") else ""
    return (
        f"# SQL\n\n{mark}What is a view?{close}\n\nA stored query.\n\n"
        f"{mark}{heading}{close}\n\nBecause of the order.\n\n"
        f"{mark}What is a cursor?{close}\n\nA pointer into a result.\n"
    )


def the(s, heading: str):
    return next(q for q in s.questions() if q.source_line == 7)


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_titles_code_is_shown_as_written_and_an_answer_edit_is_written(
    store,  # noqa: F811
    tmp_path,
    heading,
):
    text = notes_with(heading)
    notes = imported(store, tmp_path / "sql.md", text)
    q = the(store, heading)
    assert q.shown_title == heading  # what Edit Question shows, its code in backticks

    result = edit_question(store, q.id, q.shown_title, "Because of the order.\n\nAnd more.")

    assert result.outcome == WRITTEN, result.message
    assert notes.read_text(encoding="utf-8") == text.replace("order.\n", "order.\n\nAnd more.\n")
    assert store.question(q.id).shown_title == heading


@pytest.mark.parametrize("mark", ["## ", "**Q: "])
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_title_edit_keeps_the_code_and_the_lines_marks(
    store,  # noqa: F811
    tmp_path,
    heading,
    mark,
):
    """A title edited after its code: the code and the line's closing bold stay."""
    text = notes_with(heading, mark)
    notes = imported(store, tmp_path / "sql.md", text)
    q = the(store, heading)
    assert q.shown_title == heading
    retitled = heading[:-1] + ", in short?"

    result = edit_question(store, q.id, retitled, "Because of the order.")

    assert result.outcome == WRITTEN, result.message
    close = "**" if mark.startswith("**") else ""
    assert f"\n{mark}{retitled}{close}\n\nBecause of the order.\n" in notes.read_text("utf-8")
    assert store.question(q.id).shown_title == retitled


ENDING_IN_CODE = [
    "Why can a composite index not serve `WHERE b = ?`",
    "How do you select every column: `SELECT *`",
    "Which flag ends the options, `git checkout --`",
]


@pytest.mark.parametrize("mark", ["## ", "**Q: "])
@pytest.mark.parametrize("heading", ENDING_IN_CODE)
def test_a_title_ending_in_code_is_read_and_edited_as_written(
    store,  # noqa: F811
    tmp_path,
    heading,
    mark,
):
    """The code's own spaces and signs stay in the title ("b = ?", not "b =?"); an
    edit after it leaves the code's closing backtick with the code."""
    text = notes_with(heading, mark)
    notes = imported(store, tmp_path / "sql.md", text)
    q = the(store, heading)
    assert q.shown_title == heading
    assert q.title == heading.replace("`", "")

    result = edit_question(store, q.id, q.shown_title, "Because of the order, still.")
    assert result.outcome == WRITTEN, result.message
    assert notes.read_text(encoding="utf-8") == text.replace(
        "Because of the order.", "Because of the order, still."
    )

    result = edit_question(store, q.id, heading + " now", "Because of the order.")
    assert result.outcome == WRITTEN, result.message
    close = "**" if mark.startswith("**") else ""
    assert f"\n{mark}{heading} now{close}\n\nBecause of the order.\n" in notes.read_text("utf-8")
