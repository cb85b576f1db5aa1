"""How much a finder's places look like a document's questions (units.py finds them):
`consistent` keeps the places that belong together, `score` weighs them by question
marks and interrogative openings, numbering that counts up, an answer under each and
titles that differ from one another."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from studyapp.core.parse.titles import restates
from studyapp.core.parse.units import (
    DOCUMENT_PART_RE,
    NOT_A_QUESTION_RE,
    Unit,
    is_question_like,
    mostly_asking,
)

Q_NUMBER_RE = re.compile(r"^\s*+(?:\*\*|__)?\s*Q\s*\.?\s*\d", re.I)
DECORATED_RE = re.compile(r"^\s*+(?:\*\*|__|<b>|<strong>)", re.I)


def _numbering_style(unit: Unit) -> tuple[bool, bool] | None:
    if unit.number is None:
        return None
    numbered = unit.label or unit.raw_title  # "## Q2?" over its question: numbered "Q2"
    return bool(Q_NUMBER_RE.match(numbered)), bool(DECORATED_RE.match(numbered))


def consistent(
    units: list[Unit], has_answer: Callable[[int], bool], *, headings: bool = False
) -> list[Unit]:
    """The units that belong together.

    - Where most units have an answer, a unit with no answer that asks nothing is not
      one (a step of a list inside an answer, a to-do item in the notes); nor is it
      where the others mostly ask, unless the units are `headings` (a bold line right
      above bold questions names their group: "**Caching**"). Headings that mostly
      ask nothing keep one with nothing under it: a question with no answer yet.
    - Where the questions are numbered one way (``Q1.``), a number written another way
      (``**2. Diagnostic analysis**``) is a part of an answer.
    - A question asked twice in a row (nothing between) is one question.
    - Amid questions that ask, a label over the lines below it ("Pros:") is a part of
      an answer (`_labels`).
    """
    answered = [has_answer(i) for i in range(len(units))]
    asks = [is_question_like(u.title) for u in units]
    if not any(answered) and not any(a or u.explicit for u, a in zip(units, asks, strict=True)):
        return []  # headings with nothing under them that ask nothing: an outline
    keep = [True] * len(units)
    # Terms over their notes ("- Idempotence" / its definition), not questions: one
    # whose note is yet to be written is a term all the same, a card of its own, not a
    # line of the answer above it ("- Backpressure" read as part of "Idempotence").
    terms = [
        not headings and not a and not q and _a_term(u)
        for u, a, q in zip(units, answered, asks, strict=True)
    ]
    if not any(terms) or mostly_asking(units, asks):
        terms = [False] * len(units)
    # Headings that name their subject ("## KV cache" over its answer), not asking: one
    # with nothing under it is shaped as its siblings are, a question not answered yet
    # ("## Beam search"), not a step of an answer; amid headings that ask it stands apart.
    # (Not one restated by the next: "### Q.4 Velocity" over "### Velocity: Explained".)
    named_heads = headings and not mostly_asking(units, asks)
    unanswered = [named_heads and not _restated_below(units, i) for i in range(len(units))]
    if sum(answered) * 10 >= len(units) * 6:
        keep = [
            a or q or t or u for q, a, t, u in zip(asks, answered, terms, unanswered, strict=True)
        ]
    for i, unit in enumerate(units):
        if NOT_A_QUESTION_RE.match(unit.title) and not asks[i]:
            # "Contents", "License": the document's furniture; not a glossary's term with
            # its definition on its line ("- Index - a structure that finds rows …")
            keep[i] = bool(unit.explicit and unit.answer_prefix.strip())
    if mostly_asking(units, asks):  # "Introduction" before the questions, "Summary" after
        named = Counter(u.title.casefold() for u in units)
        for i, unit in enumerate(units):  # "Summary" under every answer: part of each
            if named[unit.title.casefold()] > 1 and DOCUMENT_PART_RE.match(unit.title):
                keep[i] = False
        for run in (range(len(units)), range(len(units) - 1, -1, -1)):
            for i in run:
                if NOT_A_QUESTION_RE.match(units[i].title):
                    continue  # "References" after "Summary": furniture, dropped above
                if not DOCUMENT_PART_RE.match(units[i].title):
                    break
                keep[i] = False
    labels = _labels(units, answered, asks, headings)
    if labels is not None:
        # "**Pros:**" / "**Example**" under each answer, amid questions that ask: a
        # label inside the answer above it, or of the group below it, not a question
        keep = [k and not label for k, label in zip(keep, labels, strict=True)]
    last = max((i for i, a in enumerate(answered) if a), default=-1)
    if last >= 1 and sum(answered[: last + 1]) * 10 >= (last + 1) * 8:
        # to-do items after the last answered question ("Notes to self: 1. …")
        for i in range(last + 1, len(units)):
            keep[i] = keep[i] and (asks[i] or terms[i])
    styles = Counter(s for s in map(_numbering_style, units) if s is not None)
    if len(styles) > 1:
        main, count = styles.most_common(1)[0]
        if count * 3 >= sum(styles.values()) * 2 and main[0]:
            for i, unit in enumerate(units):
                style = _numbering_style(unit)
                keep[i] = keep[i] and (style is None or style == main)
    for i in range(1, len(units)):
        if (
            keep[i]
            and not answered[i - 1]
            and units[i].line - units[i - 1].title_end <= 2
            and asks[i]
            and restates(units[i - 1].title, units[i].title)
        ):
            keep[i] = False
    return [u for u, k in zip(units, keep, strict=True) if k]


def _restated_below(units: list[Unit], i: int) -> bool:
    """Whether the unit after unit `i` says its title again (one question)."""
    return i + 1 < len(units) and restates(units[i].title, units[i + 1].title)


def _labels(
    units: list[Unit], answered: list[bool], asks: list[bool], headings: bool
) -> list[bool] | None:
    """Which units are labels amid questions that ask (None: none is, or the others do
    not mostly ask): a label over the lines below it ("Pros:", "Key points:",
    "Example" named twice or more), or one with nothing under it where the others are
    answered ("**Caching**" right above its group's first question; not `headings`)."""
    titled = Counter(u.title.casefold() for u in units)
    named = [
        (titled[u.title.casefold()] > 1 or u.title.endswith(":"))
        and _unmarked(u)
        and not u.answer_prefix.strip()
        and not q
        for u, q in zip(units, asks, strict=True)
    ]
    empty = [
        not headings and not a and not q and _unmarked(u)
        for u, a, q in zip(units, answered, asks, strict=True)
    ]
    others = [a for a, e in zip(answered, empty, strict=True) if not e]
    if sum(others) * 10 < len(others) * 8:
        empty = [False] * len(units)  # a list of things to ask, not questions answered
    labels = [n or e for n, e in zip(named, empty, strict=True)]
    if not any(labels):
        return None
    rest = [(u, q) for u, q, label in zip(units, asks, labels, strict=True) if not label]
    if len(rest) < 2 or not mostly_asking([u for u, _ in rest], [q for _, q in rest]):
        return None
    return labels


# The most words of a term without its note: a longer line is a point or a to-do.
_TERM_WORDS = 5


def _a_term(unit: Unit) -> bool:
    """Whether a place with nothing under it reads as a term: a few words, no label's
    colon, no sentence's stop, not a part of the document ("Summary")."""
    title = unit.title
    return (
        0 < len(title.split()) <= _TERM_WORDS
        and not title.endswith((":", ".", "!", ";", ","))
        and not NOT_A_QUESTION_RE.match(title)
        and not DOCUMENT_PART_RE.match(title)
    )


def _unmarked(unit: Unit) -> bool:
    """Neither marked as a question nor numbered."""
    return not unit.explicit and unit.number is None


def score(units: list[Unit], has_answer: Callable[[int], bool]) -> float:
    """How much these places look like the questions of the document."""
    if not units:
        return 0.0
    titles = Counter(u.title.casefold() for u in units)
    total = 0.0
    telling = 0  # units that ask, or carry the document's numbering
    previous: int | None = None
    for index, unit in enumerate(units):
        asks = is_question_like(unit.title)
        counted = unit.explicit or (
            unit.number is not None
            and (unit.number == 1 or (previous is not None and unit.number == previous + 1))
        )
        previous = unit.number
        if not unit.title or (titles[unit.title.casefold()] > 1 and not asks):
            continue  # a label repeated ("Answer", "Example"), not a question
        answered = has_answer(index)
        if asks or counted:
            telling += 1
            value = 0.15 + (1.0 if asks else 0.0) + (0.4 if counted else 0.0)
            value += 0.3 if answered else 0.0
        else:
            value = 0.05 + (0.1 if answered else 0.0)
        if len(unit.title) > 400:
            value -= 0.5
        total += value
    # a unit kind whose places mostly neither ask nor count is a list inside an answer
    return total * (0.5 + 0.5 * telling / len(units))
