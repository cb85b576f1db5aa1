"""A table written right under a line of text, with no blank line between, is a table
(as GitHub and Obsidian show it): a tester's "Here is a comparison:" over a table
showed a run of pipes, in the answer pane and the edit dialog's preview."""

from __future__ import annotations

import pytest

from studyapp.core.render import render_markdown

ROWS = "| Feature | Flexbox | Grid |\n|---|---|---|\n| Axis | one | two |"


@pytest.mark.parametrize(
    "markdown",
    [
        f"Here is a comparison:\n{ROWS}\n",
        # the same kind, not tried before: aligned delimiters, text after the table
        "Costs compared:\n| op | cost |\n| :--- | ---: |\n| get | O(1) |\nAfter the table.",
        f"Here is a comparison:\n\n{ROWS}\n",  # apart already: as before
    ],
)
def test_a_table_under_a_line_of_text_is_a_table(markdown):
    html = render_markdown(markdown)
    assert "<table" in html
    assert "|---" not in html and "| :---" not in html  # no row left as text
    assert html.index("<p>") < html.index("<table")  # the line stays a paragraph above it


@pytest.mark.parametrize(
    "markdown",
    [
        f"```\nnot a table:\n{ROWS}\n```",  # code shows its pipes
        "    indented code:\n    | a | b |\n    |---|---|",
    ],
)
def test_pipes_in_code_stay_as_written(markdown):
    html = render_markdown(markdown)
    assert "<table" not in html and "|---|" in html
