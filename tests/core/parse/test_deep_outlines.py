"""An outline nested ten levels deep or more by indentation, inside an answer: the
questions after it are still found, and the outline stays in its answer.

markdown-it-py stops reading at its nesting limit (20: a list level is two), and an
item at the limit read the rest of the document as nothing: the next questions went
into the outline's answer."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text

HEAD = "# Notes\n\n## What is in this answer?\n\nAn outline:\n\n"
AFTER = "\n## And after it?\n\nStill here.\n"


def _outline(indent: str, marker: str, levels: int) -> str:
    return "".join(f"{indent * level}{marker} point {level}\n" for level in range(levels))


@pytest.mark.parametrize(
    "outline",
    [
        _outline("  ", "-", 12),  # the shape first seen
        _outline("   ", "1.", 15),  # another: numbered, three columns a level
        _outline("\t", "*", 30),  # tabs, thirty levels
        _outline("  ", "- >", 14),  # a quote in each item
    ],
    ids=["dashes", "numbers", "tabs", "quotes"],
)
def test_the_question_after_a_deep_outline_is_found(outline):
    doc = parse_text(HEAD + outline + AFTER, name="notes.md")
    assert [q.title for q in doc.questions] == ["What is in this answer?", "And after it?"]
    first, second = (q.answer_markdown for q in doc.questions)
    assert "point 0" in first and outline.rstrip("\n").splitlines()[-1].strip() in first
    assert "And after it" not in first
    assert second == "Still here."
