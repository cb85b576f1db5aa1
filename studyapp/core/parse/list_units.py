"""List items as question units: each item of a list at some depth, grouped by list type
and by how the item's first block looks (a heading, bold, plain text), its title cut
from the answer that follows in the same paragraph; and ``a.`` / ``b.`` lines, which
Markdown reads as paragraph text, as a list of their own (units.py has the other
finders, unit_scores.py weighs them)."""

from __future__ import annotations

import re

from studyapp.core.parse.heading_levels import asks_or_compares
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Block, Document, indent_width
from studyapp.core.parse.units import (
    _OPEN_END_RE,
    ANSWER_RE,
    BOLD_NUMBER_RE,
    PREFIX_RE,
    TOC_ENTRY_RE,
    WHOLE_BOLD_RE,
    Unit,
    _ends_asking,
    _ends_phrase,
    _number,
    _title_cut,
    _unit,
    _without_options,
    bold_lead,
    numbered_lead,
)


def _lead_style(doc: Document, item: Block, index: int) -> tuple[str, Block | None]:
    lead = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    if lead is None or not lead.lead or lead.item != index:
        return "empty", None
    if lead.kind == "heading":
        return "heading", lead
    if lead.kind != "paragraph":
        return "other", lead
    first = lead.text.split("\n", 1)[0]
    if WHOLE_BOLD_RE.match(first) or BOLD_NUMBER_RE.match(first):
        return "bold", lead
    return "plain", lead


def numbered_runs(doc: Document) -> set[int]:
    """The items (their indexes in ``doc.blocks``) of runs of numbered questions: two or
    more numbered items at one depth and indent, each number above the one before, each
    item right after the one before (blank lines only between) and each with lines
    under its first ("1. What is a hash map?" / "A key-value store." / "2. stack vs
    queue" / "stack is LIFO …"). Each item's first line is then its question, whether
    it asks or not. (Steps inside an answer are one line each, or come one to a line.)"""
    runs: set[int] = set()
    run: list[int] = []
    last: dict[int, int] = {}  # depth → the index of the last item seen at that depth

    def close() -> None:
        if len(run) >= 2:
            runs.update(run)
        run.clear()

    for index, block in enumerate(doc.blocks):
        if block.kind != "item" or block.quoted:
            continue
        before = last.get(block.depth)
        last[block.depth] = index
        if not (block.ordered and block.number is not None and block.end > block.start):
            if run and run[-1] == before:
                close()
            continue
        if run and not (run[-1] == before and _follows(doc, doc.blocks[before], block)):
            close()
        run.append(index)
    close()
    return runs


def bullet_runs(doc: Document) -> set[int]:
    """The items of runs of bulleted questions: two or more top-level items of one list
    (one marker, one indent), each right after the one before and each with lines under
    its first set off from its text, deeper (code: "- Reverse a string" / "      s[::-1]")
    or left of it ("- stack vs queue" / "stack is LIFO"); a line at the item's text is
    its text wrapped. A run under a question (a heading or a line above it that asks)
    is that answer's points, not questions of its own."""
    runs: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2 and not _under_a_question(doc, run[0]):
            runs.update(run)
        run.clear()

    for index, block in enumerate(doc.blocks):
        if block.kind != "item" or block.quoted or block.depth:
            continue
        if block.ordered or not _set_off(doc, block):
            close()
            continue
        if run and not _next_bullet(doc, doc.blocks[run[-1]], block):
            close()
        run.append(index)
    close()
    return runs


def _set_off(doc: Document, item: Block) -> bool:
    """Whether a bulleted item has a line under its first, indented off its text."""
    marker = _BULLET_MARKER_RE.match(doc.line(item.start))
    below = doc.line(item.start + 1)
    return (
        marker is not None
        and item.end > item.start
        and bool(below.strip())
        and indent_width(below) != marker.end()
    )


def _next_bullet(doc: Document, prev: Block, item: Block) -> bool:
    """Whether `item` is the next of a bulleted run after `prev`: one marker, one indent,
    only blank lines between."""
    before, line = doc.line(prev.start), doc.line(item.start)
    return (
        before.lstrip()[:1] == line.lstrip()[:1]
        and indent_width(before) == indent_width(line)
        and not any(doc.line(n).strip() for n in range(prev.end + 1, item.start))
    )


def _under_a_question(doc: Document, index: int) -> bool:
    """Whether the list that holds the item at `index` answers a question: the heading
    over it asks ("## What are the SOLID principles?"), or the paragraph right above it
    does."""
    above = next(
        (b for b in reversed(doc.blocks[:index]) if b.depth == 0 and b.kind != "item"), None
    )
    heading = next((b for b in reversed(doc.blocks[:index]) if b.kind == "heading"), None)
    return any(
        b is not None and asks_or_compares(whole_title(b.text, plain=doc.plain))
        for b in (above, heading)
        if b is not None and b.kind in ("heading", "paragraph")
    )


def _follows(doc: Document, prev: Block, item: Block) -> bool:
    """Whether `item` is the next of a numbered run after `prev`."""
    return (
        prev.number is not None
        and item.number is not None
        and item.number > prev.number
        and indent_width(doc.line(prev.start)) == indent_width(doc.line(item.start))
        and not any(doc.line(n).strip() for n in range(prev.end + 1, item.start))
    )


def _reads_as_title(doc: Document, lead: Block, lines: list[str]) -> bool:
    """Whether an item's first line (of its `lead` paragraph's `lines`) reads as its
    question over the lazy lines under it. Those are indented less than the item's
    text (Markdown reads them as its paragraph going on), or more (code written under
    it: "3) Reverse a linked list" / "    def reverse(head):"); a line indented as the
    item's text is its title wrapped ("… balanced when" / "   nodes split and merge"). The
    first line is short, not cut off mid-phrase ("Difference between" / "a process and
    a thread"), not a line the writer wrapped (one of `_WRAPPED` columns or more, on
    which the next line's first word would not have fit below the paragraph's longest
    line: "… names of its" / "contributors may be used …"), and no line under it asks
    (a question wrapped over lines)."""
    first = lines[0].strip()
    following = lines[1].strip().split(maxsplit=1)
    source = [len(doc.line(n).rstrip()) for n in range(lead.start, lead.end + 1)]
    marker = _ITEM_MARKER_RE.match(doc.line(lead.start))
    return (
        0 < len(first) <= _TITLE_LENGTH
        and marker is not None
        and bool(following)
        # code under the title (indented deeper than the item's text) is no title going
        # on; a line indented as the text or less is, only where it clearly goes on
        and (
            indent_width(doc.line(lead.start + 1)) > marker.end() or not _goes_on(first, following)
        )
        and (source[0] < _WRAPPED or source[0] + 1 + len(following[0]) <= max(source))
        and not first.endswith((",", ";", "-", "(", "/", "&"))
        and not _OPEN_END_RE.search(first)
        and not any(_ends_asking(line, doc.plain) for line in lines[1:])
    )


def _goes_on(first: str, following: list[str]) -> bool:
    """Whether the line under an item's first line goes on with it: it opens in lower
    case with a word that joins ("Difference between TCP" / "and UDP", "… vs" / "than"),
    or the first line stops on a word that leads a clause on ("Explain what happens
    when" / "you type a URL"). An answer written in lower case ("stack vs queue" /
    "stack is LIFO", "What is a closure" / "a function that …") does neither."""
    word = following[0]
    if not word[:1].islower() and word != "&":
        return False
    return bool(_JOINING_RE.fullmatch(word) or _LEADS_ON_RE.search(first))


# Words that open a line only to join it to the line above.
_JOINING_RE = re.compile(r"(?:and|or|nor|vs\.?|versus|than|of|&)[,:]?")
# Words a title does not stop on: the clause they open goes on below.
_LEADS_ON_RE = re.compile(
    r"\b(?:when|while|if|whether|because|although|though|whereas|unless|that|which|whose"
    r"|how|its|their|our|your)$",
    re.I,
)
_ITEM_MARKER_RE = re.compile(r"^[ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]*")  # up to the item's text
_BULLET_MARKER_RE = re.compile(r"^[ \t]*[-*+][ \t]+")
_TITLE_LENGTH = 120  # the longest first line read as a title over lazy answer lines
_WRAPPED = 60  # a shorter line was not wrapped by a writer's line width


def list_item_groups(doc: Document) -> dict[tuple[int, bool, str], list[Unit]]:
    """Items grouped by depth, list type and how their first block looks."""
    groups: dict[tuple[int, bool, str], list[Unit]] = {}
    runs = numbered_runs(doc) | bullet_runs(doc)
    for index, block in enumerate(doc.blocks):
        if block.kind != "item" or block.quoted or block.depth > 1:
            continue
        style, lead = _lead_style(doc, block, index)
        if lead is None or style == "other" or TOC_ENTRY_RE.match(lead.text):
            continue
        raw = lead.text
        title_end = lead.end
        first = raw.partition("\n")[0]
        leads_bold = style == "plain" and first.lstrip()[:2] in ("**", "__")
        asked = bold_lead(first) if leads_bold else None
        if style == "bold":  # "1. **1) What is a heap?** A tree …"
            asked = numbered_lead(first)
        if asked and not PREFIX_RE.match(first):
            # "- **What is an image?** A read-only template": the answer on its line
            unit = Unit(
                block.start,
                lead.start,
                asked["q"],
                whole_title(asked["q"], plain=doc.plain),
                lead.start + 1,
                end=block.end,
                number=block.number,
                answer_prefix=asked["a"],
            )
            groups.setdefault((block.depth, block.ordered, "text"), []).append(unit)
            continue
        if style == "bold":
            first = raw.partition("\n")[0]
            if not BOLD_NUMBER_RE.match(first):
                raw = first
                title_end = lead.start
        if "\n" in raw:
            # "1. What is power?" with its answer on the next line, no blank between
            lines = raw.split("\n")
            if index in runs and _reads_as_title(doc, lead, lines):
                cut = 0  # "3) stack vs queue" / "stack is LIFO, …": Markdown's lazy lines
            else:  # (first: code under it may end in ":", "def reverse(head):")
                cut = _title_cut(lines, doc.plain)
            # (a last "Answer: B" line right under the question is its answer's mark;
            # under a quiz's options, the options are the answer's too)
            if cut is not None and (not ANSWER_RE.match(lines[-1]) or cut < len(lines) - 2):
                raw = "\n".join(lines[: cut + 1])
                title_end = lead.start + cut
        answer = ANSWER_RE.match(raw.split("\n")[-1]) if "\n" in raw else None
        if answer:  # the answer marked on the line after the question
            raw = "\n".join(raw.split("\n")[:-1])
            title_end = lead.end - 1
        unit = Unit(
            block.start,
            title_end,
            raw,
            whole_title(raw, plain=doc.plain),
            title_end + 1,
            end=block.end,
            number=block.number,
        )
        shape = "heading" if style == "heading" else "text"
        groups.setdefault((block.depth, block.ordered, shape), []).append(unit)
    numbered = [
        _unit(doc, b, b.text, number=_number(b.text))
        for b in doc.blocks
        if b.kind == "paragraph" and b.depth == 0 and not b.quoted and BOLD_NUMBER_RE.match(b.text)
    ]
    if numbered and (0, True, "text") in groups:
        # "**10.** Question" between "9. Question" items: the same numbered unit, written
        # as a paragraph (the emphasis keeps Markdown from reading it as an item)
        merged = groups[(0, True, "text")] + numbered
        groups[(0, True, "text")] = sorted(merged, key=lambda u: u.line)
    lettered = _lettered_items(doc)
    if lettered:  # "a." items after "1." items, or a list of their own
        key = (0, True, "text") if (0, True, "text") in groups else (0, True, "letters")
        groups[key] = sorted([*groups.get(key, []), *lettered], key=lambda u: u.line)
    return groups


LETTER_RE = re.compile(r"^ {0,3}([a-zA-Z])[.)]\s+(?=\S)")


def _lettered_items(doc: Document) -> list[Unit]:
    """``a.`` / ``b.`` items, which Markdown reads as paragraph lines: a list all the same
    when the letters run a, b, c … The item's first line is its question when it asks or
    ends a phrase (as for numbered items); its other lines are the answer."""
    found: list[tuple[int, str, int]] = []  # line, text, letter number
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth > 0 or block.quoted:
            continue
        for offset, line in enumerate(block.text.split("\n")):
            match = LETTER_RE.match(doc.line(block.start + offset))
            if match:
                found.append((block.start + offset, line, ord(match.group(1).lower()) - 96))
    run = [f for i, f in enumerate(found) if f[2] == 1 or (i and found[i - 1][2] == f[2] - 1)]
    run = _without_options(doc, run)
    # a lone "a." that asks nothing (no "b." after it) is an answer's mark ("A. …")
    run = [
        f
        for i, f in enumerate(run)
        if (i + 1 < len(run) and run[i + 1][2] == f[2] + 1)
        or (i and run[i - 1][2] == f[2] - 1)
        or _ends_asking(LETTER_RE.sub("", f[1]), doc.plain)
    ]
    if len(run) < 2:
        return []
    units = []
    for line, text, number in run:
        raw = LETTER_RE.sub("", text)
        following = doc.line(line + 1).strip()
        ends = not following or LETTER_RE.match(doc.line(line + 1))
        if not (ends or _ends_asking(raw, doc.plain) or _ends_phrase(raw, following)):
            continue
        title = whole_title(raw, plain=doc.plain)
        units.append(Unit(line, line, raw, title, line + 1, number=number))
    return units
