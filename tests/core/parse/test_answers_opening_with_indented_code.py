"""An answer that opens with an indented code block (a query or command four spaces in
right under its question) keeps it as code: its first line had lost its indent, so
the block read as a paragraph ("SELECT … GROUP BY …" run together) or, alone, as
prose. Prose written indented stays prose."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_heading_answered_by_an_indented_query_and_a_remark_keeps_the_query_as_code():
    text = (
        "## How do you find duplicate emails?\n\n"
        "    SELECT email FROM users\n    GROUP BY email HAVING COUNT(*) > 1;\n\n"
        "Mention lower(email).\n\n## What is a view?\n\nA stored query.\n"
    )
    answer = parse_text(text).questions[0].answer_markdown
    assert answer.startswith("    SELECT email FROM users\n    GROUP BY email")
    assert answer.endswith("Mention lower(email).")


def test_an_answer_that_is_only_an_indented_command_stays_code():
    text = (
        "# Bash\n\n## Find the biggest files\n\n    du -ah . | sort -rh | head -n 10\n\n"
        "## Count lines of Python\n\n    find . -name '*.py' | xargs wc -l\n"
    )
    doc = parse_text(text)
    assert doc.questions[0].answer_markdown == "    du -ah . | sort -rh | head -n 10"


def test_prose_written_indented_under_its_question_stays_prose():
    text = (
        "What is X?\n\n    It is a thing that does stuff.\n\n"
        "What is Y?\n\n    Another thing, used widely.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.answer_markdown for q in doc.questions] == [
        "It is a thing that does stuff.",
        "Another thing, used widely.",
    ]
