"""HTML definition lists written in a Markdown note, read as Markdown Extra's.

Markdown has no glossary of its own, so people write one in HTML, or paste one from a
web page: ``<dl>`` over ``<dt>term</dt>`` and ``<dd>definition</dd>`` lines. The engine
read the whole list as one block of HTML, a single answer of some heading above it.
Here each such line becomes what Markdown Extra writes (a term on its line, ``: `` and
its definition below: deflists.py makes each term a card), line for line, so every
card keeps its source lines: the ``<dl>`` and ``</dl>`` lines blank, a definition that
goes on over lines indented under its first line, its closing ``</dd>`` line blank.
Code blocks are left as written (an HTML example in a fence is code).
"""

from __future__ import annotations

import re

from studyapp.core.parse.html_text import field_markdown, field_text
from studyapp.core.parse.line_search import lines_of

_LIST_EDGE_RE = re.compile(r"^[ \t]*</?dl\b[^>]*>[ \t]*$", re.I)
_TERM_RE = re.compile(r"^[ \t]*<dt\b[^>]*>(?P<inner>.*?)</dt>[ \t]*$", re.I)
_DEFINITION_RE = re.compile(r"^[ \t]*<dd\b[^>]*>(?P<inner>.*?)(?P<close></dd>)?[ \t]*$", re.I)
_CLOSE_RE = re.compile(r"</dd>[ \t]*$", re.I)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def has_definition_lists(text: str) -> bool:
    return ("<dl" in text or "<DL" in text) and ("<dt" in text or "<DT" in text)


def definition_lists(text: str) -> str:
    """`text` with each ``<dl>`` list (see the module) as Markdown Extra's lines."""
    lines = lines_of(text)
    out: list[str] = []
    fence = ""
    in_list = in_definition = marked = False
    for line in lines:
        opening = _FENCE_RE.match(line)
        if fence or opening:
            if opening and not fence:
                fence = opening.group(1)
            elif fence and line.strip().startswith(fence):
                fence = ""
            out.append(line)
            continue
        if _LIST_EDGE_RE.match(line):
            in_list, in_definition = not line.lstrip().startswith("</"), False
            out.append("")
            continue
        if not in_list:
            out.append(line)
            continue
        if in_definition:
            closed = _CLOSE_RE.search(line)
            inner = line[: closed.start()] if closed else line
            shown = _markdown(inner)
            # ("<dd>" alone on its line: the definition's first text line takes the ":")
            out.append(f"{'  ' if marked else ': '}{shown}" if shown else "")
            marked = marked or bool(shown)
            in_definition = not closed
            continue
        if term := _TERM_RE.match(line):
            out.append(field_text(term["inner"], html=True))
        elif definition := _DEFINITION_RE.match(line):
            shown = _markdown(definition["inner"])
            out.append(f": {shown}" if shown else "")
            in_definition, marked = not definition["close"], bool(shown)
        else:
            out.append(line)
    return "\n".join(out)


def _markdown(inner: str) -> str:
    return " ".join(field_markdown(inner, html=True).split("\n")).strip()
