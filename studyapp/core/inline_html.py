"""Which angle brackets in an answer's text are HTML, and which are the person's words.

Markdown lets a paragraph hold raw HTML, and python-markdown takes anything shaped
like a tag for it: `vector<int>`, `List<String>`, `Map<K, V>`, `Template<typename T>`,
`x<y && y>z`. nh3 then drops those "tags" (the allow-list knows none of them), and
the words between them went with them, without a word: "A std::vector<int> is a
dynamic array" showed as "A std::vector".

Here a tag in a paragraph is HTML only when an author of HTML would have written it:
- its name is an HTML element's (`b`, `sup`, `kbd`, `details`…), written as a tag,
  attributes and all;
- and an opening tag that needs closing is closed later in the same text
  (`<b>…</b>`). Void elements (`<br>`, `<img …>`), a tag written `<x/>` and a
  closing tag (its opening one is stashed by then) need no partner.
- and it is not an element the sentence names rather than uses ("e.g. <br> or
  <img>", "the <p> tag", an `<img>` with no source: core.named_tags).
Everything else stays text, shown as written. Autolinks (`<https://…>`), code spans
and code blocks are read before this pattern runs, so they are untouched; HTML
blocks at the start of a line (`<details>`, `<table>`) are python-markdown's own.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor

from studyapp.core.named_tags import named_in_prose

# Elements a paragraph may hold as HTML, besides the block-level ones python-markdown
# knows (Markdown.block_level_elements): phrasing content of HTML, current and old.
_PHRASING = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "button", "cite", "code", "data",
        "del", "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "mark",
        "meter", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span",
        "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "audio",
        "picture", "embed", "svg", "template", "select", "title", "head",
    }
)  # fmt: skip
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "source", "wbr"})
# A tag as HTML writes it: a name, then attributes (name, or name=value).
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)"
    r"((?:\s+[^\s\"'=<>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)"
    r"\s*(/?)>\Z"
)


class _HtmlOnlyWhereMeant(HtmlInlineProcessor):
    def __init__(self, pattern: str, md: Markdown) -> None:
        super().__init__(pattern, md)
        self.elements = _PHRASING | set(md.block_level_elements)

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        text = m.group(1)
        if text.startswith("<!") or text.startswith("<?") or self._is_html(m, data):
            return super().handleMatch(m, data)
        return None, None, None  # text: the < is escaped on output

    def _is_html(self, m: re.Match[str], data: str) -> bool:
        tag = _TAG.match(m.group(1))
        if tag is None:
            return False
        closing, name, self_closed = tag.group(1), tag.group(2).lower(), tag.group(4)
        if name not in self.elements:
            return False
        if named_in_prose(data, m.start(0), m.end(0)):
            return False  # "e.g. <br> or <img>": the element's name (core.named_tags)
        if closing or self_closed or name in _VOID:
            return True
        return re.search(rf"</{name}\s*>", data[m.end() :], re.IGNORECASE) is not None


class HtmlWhereMeantExtension(Extension):
    """Raw HTML in a paragraph only where it reads as HTML (see the module docstring)."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.inlinePatterns.register(_HtmlOnlyWhereMeant(HTML_RE, md), "html", 90)
