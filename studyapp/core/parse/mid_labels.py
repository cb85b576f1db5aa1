"""A line mid-note that labels the questions after it, where the note has no heading
for them: "SQL drills:" over a few ``Q:``/``A:`` pairs after questions written as
headings, "**Part 2: SQL**" alone between ``Q:`` pairs. Each stands alone in its
paragraph right above a question, names something (`names_a_group`: not "What I said
last time:", which leads into the dialogue it quotes), and leaves the question above it
an answer of its own. It is the topic of the questions after it, up to the next
section or label; over questions written in another shape than the note's own (pairs
after heading questions), up to the next question of the note's own shape, where the
note goes back to its own questions. Over the note's own questions, it names a
numbered part or is one of a set of labels written alike ("**Later**" alone is a line
of the answer above it). Such a line was the last line of the answer above it (or an
empty question), and its questions had no topic.
"""

from __future__ import annotations

import bisect
from collections import Counter

from studyapp.core.parse.ends import nonblank_prefix
from studyapp.core.parse.group_labels import NAMED_PART_RE, names_a_group
from studyapp.core.parse.section_heads import LABEL_ONLY_RE, Heading
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit


def mid_labels(
    doc: Document, kind: str, units: list[Unit], own: set[int], heads: list[Heading]
) -> list[Heading]:
    """The label lines between questions (see the module), as headings of level 7 that
    end (`Heading.until`) where their questions do. `own`: the lines the note's own
    questions start on (the chosen unit's, before other shapes were added)."""
    if len(units) < 2:
        return []
    starts = [u.line for u in units]
    taken = {h.block.start for h in heads}
    counts = nonblank_prefix(doc)
    labels: list[Heading] = []
    shapes: list[str] = []  # each one's shape, where it stands over the note's own questions
    for block in doc.blocks:
        if block.kind != "paragraph" or block.start != block.end or block.quoted or block.depth:
            continue
        position = bisect.bisect_right(starts, block.start)
        if not 0 < position < len(units) or block.start in taken:
            continue  # above the first question: the note's title or intro (section_heads)
        below, above = units[position], units[position - 1]
        if counts[below.line - 1] != counts[block.end]:
            continue  # no question right below it
        said = counts[block.start - 1] - counts[max(above.title_end, above.answer_start - 1)]
        if not said and not above.answer_prefix.strip():
            continue  # the whole answer of the question above it
        if kind == "bold" and doc.line(block.start).lstrip().startswith(("**", "__")):
            continue  # a bold line among bold questions: section_heads reads those
        name = names_a_group(doc, block.start)
        if not name or LABEL_ONLY_RE.match(name):
            continue  # ("**Front:**" labels a card's side, names no group)
        until = len(doc.lines)
        if below.line not in own:  # other questions than the note's own: up to its next
            if not below.explicit:
                continue  # (a list that asks under "Things people confuse:" is an answer's)
            nxt = next((s for s in starts[position:] if s in own), 0)
            until = nxt - 1 if nxt else until
        head = Heading(Block("heading", block.start, block.end, name, level=7), name, True)
        head.until = until
        labels.append(head)
        shapes.append(_shape(doc.line(block.start)) if below.line in own else "")
    # Over the note's own questions, a label counts as one of a set (two or more of one
    # shape) or naming a numbered part ("**Part 2: SQL**"): "**Later**" alone is a line
    # of the answer above it, as "ROLLBACK" under "Run" is. Each of a set names its own
    # group: one that comes back ("**Important**" closing answers) is a part of them.
    named = Counter(h.title.casefold() for h, shape in zip(labels, shapes, strict=True) if shape)
    shapes = [
        s if not s or named[h.title.casefold()] == 1 else "again"
        for h, s in zip(labels, shapes, strict=True)
    ]
    count = Counter(shapes)
    return [
        h
        for h, shape in zip(labels, shapes, strict=True)
        if not shape or (shape != "again" and (count[shape] >= 2 or NAMED_PART_RE.match(h.title)))
    ]


def _shape(line: str) -> str:
    """How a label line is written: bold, in capitals, with a colon, bracketed …"""
    line = line.strip()
    if line[:2] in ("**", "__"):
        return "bold"
    if line.endswith(":"):
        return "colon"
    if line.isupper():
        return "caps"
    return line[:1]
