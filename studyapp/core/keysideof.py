"""A phrase of a side's line is that side's point. No Qt here.

"**TCP** is connection-oriented: it guarantees *ordered, reliable* delivery" gave the
points "TCP: connection-oriented" and "ordered, reliable", the second of no side, so an
answer that swapped the protocols ("UDP … guarantees ordered, reliable delivery") still
said it. A point of no side that the answer writes on a line naming one side alone
(the name of another point "name: …", or where no two points name sides, the bold name
two or more list items open with: "- **Type I** (false positive): …"), or in a table's
cell under a side's column, is that side's point: "TCP: ordered, reliable", "Container:
shares the host kernel", "False positive: when the answer is no". Where no point names a
side, the two sides the question names are the sides, if the answer names both and
points come out on both ("OAuth: JSON tokens" beside "SAML: XML assertions"); on a line
naming both, a phrase is the side's its clause names before it ("hashing is one-way,
encryption is two-way").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARKUP = re.compile(r"[*_`]")
_CELLS = re.compile(r"\s*\|\s*")


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub("", text).split()).casefold()


def _names(text: str, names: Sequence[str]) -> list[str]:
    """The side names a text names, each as a word of its own."""
    return [n for n in names if re.search(rf"(?<!\w){re.escape(n.casefold())}(?:e?s)?(?!\w)", text)]


def _column_sides(answer: str, names: Sequence[str]) -> dict[str, str | None]:
    """For each table cell's text, the side its column's header names (one alone), or
    None (a row's label: "Kernel")."""
    found: dict[str, str | None] = {}
    header: list[str] = []
    for line in answer.split("\n"):
        if not line.strip().startswith("|"):
            header = []
            continue
        cells = [_plain(c) for c in _CELLS.split(line.strip().strip("|"))]
        if not header:
            header = cells
            continue
        for at, cell in enumerate(cells):
            side = _names(header[at], names) if at < len(header) else []
            if cell and not set(cell) <= set("-: "):
                found[cell] = side[0] if len(side) == 1 else None
    return found


_ITEM_NAME = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\*\*([^*]{1,40})\*\*", re.M)


def _item_names(answer: str) -> list[str]:
    """The names the items of a list open with in bold ("- **Type I** (false positive):
    …"), when two or more items do: the sides the list sets side by side."""
    found = list(dict.fromkeys(m.strip() for m in _ITEM_NAME.findall(answer)))
    return found if len(found) >= 2 else []


def with_sides(points: Sequence[str], answer: str, question: str = "") -> list[str]:
    """The points, each of no side that the answer says only on one side's line or in
    one side's column named "side: point" (see the module's docstring)."""
    from studyapp.core.keymarksides import question_sides
    from studyapp.core.keymatch import split_point  # (it imports much)

    names = list(dict.fromkeys(split_point(p)[0] for p in points if split_point(p)[1]))
    names = names if len(names) >= 2 else _item_names(answer)  # ("- **Type I** (…): …")
    if len(names) >= 2:
        return _sided(points, answer, names)
    # The sides the question names ("… hashing and encryption?"), where the answer names
    # each and points come out on both: one side's points alone would be heard on it
    # to the typed answer's end, the other side named in no point to end it.
    names = question_sides(question)
    if len(names) < 2 or len(_names(_plain(answer), names)) < len(names):
        return list(points)
    found = _sided(points, answer, names)
    told = {n.casefold() for n in names}
    sided = {lead.casefold() for p in found if (lead := split_point(p)[0]).casefold() in told}
    return found if len(sided) >= 2 else list(points)


def _sided(points: Sequence[str], answer: str, names: Sequence[str]) -> list[str]:
    from studyapp.core.keymatch import split_point  # (it imports much)

    columns = _column_sides(answer, names)
    lines = [_plain(line) for line in answer.split("\n") if not line.strip().startswith("|")]
    result = []
    for point in points:
        own = _plain(point)
        if split_point(point)[1] or any(own == n.casefold() for n in names):
            result.append(point)
            continue
        within = re.compile(rf"(?<!\w){re.escape(own)}(?!\w)")
        sides = {side for cell, side in columns.items() if within.search(cell)}
        for line in (line for line in lines if within.search(line)):
            sides |= set(_named_beside(line, within, names)) or {None}
        inside = any(within.search(n.casefold()) for n in names)  # ("Temperature = 0")
        if len(sides) == 1 and None not in sides and not _names(own, names) and not inside:
            side = next(iter(sides))
            point = f"{next(n for n in names if n.casefold() == side.casefold())}: {point}"
        result.append(point)
    return result


_CLAUSE_END = re.compile(r"[,;.!?]\s|\s[-–—]\s|\bwhile\b|\bwhereas\b|\bbut\b")


def _named_beside(line: str, within: re.Pattern, names: Sequence[str]) -> list[str]:
    """The sides a line names where it says a point: the line's own, or where it names
    more than one, the first the clause the point is in names before it, its subject
    ("hashing is one-way, encryption is two-way": "two-way" is encryption's; "threads
    of one process share its memory": the threads'; not "generate new content such as
    text")."""
    named = _names(line, names)
    if len(named) < 2:
        return named
    sides: set[str | None] = set()
    for clause in _CLAUSE_END.split(f"{line} "):
        if found := within.search(clause):
            sides.add(_first_named(clause[: found.start()], names))
    return list(sides) if len(sides) == 1 and None not in sides else named


def _first_named(text: str, names: Sequence[str]) -> str | None:
    """The side a text names first, or None."""
    at = {
        n: found.start()
        for n in names
        if (found := re.search(rf"(?<!\w){re.escape(n.casefold())}(?:e?s)?(?!\w)", text))
    }
    return min(at, key=at.__getitem__) if at else None
