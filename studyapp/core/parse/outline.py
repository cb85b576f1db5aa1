"""Notes kept as an outline: topics, their questions one level in, each question's
answer one level further::

    - Databases                      Databases
      - What is sharding?            <tab>What is sharding?
        - Splitting data by a key.   <tab><tab>Splitting data by a key.
    - Caching                        Caching
      - What is write-through?       <tab>What is write-through?
        - Writes go to both.         <tab><tab>Writes go to both.

On the left, Markdown bullets (Workflowy, Dynalist, Logseq without headings): the
questions are the items one level in, and the items at the top that hold them are
their topics (`outline_topics`). On the right, the same outline typed with indents in a
text file: read as those bullets (`bulleted`), a ``- `` after each line's indent, the
line numbers kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from studyapp.core.parse.titles import section_title, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit, is_question_like


def outline_topics(doc: Document, units: list[Unit]) -> list[tuple[Block, str, int]]:
    """The items at the top of an outline whose items one level in are the questions:
    each with the line that names it, as a heading of the questions inside it, and the
    item's last line (a question after it is in no such group). (A card
    marked so at the top, "- What is X? #card" after a group, stands beside the groups.)"""
    items = {b.start: b for b in doc.blocks if b.kind == "item" and not b.quoted}
    inner = sorted(u.line for u in units if u.line in items and items[u.line].depth == 1)
    beside = sum(1 for u in units if u.explicit and u.line in items and not items[u.line].depth)
    if len(inner) < 2 or len(inner) * 5 < (len(units) - beside) * 4:
        return []
    found: list[tuple[Block, str, int]] = []
    for index, block in enumerate(doc.blocks):
        if block.kind != "item" or block.depth or block.quoted or index + 1 >= len(doc.blocks):
            continue
        lead = doc.blocks[index + 1]
        if lead.kind != "paragraph" or not lead.lead or lead.start != lead.end:
            continue
        title = section_title(lead.text, plain=doc.plain)
        if not title or is_question_like(title) or len(title) > 80:
            continue
        at = bisect_right(inner, block.start)  # (the inner lines are in order)
        if at == len(inner) or inner[at] > block.end:
            continue
        found.append((Block("heading", lead.start, lead.end, title, level=7), title, block.end))
    return found


_INDENT_RE = re.compile(r"^([ \t]*)(\S)")
_MARKED_RE = re.compile(r"^[ \t]*(?:[-*+•●○]|\d{1,3}[.)])[ \t]")


def _width(line: str) -> int:
    indent = _INDENT_RE.match(line)
    return len(indent.group(1).expandtabs(4)) if indent else 0


def _levels(lines: list[str]) -> dict[int, int]:
    """Each indent's width → its depth: the widths in the note, narrowest first."""
    widths = sorted({_width(line) for line in lines if line.strip()})
    return {width: depth for depth, width in enumerate(widths)}


def indented_outline(text: str) -> bool:
    """Whether a text note is an outline typed with indents: three levels or more, no
    bullets of its own, every line at most one level deeper than the line above it,
    most lines indented, and a level whose lines mostly ask, with lines below it."""
    if "\n\t\t" not in text and "\n    " not in text:
        return False  # decided in C for the usual note
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 4 or any(_MARKED_RE.match(line) for line in lines):
        return False
    levels = _levels(lines)
    depths = [levels[_width(line)] for line in lines]
    if max(depths) < 2 or depths[0] != 0:
        return False
    if any(b > a + 1 for a, b in pairwise(depths)):
        return False
    if sum(1 for d in depths if d) * 2 <= len(depths):
        return False
    for depth in range(1, max(depths)):  # a level of questions, with answers below it
        asked = [line.strip() for line, d in zip(lines, depths, strict=True) if d == depth]
        asking = sum(1 for line in asked if is_question_like(whole_title(line, plain=True)))
        if len(asked) >= 2 and asking * 5 >= len(asked) * 3:
            return True
    return False


def bulleted(lines: list[str]) -> list[str]:
    """Each line of an indented outline as a Markdown bullet at its depth; an outline
    under one line at the margin (a mind map's central topic: "Interview prep" over its
    topics over their questions) has that line as its title, its lines a level up."""
    levels = _levels(lines)
    top = [n for n, line in enumerate(lines) if line.strip() and not levels[_width(line)]]
    root = top[0] if len(top) == 1 and len(levels) > 3 else -1
    out = []
    for number, line in enumerate(lines):
        match = _INDENT_RE.match(line)
        if match is None:
            out.append(line)
        elif number == root:
            out.append("# " + line.strip())
        else:
            depth = levels[_width(line)] - (1 if root >= 0 else 0)
            out.append("  " * depth + "- " + line[match.end(1) :])
    return out


_ROOT_ITEM_RE = re.compile(r"^[-*+][ \t]+(\S.*)$")
_LEAD_WS_RE = re.compile(r"^[ \t]*")


def _expanded(line: str) -> str:
    """The line with the tabs of its indent as four spaces each."""
    lead = _LEAD_WS_RE.match(line).group()  # type: ignore[union-attr]
    return lead.expandtabs(4) + line[len(lead) :] if "\t" in lead else line


def rooted_outline(text: str) -> str | None:
    """A Markdown outline under one bullet at the margin (a mind map's or Workflowy's
    root: "- Interview prep" over "- Python" topics over "- What is X?" questions over
    their answers) with that bullet as its title (``# Interview prep``) and the items
    under it a level up, so its topics read as topics and its questions as questions;
    None where the text is no such outline. The line numbers are kept.

    Only where the root is the note's one line at the margin, short and asking nothing,
    every other line is indented at least as far as its first child, and the items two
    levels in, two or more, mostly ask (answers below them or not)."""
    lines = text.split("\n")
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < 4:
        return None
    root = _ROOT_ITEM_RE.match(lines[filled[0]])
    if root is None or len(root[1]) > 80 or is_question_like(whole_title(root[1])):
        return None
    body = [_expanded(lines[n]) for n in filled[1:]]
    step = _width(body[0])
    if not step or not _MARKED_RE.match(body[0]) or any(_width(line) < step for line in body):
        return None
    inner = [line for line in body if _MARKED_RE.match(line)]
    widths = sorted({_width(line) for line in inner})
    if len(widths) < 3:
        return None  # root › topics › questions at least
    asked = [line.strip() for line in inner if _width(line) == widths[1]]
    asking = sum(1 for line in asked if is_question_like(whole_title(line.lstrip("-*+ \t"))))
    if len(asked) < 2 or asking * 5 < len(asked) * 3:
        return None
    out = list(lines)
    out[filled[0]] = "# " + root[1].strip()
    for n in filled[1:]:
        out[n] = _expanded(lines[n])[step:]
    return "\n".join(out)
