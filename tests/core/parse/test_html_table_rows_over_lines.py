"""A question-and-answer table in an HTML page whose rows run over several lines (a
wiki's "Save page as", Confluence's export: ``<tr>`` on a line, each ``<td>`` on its
own), an answer cell holding blocks of its own (two paragraphs, a list). That cell's
line was parted into its blocks with blank lines between them, which ended the table's
HTML block: the rows under it were read as the page's footer, their questions lost. A
table's lines stay as written until it closes, and every row is a question."""

from __future__ import annotations

from studyapp.core.parse import parse_text

PAGE = """\
<!DOCTYPE html>
<html>
<head><title>Data engineering interview questions - Wiki</title></head>
<body>
<h1>Data engineering interview questions</h1>
<p>Questions for the data platform loop.</p>
<table class="wikitable">
<tr>
<th>Question</th>
<th>Answer</th>
</tr>
<tr>
<td>What is a slowly changing dimension?</td>
<td><p>A dimension whose attributes change over time.</p><p>Type 2 keeps history with validity dates.</p></td>
</tr>
<tr>
<td>Why partition a table by date?</td>
<td>Queries on a date range read only the partitions they need.</td>
</tr>
<tr>
<td>What makes a pipeline idempotent?</td>
<td><p>Running it twice leaves the same result:</p><ol><li>overwrite partitions</li><li>merge on keys</li></ol></td>
</tr>
<tr>
<td>What is backfilling?</td>
<td>Re-running a pipeline over past dates.</td>
</tr>
</table>
<p>Page maintained by the data guild.</p>
</body>
</html>
"""


def test_every_row_of_a_table_written_over_lines_is_a_question():
    doc = parse_text(PAGE, name="wiki", suffix=".html")
    assert [q.title for q in doc.questions] == [
        "What is a slowly changing dimension?",
        "Why partition a table by date?",
        "What makes a pipeline idempotent?",
        "What is backfilling?",
    ]
    answers = [q.answer_markdown for q in doc.questions]
    assert answers[0] == (
        "A dimension whose attributes change over time.\n\n"
        "Type 2 keeps history with validity dates."
    )
    assert "1. overwrite partitions" in answers[2] and "2. merge on keys" in answers[2]
    assert answers[3] == "Re-running a pipeline over past dates."


def test_a_table_opened_on_a_line_of_paragraphs_keeps_its_rows():
    # the page's text and the table's start on one line, its rows' cells below
    page = PAGE.replace(
        '<p>Questions for the data platform loop.</p>\n<table class="wikitable">',
        '<p>Questions for the data platform loop.</p><p>Ask two.</p><table class="wikitable"><tr><th>Question</th>',
    ).replace("<tr>\n<th>Question</th>\n", "", 1)
    doc = parse_text(page, name="wiki", suffix=".html")
    assert len(doc.questions) == 4
    assert doc.questions[2].title == "What makes a pipeline idempotent?"
