"""A table with no header row is drawn with none: an Anki field's HTML table of <td>
rows only (a tester's card showed its first row bold and shaded, as a header), and a
Markdown table whose header row is empty ("| | |")."""

from __future__ import annotations

import pytest

from studyapp.core.parse.html_text import field_markdown
from studyapp.core.render import render_markdown

ROWS = "<tr><td>TCP</td><td>reliable</td></tr><tr><td>UDP</td><td>fast</td></tr>"


@pytest.mark.parametrize(
    "field",
    [
        f"<table>{ROWS}</table>",
        f"<div>Compare:</div><table><tbody>{ROWS}</tbody></table>",
    ],
    ids=["rows only", "in a tbody, after text"],
)
def test_an_html_table_of_td_rows_has_no_header_row(field):
    html = render_markdown(field_markdown(field, html=True))
    assert "<th" not in html and "<thead" not in html
    assert html.index("TCP") < html.index("UDP")  # every row kept, in order


@pytest.mark.parametrize(
    "field",
    [
        f"<table><tr><th>Protocol</th><th>Trait</th></tr>{ROWS}</table>",
        f"<table><thead><tr><td>Protocol</td><td>Trait</td></tr></thead>{ROWS}</table>",
    ],
    ids=["th cells", "a thead of td cells"],
)
def test_an_html_tables_own_header_stays_its_header(field):
    html = render_markdown(field_markdown(field, html=True))
    head = html[html.index("<thead>") : html.index("</thead>")]
    assert "Protocol" in head and "TCP" not in head


def test_a_markdown_table_with_an_empty_header_row_is_drawn_without_it():
    html = render_markdown("|  |  |\n|---|---|\n| TCP | reliable |\n| UDP | fast |\n")
    assert "<thead" not in html and "<th" not in html and "TCP" in html
