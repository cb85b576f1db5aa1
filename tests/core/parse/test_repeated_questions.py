"""A question written twice in one notes file is said, with the lines of both, so the
person can fix their notes: pasted twice with the same answer it is imported once;
with another answer both stay, the second noted. The same title under another topic
is another question and says nothing."""

from studyapp.core.importer import describe_skipped
from studyapp.core.parse import parse_file

GIL = (
    "The Global Interpreter Lock lets one thread run Python bytecode at a time.\n"
    "I/O-bound threads are fine: it is released while waiting.\n"
)
GIL_AGAIN = GIL.replace("\n", "  \n", 1)  # (pasted again: other spacing)
NOTES = f"""# Interview prep

## Python

### What is the GIL?

{GIL}
### What is the difference between a list and a tuple?

A list is mutable and a tuple is immutable.

### What is the GIL?

{GIL_AGAIN}
### Explain decorators

A function that wraps another.
"""


def _lines(text: str, wanted: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if line == wanted]


def test_a_question_pasted_twice_with_its_answer_is_imported_once_and_said(tmp_path):
    path = tmp_path / "prep.md"
    path.write_text(NOTES, encoding="utf-8")
    doc = parse_file(path)
    titles = [q.title for q in doc.questions]
    assert titles.count("What is the GIL?") == 1
    first, second = _lines(NOTES, "### What is the GIL?")
    (said,) = [r for r in doc.skipped if r.start_line == second]
    assert f"line {first}" in said.reason and "imported once" in said.reason
    assert said.end_line == second + 3  # the copy's answer with it
    assert "imported once" in describe_skipped(doc.skipped)


def test_a_row_repeated_in_a_csv_and_a_question_asked_again_with_another_answer(tmp_path):
    """A second input: a sheet's row twice (imported once), and Q:/A: notes asking the
    same question again with an edited answer (both kept, the second noted)."""
    sheet = tmp_path / "cards.csv"
    sheet.write_text(
        "Question,Answer\nWhat is a mutex?,A lock one thread holds.\n"
        "What is a semaphore?,A counter of permits.\nWhat is a mutex?,A lock one thread holds.\n",
        encoding="utf-8",
    )
    doc = parse_file(sheet)
    assert [q.title for q in doc.questions] == ["What is a mutex?", "What is a semaphore?"]
    assert any(r.start_line == 4 and "line 2" in r.reason for r in doc.skipped)

    notes = tmp_path / "qa.txt"
    notes.write_text(
        "Q: What is a deadlock?\nA: Two threads each waiting on the other's lock.\n\n"
        "Q: What is a race condition?\nA: A result that depends on timing.\n\n"
        "Q: What is a deadlock?\nA: Two threads each waiting for the other's lock.\n",
        encoding="utf-8",
    )
    doc = parse_file(notes)
    assert [q.title for q in doc.questions].count("What is a deadlock?") == 2
    (said,) = [r for r in doc.skipped if r.start_line == 7]
    assert "line 1" in said.reason and "both kept" in said.reason


def test_the_same_title_under_another_topic_or_over_another_answer_says_nothing(tmp_path):
    langs = (  # under two topics; a quiz's one title over another question each time
        "## Python\n\n### What is a closure?\n\nA function with the names it closes over.\n\n"
        "## JavaScript\n\n### What is a closure?\n\nA function with the names it closes over.\n"
    )
    quiz = (
        "## What's the output?\n\n```js\nconsole.log(typeof null)\n```\n\nobject\n\n"
        "## What's the output?\n\n```js\nconsole.log(0.1 + 0.2 === 0.3)\n```\n\nfalse\n"
    )
    for name, text in (("langs.md", langs), ("quiz.md", quiz)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = parse_file(path)
        assert len(doc.questions) == 2
        assert not any("line" in r.reason for r in doc.skipped)
