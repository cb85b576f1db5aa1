"""core.parse.line_search: "is there such a line?" answered as the MULTILINE search
answers it, on every kind of text the searches it stands for are given."""

from __future__ import annotations

import re

import pytest

from studyapp.core.parse import CHAT_ANY_RE
from studyapp.core.parse.admonitions import _ANY_DIRECTIVE_RE
from studyapp.core.parse.deflists import _BOLD_ITEM_RE
from studyapp.core.parse.group_labels import _OUTLINE_LINE_RE
from studyapp.core.parse.hyphens import _HINT_RE as _HYPHEN_HINT_RE
from studyapp.core.parse.letter_marks import _HINT_RE
from studyapp.core.parse.line_search import (
    PIECE,
    WINDOW,
    any_line,
    joined,
    lines_of,
    lowered,
    matches,
    splitlines_of,
)
from studyapp.core.parse.logseq import _PROPERTY_RE
from studyapp.core.parse.markup import _HEADING_TAG_LINE_RE
from studyapp.core.parse.pages import _PAGE_WORD_RE, _PAGED_HINT_RE
from studyapp.core.parse.shortcodes import _CLOSE_RE, _OPEN_RE
from studyapp.core.parse.tree import _DEEP_LINE_RE
from studyapp.core.parse.turns import _PERSON_LINE_RE
from studyapp.core.repair import _CP874_TELLTALE

PATTERNS = [
    _OUTLINE_LINE_RE,
    _HINT_RE,
    _DEEP_LINE_RE,
    _HEADING_TAG_LINE_RE,
    _BOLD_ITEM_RE,
    _PERSON_LINE_RE,
    CHAT_ANY_RE,
    _ANY_DIRECTIVE_RE,
    _HYPHEN_HINT_RE,
    _PROPERTY_RE,
    _PAGE_WORD_RE,
    _PAGED_HINT_RE,
    _OPEN_RE,
    _CLOSE_RE,
    _CP874_TELLTALE,
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
    "- **Term**: its meaning",
    "intro\n  12) __Term__ — its meaning",
    "**You**: what is a CTE?",
    "a\n\n> Interviewer 2: why?",
    "answer\n\n— Would you like an example?",
    "..  admonition::  Why?",
    "a long word broken at the end of a line: docu-\n  ment",
    "- id:: 64f1c2a0",
    "text\n  Page 3 of 12  \nmore",
    "see the notes | page 4",
    '{{< expand "What is a CTE?" >}}\nA query.\n{{< /expand >}}',
    "emoji debris: ๐\u0e1f and Aโ",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:20])
@pytest.mark.parametrize("text", TEXTS)
def test_any_line_says_what_the_search_says(pattern, text):
    assert any_line(pattern, text) is bool(pattern.search(text))


def test_a_line_deep_in_a_long_text_is_found():
    text = "prose line\n" * 20_000 + "1.2 What is a thread?\n" + "more\n" * 10
    assert any_line(_OUTLINE_LINE_RE, text)
    assert not any_line(_OUTLINE_LINE_RE, text.replace("1.2", "one"))


# A long text is searched a piece at a time: a line that matches (or a match that goes
# on over a line's end, or one that only a piece's end would let match) at every place
# around the cut between two pieces is found as the whole text's search finds it.
CUT = WINDOW + 20  # the first piece ends at the newline after WINDOW characters
ACROSS = [
    (_HEADING_TAG_LINE_RE, "<h2>Why?</h2\n>"),  # "\s*" takes the line's end in
    (re.compile(r"^\W{0,12}(?:you|me)\b", re.I | re.M), "\n\n**You**: hi"),
    (re.compile(r"(?:^|\n)[ \t]*[-*+][ \t]+\*\*"), "  - **Term**"),
    (re.compile(r"^[^\s][^\n]*\n[ \t]+\S", re.M), "A margin line " + "long " * 400 + "\n  hung"),
    # a match that needs the text to end: a piece's end is not the text's
    (re.compile(r"^q(?:\n[^\n]*){0,200}\Z", re.M), "q"),
    (re.compile(r"^q[^\n]*\n(?![\s\S])", re.M), "q"),
    (re.compile(r"^[^\n]*q$", re.M), "nothing q"),
]


@pytest.mark.parametrize(("pattern", "odd"), ACROSS, ids=lambda x: str(x)[:24])
def test_a_match_anywhere_around_a_cut_is_found_as_the_whole_search_finds_it(pattern, odd):
    line = "filler ab"  # ten characters with its newline
    for at in range(CUT // 10 - 40, CUT // 10 + 120):
        for tail in (200, 8000):
            text = "\n".join([line] * at + [odd] + [line] * tail) + "\n"
            assert any_line(pattern, text) is bool(pattern.search(text)), (at, tail)
            assert any_line(pattern, text.rstrip("\n")) is bool(pattern.search(text.rstrip("\n")))


def _long(line_ends: list[str]) -> str:
    """A text of several pieces, its lines ending in each of `line_ends` by turns."""
    words = "a line of notes"
    return "".join(f"{words} {n}{line_ends[n % len(line_ends)]}" for n in range(3 * PIECE // 16))


@pytest.mark.parametrize(
    "ends",
    [["\n"], ["\r\n"], ["\n", "\n\n", "\r\n"], ["\x0c\n", "\r", "\u2028", "\x85\n"], ["ΟΔΟΣ\n"]],
)
def test_a_long_text_cut_into_lines_is_cut_as_split_and_splitlines_cut_it(ends):
    text = _long(ends)
    for variant in (text, text.rstrip(), "\n" + text, text + "tail", "ΑΣ" + text + "Σ"):
        assert lines_of(variant) == variant.split("\n")
        assert splitlines_of(variant) == variant.splitlines()
        assert lowered(variant) == variant.lower()  # "ΟΔΟΣ" ends in a final sigma: "οδος"
        assert joined(variant.split("\n")) == variant


def test_the_runs_of_a_long_text_are_found_as_finditer_finds_them():
    text = _long(["\n", "ðŸ”¥\n", " â€” a dash\n", "\n\n"])
    runs = re.compile("[ðŸ”¥â€”]{2,}")
    for variant in (text, text + "ðŸ”¥", "â€”" + text):
        found = [(m.start(), m.group()) for m in matches(runs, variant)]
        assert found == [(m.start(), m.group()) for m in runs.finditer(variant)]
        assert len(found) > 1000
