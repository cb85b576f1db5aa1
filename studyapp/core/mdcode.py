"""Code blocks highlighted by Pygments through pymdownx.highlight, without the set-up
pymdownx does again for every block.

For each fenced block pymdownx looks its language up among Pygments' ~600 lexers
(and, for a name none of them has, among the installed plugins) and builds an
HtmlFormatter, which turns the whole Pygments style into a table of inline styles
before it writes a line. Both come out the same every time: about 0.4 ms of each
block, a tenth of rendering an answer with two code blocks (on the click that
shows an answer never rendered before). Here the lexer class is looked up once per
name and the style's table built once per style; the lexer and the formatter are
still made anew for each block, with that block's options, so the HTML is the same.
"""

from __future__ import annotations

import functools
from typing import Any

import pymdownx.highlight as _pymdownx_highlight
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound
from pymdownx.highlight import BlockHtmlFormatter

_NOT_FOUND = "no lexer for alias {!r} found"
# (Pygments style class, class prefix) → the formatter's (ttype2class, class2style)
_STYLE_TABLES: dict[tuple[Any, str], tuple[dict, dict]] = {}


@functools.lru_cache(maxsize=256)
def _lexer_class(alias: str) -> type | None:
    """The lexer class Pygments gives `alias`; None where it has none."""
    try:
        return type(get_lexer_by_name(alias))
    except ClassNotFound:
        return None


def lexer_by_name(alias: str, **options: Any) -> Any:
    """pygments.lexers.get_lexer_by_name, the class found once per name."""
    found = _lexer_class(alias)
    if found is None:
        raise ClassNotFound(_NOT_FOUND.format(alias))
    return found(**options)


class _ReusedStyleFormatter(BlockHtmlFormatter):
    """pymdownx's block formatter, whose token → inline style table is built once per
    Pygments style (and class prefix, which the class names carry) and then shared:
    the formatter only reads it."""

    def _create_stylesheet(self) -> None:
        key = (self.style, self.classprefix)
        table = _STYLE_TABLES.get(key)
        if table is None:
            super()._create_stylesheet()
            _STYLE_TABLES[key] = (self.ttype2class, self.class2style)
        else:
            self.ttype2class, self.class2style = table


@functools.cache
def share_lookups() -> None:
    """Put the lookups above in place of pymdownx.highlight's: it reads both names
    from its module each time it highlights a block. The same results (once per
    process; call it before the first render)."""
    _pymdownx_highlight.get_lexer_by_name = lexer_by_name
    _pymdownx_highlight.BlockHtmlFormatter = _ReusedStyleFormatter
