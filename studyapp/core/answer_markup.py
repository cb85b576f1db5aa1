"""An answer read for its key points: its Markdown as markdown-it's tokens, with the
HTML some notes write inside it (<b>, <li>, <br>, <a>) taken as the Markdown it
stands for (core.keyterms walks the tokens)."""

from __future__ import annotations

import re
from functools import lru_cache

_HTML_BOLD = re.compile(r"</?(?:b|strong)\s*>", re.IGNORECASE)
_HTML_EM = re.compile(r"</?(?:i|em)\s*>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>|</?p\s*>|</?div[^>]*>", re.IGNORECASE)
_HTML_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)
_HTML_LINK = re.compile(
    r"<a\s[^>]*?href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def as_markdown(answer: str) -> str:
    """HTML inside an answer (<b>, <li>, <br>, <a>) as the Markdown it stands for."""
    text = _HTML_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", answer)
    text = _HTML_BOLD.sub("**", text)
    text = _HTML_EM.sub("*", text)
    text = _HTML_ITEM.sub("\n- ", text)
    text = _HTML_BREAK.sub("\n", text)
    return _HTML_TAG.sub("", text)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def answer_tokens(answer: str) -> list:
    """The answer's markdown-it tokens (block and inline), its HTML read as Markdown."""
    return _parser().parse(as_markdown(answer))
