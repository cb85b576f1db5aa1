"""Text copied out of a PDF keeps each page's running header or footer and its page
number, at every page break (a form feed). They are no part of the answer a page break
falls in, and they are named where they are skipped."""

from __future__ import annotations

from studyapp.core.parse import parse_file
from tests.helpers.parsing import pairs


def test_a_running_header_at_a_page_break_is_not_the_answers_end():
    notes = (
        "Top 10 Data Structures Questions                 Page 1\n\n"
        "1. What is a stack?\n"
        "A last-in, first-out collection.\n"
        "\f\n"
        "Top 10 Data Structures Questions                 Page 2\n\n"
        "2. What is a queue?\n"
        "A first-in, first-out collection.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is a stack?", "A last-in, first-out collection."),
        ("What is a queue?", "A first-in, first-out collection."),
    ]


def test_a_two_line_footer_and_page_numbers_are_skipped_by_name(tmp_path):
    path = tmp_path / "sql.txt"
    path.write_text(
        "SQL Interview Questions\n\n"
        "1. What is a primary key?\nA column that identifies each row.\n\n"
        "© 2023 Interview Guides Ltd.\n- 1 -\n"
        "\f2. What is a view?\nA stored query that behaves like a table.\n\n"
        "© 2023 Interview Guides Ltd.\n- 2 -\n"
        "\f3. What is an index?\nA structure that speeds up lookups.\n\n"
        "© 2023 Interview Guides Ltd.\n- 3 -\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a primary key?", "A column that identifies each row."),
        ("What is a view?", "A stored query that behaves like a table."),
        ("What is an index?", "A structure that speeds up lookups."),
    ]
    assert [(r.start_line, r.end_line, r.reason) for r in doc.skipped if r.start_line > 1] == [
        (6, 7, "page header or number"),
        (11, 12, "page header or number"),
        (16, 17, "page header or number"),
    ]


def test_without_page_breaks_a_short_answer_that_is_a_number_stays():
    notes = "Q: What is 6 × 7?\nA: 42\n\nQ: What is 3/4 as a decimal?\nA:\n0.75\n"
    assert pairs(notes, suffix=".txt") == [
        ("What is 6 × 7?", "42"),
        ("What is 3/4 as a decimal?", "0.75"),
    ]
