"""How an answer looks, wherever it is shown: the palette and default stylesheet of
each theme (QTextDocument's CSS subset) and question titles whose long words can
break. core.render makes the HTML; this module says how it is drawn.
"""

from __future__ import annotations

import html
import re

# A word of a title longer than this (a snake_case name, a path, a URL) gets break
# opportunities: a label wraps only at spaces, so the header cut it off unreadable.
TITLE_WORD = 20
_TITLE_LONG_WORD = re.compile(f"\\S{{{TITLE_WORD + 1},}}")
_TITLE_WORD_JOINS = re.compile(r"([_/.\-:])(?=\S)")
_TITLE_UNBROKEN = re.compile(f"[^\u200b]{{{TITLE_WORD}}}(?=[^\u200b])")


def _soften(match: re.Match[str]) -> str:
    """A long word with a zero-width space after each _ / . - : in it, then every
    TITLE_WORD characters of what is still unbroken."""
    word = _TITLE_WORD_JOINS.sub("\\1\u200b", match.group(0))
    return _TITLE_UNBROKEN.sub(lambda run: run.group(0) + "\u200b", word)


def title_html(title: str) -> str:
    """A question title as HTML text, its long words breakable (TITLE_WORD)."""
    return html.escape(_TITLE_LONG_WORD.sub(_soften, title))


# --- stylesheets ---------------------------------------------------------------

_PALETTES = {
    "light": {
        "text": "#1f2328",
        "background": "#ffffff",
        "muted": "#57606a",
        "link": "#0969da",
        "th": "#eaeef2",
        "code_bg": "#f3f4f6",
        "code_text": "#1f2328",
        "pre_bg": "#f8f8f8",
        "quote_bg": "#f6f8fa",
        "quote_border": "#d0d7de",
        "hit": "#fff176",
        "hit_text": "#000000",
    },
    "dark": {
        "text": "#e6edf3",
        "background": "#0d1117",
        "muted": "#9da7b3",
        "link": "#58a6ff",
        "th": "#21262d",
        "code_bg": "#2d333b",
        "code_text": "#e6edf3",
        "pre_bg": "#161b22",
        "quote_bg": "#161b22",
        "quote_border": "#3d444d",
        "hit": "#9e6a03",
        "hit_text": "#ffffff",
    },
}

_MONOSPACE = '"DejaVu Sans Mono", "Cascadia Mono", Consolas, Menlo, monospace'

_CSS_TEMPLATE = """
body {{ font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif;
        color: {text}; background-color: {background}; }}
a {{ color: {link}; text-decoration: underline; }}
h1, h2, h3, h4, h5, h6 {{ color: {text}; }}
table {{ border-color: {quote_border}; border-collapse: collapse; }}
th {{ background-color: {th}; font-weight: bold; }}
code {{ font-family: {mono}; background-color: {code_bg}; color: {code_text}; }}
pre {{ font-family: {mono}; background-color: {pre_bg}; color: {code_text};
       white-space: pre-wrap; }}
pre code {{ background-color: transparent; }}
code.tex {{ color: {muted}; }}
.missing-image {{ color: {muted}; font-style: italic; }}
blockquote {{ color: {muted}; margin-left: 12px; }}
table.quote {{ margin-top: 6px; margin-bottom: 10px; margin-left: 2px; }}
td.quote {{ color: {muted}; background-color: {quote_bg};
            border-left: 4px solid {quote_border}; border-top-style: none;
            border-right-style: none; border-bottom-style: none; }}
.hit {{ background-color: {hit}; color: {hit_text}; }}
ul ul {{ list-style-type: circle; }}
"""


def answer_css(theme: str) -> str:
    """The default stylesheet of an answer document for QTextDocument, per theme."""
    if theme not in _PALETTES:
        raise ValueError(f"theme must be one of {tuple(_PALETTES)}, not {theme!r}")
    return _CSS_TEMPLATE.format(mono=_MONOSPACE, **_PALETTES[theme]).strip() + "\n"
