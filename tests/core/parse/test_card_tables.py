"""A card laid out as a two-column table, its first column naming the sides ("| **Q** |
What is a Pod? |" over "| **A** | The smallest … |"), a table a card: the note gave one
question, its title, holding every table."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_table_a_card_under_an_empty_header():
    text = (
        "# Kubernetes cards\n\n"
        "| | |\n|---|---|\n| **Q** | What is a Pod? |\n"
        "| **A** | The smallest deployable unit: one or more containers. |\n\n"
        "| | |\n|---|---|\n| **Q** | What is a Service? |\n"
        "| **A** | A stable virtual IP in front of Pods. |\n\n"
        "| | |\n|---|---|\n| **Q** | What is a DaemonSet? |\n"
        "| **A** | Runs one Pod on every node. |\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.answer_markdown, q.source_line, q.end_line) for q in doc.questions] == [
        ("What is a Pod?", "The smallest deployable unit: one or more containers.", 3, 6),
        ("What is a Service?", "A stable virtual IP in front of Pods.", 8, 11),
        ("What is a DaemonSet?", "Runs one Pod on every node.", 13, 16),
    ]


def test_question_and_answer_rows_with_an_example_row_and_the_question_as_header():
    text = (
        "## SQL\n\n"
        "| Question: | What is a covering index? |\n|---|---|\n"
        "| Answer: | An index holding every column a query reads. |\n"
        "| Example | `CREATE INDEX ix ON t (a) INCLUDE (b)` |\n\n"
        "| Question: | What is a CTE? |\n|---|---|\n"
        "| Answer: | A named subquery:<br>`WITH x AS (...)` |\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("SQL",),
            "What is a covering index?",
            "An index holding every column a query reads.\n\n"
            "**Example:** `CREATE INDEX ix ON t (a) INCLUDE (b)`",
        ),
        (("SQL",), "What is a CTE?", "A named subquery:\n`WITH x AS (...)`"),
    ]


def test_a_two_column_table_of_facts_is_no_card():
    text = (
        "## What is CAP?\n\nA distributed store picks two of three.\n\n"
        "| Letter | Meaning |\n|---|---|\n| C | Consistency |\n| A | Availability |\n"
        "| P | Partition tolerance |\n"
    )
    doc = parse_text(text)
    assert [q.title for q in doc.questions] == ["What is CAP?"]
    assert "| P | Partition tolerance |" in doc.questions[0].answer_markdown
