"""A question's follow-ups, written as headings under it ("### Follow-up: How do you
expire links?"): the interviewer's next question on the same answer, part of that
question's card (as a follow-up list or paragraph is), not a card of its own: "How do
you expire links?" means little without the URL shortener above it. Only under a
heading that asks: a "Follow-up: …" heading under a topic is the question there is,
titled without its label ("Follow-up 2: How do you avoid a thundering herd?" asks "How
do you avoid a thundering herd?": the label says where it was asked, not what)."""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

# "Follow-up:", "Follow up question 2 –", "Followup.", "Follow-ups -"
FOLLOW_UP_RE = re.compile(
    r"^\W{0,4}follow[- ]?ups?(?:[ \t]+questions?)?[ \t]*\d{0,2}[ \t]*\W{0,2}[ \t]*"
    r"(?:[:.)–—]|-(?=\s))",
    re.I,
)


def without_follow_ups(doc: Document, units: list[Unit]) -> list[Unit]:
    """Heading units that are not a question's follow-ups (see the module)."""
    if not any(FOLLOW_UP_RE.match(u.raw_title) for u in units):
        return units
    follows = {u.line for u in units if FOLLOW_UP_RE.match(u.raw_title)}
    asked_above: dict[int, bool] = {}
    last: list[tuple[int, bool]] = []  # the headings above, (level, asks), follow-ups left out
    for block in doc.blocks:
        if block.kind != "heading" or block.depth:
            continue
        if block.start in follows:
            over = [asks for level, asks in last if level <= block.level]
            asked_above[block.start] = bool(over) and over[-1]
            continue
        if FOLLOW_UP_RE.match(block.text):
            continue
        last = [(level, asks) for level, asks in last if level < block.level]
        last.append((block.level, is_question_like(block.text)))
    return [_unlabelled(u) for u in units if not asked_above.get(u.line, False)]


def _unlabelled(unit: Unit) -> Unit:
    """A follow-up heading's unit titled without its "Follow-up:" label (where a
    question is left after it)."""
    for field in ("title", "raw_title"):
        text = getattr(unit, field)
        label = FOLLOW_UP_RE.match(text)
        rest = text[label.end() :].strip() if label else ""
        if rest and is_question_like(rest):
            unit = replace(unit, **{field: rest})
    return unit
