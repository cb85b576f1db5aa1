"""Notes written as plain text, read as the Markdown they mean.

A `.txt` note is no Markdown: its `*` and `_` are the characters the person typed
(`__dict__`, `*args` and `**kwargs`, `2*3*4`, `snake_case`, `src/**/*.ts`), which
Markdown would turn into bold and italics ("__dict__" showed as a bold "dict").
Unless white space stands on both sides, they are escaped, outside code: a fenced
block, an indented line, a `code span`. A `*` or `_` with spaces round it, a
bullet's `* ` and a rule's `***` are no emphasis and stay.
"""

from __future__ import annotations

import re

from studyapp.core.parse.blocks import FENCE_RE
from studyapp.core.parse.titles import outside_code_spans

_RUN_RE = re.compile(r"[*_]+")
_ITEM_RE = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _escaped(text: str) -> str:
    """Each run of `*` or `_` escaped unless it has white space (or the line's edge) on
    both sides: beside a word (`__init__`), and beside a slash or a dot too
    (`src/**/*.ts`, `*.py`), Markdown could read it as emphasis. Underscores inside a
    word (`drop_duplicates`, `lru_cache`) are no emphasis to Markdown and stay as
    typed: escaped, they showed as "drop\\_duplicates" wherever the answer left the app
    as text (a CSV export, the Edit dialog)."""

    def escape(run: re.Match[str]) -> str:
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        if before.isspace() and after.isspace():
            return run.group(0)
        if before.isalnum() and after.isalnum() and "*" not in run.group(0):
            return run.group(0)
        return "".join("\\" + c for c in run.group(0))

    return _RUN_RE.sub(escape, text)


def literal_emphasis(markdown: str) -> str:
    """`markdown` with each `*` and `_` that could be emphasis escaped, outside code: fenced
    blocks, code spans, and indented blocks (after a blank line, outside a list; an
    indented line under an item or a paragraph goes on with it as text)."""
    if "*" not in markdown and "_" not in markdown:
        return markdown
    lines, fence, code, blank, in_list = [], "", False, True, False
    for line in markdown.split("\n"):
        marker = FENCE_RE.match(line)
        if fence:
            if marker and marker.group(1).startswith(fence):
                fence = ""
        elif marker:
            fence = marker.group(1)
        elif not line.strip():
            blank = True
            lines.append(line)
            continue
        elif line.startswith(("    ", "\t")):
            code = code or (blank and not in_list)
            if not code:
                line = outside_code_spans(line, _escaped)
        else:
            code = False
            in_list = bool(_ITEM_RE.match(line)) or (in_list and not blank)
            line = outside_code_spans(line, _escaped)
        blank = False
        lines.append(line)
    return "\n".join(lines)
