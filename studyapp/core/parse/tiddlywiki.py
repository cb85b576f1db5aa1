"""A TiddlyWiki tiddler saved as a file (``.tid``): lines of fields (``title:``,
``tags:``, ``created:`` …) over a blank line, then the tiddler's text in TiddlyWiki's
markup. Read as the Markdown it means, line for line: ``!`` … ``!!!!!!`` headings,
``*`` and ``#`` list items (``#`` numbers them, as Markdown's ``1.``), ``''bold''``,
``{{{`` … ``}}}`` code; the fields blank, but for the title, a ``# heading`` where the
text has no top heading of its own.
"""

from __future__ import annotations

import re

from studyapp.core.note_kinds import TIDDLER_SUFFIXES

_FIELD_RE = re.compile(r"^[a-z][\w.-]*:[ \t]?.*$")
_TYPE_RE = re.compile(r"^type:[ \t]*text/(?:vnd\.tiddlywiki|x-tiddlywiki)[ \t]*$", re.M)
_HEADING_RE = re.compile(r"^(?P<marks>!{1,6})[ \t]*(?P<title>\S.*?)[ \t]*$")
_ITEM_RE = re.compile(r"^(?P<marks>[*#]+)[ \t]+(?=\S)")
_BOLD_RE = re.compile(r"''(?=\S)(?P<text>.+?)(?<=\S)''")
_CODE_EDGE_RE = re.compile(r"^(?:\{\{\{|\}\}\})[ \t]*$")


def _fields_end(lines: list[str]) -> int:
    """How many lines the fields take at the top (0 when the text opens otherwise)."""
    for index, line in enumerate(lines):
        if not line.strip():
            return index
        if not _FIELD_RE.match(line):
            return 0
    return 0


def tiddler(text: str, suffix: str) -> bool:
    """Whether `text` is a tiddler: by its name, or its fields saying its type."""
    if suffix.lower() in TIDDLER_SUFFIXES:
        return True
    head = text[:2048]
    return bool(_TYPE_RE.search(head)) and _fields_end(head.split("\n")) > 0


def to_markdown(text: str) -> str:
    lines = text.split("\n")
    fields = _fields_end(lines)
    out: list[str] = []
    titled = any(line.startswith("! ") or line.startswith("!\t") for line in lines[fields:])
    for line in lines[:fields]:
        name, _, value = line.partition(":")
        keep = name == "title" and value.strip() and not titled
        out.append(f"# {value.strip()}" if keep else "")
    code = False
    for line in lines[fields:]:
        if _CODE_EDGE_RE.match(line):
            code = line.startswith("{") if not code else False
            out.append("```")
            continue
        if code:
            out.append(line)
            continue
        heading = _HEADING_RE.match(line)
        if heading:
            out.append(f"{'#' * len(heading['marks'])} {heading['title']}")
            continue
        item = _ITEM_RE.match(line)
        if item:
            marks = item["marks"]
            bullet = "1." if marks.endswith("#") else "-"
            line = f"{'   ' * (len(marks) - 1)}{bullet} {line[item.end() :]}"
        out.append(_BOLD_RE.sub(r"**\g<text>**", line))
    return "\n".join(out)
