"""A topic path in one cell of a sheet: ``Networking::Sockets``, as a CSV export writes
it and as a sheet's (or a Markdown table's) topic column is read.

Anki writes a path as ``Parent::Child``, and a person's sheet may write ``Parent /
Child`` ("CI/CD" is one name), so both part a cell. A topic whose own name holds
one of them ("Networking / TCP", "Tools :: Git") is written in double quotes, as a
spreadsheet quotes a text: ``"Networking / TCP"::Sockets``; a quote inside it is
doubled. A part of a cell in quotes that hold a parting, up to the next parting or
the cell's end, is one name, read back without them: an export imports back as the
same topics, where the name had been cut in two. Any other cell reads as it always
did (``"Quotes" in Python`` and ``"A"`` keep their quotes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CSV_HEADER", "OWN_CSV_HEADERS", "SEPARATOR", "topic_cell", "topic_parts"]

SEPARATOR = "::"  # how a cell's path is written (Anki's deck path)
# StudyApp's own CSV (core.deck_export): its answer column is Markdown, written as
# stored, and read back so (core.parse.tabular), as Anki's "#html:" header says its own.
# Its tags are Anki's spelling (core.question_tags.anki_tags), parted by spaces.
CSV_HEADER = ("question", "answer", "topic", "deck", "tags")
OWN_CSV_HEADERS = (CSV_HEADER, CSV_HEADER[:4])  # (exports before tags had no tags column)
_PARTING_RE = re.compile(r"\s*::\s*|\s+/\s+")
_QUOTED_RE = re.compile(r'\s*"(?P<name>(?:[^"]|"")*)"')


def _quoted(name: str) -> str:
    """`name` as a part of a cell: in quotes where it would read as more than one."""
    if _PARTING_RE.search(name):
        return '"' + name.replace('"', '""') + '"'
    return name


def topic_cell(path: Iterable[str]) -> str:
    """A topic path as one cell: ``Machine Learning::Deep Learning``."""
    return SEPARATOR.join(_quoted(name) for name in path)


def topic_parts(cell: str) -> tuple[str, ...]:
    """The topic path a cell writes (see the module); empty parts left out."""
    parts: list[str] = []
    at = 0
    while at <= len(cell):
        quoted = _QUOTED_RE.match(cell, at)
        parting = _PARTING_RE.match(cell, quoted.end()) if quoted else None
        held = quoted is not None and bool(_PARTING_RE.search(quoted["name"]))
        if held and (parting or not cell[quoted.end() :].strip()):
            parts.append(quoted["name"].replace('""', '"'))
        else:
            parting = _PARTING_RE.search(cell, at)
            parts.append(cell[at : parting.start() if parting else len(cell)])
        at = parting.end() if parting else len(cell) + 1
    return tuple(part.strip() for part in parts if part.strip())
