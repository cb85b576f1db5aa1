"""pandoc's bracketed spans in Markdown it wrote from a Word document: a run of text with
attributes (``[What is a shuffle?]{.underline}``, ``[term]{#id .smallcaps}``) reads as
its text, and an empty span, a bookmark Word left (``[]{#_Toc123 .anchor}``), as
nothing; a link's attributes (``[docs](https://…){.external}``) go, the link stays.
A link (``[text](url)``) and code (a fence, a code span) stay as written; the
lines are kept, one for one."""

from __future__ import annotations

import re

_ATTR = r"""(?:[#.][\w:.-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+))"""
_SPAN_RE = re.compile(
    rf"\[(?P<text>[^\[\]\n]*)\]\{{{_ATTR}(?:[ \t]+{_ATTR})*\}}"
    # a link's or a picture's attributes ("[docs](https://…){.external}"): the link
    rf"|(?P<link>\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\))\{{{_ATTR}(?:[ \t]+{_ATTR})*\}}"
)
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)(?:(?!\1).)+?\1")


def _kept(match: re.Match[str]) -> str:
    return match["link"] if match["link"] is not None else match["text"]


def _unspanned(line: str) -> str:
    if "`" not in line:
        return _SPAN_RE.sub(_kept, line)
    parts, last = [], 0
    for code in _CODE_SPAN_RE.finditer(line):
        parts.append(_SPAN_RE.sub(_kept, line[last : code.start()]))
        parts.append(code.group())
        last = code.end()
    parts.append(_SPAN_RE.sub(_kept, line[last:]))
    return "".join(parts)


def without_spans(text: str) -> str:
    """`text` with pandoc's bracketed spans as their text (see the module)."""
    if "]{" not in text:
        return text
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        if mark := _FENCE_RE.match(line):
            if not fence:
                fence = mark[1]
            elif mark[1][0] == fence[0] and len(mark[1]) >= len(fence):
                fence = ""
            out.append(line)
            continue
        out.append(line if fence or "]{" not in line else _unspanned(line))
    return "\n".join(out)
