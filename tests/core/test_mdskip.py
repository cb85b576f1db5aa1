"""The passes that skip text they cannot act on give python-markdown's HTML.

core.mdskip tries each inline pattern, and the fenced-code and HTML-block passes,
only on text holding what they need; an answer must read exactly as with
python-markdown's own passes, whatever mix of code spans, fences, escapes, links,
images, HTML, entities, emphasis, breaks and formulas it holds."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown.extensions.tables import TableProcessor
from markdown.treeprocessors import InlineProcessor, UnescapeTreeprocessor

from studyapp.core import mdskip, render

COMBINATIONS = [
    {"line_breaks": "break", "math_syntax": True, "html_markdown": False},
    {"line_breaks": "space", "math_syntax": False, "html_markdown": True},
]


def _pair(combination: dict):
    """The answer converter, and the same one with python-markdown's own passes."""
    skipping, _ = render._new_converter("light", **combination)
    stock, _ = render._new_converter("light", **combination)
    stock.treeprocessors.register(InlineProcessor(stock), "inline", 20)
    stock.treeprocessors.register(UnescapeTreeprocessor(stock), "unescape", 0)
    table = TableProcessor(stock.parser, stock.parser.blockprocessors["table"].config)
    stock.parser.blockprocessors.register(table, "table", 75)
    for name, priority in (("fenced_code_block", 25), ("html_block", 20)):
        own = stock.preprocessors[name]
        stock.preprocessors.register(getattr(own, "inner", own), name, priority)
    return skipping, stock


_PAIRS = [_pair(c) for c in COMBINATIONS]

# Text made of what inline patterns start with and what they hold.
_PIECES = [
    *"ab1 *_`\\[]()!<>&;#$/:@.\n-",
    *("  \n", "![", "](", "<b>", "</b>", "&amp;", "$$", "\\(", "\\)", "\\[", "\\]"),
    *("<https://x.org>", "<a@b.io>", "[x]: /u", "~~", "**", "__"),
    *(
        "|a|b|\n|-|-|\n",
        "| x |\n",
        "|\n",
        "a | b\n--|--\n",
        "```\n",
        "~~~\n",
        "```python\n",
        "    ",
        "&#38",
        "&#x41",
        "<div>\n",
        "</div>\n",
        "\n\n",
    ),
]
_MARKUP = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _convert(converter, text: str) -> str:
    converter.reset()
    return converter.convert(text)


@pytest.mark.parametrize("index", range(len(COMBINATIONS)))
@given(text=_MARKUP)
@example(text="A `code \\` span`, a [link](/x) and ![img](/i.png) &amp; *em* _em_  \nnext")
@example(text="**[a *b* `c`](/u)** <b>x</b> <a@b.io> $x^2$ and $5-$10 \\(y\\) $$z$$ \\[w\\]")
@example(text="```python\nx = 1\n```\n\n~~~\nkeep &#38\n~~~\nAT&T &#38 <div>\n*a*\n</div>\n")
@example(text="~~~\ncode between tildes\n~~~\n")
@example(text="[ref]\n\n[ref]: /there\n\n\\*not em\\* a&b <i>not closed")
def test_same_html_as_python_markdown(index, text):
    skipping, stock = _PAIRS[index]
    assert _convert(skipping, text) == _convert(stock, text)


def test_every_pattern_of_the_answer_converters_says_what_it_needs():
    # A pattern whose needs are not known is tried on every text: answers still read
    # right, only slower. A python-markdown update that changes a pattern shows here.
    converter, _ = render._new_converter("light", "break", math_syntax=True, html_markdown=True)
    unknown = [
        name
        for name in converter.inlinePatterns._data
        if mdskip.needs(converter.inlinePatterns[name]) is None
    ]
    assert mdskip.available()
    assert unknown == []
