"""Question headings written a level off their neighbours': a slip of the author's.
Among "### What is write-through caching?" and "### What is cache eviction?", a
"#### What is write-back caching?" asks as they do and has its own answer: a sibling
written a level too deep, not a part of the answer above; and a "## What is a TTL?"
after them opens a new section in Markdown's terms, never a part of the answer above.
Read as the questions' own level, neither is lost inside the question before it.

A deeper heading stays the answer's part where it points back ("#### How does it
work?"), where the answer's other sub-headings ask nothing ("#### Example", "####
Pros"), or where its number does not go on from the questions' ("#### 1. What is
…?" under "### Q4. …"). A shallower one that has no text of its own, only questions
under it, names their group (`deeper_questions`); one right after a section heading,
not a question's answer, is left to the rules for sections.

A question heading restated a level off itself, right under itself ("## What is BPE?"
over "### What is BPE?"), is one question, no topic of one question (`says_same`)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from studyapp.core.parse import units as found
from studyapp.core.parse.choice import HEADING_KINDS, Candidate, furniture
from studyapp.core.parse.ends import nonblank_prefix
from studyapp.core.parse.titles import (
    NUMBER_PREFIX_RE,
    PRONOUN_RE,
    plain_text,
    whole_title,
    words,
)
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit


def slipped_levels(doc: Document, chosen: Candidate, cands: list[Candidate]) -> Candidate:
    """The chosen heading questions with those written a level off theirs (see the
    module): each asks, has its own answer, and comes right after a question's answer."""
    if chosen.kind not in HEADING_KINDS or len(chosen.units) < 2:
        return chosen
    blocks = [b for b in doc.blocks if b.kind == "heading" and not b.depth and not b.quoted]
    levels = {b.start: b.level for b in blocks}
    taken = {u.line: u for u in chosen.units}
    own = Counter(levels[line] for line in taken if line in levels)
    if not own:
        return chosen
    level = own.most_common(1)[0][0]  # the questions' level
    others = {
        u.line: u
        for c in cands
        if c.kind in HEADING_KINDS and c.kind != chosen.kind
        for u in c.units
        if u.line in levels and u.line not in taken
    }
    if not others:
        return chosen
    heads = [b.start for b in blocks]
    counts = nonblank_prefix(doc)
    numbered = sum(u.number is not None for u in chosen.units) * 2 > len(chosen.units)
    sections = _sections(heads, levels, level)
    parts: dict[int, bool] = {}  # a question's section: whether its deeper headings all ask
    added = []
    for index, line in enumerate(heads):
        unit = others.get(line)
        if unit is None or not _asks_anew(unit) or levels[line] == level:
            continue
        stop = heads[index + 1] - 1 if index + 1 < len(heads) else len(doc.lines)
        if counts[stop] == counts[unit.title_end]:
            continue  # no answer of its own: a question to answer, or a group's name
        # The question whose answer it follows: the heading above as high as theirs.
        first, last = sections[index]
        parent = taken.get(heads[first - 1]) if first else None
        if parent is None or not _goes_on(parent, unit, numbered):
            continue
        if levels[line] > level:
            if first not in parts:
                parts[first] = all(
                    heads[i] in others and _asks_anew(others[heads[i]]) for i in range(first, last)
                )
            if not (
                parts[first]  # ("#### Example" beside it: the answer's parts)
                and counts[line - 1] > counts[parent.title_end]  # (right under: restated)
                and (numbered or _asked_alike(unit, chosen.units))
            ):
                continue
        added.append(unit)
    if not added:
        return chosen
    return Candidate(
        chosen.kind, sorted([*chosen.units, *added], key=lambda u: u.line), chosen.score
    )


def says_same(one: str, other: str) -> bool:
    """Whether two titles say the same, near word for word ("What is BPE?" twice;
    "Q3. What is BPE?" and "What is BPE"): not one naming a subject the other asks
    about ("TCP" over "What is the TCP handshake?", a section over its question)."""
    mine, theirs = (set(words(NUMBER_PREFIX_RE.sub("", plain_text(t)))) for t in (one, other))
    return bool(mine and theirs) and len(mine & theirs) * 5 >= len(mine | theirs) * 4


# "Why does this matter?", "What are its limits?": pointing back, as PRONOUN_RE's words do
_POINTS_BACK_RE = re.compile(r"\b(?:this|that|its|their|here|above)\b", re.I)


def _asks_anew(unit: Unit) -> bool:
    """A heading that asks a question of its own: not one pointing back to the
    question above ("How does it work?"), not a part of the notes ("Summary")."""
    title = plain_text(unit.title)
    back = PRONOUN_RE.search(title) or _POINTS_BACK_RE.search(title)
    return found.is_question_like(title) and not back and not furniture(title)


def _goes_on(parent: Unit, unit: Unit, numbered: bool) -> bool:
    """Whether `unit` may follow `parent` as the next question: the parent asks, and
    where the questions are numbered, its number is the parent's next one."""
    if not found.is_question_like(parent.title):
        return False
    if numbered:
        return parent.number is not None and unit.number == parent.number + 1
    return unit.number is None


def _opening(title: str) -> str:
    """A question's first two words ("what is", "how does"; "What's" as "what is")."""
    said = _CONTRACTED_IS_RE.sub(" is", NUMBER_PREFIX_RE.sub("", plain_text(title)))
    return " ".join(words(said)[:2])


_CONTRACTED_IS_RE = re.compile(r"['’]s\b")


def _asked_alike(unit: Unit, units: list[Unit]) -> bool:
    """Whether a deeper heading opens as the questions do: "What is write-back
    caching?" among "What is …?" questions reads as one of them; "When to choose
    gRPC?" under "What is the difference between REST and gRPC?", or "What are the
    trade-offs?" under "What is sharding?", is its part."""
    opening = _opening(unit.title)
    alike = sum(_opening(u.title) == opening for u in units)
    return bool(opening) and alike >= max(2, len(units) / 3)


def _sections(heads: list[int], levels: dict[int, int], level: int) -> list[tuple[int, int]]:
    """For each heading, by index: the run of headings it stands in below the last one
    as high as the questions' before it, up to the next one as high (indexes, the end
    left out). A question's deeper headings are such a run, right after it."""
    runs = []
    first = 0
    for index, line in enumerate(heads):
        runs.append(first)
        if levels[line] <= level:
            first = index + 1
    ends = []
    last = len(heads)
    for index in range(len(heads) - 1, -1, -1):
        if levels[heads[index]] <= level:
            last = index
        ends.append(last)
    ends.reverse()
    return list(zip(runs, ends, strict=True))


def restated_above(units: list[Unit], doc: Document) -> list[Unit]:
    """Heading questions that start at the heading right above them, with nothing
    between, where that is a level up and says the same (engine's `_labelled`)."""
    heads = [b for b in doc.blocks if b.kind == "heading" and not b.depth]
    above = {b.start: a for a, b in pairwise(heads)}
    levels = {b.start: b.level for b in heads}
    taken = {u.line for u in units}
    counts = nonblank_prefix(doc)
    for unit in units:
        over = above.get(unit.line)
        if (
            over is not None
            and over.level < levels[unit.line]
            and over.start not in taken
            and counts[unit.line - 1] == counts[over.end]
            and says_same(unit.title, over_title := whole_title(over.text, plain=doc.plain))
            and (found.is_question_like(over_title) or _alone_under(over, unit, heads, taken))
        ):
            unit.line = over.start
    return units


def _alone_under(over: Block, unit: Unit, heads: list[Block], taken: set[int]) -> bool:
    """Whether `unit` is the only question of the section `over` heads. A heading that
    asks ("## What is cache warming?") over itself is one question whatever follows;
    one that names ("## Pods" over "### Pods", "### What is an init container?") is a
    topic whose first question bears its name, and stays the topic of all three."""
    stop = next((h.start for h in heads if h.start > over.start and h.level <= over.level), None)
    return not any(
        line != unit.line and line > over.start and (stop is None or line < stop) for line in taken
    )
