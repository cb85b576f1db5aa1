"""Cards written for the Obsidian_to_Anki plugin: a block from ``START`` to ``END``,
its first line the note type ("Basic", "Basic (and reversed card)"), then its fields:
the first one's label may be left out ("Front:"), the others named ("Back: …",
"Extra: …"), "Tags: …" last, and the plugin's "<!--ID: 1614…-->" once synced::

    START
    Basic
    What does DNS resolve?
    Back: Names to IP addresses.
    END

Read as the marked pair it is, line for line: the front "Q: …", "Back:" an "A:", the
block's own lines (START, END, the note type, the ID, "TARGET DECK: …") blank, and its
"Tags:" after the question as the card's tags ("#networking").
"""

from __future__ import annotations

import re

from studyapp.core.parse.line_search import any_line

_START_RE = re.compile(r"^START[ \t]*$", re.M)
_END = "END"
_ID_RE = re.compile(r"^[ \t]*<!--\s*ID:\s*\d+\s*-->[ \t]*$")
_DECK_RE = re.compile(r"^(?:TARGET DECK|FILE TAGS)\s*:?.*$")
_FIELD_RE = re.compile(r"^(?P<name>[A-Z][\w ]{0,30}?):[ \t]*(?P<value>.*)$")
_FRONTS = frozenset(("front", "text", "question"))


def anki_blocks(text: str) -> str:
    """`text` with its START … END cards as marked pairs; `text` itself where it has none."""
    if "START" not in text or not any_line(_START_RE, text):
        return text
    lines = text.split("\n")
    out = list(lines)
    found = False
    index = 0
    while index < len(lines):
        if lines[index].strip() != "START":
            if _DECK_RE.match(lines[index]):
                out[index] = ""
            index += 1
            continue
        end = next((n for n in range(index + 1, len(lines)) if lines[n].strip() == _END), None)
        if end is None or end - index < 3:
            index += 1
            continue
        found = True
        out[index] = out[index + 1] = out[end] = ""  # START, the note type, END
        front = 0  # the front's line
        tags: list[str] = []
        for n in range(index + 2, end):
            line = lines[n]
            field = _FIELD_RE.match(line)
            name = field["name"].lower() if field else ""
            if _ID_RE.match(line):
                out[n] = ""
            elif name == "tags":
                tags = [f"#{t.lstrip('#')}" for t in field["value"].split()]
                out[n] = ""
            elif not front and line.strip():
                value = field["value"] if name in _FRONTS else line
                out[n] = f"Q: {value.strip()}"
                front = n
            elif name == "back":
                out[n] = f"A: {field['value'].strip()}"
        if front and tags:  # after the question, as a card's tags are written
            out[front] += " " + " ".join(tags)
        index = end + 1
    return "\n".join(out) if found else text
