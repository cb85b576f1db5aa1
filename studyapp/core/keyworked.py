"""A table of worked examples under the rule an answer states: no points of its own. No Qt.

    Specificity is compared as (inline, IDs, classes, elements). Higher wins; equal →
    later rule wins.

    | selector | specificity |
    |---|---|
    | `.btn` | 0,0,1,0 |
    | `#nav .btn:hover` | 0,1,2,0 |

Each row is a piece of code with what the rule makes of it, a figure and no words: the
rule at work, not an idea of its own (".btn: 0,0,1,0" says nothing a person explains).
Where the answer says its rule in prose beside such a table, its points come from that
prose (`keyterms` reads the answer without the table); a table that is all the answer
says stays, its rows its points.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CODE = re.compile(r"`[^`]+`")
_WORD = re.compile(r"[^\W\d_]{2,}")
PROSE_WORDS = 8  # the prose beside the table says a rule in this many words at least


def _cells(line: str) -> list[str]:
    found = _ROW.match(line)
    return [cell.strip() for cell in found[1].split("|")] if found else []


def _worked(rows: list[list[str]]) -> bool:
    """Whether a table's body rows are worked examples: each headed by code only, its
    other cells figures with no word ("0,0,1,0", "1.5", "−3")."""
    return bool(rows) and all(
        len(row) >= 2
        and _CODE.fullmatch(row[0])
        and all(cell and not _WORD.search(_CODE.sub(" ", cell)) for cell in row[1:])
        for row in rows
    )


def without_worked_tables(markdown: str) -> str:
    """The answer without its tables of worked examples, where prose beside them says
    something (`PROSE_WORDS`); itself where it has none or they are all it says."""
    lines = markdown.split("\n")
    kept: list[str] = []
    dropped = False
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _cells(lines[end]):
            end += 1
        if end == at:  # (a line of no table)
            kept.append(lines[at])
            at += 1
            continue
        block = lines[at:end]
        if len(block) >= 3 and _RULE.match(block[1]) and _worked([_cells(r) for r in block[2:]]):
            dropped = True
        else:
            kept.extend(block)
        at = end
    rest = "\n".join(kept)
    if not dropped or len(_WORD.findall(_CODE.sub(" ", rest))) < PROSE_WORDS:
        return markdown
    return rest
