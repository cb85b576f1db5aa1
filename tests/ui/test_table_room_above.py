"""A table right after a paragraph has room above it, as a paragraph would.

QTextDocument drew a Markdown table right under the paragraph before it, its top
rule touching the text (a tester's specificity answer, in both themes)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from studyapp.core.render import THEMES, answer_css, render_markdown

CELL_INSET = 4 + 1  # cellpadding and border: the first cell's text under the top rule


def blocks(markdown: str, theme: str) -> dict[str, tuple[float, float]]:
    """Each text block's (top, bottom), by its text, laid out as the pane lays it."""
    document = QTextDocument()
    document.setDefaultStyleSheet(answer_css(theme))
    document.setHtml(render_markdown(markdown))
    document.setTextWidth(800)
    layout = document.documentLayout()
    found, block = {}, document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        found.setdefault(block.text(), (rect.top(), rect.bottom()))
        block = block.next()
    return found


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(
    "above",
    ["Specificity is compared as (inline, IDs, classes, elements).", "- a list item above"],
)
def test_a_table_stands_as_far_below_the_text_as_a_paragraph(qapp, theme, above):
    table = "| selector | specificity |\n|---|---|\n| p | 0,0,0,1 |"
    text = above.lstrip("- ")
    with_table = blocks(f"{above}\n\n{table}\n\nAfter it.", theme)
    with_paragraph = blocks(f"{above}\n\nNext one.", theme)
    paragraph_gap = with_paragraph["Next one."][0] - with_paragraph[text][1]
    rule_gap = with_table["selector"][0] - CELL_INSET - with_table[text][1]
    assert rule_gap >= paragraph_gap - 1
