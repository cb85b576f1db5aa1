"""core.parse.line_search: "is there such a line?" answered as the MULTILINE search
answers it, on every kind of text the searches it stands for are given."""

from __future__ import annotations

import re

import pytest

from studyapp.core.parse.group_labels import _OUTLINE_LINE_RE
from studyapp.core.parse.letter_marks import _HINT_RE
from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.markup import _HEADING_TAG_LINE_RE
from studyapp.core.parse.tree import _DEEP_LINE_RE

PATTERNS = [
    _OUTLINE_LINE_RE,
    _HINT_RE,
    _DEEP_LINE_RE,
    _HEADING_TAG_LINE_RE,
    re.compile(r"^[ \t]*-$", re.M),  # "$" at a line's end, not only the text's
    re.compile(r"^(?:a|^b)", re.M),  # a "^" inside: searched as written
    re.compile(r"x", re.M),  # no "^": searched as written
]
TEXTS = [
    "",
    "1.1 What is a process?",
    "# Notes\n\n1. Systems\n   1.1. What is a process?\n",
    "R: an answer\nF: a question",
    "text\n  - R : la réponse",
    "- - - - - - - - - - - - - deep\n",
    "a\n" + "    - " * 12 + "x\n",
    "-\nnext",
    "  -  \nnext",
    "no such line\nat all -",
    "b at the start",
    "x\n",
    "<h3>What is a CTE?</h3>\ntext",
    'intro\n  <H2 align="center">SQL</H2>  \nmore',
    "inline <h3>not a line</h3>",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
@pytest.mark.parametrize("text", TEXTS)
def test_any_line_says_what_the_search_says(pattern, text):
    assert any_line(pattern, text) is bool(pattern.search(text))


def test_a_line_deep_in_a_long_text_is_found():
    text = "prose line\n" * 20_000 + "1.2 What is a thread?\n" + "more\n" * 10
    assert any_line(_OUTLINE_LINE_RE, text)
    assert not any_line(_OUTLINE_LINE_RE, text.replace("1.2", "one"))
