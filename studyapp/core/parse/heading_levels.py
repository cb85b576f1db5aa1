"""Questions at more than one heading level. The chosen unit is one heading level, but
notes are not always that tidy: a heading of that level may name a group of deeper
questions ("### Transactions" over "#### What is a dirty read?"), and headings a level
up may ask with their own answers between groups of deeper questions ("## What is
amortised analysis?" beside "## Sorting" over "### Why is quicksort fast?")."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from studyapp.core.parse import units as found
from studyapp.core.parse.choice import HEADING_KINDS, Candidate, furniture
from studyapp.core.parse.ends import nonblank_prefix
from studyapp.core.parse.level_slips import says_same, slipped_levels
from studyapp.core.parse.titles import ends_asking
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

# "At-least-once vs exactly-once delivery": a comparison to explain, as asked.
_COMPARES_RE = re.compile(r"\S\s+(?:vs\.?|versus)\s+\S", re.I)


def asks_or_compares(title: str) -> bool:
    return found.is_question_like(title) or bool(_COMPARES_RE.search(title))


def grouping_heads(doc: Document, top: int, units: list[Unit]) -> set[int]:
    """Headings of the questions' level right over deeper questions ("### Transactions"
    over "#### What is a dirty read?"): the group's name, a section. So is one of their
    own level that asks nothing and has nothing under it before the next question
    (`flat_groups`)."""
    levels = {b.start: b.level for b in doc.blocks if b.kind == "heading" and b.depth == 0}
    lines = [u.line for u in units]
    taken = set(lines)
    high = sorted(n for n, level in levels.items() if level <= top)  # as high or higher
    found_heads = set()
    for line in high:
        if levels[line] != top or line in taken:
            continue
        position = bisect.bisect_right(lines, line)
        if position < len(lines) and levels.get(lines[position], 0) > top:
            following = bisect.bisect_right(high, line)  # the next heading as high
            if following == len(high) or high[following] > lines[position]:
                found_heads.add(line)
    return found_heads | flat_groups(doc, top, units)


def flat_groups(doc: Document, top: int, units: list[Unit]) -> set[int]:
    """Headings of the questions' own level that ask nothing, with nothing under them
    but the next question, itself a heading of that level ("## Storage" between "##
    What is a B-tree?" and "## What is an LSM tree?"): the name of the questions after
    it, not the end of the answer above it. (A question heading with no answer asks.)"""
    heads = {
        b.start: b
        for b in doc.blocks
        if b.kind == "heading" and b.depth == 0 and not b.quoted and b.level == top
    }
    lines = [u.line for u in units]
    taken = set(lines)
    counts = nonblank_prefix(doc)
    flat = set()
    for line, block in heads.items():
        position = bisect.bisect_right(lines, line)
        if line in taken or position == len(lines):
            continue
        following = lines[position]
        if (
            following in heads
            and counts[following - 1] == counts[block.end]
            and not asks_or_compares(found.whole_title(block.text, plain=doc.plain))
        ):
            flat.add(line)
    return flat


def deeper_questions(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """Questions at two heading levels: a heading of the questions' level that asks
    nothing, over deeper headings that ask, each with its answer ("### Transactions"
    over "#### What is a dirty read?"), names their group; they are the questions. So
    does such a heading with nothing under it but deeper headings that all ask, one
    of them alone or with no answers (a topic, not a question whose answer they are),
    and so does one that asks itself, empty right over deeper headings that all ask
    ("## What is rate limiting?" over "### What is a token bucket?").
    (For a heading unit whose places mostly ask, as `two_levels` checks.)"""
    level = int(chosen.kind[1:])
    deeper = sorted(
        (u for c in cands if c.kind in HEADING_KINDS and int(c.kind[1:]) > level for u in c.units),
        key=lambda u: u.line,
    )
    if not deeper:
        return chosen
    heads = sorted(
        b.start for b in doc.blocks if b.kind == "heading" and b.level <= level and not b.depth
    )
    firsts = [u.line for u in deeper]
    counts = nonblank_prefix(doc)
    units: list[Unit] = []
    for unit in chosen.units:
        after = bisect.bisect_right(heads, unit.line)
        stop = heads[after] if after < len(heads) else len(doc.lines) + 1
        inside = deeper[bisect.bisect_right(firsts, unit.line) : bisect.bisect_left(firsts, stop)]
        top = unit.title_end
        right_under = bool(inside) and counts[inside[0].line - 1] == counts[top]
        if right_under and says_same(unit.title, inside[0].title):
            # "## What is BPE?" right over "### What is BPE?": the question asked again
            # right below itself, one question (its answer starts under the second)
            top = inside.pop(0).title_end
        asking = sum(1 for u in inside if asks_or_compares(u.title))
        grouped = len(inside) >= 2 and asking * 10 >= len(inside) * 8
        # An empty heading right over deeper ones that all ask ("## Networking" over
        # "### What is TCP?"), one alone too: it groups them, asking nothing itself.
        empty = bool(inside) and counts[inside[0].line - 1] == counts[top]
        grouped = grouped or (empty and asking == len(inside))
        # One that asks groups them only with nothing under it of its own: "## What is
        # rate limiting?" right over "### What is a token bucket?" is their topic.
        names = not asks_or_compares(unit.title) or (empty and asking == len(inside))
        units.extend(inside if grouped and names else [unit])
    if [u.line for u in units] == [u.line for u in chosen.units]:
        return chosen  # (one group of one question: as many places, not the same)
    return Candidate(chosen.kind, units, chosen.score)


def shallower_questions(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """Headings a level or more above the questions' that ask, each over its own answer
    (text before any deeper heading): questions too ("## What is amortised analysis?"
    beside "## Sorting", whose "### …" questions the unit found). One such heading with
    none of the questions under it is a question even alone (the rest of the notes a
    level deeper: a slip of the author's, and dropping it would lose a question without
    a word); one over deeper questions counts only beside another such heading, for a
    heading that asks right over deeper headings may name their group (as
    `deeper_questions`). One with nothing under it is a question still to answer
    where a heading as high follows it (or nothing does), and the question whose
    answer the deeper places are where they all ask nothing ("### Algorithms")."""
    level = int(chosen.kind[1:])
    counts = nonblank_prefix(doc)
    heads = sorted(b.start for b in doc.blocks if b.kind == "heading")
    levels = {b.start: b.level for b in doc.blocks if b.kind == "heading"}
    taken = sorted(u.line for u in chosen.units)
    added, alone = [], []
    parts: set[int] = set()
    for cand in cands:
        if cand.kind not in HEADING_KINDS or not 2 <= int(cand.kind[1:]) < level:
            continue
        for unit in cand.units:
            after = bisect.bisect_right(heads, unit.line)
            stop = heads[after] - 1 if after < len(heads) else len(doc.lines)
            said = counts[stop] - counts[unit.line] > 0
            # Nothing under it before a heading as high: a question still to answer
            # ("## What is rate limiting?" right over "## Caching"), not a topic.
            said = said or after == len(heads) or levels[heads[after]] <= levels[unit.line]
            if unit.line in taken or not found.is_question_like(unit.title):
                continue
            if furniture(unit.title):
                continue  # "## How to use this" beside "## About": the notes' own parts
            # Its section: to the next heading as high as it.
            end = next(
                (n for n in heads[after:] if levels[n] <= levels[unit.line]),
                len(doc.lines) + 1,
            )
            if not said:
                # Empty, over deeper places that all ask nothing ("### Algorithms"): they
                # are the parts of its answer, not questions under it as a topic.
                inside = [u for u in chosen.units if unit.line < u.line < end]
                if not inside or any(asks_or_compares(u.title) for u in inside):
                    continue
                parts.update(u.line for u in inside)
                alone.append(unit)  # (none of the questions under it)
            added.append(unit)
            if said and bisect.bisect_left(taken, end) == bisect.bisect_right(taken, unit.line):
                alone.append(unit)
    if len(added) < 2:
        added = alone
    if not added:
        return chosen
    kept = [u for u in chosen.units if u.line not in parts]
    units = sorted([*kept, *added], key=lambda u: u.line)
    return Candidate(chosen.kind, units, chosen.score)


# "1.2.1 Why not use MSE?": a heading's number in an outline's scheme, dotted.
_DOTTED_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s+\S")


def numbered_below(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """A deeper heading that asks and carries its question's number one step further
    ("#### 1.2.1 Why not use MSE?" under "### 1.2 What is logistic regression?"): a
    question of its own, numbered so by its author, not a part of the answer above."""
    level = int(chosen.kind[1:])
    numbers = {u.line: m[1] for u in chosen.units if (m := _DOTTED_RE.match(u.raw_title))}
    if len(numbers) * 2 < len(chosen.units):
        return chosen  # the questions are not numbered so
    lines = [u.line for u in chosen.units]
    added = []
    for cand in cands:
        if cand.kind not in HEADING_KINDS or int(cand.kind[1:]) <= level:
            continue
        for unit in cand.units:
            match = _DOTTED_RE.match(unit.raw_title)
            position = bisect.bisect_left(lines, unit.line) - 1
            parent = numbers.get(lines[position]) if position >= 0 else None
            if (
                match
                and parent
                and match[1].startswith(parent + ".")
                and ends_asking(unit.title)  # "2.1.1 How it works" is the answer's part
            ):
                added.append(unit)
    if not added:
        return chosen
    return Candidate(
        chosen.kind, sorted([*chosen.units, *added], key=lambda u: u.line), chosen.score
    )


def two_levels(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen heading unit with the questions it holds at other heading levels, where
    its places mostly ask (a heading that names a group stands apart from them), and
    without the headings of its level that only name a group (`without_flat_groups`)."""
    if chosen.kind not in HEADING_KINDS or not found.mostly_asking(chosen.units):
        return chosen
    chosen = without_flat_groups(doc, chosen)
    others = (c for c in cands if c.kind in HEADING_KINDS and c.kind not in (chosen.kind, "h1"))
    if any(c.units for c in others):  # (none: no question at another level, the usual note)
        chosen = numbered_below(doc, chosen, cands)
        chosen = shallower_questions(doc, deeper_questions(doc, chosen, cands), cands)
    return slipped_levels(doc, chosen, cands)  # "#### What is …?" among "### What is …?"


def without_flat_groups(doc: Document, chosen: Candidate) -> Candidate:
    """The chosen heading unit without the headings that only name a group of the
    questions after them, at their own level ("## Networking" with nothing under it
    right over "## What is TCP?"): each asks nothing, and the question right under it
    asks. (Where most questions have answers, such an empty heading was never a
    place; where most have none yet, it would be an empty question.)"""
    units = chosen.units
    counts = nonblank_prefix(doc)
    drop = {
        index
        for index, (unit, below) in enumerate(pairwise(units))
        if counts[below.line - 1] == counts[unit.title_end]
        and not asks_or_compares(unit.title)
        and asks_or_compares(below.title)
    }
    if not drop:
        return chosen
    kept = [u for index, u in enumerate(units) if index not in drop]
    return Candidate(chosen.kind, kept, chosen.score)


def questions_over_parts(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """Places that mostly ask nothing ("### Part 1" … "### Part 40", "### Step 2") lose
    to a shallower heading level whose places mostly ask, two or more, where one of
    those holds none of the places but an answer of its own ("## What is positional
    encoding?" after "## Explain the transformer." over its forty parts): that split
    would drop a question with its answer as a section heading, and the places are
    the parts of the answers above them. (Where every asking heading holds some of the
    places, they may be topics over cards that name their subject: left as chosen; so
    are places marked by syntax, cards and rows, which headings_beside_marks adds to.)"""
    if not chosen.units or found.mostly_asking(chosen.units):
        return chosen
    if sum(u.explicit for u in chosen.units) * 2 > len(chosen.units):
        return chosen
    level = int(chosen.kind[1:]) if chosen.kind in HEADING_KINDS else 7
    heads = sorted(b.start for b in doc.blocks if b.kind == "heading" and not b.depth)
    levels = {b.start: b.level for b in doc.blocks if b.kind == "heading" and not b.depth}
    places = [u.line for u in chosen.units]
    counts = nonblank_prefix(doc)
    for cand in cands:
        if cand.kind not in HEADING_KINDS or int(cand.kind[1:]) >= level:
            continue
        if len(cand.units) < 2 or not found.mostly_asking(cand.units):
            continue
        for unit in cand.units:
            if unit.line not in levels or not found.is_question_like(unit.title):
                continue
            after = bisect.bisect_right(heads, unit.line)
            own = heads[after] - 1 if after < len(heads) else len(doc.lines)
            end = next((n for n in heads[after:] if levels[n] <= levels[unit.line]), None)
            end = end if end is not None else len(doc.lines) + 1
            held = bisect.bisect_left(places, end) != bisect.bisect_right(places, unit.line)
            if not held and counts[own] - counts[unit.title_end] > 0:
                return cand
    return chosen
