"""Which candidate unit holds a document's questions (engine.py finds the candidates
and builds the questions from the one chosen here).

`choose` takes the best-scored unit, or the person's ``split_at``, then weighs what
the scores cannot see: lines that ask without a mark only where nothing marks or
outnumbers them; follow-ups inside the answers of outer questions; a note that is
one question; and, in a note that changes style on the way, the marked pairs and
cards of another flat kind (`mix_marked`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from studyapp.core.parse import units as found
from studyapp.core.parse.ends import nonblank_prefix
from studyapp.core.parse.group_labels import names_a_group
from studyapp.core.parse.titles import ends_asking
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

HEADING_KINDS = tuple(f"h{level}" for level in range(1, 7))
KINDS = (*HEADING_KINDS, "list-item", "bold", "prefix", "details", "table", "card", "row", "asked")
KINDS += ("numbered",)  # (numbered_lines.py: only where the person chooses it)


@dataclass(slots=True)
class Candidate:
    kind: str
    units: list[Unit]
    score: float


def furniture(title: str) -> bool:
    """A heading that names a part of the document, not a question: "Contents",
    "License", "Introduction", "Summary"."""
    return bool(found.NOT_A_QUESTION_RE.match(title) or found.DOCUMENT_PART_RE.match(title))


def choose(cands: list[Candidate], split_at: str | None, first_line: int = 0) -> Candidate:
    """The unit that holds the questions (`split_at` overrules); `first_line` is the
    document's first line of text."""
    if split_at:
        for cand in cands:
            if cand.kind == split_at:
                return cand
        return Candidate(split_at, [], 0.0)
    best = _best(cands, first_line)
    return _outer_questions(cands, best) or _lone_question(cands, best) or best


def _lone_question(cands: list[Candidate], best: Candidate) -> Candidate | None:
    """A note that is one question: its only top heading asks ("# How does DNS
    resolution work?", "# Design a rate limiter") and the list items or bold lines
    under it are its answer's steps and notes, which do not ask. The heading is the
    question, not the items. (Sub-headings under an asking title may be cards of
    their own, "## Caching" in "# How to pass a design interview?": left as found;
    so are items that each hold an answer of their own under a heading that does not
    end asking, "# Define the following terms" over "1. Latency" / "Time for one
    request.")"""
    if not best.units or best.kind in HEADING_KINDS:
        return None
    # the first heading level present is the top one: one heading there, that asks
    top = next((c for c in cands if c.kind in HEADING_KINDS and c.units), None)
    if top is None or len(top.units) != 1 or top is best:
        return None
    head = top.units[0]
    if head.line > best.units[0].line or furniture(head.title):
        return None
    if not found.is_question_like(head.title) or found.mostly_asking(best.units):
        return None
    if ends_asking(head.title):
        # a heading that asks with a question mark is the question even where its
        # steps hold lines of their own ("## How do you deploy?" over "1. Build the
        # image" / "   docker build ."); a task over items ("Define the following
        # terms") may be cards
        return top
    answered = sum(1 for u in best.units if u.answer_prefix.strip() or u.end >= u.answer_start)
    return top if answered * 3 <= len(best.units) else None


def _outer_questions(cands: list[Candidate], best: Candidate) -> Candidate | None:
    """Bold questions, question callouts or list items that start only inside the
    answers of other questions ("## How does HTTPS work?" … "**Why a handshake?** …") are follow-ups
    there: the questions are the ones that ask around them, asked first and again
    between them: headings that ask, marked questions ("Q:"), or lines that ask at least
    half as many."""
    if best.kind not in ("bold", "card", "list-item") or not best.units:
        return None
    first = best.units[0].line
    outer = [
        c
        for c in cands
        if c.kind not in ("bold", "card", "list-item")
        # a list (a quiz's options "A." "B." "C.") inside answers: only under marked
        # or headed questions, never under lines that merely ask
        and (best.kind != "list-item" or c.kind == "prefix" or c.kind in HEADING_KINDS)
        and len(c.units) >= 2
        and (c.kind != "asked" or len(c.units) * 2 >= len(best.units))
        and c.units[0].line < first < c.units[-1].line
        and found.mostly_asking(c.units)
    ]
    return max(outer, key=lambda c: len(c.units)) if outer else None


def _best(cands: list[Candidate], first_line: int = 0) -> Candidate:
    asked = next((c for c in cands if c.kind == "asked"), None)
    others = [c for c in cands if c.kind != "asked"]
    # One line that asks opens a note of nothing else: the note is that question.
    alone = asked is not None and bool(asked.units) and asked.units[0].line == first_line
    if asked is not None and (
        (len(asked.units) < 2 and not (alone and not any(c.units for c in others)))
        or any(_marks_questions(c) or _outnumbers(c, asked) for c in others)
    ):
        # Lines that ask without a mark are questions only where nothing else marks or
        # outnumbers them: under marked questions, or under more headings than they
        # are, they are follow-ups inside the answers.
        cands = others
    cands = [c for c in cands if not _inside_one_marked(c, cands)] or cands
    return max(cands, key=lambda c: (c.score, -KINDS.index(c.kind) if c.kind in KINDS else 0))


def _inside_one_marked(cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether list items or bold lines all sit under one of two or more questions
    marked "Q1." / "Q:" (its lettered parts: "Q1. A train leaves at 60 km/h." over
    "a) How far …?" / "b) …", then "Q2. …"): that question's, not questions beside it."""
    if cand.kind not in ("list-item", "bold") or not cand.units:
        return False
    marked = next((c for c in cands if c.kind == "prefix" and len(c.units) >= 2), None)
    if marked is None:
        return False
    starts = sorted(u.line for u in marked.units)
    under = {bisect_left(starts, u.line) for u in cand.units}  # (the marked one above: -1)
    return len(under) == 1 and 0 not in under and not {u.line for u in cand.units} & set(starts)


def _outnumbers(cand: Candidate, asked: Candidate) -> bool:
    """More places than the lines that ask, and not only their answers' points: list
    items or bold lines that do not ask, each asking line followed by some of them
    ("What is ARC?" over "• Automatic Reference Counting" / "• retain and release")."""
    if len(cand.units) <= len(asked.units):
        return False
    if cand.kind not in ("list-item", "bold") or any(u.explicit for u in cand.units):
        return True
    if found.mostly_asking(cand.units) or cand.units[0].line < asked.units[0].line:
        return True
    lines = [u.line for u in asked.units]
    starts = {u.line for u in cand.units}
    under = [
        any(n in starts for n in range(line + 1, following))
        for line, following in zip(lines, [*lines[1:], max(starts) + 1], strict=True)
    ]
    return not all(under)


# Kinds that mark each question on its own line, with nothing nesting them.
_FLAT_KINDS = ("bold", "prefix", "card")
# The kinds whose marks may share a note (_mixed_marks): the flat ones and a table's
# rows ("| Question | Answer |" beside bold questions, in either order).
_MIXED_KINDS = (*_FLAT_KINDS, "table")


def _table_starts(doc: Document) -> dict[int, int]:
    """Each line of a table, with the line its table starts on."""
    return {
        n: block.start
        for block in doc.blocks
        if block.kind == "table"
        for n in range(block.start, block.end + 1)
    }


def _table_lines(doc: Document, cand: Candidate) -> set[int]:
    """The lines of the tables `cand`'s rows are in (header rows included)."""
    if cand.kind != "table":
        return set()
    rows = {u.line for u in cand.units}
    tables = [b for b in doc.blocks if b.kind == "table"]
    spans = [
        range(b.start, b.end + 1) for b in tables if rows.intersection(range(b.start, b.end + 1))
    ]
    return {n for span in spans for n in span}


def _ended_before_tables(doc: Document, units: list[Unit], added: list[Unit]) -> list[Unit]:
    """`units` in order, each chosen one that an added table's first row follows ended
    before that table and the heading over it ("## Quick ones"): that is no answer."""
    table_of = _table_starts(doc)
    heads = {b.end: b.start for b in doc.blocks if b.kind == "heading"}
    added_lines = {u.line for u in added}
    out = list(units)
    for index, (unit, after) in enumerate(pairwise(units)):
        if after.line not in added_lines or unit.line in added_lines:
            continue
        if (top := table_of.get(after.line)) is None:
            continue
        above = next((n for n in range(top - 1, 0, -1) if doc.line(n).strip()), 0)
        cut = heads.get(above, top)
        if not unit.end or unit.end >= cut:
            out[index] = replace(unit, end=cut - 1, container=True)
    return out


def mix_marked(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen unit weighed against the document (engine.py calls this first with the
    document at hand): questions with answers over a list of questions without them
    (`answered_over_unanswered`), then the flat marks of another kind (`_mixed_marks`)."""
    chosen = answered_over_unanswered(doc, chosen, cands)
    return _mixed_marks(doc, chosen, cands)


def _answered(doc: Document, units: list[Unit]) -> list[bool]:
    """Whether each place has text of its own before the next place (or its
    container's end): an answer, as the engine reads one ("1. What is X?" then a
    paragraph is answered)."""
    counts = nonblank_prefix(doc)
    last = len(doc.lines)
    flags = []
    for index, unit in enumerate(units):
        stop = units[index + 1].line - 1 if index + 1 < len(units) else last
        if unit.end and unit.container:
            stop = min(stop, unit.end)
        start = min(unit.answer_start, last + 1)
        said = stop >= start and counts[stop] - counts[start - 1] > 0
        flags.append(bool(unit.answer_prefix.strip()) or said)
    return flags


def answered_over_unanswered(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """A split whose places nearly all go unanswered ("## Questions to ask the
    interviewer" over "1. What does on-call look like?") loses to one whose places ask
    and are answered, two or more, asked before them: the unanswered ones are then a
    list in the notes (a closing list of questions to ask, a list of things to look
    up), read in an answer or named as skipped, not the deck with every answer empty.
    (A note that is only a list of questions has no such rival: it stays the deck.)"""
    if not chosen.units or chosen.kind in HEADING_KINDS:
        return chosen
    answered = _answered(doc, chosen.units)
    if sum(answered) * 4 > len(chosen.units):
        return chosen
    best: tuple[int, Candidate] | None = None
    first = chosen.units[0].line  # the unanswered places come after its first place
    for cand in cands:
        if cand is chosen or cand.kind == "asked" or len(cand.units) < 2:
            continue
        if cand.units[0].line >= first or not found.mostly_asking(cand.units):
            continue
        flags = _answered(doc, cand.units)
        pairs = zip(cand.units, flags, strict=True)
        good = sum(1 for u, a in pairs if a and found.is_question_like(u.title))
        if good < 2 or sum(flags) * 2 < len(cand.units):
            continue
        if best is None or good > best[0]:
            best = (good, cand)
    return best[1] if best else chosen


def _mixed_marks(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """Notes kept over months change style: bold questions, then a few ``Q:``/``A:``
    pairs, then a callout card. Where the chosen unit is one of those flat marks, the
    questions another flat kind marks beyond doubt (a ``Q:`` with its ``A:``, a card)
    are questions too, not lines of the answer above them. Bold lines are not added
    here: inside a marked answer, a bold line that asks is as often a follow-up or an
    emphasis (other_styles.py takes one only where it follows nothing up). An added
    one asks, and starts a block of its own that
    no line introduces ("From my mock:" then "Q: …" is an example in the answer;
    "source:: DDIA" is a note's property, not a card)."""
    if chosen.kind not in _MIXED_KINDS or not chosen.units:
        return chosen
    # A table row's answer is its cell: a bold line outside the table is in no answer.
    bold = chosen.kind == "table"
    others = [
        c
        for c in cands
        if c.kind in _MIXED_KINDS
        and c.kind != chosen.kind
        and (c.kind != "bold" or bold)
        and any(u.explicit or bold for u in c.units)
    ]
    if not others:
        return chosen  # the usual note, of one style: nothing to weigh

    def marked(u: Unit) -> range:  # its title, answer mark and container lines
        return range(u.line, max(u.title_end, u.answer_start - 1, u.end) + 1)

    taken = {n for u in chosen.units for n in marked(u)}
    taken.update(_table_lines(doc, chosen))
    starts = sorted(u.line for u in chosen.units)
    first_rows = _table_starts(doc)  # a row starts apart where its table does
    added: list[Unit] = []
    for cand in others:
        example_until = 0  # an example the answer introduced goes on to its next question
        for unit in cand.units:
            lines = marked(unit)
            if unit.line < example_until or taken.intersection(lines):
                continue
            if not (unit.explicit or (bold and cand.kind == "bold")):
                continue
            if not _starts_apart(doc, first_rows.get(unit.line, unit.line)):
                example_until = next((s for s in starts if s > unit.line), len(doc.lines) + 1)
                continue
            if found.is_question_like(unit.title):
                added.append(unit)
                taken.update(lines)
    if not added:
        return chosen
    units = sorted([*chosen.units, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, _ended_before_tables(doc, units, added), chosen.score)


def headings_beside_marks(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """A note in two shapes: questions written as headings, each over its own answer,
    beside a run of marked questions (``Q:``/``A:`` pairs, cards). Where the chosen unit
    marks its questions, headings that ask with text of their own under them (before the
    next heading) and no marked question there, two or more (counting those the chosen
    places hold already), are questions too, a section's lone one included. Where the
    chosen unit is a heading, the marked questions above its first one (read as an intro
    before) are questions too; a note's properties (``source:: DDIA``) are not."""
    if not chosen.units:
        return chosen
    kept = 0  # such places the chosen unit holds already (a section of them, `_fill_sections`)
    if chosen.kind in HEADING_KINDS:
        added = _marks_above(doc, chosen, cands) if len(chosen.units) >= 2 else []
    elif sum(u.explicit for u in chosen.units) * 2 > len(chosen.units):
        added, kept = _asking_headings(doc, chosen, cands)
    else:
        return chosen
    if not added or ((len(added) + kept < 2 or len(chosen.units) < 2) and not _two(chosen, added)):
        return chosen
    units = sorted([*chosen.units, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, _ended_before_tables(doc, units, added), chosen.score)


def _two(chosen: Candidate, added: list[Unit]) -> bool:
    """A note of two questions, one in each shape: a marked one and a heading below the
    title that asks with its mark over an answer of its own (`_answers_apart`)."""
    return (
        chosen.kind not in HEADING_KINDS
        and len(chosen.units) == 1
        and len(added) == 1
        and ends_asking(added[0].title)
    )


def _asking_headings(
    doc: Document, chosen: Candidate, cands: list[Candidate]
) -> tuple[list[Unit], int]:
    """Headings that ask over text of their own, not yet among the chosen places, and how
    many the chosen places hold already: a heading of the kind counts as a question
    throughout the note (the last section's one heading question after the marked
    pairs is no footer)."""
    import bisect

    from studyapp.core.parse.ends import nonblank_prefix

    heads = sorted(b.start for b in doc.blocks if b.kind == "heading")
    starts = sorted(u.line for u in chosen.units)
    inside = [range(u.line, u.end + 1) for u in chosen.units if u.end]  # containers
    counts = nonblank_prefix(doc)
    added = []
    held = []  # those over an answer of their own, then marked questions
    answered = []  # of those, the ones that ask with their mark over a whole answer
    kept = 0
    for cand in cands:
        if cand.kind not in HEADING_KINDS:
            continue
        for unit in cand.units:
            after = bisect.bisect_right(heads, unit.line)
            stop = heads[after] - 1 if after < len(heads) else len(doc.lines)
            below = bisect.bisect_right(starts, unit.line)
            over = bisect.bisect_right(starts, stop) != below  # marked questions under it
            if over:
                stop = starts[below] - 1  # (what it says of its own comes first)
            if any(unit.line in lines for lines in inside):
                continue
            if counts[stop] - counts[unit.line] > 0 and found.is_question_like(unit.title):
                if unit.line in starts:
                    kept += 1
                else:
                    (held if over else added).append(unit)
                if over and unit.line not in starts and _answers_apart(doc, unit, stop):
                    answered.append(unit)
    # A heading over the marked questions under it names them, unless it asks over an
    # answer of its own first, as the headings beside it do ("## What is X?", its answer,
    # then "Q: …" pairs: the marked questions after it, in its section).
    # So does one that asks with its mark over an answer of its own that introduces
    # nothing ("## Scenario: … How do you investigate?", its answer, then "Q: …").
    return (added + held if added or kept else answered), kept


def _answers_apart(doc: Document, unit: Unit, stop: int) -> bool:
    """Whether a heading below the note's first line (its title: "# What will they ask
    me?") asks with its mark over lines of its own up to `stop` whose last does not
    introduce what follows (no colon at its end)."""
    last = next((n for n in range(stop, unit.line, -1) if doc.line(n).strip()), 0)
    return (
        any(doc.line(n).strip() for n in range(1, unit.line))
        and ends_asking(unit.title)
        and last > unit.title_end
        and not doc.line(last).rstrip().endswith(":")
    )


# A note's property, as Logseq and Dataview write it: "source:: DDIA" (no space before).
PROPERTY_RE = re.compile(r"^\s*[a-z][\w-]*::")


def _marks_above(doc: Document, chosen: Candidate, cands: list[Candidate]) -> list[Unit]:
    first = min(u.line for u in chosen.units)
    added = []
    for cand in cands:
        if cand.kind not in _FLAT_KINDS or cand.kind == "bold":
            continue
        units = [
            u
            for u in cand.units
            if u.line < first and u.explicit and not PROPERTY_RE.match(doc.line(u.line))
        ]
        if len(units) > len(added):
            added = units
    return added


def _starts_apart(doc: Document, line: int) -> bool:
    """Whether `line` starts a block after a blank line, and the text above does not
    introduce it (ends with a colon)."""
    if line > 1 and doc.line(line - 1).strip():
        return False
    above = next((n for n in range(line - 1, 0, -1) if doc.line(n).strip()), 0)
    return not doc.line(above).rstrip().endswith(":") or bool(names_a_group(doc, above))


def _marks_questions(cand: Candidate) -> bool:
    """Two places or more, most of them asking, counted or marked: a unit that holds
    the document's questions."""
    telling = sum(
        1
        for u in cand.units
        if u.explicit or u.number is not None or found.is_question_like(u.title)
    )
    return len(cand.units) >= 2 and telling * 2 >= len(cand.units)
