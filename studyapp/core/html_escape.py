"""Text made safe to put in HTML: `escape_html`, as the standard library's
`html.escape` does it, without importing the `html` package.

Importing `html` reads its table of the 2,231 named character references (for
`html.unescape`): some 8 million instructions of every start, by a callgrind count,
for messages, tooltips and titles that only ever escape. A module that unescapes
imports `html` where it does.
"""

from __future__ import annotations


def escape_html(text: str, quote: bool = True) -> str:
    """`text` with &, < and > as character references, and with `quote` the quote
    marks too (for an attribute's value): what `html.escape` returns."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def unescape_html(text: str) -> str:
    """`html.unescape`, the `html` package (and its table) imported on first use."""
    from html import unescape

    return unescape(text)
