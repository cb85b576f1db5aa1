"""Every list and every formula of real notes renders as the author wrote it.

Over the default deck and every Markdown document of ../shared/corpora (top level
and inside its folders), answer by answer as the importer splits them: each list
item CommonMark sees outside code (markdown-it-py tokens on the source) becomes
an `<li>`, each formula (markdown-it-py's dollarmath plugin, no spaces inside the
dollars, no digit after the closing one) becomes an image, and no raw TeX is left
in the text.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

import pytest

from studyapp.core.importer import parse_notes
from studyapp.core.render import render_markdown

from ..conftest import CORPORA, REPO_ROOT

DEFAULT_DECK = REPO_ROOT / "resources" / "decks" / "ai-ml-questions.md"


@functools.cache
def _counter():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    md = MarkdownIt("commonmark").enable("table")
    dollarmath_plugin(md, allow_space=False, allow_digits=False, double_inline=True)
    return md


def _expected(markdown: str) -> tuple[int, int]:
    """(list items, formulas) in the source, as CommonMark reads it."""
    items = formulas = 0
    for token in _counter().parse(markdown):
        if token.type == "list_item_open":
            items += 1
        elif token.type in ("math_block", "math_block_label"):
            formulas += 1
        elif token.type == "html_block":
            items += len(re.findall(r"<li\b", token.content, re.IGNORECASE))
        for child in token.children or ():
            if child.type in ("math_inline", "math_inline_double"):
                formulas += 1
            elif child.type == "html_inline":
                items += len(re.findall(r"<li\b", child.content, re.IGNORECASE))
    return items, formulas


_CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.DOTALL)
_RAW_TEX = re.compile(r"\$[^$\s][^$]*\\[a-zA-Z]+[^$]*\$|\\(?:frac|sqrt|sum|cdot|left|right)\b")


def _documents() -> list[Path]:
    documents = [DEFAULT_DECK]
    if CORPORA.is_dir():
        documents += sorted(CORPORA.glob("*.md")) + sorted(CORPORA.glob("*/*.md"))
    return [d for d in documents if d.name != "README.md" or d.parent != CORPORA]


@pytest.mark.parametrize("document", _documents(), ids=lambda p: p.name)
def test_every_list_item_and_formula_renders(document):
    doc = parse_notes(document)
    assert doc.questions
    missing = []
    for question in doc.questions:
        items, formulas = _expected(question.answer_markdown)
        out = render_markdown(question.answer_markdown, base_dir=document.parent)
        shown_items = len(re.findall(r"<li\b", out))
        images = out.count('src="data:image/svg+xml;base64,')
        text = html.unescape(re.sub(r"<[^>]+>", "", _CODE.sub("", out)))
        raw = _RAW_TEX.findall(text)
        if shown_items != items or images != formulas or raw:
            missing.append((question.title, items, shown_items, formulas, images, raw[:2]))
    assert not missing, missing
