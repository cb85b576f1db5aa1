"""A Word document converted by pandoc to Markdown: its spans of underlined or marked
text (``[What is a shuffle?]{.underline}``) kept their brackets and attributes in the
questions' titles, Word's bookmarks (``[]{#_Toc123 .anchor}``) ended answers, and a grid
table's rows drawn over several lines left empty rows in the answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

NOTES = """\
---
title: Data Engineering Interview Prep
---

# Spark

## [What is a shuffle?]{.underline}

Redistributing data across partitions so that rows with the same key end
up together.

## [What is the difference between narrow and wide transformations?]{.underline}

+----------------+---------------------------+-------------------------+
| Kind           | Example                   | Shuffle?                |
+================+===========================+=========================+
| Narrow         | `map`, `filter`           | No                      |
+----------------+---------------------------+-------------------------+
| Wide           | `groupByKey`, `join`      | Yes                     |
+----------------+---------------------------+-------------------------+

# Kafka

## **[How does Kafka guarantee ordering?]{.underline}**

Only within a partition.

[]{#_Toc123 .anchor}
"""


def test_spans_bookmarks_and_grid_rows_of_a_pandoc_export():
    doc = parse_text(NOTES)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (
            ("Spark",),
            "What is a shuffle?",
            "Redistributing data across partitions so that rows with the same key end\n"
            "up together.",
        ),
        (
            ("Spark",),
            "What is the difference between narrow and wide transformations?",
            "| Kind | Example | Shuffle? |\n| --- | --- | --- |\n"
            "| Narrow | `map`, `filter` | No |\n| Wide | `groupByKey`, `join` | Yes |",
        ),
        (("Kafka",), "How does Kafka guarantee ordering?", "Only within a partition."),
    ]


def test_marked_answers_link_attributes_and_code_kept_as_written():
    text = (
        "**1. [What is idempotence?]{.mark}**\n\n"
        "[Doing it twice]{.underline} has the effect of doing it once, see "
        "[the RFC](https://www.rfc-editor.org/rfc/rfc9110){.external}.\n\n"
        "**2. What does `[x]{.y}` mean in pandoc?**\n\n"
        "A span with a class:\n\n```\n[text]{.underline}\n```\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What is idempotence?",
            "Doing it twice has the effect of doing it once, see "
            "[the RFC](https://www.rfc-editor.org/rfc/rfc9110).",
        ),
        (
            "What does [x]{.y} mean in pandoc?",
            "A span with a class:\n\n```\n[text]{.underline}\n```",
        ),
    ]


def test_an_answer_ending_on_a_grid_table_ends_on_its_bottom_border():
    doc = parse_text(NOTES)
    table_question = doc.questions[1]
    assert table_question.end_line == 20  # the "+---+" under the last row
    assert not any(r.start_line <= 20 <= r.end_line for r in doc.skipped)
