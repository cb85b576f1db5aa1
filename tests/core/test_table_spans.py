"""Code spans that a table formatter split at their pipes are one cell again, in the
Markdown and in the rendered answer (core.table_spans)."""

from __future__ import annotations

import re

from studyapp.core.render import render_markdown
from studyapp.core.table_spans import join_split_spans

# As the seed notes hold it: the span cut at its pipes, its backticks and underscores
# escaped, and every row and the header padded with two empty columns.
SEED_LIKE = """\
| Metric        | Formula / Concept           | Use                 |        |               |
| ------------- | --------------------------- | ------------------- | ------ | ------------- |
| **MAE**       | Mean of errors: \\`MAE = mean( | y\\_true - y\\_pred   | )\\`    | Interpretable. |
| **RMSE**      | `RMSE = sqrt(MSE)`          | Same units.         |        |               |
"""

# The same kind, written fresh: a logical "or" and a shell pipe cut by a formatter.
OPERATORS = """\
| Operator | Meaning | | |
|---|---|---|---|
| \\`a | | b\\` | either is true |
| `a && b` | both are true | | |
| \\`cat log | grep x\\` | keeps matching lines | |
"""


def _cells(html: str, tag: str = "td") -> list[str]:
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(f"<{tag}[^>]*>(.*?)</{tag}>", html)]


def test_a_span_cut_at_its_pipes_is_one_code_cell_under_its_heading():
    html = render_markdown(SEED_LIKE)
    assert _cells(html, "th") == ["Metric", "Formula / Concept", "Use"]
    assert "<code>MAE = mean(|y_true - y_pred|)</code>" in html
    assert _cells(html)[:3] == [
        "MAE",
        "Mean of errors: MAE = mean(|y_true - y_pred|)",
        "Interpretable.",
    ]


def test_another_table_of_split_spans_reads_whole_too():
    html = render_markdown(OPERATORS)
    assert _cells(html, "th") == ["Operator", "Meaning"]
    assert "<code>a||b</code>" in html and "<code>cat log|grep x</code>" in html
    assert _cells(html) == [
        "a||b",
        "either is true",
        "a &amp;&amp; b",
        "both are true",
        "cat log|grep x",
        "keeps matching lines",
    ]


def test_tables_nothing_split_are_left_as_written():
    written = [
        # A span with its pipe in a table of the person's own: read whole already.
        "| Command | Does |\n|---|---|\n| `cat log | grep x` | filters |\n",
        # A lone backtick, and a padded table whose extra cells hold text.
        "| Key | Says |\n|---|---|\n| \\` | a backtick |\n",
        "| A | B | |\n|---|---|---|\n| `x | y | z |\n",
        "Not a table: `a | b` and | pipes |\n",
    ]
    for markdown in written:
        assert join_split_spans(markdown) == markdown
