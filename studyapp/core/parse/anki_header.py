"""What the ``#key:value`` header lines of Anki's "Notes in Plain Text" export say.

Anki (2.1.55+) opens the export with lines such as ``#separator:tab``,
``#html:true``, ``#notetype column:1``, ``#deck column:2`` and ``#tags column:5``;
its import takes ``#deck:``, ``#tags:`` and ``#columns:`` too. tabular.py reads the
records by them; this module only reads the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ANKI_SEPARATORS", "AnkiHeader", "declared_width", "read_anki_header"]

ANKI_SEPARATORS = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_ANKI_HEADER_RE = re.compile(r"^#([a-z][a-z ]*):(.*)$")
_ANKI_KEYS = frozenset(
    {
        "separator",
        "html",
        "tags",
        "columns",
        "notetype",
        "deck",
        "guid column",
        "notetype column",
        "deck column",
        "tags column",
        "if matches",
    }
)


@dataclass(slots=True)
class AnkiHeader:
    """What an Anki export's ``#key:value`` header lines said."""

    lines: int = 0  # how many header lines there are
    separator: str = ""
    html: bool | None = None
    tags: tuple[str, ...] = ()
    deck: str = ""
    columns: list[str] = field(default_factory=list)
    role_columns: dict[str, int] = field(default_factory=dict)  # role → 0-based column


def read_anki_header(lines: list[str]) -> AnkiHeader:
    """The header at the top of `lines` (``lines == 0``: none)."""
    anki = AnkiHeader()
    for line in lines:
        match = _ANKI_HEADER_RE.match(line.rstrip("\r"))
        if not match or match.group(1) not in _ANKI_KEYS:
            break
        anki.lines += 1
        key, value = match.group(1), match.group(2).strip()
        if key == "separator":
            anki.separator = ANKI_SEPARATORS.get(value.lower(), value[:1])
        elif key == "html":
            anki.html = value.lower() == "true"
        elif key == "tags":
            anki.tags = tuple(value.split())
        elif key == "deck":
            anki.deck = value
        elif key == "columns":
            anki.columns = [value]  # split once the separator is known
        elif key.endswith(" column") and value.isdigit() and int(value) >= 1:
            anki.role_columns[key.removesuffix(" column")] = int(value) - 1
    return anki


def declared_width(anki: AnkiHeader) -> int:
    """How many fields an Anki export's header says a note has: its ``#columns:`` names,
    else its tags column (Anki writes the tags last); 0 where it says nothing."""
    if len(anki.columns) >= 2:
        return len(anki.columns)
    tags = anki.role_columns.get("tags", -1)
    return tags + 1 if tags >= 1 and tags >= max(anki.role_columns.values()) else 0
