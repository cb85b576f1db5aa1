"""Notes written in Typst (``.typ``): read as the Markdown they mean, line for line.
``=`` … ``======`` headings, ``+`` numbered items, ``*strong*``, and the lines that only
set things up (``#set``, ``#show``, ``#import``, ``#let``) blank; ``-`` items, code
fences and text as written.
"""

from __future__ import annotations

import re

from studyapp.core.note_kinds import TYPST_SUFFIXES

_HEADING_RE = re.compile(r"^(?P<marks>={1,6})[ \t]+(?P<title>\S.*?)[ \t]*$")
_SETUP_RE = re.compile(r"^[ \t]*#(?:set|show|import|include|let|pagebreak)\b")
_NUMBERED_RE = re.compile(r"^(?P<indent>[ \t]*)\+[ \t]+(?=\S)")
_STRONG_RE = re.compile(r"(?<![\w*\\])\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*(?![\w*])")
_FENCE_RE = re.compile(r"^[ \t]*`{3,}")
_TYPST_HINT_RE = re.compile(r"^#(?:set|show|import)\b", re.M)


def typst(text: str, suffix: str) -> bool:
    """Whether `text` is Typst: by its name, or its set-up lines over "=" headings."""
    if suffix.lower() in TYPST_SUFFIXES:
        return True
    return bool(_TYPST_HINT_RE.search(text[:4096])) and bool(re.search(r"^=+ \S", text, re.M))


def to_markdown(text: str) -> str:
    out: list[str] = []
    code = False
    for line in text.split("\n"):
        if _FENCE_RE.match(line):
            code = not code
            out.append(line)
            continue
        if code:
            out.append(line)
            continue
        if _SETUP_RE.match(line):
            out.append("")
            continue
        heading = _HEADING_RE.match(line)
        if heading:
            out.append(f"{'#' * len(heading['marks'])} {heading['title']}")
            continue
        line = _NUMBERED_RE.sub(r"\g<indent>1. ", line)
        out.append(_STRONG_RE.sub(r"**\g<text>**", line))
    return "\n".join(out)
