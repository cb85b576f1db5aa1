"""Which headings of a document are no question, and which of those are its sections
(the topics of the questions under them): a heading above the question unit's level
that stands over questions, one of their level that only groups them, a table of
contents, a footer ("## License"), a part of the document ("## Introduction"), and
the lines that label groups of questions where the notes have no headings for them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studyapp.core.parse import units as found
from studyapp.core.parse.choice import HEADING_KINDS, furniture
from studyapp.core.parse.ends import names_sources, names_study_part, nonblank_prefix, only_sources
from studyapp.core.parse.footers import footer_blocks
from studyapp.core.parse.group_labels import (
    CLAUSE_RE,
    NAMED_PART_RE,
    outline_label,
    shaped_label,
)
from studyapp.core.parse.heading_levels import grouping_heads
from studyapp.core.parse.housekeeping import housekeeping_heads
from studyapp.core.parse.notes_to_self import is_note_to_self_heading
from studyapp.core.parse.outline import outline_topics
from studyapp.core.parse.prose_heads import LABEL_ONLY_RE, link_heads, prose_heads
from studyapp.core.parse.titles import section_title, whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit
from studyapp.core.question_body import is_answer_label

TOC_RE = found.TOC_RE
FOOTER_RE = found.FOOTER_RE


@dataclass(slots=True)
class Heading:
    block: Block
    title: str
    section: bool = False
    toc: bool = False
    footer: bool = False
    part: bool = False  # "Introduction", "Summary", "Notes": around the questions, not one
    sources: bool = False  # "## Resources" over links between questions: no topic
    note: bool = False  # "## TODO" over the person's to-dos: a note to self, no topic
    project: bool = False  # "## How to contribute": the repository's housekeeping
    # "## Notes from the recruiter call" between question headings (prose_heads.py), or
    # a heading above the questions' level with no question under it: the person's notes
    aside: bool = False
    until: int = 0  # the last line of what it heads, where known


_CARD_HEAD_RE = re.compile(r"^(?:flash\s?card|card)\s*\d{0,4}\s*:?$", re.I)
# A heading that only holds the card under it, the same over each ("* Item :drill:", as
# Org-drill names its cards): no topic either; the heading above them is.
_ITEM_HEAD_RE = re.compile(r"^(?:item|entry|drill)\s*\d{0,4}$", re.I)
# A section that only says its lines are questions ("## Questions", "## Interview
# questions", "## Q&A", "## Flashcards") names no subject: no topic of theirs.
_QUESTIONS_ONLY_RE = re.compile(
    r"^(?:(?:the|my|all|some|common|typical|sample|practice|interview|review|study|quiz"
    r"|mock|test|example|likely|possible|top|\d{1,3})\s+)*"
    r"(?:questions?(?:\s+(?:and|&)\s+answers?)?|q\s*(?:&|and|/)\s*a|flash\s?cards?|cards"
    r"|questions?\s+to\s+(?:prepare|practi[cs]e|review|answer))\s*:?$",
    re.I,
)


def names_the_questions(title: str) -> bool:
    """Whether a section's name only says it holds questions (see _QUESTIONS_ONLY_RE)."""
    return bool(_QUESTIONS_ONLY_RE.match(title.strip()))


def section_headings(doc: Document, unit_kind: str, units: list[Unit]) -> list[Heading]:
    """Headings that are not questions, with those that introduce questions marked as sections."""
    starts = {u.line for u in units}
    top = int(unit_kind[1]) if unit_kind in HEADING_KINDS else 7
    inside = _inside_containers(units)
    tocs = found.toc_headings(doc)
    project = housekeeping_heads(doc)
    grouping = grouping_heads(doc, top, units) if top < 7 else set()
    asides = prose_heads(doc, top) if top < 7 else set()
    linked = link_heads(doc, top) if top < 7 else set()  # "## Related" over [[links]]
    heads = [
        Heading(b, section_title(b.text, plain=doc.plain))
        for b in doc.blocks
        if b.kind == "heading"
        and b.start not in starts  # first: the questions themselves go at once
        # at the top, or heading a list item over questions that are items (an outline:
        # Logseq's "- ## Concurrency" over "  - What is a goroutine?")
        and (b.depth == 0 or (b.lead and unit_kind in ("list-item", "card")))
        and not b.quoted
        and (
            b.level < top
            or b.start in tocs
            or b.start in project
            or b.start in grouping
            or b.start in asides
            or b.start in linked
            or (b.level == top and furniture(whole_title(b.text, plain=doc.plain)))
            # "## Open questions" after the cards (closing_asides.py): the notes' own
            or (b.level == top and names_study_part(b.text, whole=True))
            or (b.level == top and is_note_to_self_heading(whole_title(b.text, plain=doc.plain)))
        )
        and not inside(b.start)
        # "#### Answer: B" under a quiz's question is its answer's label, not a topic
        # over the questions after it (it had taken the answer's letter with it)
        and not is_answer_label(doc.line(b.start))
    ]
    if not units:
        return heads
    counts = nonblank_prefix(doc)
    anchors = sorted([*(u.line for u in units), *(h.block.start for h in heads)])
    unit_lines = [u.line for u in units]
    head_starts = [h.block.start for h in heads]  # in the file's order

    named = Counter(h.title.casefold() for h in heads)
    footers = {b.start for b in footer_blocks(doc)}
    asking = found.mostly_asking(units)
    votes: dict[int, list[bool]] = {}
    for head in heads:
        head.toc = bool(TOC_RE.match(head.title)) or head.block.start in tocs
        head.project = not head.toc and head.block.start in project
        head.footer = head.block.start > units[-1].line and bool(
            FOOTER_RE.match(head.title) or names_study_part(head.title)  # "## Open questions"
        )
        # "Introduction" above the first question, "Summary" or "Notes" below the last:
        # not where it names a part of every answer ("### Summary" under each).
        head.part = (
            # (after the last card, cards that ask nothing too: closing_asides.py)
            (asking or head.block.start > units[-1].line)
            and bool(found.DOCUMENT_PART_RE.match(head.title))
            and named[head.title.casefold()] == 1
            and not unit_lines[0] <= head.block.start <= units[-1].line
            and head.block.level == top
        ) or bool(
            _CARD_HEAD_RE.match(head.title)  # "## Card" over each card: no topic
            or (named[head.title.casefold()] > 1 and _ITEM_HEAD_RE.match(head.title))
        )
        position = bisect.bisect_right(anchors, head.block.start)
        nxt = anchors[position] if position < len(anchors) else len(doc.lines) + 1
        gap = counts[nxt - 1] - counts[head.block.end]
        # "## Resources" over nothing but links, between questions: it closes the
        # group above it, and names no group of the questions after it.
        head.sources = not head.footer and (
            (names_sources(head.title) and only_sources(doc, head.block.end + 1, nxt - 1))
            # "## References" over its own lines, then more questions: a footer ended
            or (head.block.start in footers and head.block.start < units[-1].line)
            or head.block.start in linked
        )
        head.until = project.get(head.block.start, nxt - 1)  # (its own lines only)
        head.note = not head.toc and is_note_to_self_heading(head.title)
        head.aside = head.block.start in asides and not (
            head.toc or head.footer or head.part or head.sources or head.note or head.project
        )
        if (
            head.toc
            or head.footer
            or head.part
            or head.sources
            or head.note
            or head.project
            or head.aside
        ):
            continue  # the document's furniture votes neither way
        if gap and _inside_an_answer(head, heads, head_starts, unit_lines):
            continue  # text under it: a sub-heading of the answer before it
        following = bisect.bisect_left(unit_lines, nxt)
        votes.setdefault(head.block.level, []).append(
            (gap == 0, gap <= 8 and nxt in starts, following)
        )
    section_levels = set()
    for level, vote in votes.items():
        # A section heading stands right above its questions, or groups several of them.
        direct = sum(1 for d, _, _ in vote if d)
        near = [i for i, (_, close, _) in enumerate(vote) if close]
        groups = _questions_under(vote, len(units))
        if direct * 2 >= len(vote) or (len(near) * 2 >= len(vote) and groups >= 1.5):
            section_levels.add(level)
    for head in heads:
        head.section = head.block.level in section_levels and not (
            head.footer or head.part or head.sources or head.note or head.project or head.aside
        )
    if top < 7:
        _above_asides(doc, heads, starts, top)
    if top == 7:
        outline = outline_topics(doc, units)
        heads += [Heading(b, title, True, until=end) for b, title, end in outline]
        heads = sorted([*heads, *_label_heads(doc, units)], key=lambda h: h.block.start)
    return heads


def _above_asides(doc: Document, heads: list[Heading], starts: set[int], top: int) -> None:
    """Mark as asides the headings above the questions' level that are no section, with
    lines of their own and no question in what they head ("## Reflections after the
    interview" after the "### What is …?" questions): a higher heading closes the
    answer above it, as Markdown's outline says, and heads the person's notes."""
    blocks = [b for b in doc.blocks if b.kind == "heading" and not b.depth and not b.quoted]
    counts = nonblank_prefix(doc)
    place = {b.start: i for i, b in enumerate(blocks)}
    for head in heads:
        block = head.block
        if block.level >= top or head.section or head.toc or head.project:
            continue
        index = place.get(block.start, len(blocks))
        own_end = blocks[index + 1].start - 1 if index + 1 < len(blocks) else len(doc.lines)
        region_end = next(
            (
                blocks[k].start - 1
                for k in range(index + 1, len(blocks))
                if blocks[k].level <= block.level
            ),
            len(doc.lines),
        )
        if counts[own_end] == counts[block.end]:
            continue  # nothing of its own: a group's name, or over sub-headings
        if not any(block.start < n <= region_end for n in starts):
            head.aside = True


# A line left open ("Run", "… in short", "Example output:"): what follows completes it.
_OPEN_LINE_RE = re.compile(r"(?:[a-z]|[:,])\s*$")


def _label_heads(doc: Document, units: list[Unit]) -> list[Heading]:
    """Lines that label groups of questions where the notes have no headings for them:
    each alone in its paragraph, right above a question (nothing but blank lines
    between), shaped as a label (all bold, all capitals, "Part B - …"), asking
    nothing. They count only as a set: two or more, the first above the first
    question, and none the whole answer of the question above it (a one-word answer
    "TCP" stays an answer)."""
    if len(units) < 2:
        return []

    starts = [u.line for u in units]
    counts = nonblank_prefix(doc)
    labels: list[Heading] = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.start != block.end or block.quoted:
            continue
        below = bisect.bisect_right(starts, block.start)
        if block.depth and not (block.depth == 1 and block.lead and below < len(units)):
            continue  # (a section numbered as a list item: "1. Databases", below)
        outline = below < len(units) and outline_label(
            doc.line(block.start), units[below].raw_title
        )
        label = (outline, True) if outline else shaped_label(doc.line(block.start))
        if block.depth and not outline:
            continue
        if block.start in doc.glued:  # written right above its question (group_labels.py)
            label = (doc.glued[block.start], True)
        title, shaped = label or (_caption(doc, block, units, starts), True)
        if not title or title[-1] in ".?!;," or found.is_question_like(title):
            continue
        if LABEL_ONLY_RE.match(title):
            continue  # "**Front:**", "**Question**": labels a card's side, names no group
        sentence = len(title.split()) > 5 or CLAUSE_RE.search(title)
        if sentence and NAMED_PART_RE.match(title) and not _SENTENCE_END_RE.search(title):
            sentence = False  # "Round 2 — system design (60 min)", "Part 1: Python": a part
        if not any(c.isalpha() for c in title) or (shaped and sentence):
            continue  # "--- 0 1 2 ---", "**TL;DR: pick C or A**": a line of the answer
        position = bisect.bisect_right(starts, block.start)
        if position == len(units) or counts[starts[position] - 1] != counts[block.end]:
            continue  # no question right below it
        if position:
            before = block.start - 1
            while before > 0 and not doc.line(before).strip():
                before -= 1
            if block.start not in doc.glued and _OPEN_LINE_RE.search(doc.line(before)):
                continue  # "Run" / "ROLLBACK": it ends the answer's sentence above
            above = units[position - 1]
            said = counts[block.start - 1] - counts[above.title_end]
            if not said and not above.answer_prefix.strip():
                continue  # the only answer of the question above
        elif labels:
            continue
        labels.append(
            Heading(Block("heading", block.start, block.end, title, level=7), title, True)
        )
    first = labels[0].block.start if labels else 0
    if len(labels) < 2 or bisect.bisect_right(starts, first) != 0:
        return []
    return labels


_SENTENCE_END_RE = re.compile(r"[.;!]\s|[.;!]$|:\s.*:")  # a sentence in it, not a name
_CAPTION_RE = re.compile(r"^[A-Z][^\n]{1,58}[\w)]$")


def _caption(doc: Document, block: Block, units: list[Unit], starts: list[int]) -> str:
    """A heading a plain-text export kept as a plain line ("STAR stories" above the
    "● Tell me about …" items of a Google Docs download): in a text file, between
    list items that hold their answers, outside the item above it."""

    if not doc.plain:
        return ""
    line = doc.line(block.start).strip()
    if not _CAPTION_RE.match(line):
        return ""
    position = bisect.bisect_right(starts, block.start)
    below = units[position] if position < len(units) else None
    above = units[position - 1] if position else None
    if below is None or not below.end or (above is not None and not 0 < above.end < block.start):
        return ""
    return line


def _inside_an_answer(
    head: Any, heads: list[Any], head_starts: list[int], unit_lines: list[int]
) -> bool:
    """A heading after a question, deeper than the heading that stands above that
    question (and, as the caller checks, with text under it before the next question),
    belongs to the question's answer (`## Databases`, a question, then `### Example`
    and its text): it does not vote for its level being sections. A deeper heading
    right above questions (`### Embeddings` inside `## Multimodal`) still does."""

    before = bisect.bisect_left(unit_lines, head.block.start) - 1
    if before < 0:
        return False
    question = unit_lines[before]
    # The last heading above the question, not a table of contents': found by bisection
    # (a list of them all for each heading was quadratic: 1.3 MB of headings, 39 s).
    k = bisect.bisect_left(head_starts, question) - 1
    while k >= 0 and heads[k].toc:
        k -= 1
    return k >= 0 and head.block.level > heads[k].block.level


def _inside_containers(units: list[Unit]) -> Callable[[int], bool]:
    """Is a line inside a unit's own container (a <details> block, a list item)?"""

    spans = [(u.line, u.end) for u in units if u.end]
    firsts = [a for a, _ in spans]

    def inside(line: int) -> bool:
        position = bisect.bisect_right(firsts, line) - 1
        return position >= 0 and spans[position][0] < line <= spans[position][1]

    return inside


def _questions_under(vote: list[tuple[bool, bool, int]], total: int) -> float:
    """How many questions a heading of this level holds on average (up to the next one)."""
    firsts = [index for _, _, index in vote]
    spans = [b - a for a, b in zip(firsts, [*firsts[1:], total], strict=True) if b > a]
    return sum(spans) / len(spans) if spans else 0.0
