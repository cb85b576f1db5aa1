"""An outline exported as OPML (Workflowy, Dynalist, OmniOutliner, Logseq, many a mind
map), or a FreeMind / Freeplane mind map (``.mm``): XML whose ``<outline text="…">``
(``<node TEXT="…">``) elements nest as the outline's items do. Read
as the Markdown bullets it shows, line for line where the export puts an item a line
(the head, the closing tags and the XML around blank): then the outline's readers
(outline.py) take its topics, questions and answers as they would from bullets. An
item's note (``_note="…"``) goes on its line after the item's text. An outline exported
from one item has that item as its title.
"""

from __future__ import annotations

import html
import re

from studyapp.core.note_kinds import OPML_SUFFIXES

# Items nested deeper than this stay at this depth: an outline's indentation grows with
# its depth, and a file whose elements never close (a broken export) nested every item
# one deeper, its Markdown growing as the square of its length (200 KB read in 7 s).
MAX_DEPTH = 24
_OPML_RE = re.compile(r"<opml\b|^\s*<map\s+version=", re.I | re.M)
_OUTLINE_RE = re.compile(r"<(?:outline|node)\b(?P<attrs>[^>]*?)(?P<closed>/?)>", re.I | re.S)
_CLOSE_RE = re.compile(r"</(?:outline|node)\s*>", re.I)
_ATTR_RE = re.compile(r"""(?P<name>[\w:-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")


def opml(text: str, suffix: str) -> bool:
    """Whether `text` is an OPML outline (by its name, or its root element)."""
    # (by its content only for ".mm", which Objective-C++ sources share)
    return suffix.lower() in OPML_SUFFIXES or bool(_OPML_RE.search(text[:2048]))


def _attributes(raw: str) -> dict[str, str]:
    return {
        m["name"].lower(): html.unescape(m["dq"] if m["dq"] is not None else m["sq"] or "")
        for m in _ATTR_RE.finditer(raw)
    }


def _text(attrs: dict[str, str]) -> str:
    words = " ".join(attrs.get("text", attrs.get("title", "")).split())
    words = re.sub(r"<[^>]+>", "", words)  # Workflowy's <b>, <i> inside the text
    note = " ".join(attrs.get("_note", "").split())
    return f"{words} — {note}" if words and note else words or note


def to_markdown(text: str) -> str:
    """The outline as Markdown bullets, an item a line."""
    # An export that puts several elements on a line: one a line (a line of the
    # Markdown is then no longer a line of the file, as for a one-line web page).
    text = re.sub(r">[ \t]*(?=</?(?:outline|node)\b)", ">\n", text)
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        opened = _OUTLINE_RE.search(line)
        if opened is None:
            depth -= len(_CLOSE_RE.findall(line))
            out.append("")
            continue
        item = _text(_attributes(opened["attrs"]))
        indent = "  " * min(max(depth, 0), MAX_DEPTH)
        out.append(f"{indent}- {item}" if item else "")
        if not opened["closed"]:
            depth += 1
        depth -= len(_CLOSE_RE.findall(line[opened.end() :]))
    return "\n".join(_rooted(out))


def _rooted(lines: list[str]) -> list[str]:
    """An outline exported from one item (Workflowy's way): that item is the outline's
    title, a heading, and the items under it the outline's top level."""
    tops = [i for i, line in enumerate(lines) if line.startswith("- ")]
    if len(tops) != 1 or not any(line.startswith("  - ") for line in lines):
        return lines
    out = [line[2:] if line.startswith("  ") else line for line in lines]
    out[tops[0]] = "# " + lines[tops[0]][2:]
    return out
