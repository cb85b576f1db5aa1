"""A tag label is one word on screen: a narrow pane breaks a line before it, never
inside it ("#interview/" at a line's end and "sql-joins" on the next)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from studyapp.core.answer_look import answer_css
from studyapp.core.render import render_markdown


def lines_of(html: str, width: float) -> list[str]:
    document = QTextDocument()
    document.setDefaultStyleSheet(answer_css("light"))
    document.setHtml(html)
    document.setTextWidth(width)
    document.documentLayout().documentSize()  # laid out now
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return [line.replace("\u2060", "").strip() for line in lines]


@pytest.mark.parametrize(
    "tag", ["#interview/sql-joins", "#lang/python/typing", "#system-design/caching"]
)
def test_a_tag_is_not_broken_at_its_slash_or_hyphen(qapp, tag):
    html = render_markdown(f"Remember the words before it. {tag} And after.")
    for width in range(200, 520, 5):
        lines = lines_of(html, width)
        assert any(tag in line for line in lines), (width, lines)
