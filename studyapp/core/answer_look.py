"""How an answer looks, wherever it is shown: the palette and default stylesheet of
each theme (QTextDocument's CSS subset) and question titles whose long words can
break. core.render makes the HTML; this module says how it is drawn.
"""

from __future__ import annotations

import re

from studyapp.core import title_math
from studyapp.core.clusters import cut_every
from studyapp.core.html_escape import escape_html
from studyapp.lazy import lazy_pattern

# A tag, allowing '>' inside quoted attribute values; everything between tags is text.
_TAG = lazy_pattern(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")

# A word of a title longer than this (a snake_case name, a path, a URL) gets break
# opportunities: a label wraps only at spaces, so the header cut it off unreadable.
TITLE_WORD = 20
_TITLE_LONG_WORD = lazy_pattern(f"\\S{{{TITLE_WORD + 1},}}")
_TITLE_WORD_JOINS = lazy_pattern(r"([_/.\-:])(?=\S)")
_TITLE_UNBROKEN = lazy_pattern(f"[^\u200b]{{{TITLE_WORD + 1},}}")


def _soften(match: re.Match[str]) -> str:
    """A long word with a zero-width space after each _ / . - : in it, then every
    TITLE_WORD characters of what is still unbroken."""
    word = _TITLE_WORD_JOINS.sub("\\1\u200b", match.group(0))
    return _TITLE_UNBROKEN.sub(
        lambda run: cut_every(run.group(0), TITLE_WORD, "\u200b", at_end=False), word
    )


def title_html(title: str, markup: str = "", *, formulas: tuple[str, float] | None = None) -> str:
    """A question title as HTML text, its long words breakable (TITLE_WORD); given its
    display form (`markup`, Question.title_markup), its inline code as code is in an
    answer: the code face on a tint (TITLE_CODE_STYLE). Its TeX formulas ($…$) are
    drawn, given `formulas` (their colour and font size in px), else read as plain
    text (core.title_math)."""
    if not markup:
        return _text_html(title, formulas)
    from studyapp.core.title_marks import code_parts  # (only a title with code needs it)

    return "".join(
        f'<code style="{TITLE_CODE_STYLE}">{_words_html(text)}</code>'
        if code
        else _text_html(text, formulas)
        for text, code in code_parts(markup)
    )


def _words_html(text: str) -> str:
    return escape_html(_TITLE_LONG_WORD.sub(_soften, text))


def _text_html(text: str, formulas: tuple[str, float] | None) -> str:
    """Text of a title (not its code), its formulas drawn or read (see title_html)."""
    if not title_math.may_hold_math(text):
        return _words_html(text)
    out = []
    for run, tex in title_math.parts(text):
        if tex is None:
            out.append(_words_html(run))
        elif formulas is not None and (drawn := _formula(tex, *formulas)):
            out.append(drawn)
        else:
            out.append(escape_html(title_math.plain(tex, run)))
    return "".join(out)


def _formula(tex: str, color: str, size: float) -> str:
    """A title's formula drawn as an answer's are, or "" when it cannot be."""
    from studyapp.core import texmath

    if len(tex) > texmath.MAX_TEX_CHARS or texmath.formula_cost(tex) > texmath.ANSWER_BUDGET:
        return ""
    formula = texmath.draw(tex.strip(), display=False, color=color, size=size)
    return "" if formula is None else texmath.formula_html(formula, tex.strip())


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
        "mark": "#fff3b0",  # ==marked==: paler than a search hit beside it
        "mark_text": "#1f2328",
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
        "mark": "#5c4a12",
        "mark_text": "#f5e9c4",
    },
}

MONOSPACE_FAMILIES = ("DejaVu Sans Mono", "Cascadia Mono", "Consolas", "Menlo")
_MONOSPACE = ", ".join(f'"{family}"' for family in MONOSPACE_FAMILIES) + ", monospace"
# A title's inline code, on the tag: a label has no stylesheet. Bold in a bold title,
# the face alone hardly tells `is` from "is": a grey tint that reads on either theme
# (and on the PDF's white) sets it apart, as an answer's code is.
_MONOSPACE_QUOTED = _MONOSPACE.replace('"', "'")  # (in a double-quoted attribute)
TITLE_CODE_STYLE = f"font-family: {_MONOSPACE_QUOTED}; background-color: rgba(128, 128, 128, 40)"

# The answer's faces, in order (the stylesheet's body; ui.mark_fonts checks them).
ANSWER_FONTS = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica", "Arial")
_ANSWER_FAMILIES = ", ".join(f'"{family}"' for family in ANSWER_FONTS[:3])
_CSS_TEMPLATE = """
body {{ font-family: {families}, Helvetica, Arial, sans-serif;
        color: {text}; background-color: {background}; }}
a {{ color: {link}; text-decoration: underline; }}
h1, h2, h3, h4, h5, h6 {{ color: {text}; }}
table {{ border-color: {quote_border}; border-collapse: collapse; }}
table.grid {{ margin-top: 10px; }}
hr {{ background-color: {quote_border}; }}
th {{ background-color: {th}; font-weight: bold; }}
code {{ font-family: {mono}; background-color: {code_bg}; color: {code_text}; }}
pre {{ font-family: {mono}; background-color: {pre_bg}; color: {code_text};
       white-space: pre-wrap; }}
pre code {{ background-color: transparent; }}
table.code {{ margin-top: 6px; margin-bottom: 10px; }}
td.code {{ background-color: {pre_bg}; }}
code.tex {{ color: {muted}; }}
span.tex {{ background-color: {code_bg}; }}
.missing-image {{ color: {muted}; font-style: italic; }}
blockquote {{ color: {muted}; margin-left: 12px; }}
table.quote {{ margin-top: 6px; margin-bottom: 10px; margin-left: 2px; }}
td.quote {{ color: {muted}; background-color: {quote_bg};
            border-left: 4px solid {quote_border}; border-top-style: none;
            border-right-style: none; border-bottom-style: none; }}
.hit {{ background-color: {hit}; color: {hit_text}; }}
mark {{ background-color: {mark}; color: {mark_text}; }}
del {{ text-decoration: line-through; }}
.tag {{ color: {muted}; background-color: {code_bg}; font-size: small; }}
ul ul {{ list-style-type: circle; }}
ul, ol {{ margin-bottom: 0; }}
"""
# An answer's table (of the "grid" class, core.render): QTextDocument drew it right
# under the paragraph above, its top rule touching the text; 10 px puts it as far
# from the text as the next paragraph would be. Below it, the next block's margin.
# Lists: no margin below them. QTextDocument gives a list's bottom margin to the line
# of its last item, which sits above that item's nested list: a gap under the last
# bullet only. What follows a list (a paragraph, a heading, a code box) has its own
# margin above it, so the room after the list stays.


def answer_css(theme: str) -> str:
    """The default stylesheet of an answer document for QTextDocument, per theme."""
    if theme not in _PALETTES:
        raise ValueError(f"theme must be one of {tuple(_PALETTES)}, not {theme!r}")
    return (
        _CSS_TEMPLATE.format(families=_ANSWER_FAMILIES, mono=_MONOSPACE, **_PALETTES[theme]).strip()
        + "\n"
    )


# --- code blocks, as the pane and the PDF draw them ---------------------------------

# QTextDocument pads no block and shades each line of a <pre> on its own, and a wrapped
# line went back to the left edge, its indent lost. A code block is drawn as a
# one-cell table instead (its tint and padding on the cell: `td.code` in answer_css),
# each line its own block with a hanging indent: a wrapped line carries on
# CODE_HANG columns right of where its own text starts.
CODE_HANG = 2
TAB_COLUMNS = 4
_CODE_BLOCK = lazy_pattern(
    r'<div style="background-color: [^"]*">\s*<pre\b[^>]*>(.*?)</pre>\s*</div>'
    r"|<pre\b[^>]*>(.*?)</pre>",
    re.DOTALL,
)
_OPEN_TAG_NAME = lazy_pattern(r"<([a-zA-Z][\w-]*)")
_VOID_TAGS = frozenset({"br", "img", "hr", "wbr"})
CODE_BOX_OPEN = (
    '<table class="code" width="100%" border="0" cellspacing="0" cellpadding="8">'
    '<tr><td class="code" style="border-style: none">'
)
CODE_BOX_CLOSE = "</td></tr></table>"


def _code_lines(code: str) -> list[tuple[str, str]]:
    """A <pre>'s content as lines: (HTML with every element open at the line's start
    reopened and closed at its end, plain text)."""
    lines: list[tuple[str, str]] = []
    opened: list[tuple[str, str]] = []  # (name, opening tag) of the elements open
    html_parts: list[str] = []
    text_parts: list[str] = []
    for i, piece in enumerate(_TAG.split(code)):
        if i % 2:  # a tag
            html_parts.append(piece)
            if piece.startswith("</"):
                if opened:
                    opened.pop()
            elif (name := _OPEN_TAG_NAME.match(piece)) and not (
                piece.endswith("/>") or name.group(1).lower() in _VOID_TAGS
            ):
                opened.append((name.group(1), piece))
            continue
        first, *rest = piece.split("\n")
        html_parts.append(first)
        text_parts.append(first)
        for line in rest:
            closing = "".join(f"</{name}>" for name, _ in reversed(opened))
            lines.append(("".join(html_parts) + closing, "".join(text_parts)))
            html_parts = [tag for _, tag in opened] + [line]
            text_parts = [line]
    lines.append(("".join(html_parts), "".join(text_parts)))
    return lines


def _indent_columns(text: str) -> int:
    from html import unescape  # (its entity table: loaded by the first code block)

    plain = unescape(text)
    columns = 0
    for char in plain:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += TAB_COLUMNS - columns % TAB_COLUMNS
        else:
            break
    return columns


def boxed_code(html_text: str, column_px: float) -> str:
    """`html_text` with each code block (<pre>) as a padded, tinted box whose wrapped
    lines keep their indent; `column_px` is the width of one character of the code's
    monospaced font, in the document's pixels."""
    if "<pre" not in html_text:
        return html_text

    def box(match: re.Match[str]) -> str:
        code = match.group(1) if match.group(1) is not None else match.group(2)
        out = [CODE_BOX_OPEN]
        for line, text in _code_lines(code):
            hang = round((_indent_columns(text) + CODE_HANG) * column_px, 1)
            out.append(
                f'<pre style="margin-top: 0; margin-bottom: 0; margin-left: {hang:g}px;'
                f' text-indent: -{hang:g}px">{line if text else line + "&#160;"}</pre>'
            )
        out.append(CODE_BOX_CLOSE)
        return "".join(out)

    return _CODE_BLOCK.sub(box, html_text)
