"""A heading among question headings that asks nothing and heads the person's own
lines, not a question::

    ## What are the Leadership Principles you relate to most?
    Customer Obsession and Ownership …

    ## Notes from the recruiter call
    The loop is 5 rounds: 2 coding, 1 system design, 2 behavioural.

    ## Tell me about a time you failed.
    …

    ## Things to review
    - STAR format

Where most headings of a level ask (a "?", an interrogative or a task's opener: three
or more, and at least three in five of those that are no part of the document), one
of them that asks nothing, is no label of an answer's part ("Example:", "### Summary"
under each answer, "Answer") and carries no question's mark or number, with lines of
its own under it, is the person's notes between the questions: it was a question
("Notes from the recruiter call"), or its lines were glued to the answer above
("Things to review"). Its heading ends that answer, and its lines are named skipped.
Both must hold: the document's statistics (most headings ask), and a title that names
the person's own notes rather than a subject: their record of the search ("Notes from
the recruiter call", "Reflections after the interview", "Feedback", "Takeaways"),
what is still to study ("Things to review", "To look up"), the notes' own parts
("Summary", "Misc"). A subject written without asking amid questions ("Difference
between 301 and 302", "Time complexity of quicksort", a German "Erkläre …" the
openers miss) is a card as before; so are all of them in notes whose headings name
their subjects ("## Pods", "## Dropout" over what each is): most ask nothing there.
"""

from __future__ import annotations

import re
from collections import Counter

from studyapp.core.parse.closing_asides import names_own_matter
from studyapp.core.parse.ends import names_study_part, nonblank_prefix
from studyapp.core.parse.follow_ups import FOLLOW_UP_RE
from studyapp.core.parse.heading_levels import asks_or_compares
from studyapp.core.parse.titles import ANSWER_WORDS, CARD_SIDES, QUESTION_WORDS, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import (
    DOCUMENT_PART_RE,
    NOT_A_QUESTION_RE,
    NUMBER_RE,
    PREFIX_RE,
    label_heading,
)
from studyapp.core.question_body import is_answer_label

# A heading that only says "the question" or "the answer" comes here: no question itself.
# (Not a letter alone: "## A", "## B" may be cards of a glossary.)
# (a card's sides too: "### Front" over its question, "### Back" over its answer)
LABEL_ONLY_RE = re.compile(
    rf"^(?!\w$)(?:{QUESTION_WORDS}|{ANSWER_WORDS}|{CARD_SIDES})\s*\d*\s*:?$", re.I
)
_LEAST_ASKING = 3  # headings that ask, before one that does not stands apart from them
# A title opening with the person's own record of the search: notes, thoughts,
# reflections … alone or on something ("Notes from the recruiter call", "Feedback:").
_OWN_NOTES_RE = re.compile(
    r"^\W{0,4}(?:(?:my|our|some|quick|personal|random|general)\s+){0,2}"
    r"(?:notes?|thoughts|reflections?|impressions|takeaways|lessons(?:\s+learn(?:ed|t))?"
    r"|learnings|feedback|recap|debrief|retro(?:spective)?|observations|remarks|comments"
    r"|reminders?|journal|diary|log|things\s+to\s+\w+)"
    r"(?:\s*$|\s*[:(\u2013\u2014-]|\s+(?:from|after|before|about|on|for|of|during|to|re)\b)",
    re.I,
)


def prose_heads(doc: Document, level: int) -> set[int]:
    """The first lines of the headings of `level` that head the person's notes between
    questions (see the module)."""
    heads = [
        b
        for b in doc.blocks
        if b.kind == "heading" and b.level == level and not b.depth and not b.quoted
    ]
    if len(heads) <= _LEAST_ASKING:
        return set()
    titles = [whole_title(b.text, plain=doc.plain) for b in heads]
    asks = [asks_or_compares(t) for t in titles]
    core = [
        a for a, t in zip(asks, titles, strict=True) if not _document_part(t) or a
    ]  # ("Summary", "References": the document's own parts vote neither way)
    if sum(asks) < _LEAST_ASKING or sum(core) * 5 < len(core) * 3:
        return set()
    named = Counter(t.casefold() for t in titles)
    counts = nonblank_prefix(doc)
    starts = sorted(b.start for b in doc.blocks if b.kind == "heading" and not b.depth)
    following = dict(zip(starts, [*starts[1:], len(doc.lines) + 1], strict=True))
    found = set()
    for block, title, asked in zip(heads, titles, asks, strict=True):
        if (
            asked
            or not _own_notes(title)
            or named[title.casefold()] > 1  # "### Summary" under every answer: a part of each
            or title.endswith(":")  # "## Example:", a label over the lines below it
            or LABEL_ONLY_RE.match(title)
            or label_heading(block.text)  # "## Q2": the question is below it
            or _marked(block.text)  # "## 3. Joins", "## Q: …": numbered or marked as one
            or FOLLOW_UP_RE.match(block.text)
            or is_answer_label(doc.line(block.start))
        ):
            continue
        if counts[following[block.start] - 1] > counts[block.end]:
            found.add(block.start)
    return found


# A link: an Obsidian [[wikilink]] (not an ![[embed]]: that shows the note's text), a
# Markdown link, a bare address. Bounded, so a 1 MB line is read in time.
_LINK = (
    r"(?:(?<!!)\[\[[^\[\]\n]{1,300}\]\]|\[[^\[\]\n]{1,300}\]\([^()\s]{1,2000}\)"
    r"|<?https?://[^\s<>]{1,2000}>?)"
)
# A line of links only: "- [[Concurrency]]", "[[GIL]], [[asyncio]]", "- https://…".
_LINKS_LINE_RE = re.compile(
    rf"^[ \t]*(?:(?:[-*+]|\d{{1,3}}[.)])[ \t]+)?{_LINK}(?:[\s,;·|]{{0,10}}{_LINK}){{0,50}}"
    r"[ \t]*[,;.]?[ \t]*$"
)


def link_heads(doc: Document, level: int) -> set[int]:
    """The first lines of the headings of `level` that ask nothing over nothing but
    links ("## Related" over "- [[Concurrency]]" / "- [[GIL]]", "## See" over an
    address): where the notes lead on, not a question whose answer is its links."""
    blocks = [b for b in doc.blocks if b.kind == "heading" and not b.depth and not b.quoted]
    found = set()
    for index, block in enumerate(blocks):
        if (
            block.level != level
            or asks_or_compares(whole_title(block.text, plain=doc.plain))
            or _marked(block.text)  # "## 26. Notes from a course" over its link: a card
        ):
            continue
        stop = blocks[index + 1].start if index + 1 < len(blocks) else len(doc.lines) + 1
        lines = [doc.line(n) for n in range(block.end + 1, stop) if doc.line(n).strip()]
        if lines and all(_LINKS_LINE_RE.match(line) for line in lines):
            found.add(block.start)
    return found


def _own_notes(title: str) -> bool:
    """Whether a title names the person's own notes, not a subject (see the module)."""
    text = title[:200]
    return bool(_OWN_NOTES_RE.match(text) or names_own_matter(text) or names_study_part(text))


def _marked(text: str) -> bool:
    return bool(NUMBER_RE.match(text) or PREFIX_RE.match(text))


def _document_part(title: str) -> bool:
    return bool(NOT_A_QUESTION_RE.match(title) or DOCUMENT_PART_RE.match(title))
