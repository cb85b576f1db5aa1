"""Numbered steps inside a numbered question's answer are the answer, not questions.

A person numbers the questions and, often, the points of an answer too:

    1. What are the ACID properties?          1. What are the SOLID principles?
    1. Atomicity                                 1. Single responsibility
    2. Consistency                               2. Open/closed
    2. What is an index?                      2. What is a B-tree?

On the left the steps are written flat (one Markdown list, the count starting again at
1 under each question); on the right they are nested under the question's item. Either
way the items that ask count on over the steps (1, 2, 3 …), and the steps, asking
nothing, count again from 1 under each: they are the answer's list. Without this the
steps, being many and counting up, outnumbered the questions.
"""

from __future__ import annotations

from itertools import pairwise

from studyapp.core.parse.titles import asks
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like


def _mostly(units: list[Unit], share: float) -> bool:
    return bool(units) and sum(is_question_like(u.title) for u in units) >= share * len(units)


def _nested_in_asking(inner: list[Unit], outer: list[Unit]) -> bool:
    """Every inner item sits inside an outer item that asks, and the outer ones ask."""
    if len(outer) < 2 or _mostly(inner, 0.5):  # (the outer ones mostly ask: checked once)
        return False
    spans = [(u.line, u.end) for u in outer if u.end and is_question_like(u.title)]
    return all(any(low < u.line <= high for low, high in spans) for u in inner)


def _restarted_steps(units: list[Unit], headings: list[int]) -> set[int]:
    """Indices of the items that are steps of an answer written flat: runs of items
    that ask nothing, numbered from 1 right after a numbered question, with no heading
    between, where the questions' own numbers count on over the runs."""
    steps: set[int] = set()
    # (a step may be an imperative, "Build the image": only a question mark asks here)
    asking = [asks(u.title) for u in units]
    i = 0
    while i < len(units):
        unit = units[i]
        if asking[i] or unit.number != 1 or not i or units[i - 1].number is None:
            i += 1
            continue
        if not is_question_like(units[i - 1].title):
            i += 1
            continue
        run = [i]
        while (
            run[-1] + 1 < len(units)
            and not asking[run[-1] + 1]
            and units[run[-1] + 1].number == units[run[-1]].number + 1  # type: ignore[operator]
        ):
            run.append(run[-1] + 1)
        if any(units[i - 1].line < h < units[run[-1]].line for h in headings):
            i = run[-1] + 1
            continue  # a new section that numbers again
        steps.update(run)
        i = run[-1] + 1
    if not steps:
        return steps
    questions = [u for k, u in enumerate(units) if k not in steps and u.number is not None]
    counting = sum(
        1
        for a, b in pairwise(questions)
        if b.number == a.number + 1  # type: ignore[operator]
        or (b.number == 1 and any(a.line < h < b.line for h in headings))  # a new section
    )
    if len(questions) < 2 or counting * 5 < (len(questions) - 1) * 4:
        return set()
    return steps


ANSWER_WORDS = 3  # an item that answers says something: not a contents list's "Installation"


def _alternating_answers(units: list[Unit]) -> set[int]:
    """Indices of the items that answer the item above them in a flat list that
    alternates ("- What is a Dockerfile?" / "- A recipe that builds an image." / "- What
    does EXPOSE do?" / …): each item that asks holds nothing below it and is followed by
    one or two that do not ask, and the list goes so throughout."""
    asking = [asks(u.title) for u in units]
    if sum(asking) < 2 or not asking[0]:
        return set()
    answers: set[int] = set()
    run = 0
    for index, unit in enumerate(units):
        if asking[index]:
            if (run == 0 and index) or (unit.end and unit.end > unit.title_end):
                return set()  # a question with no answer item, or one nested under it
            run = 0
            continue
        run += 1
        if run > 2 or (unit.end and unit.end > unit.title_end):
            return set()
        if is_question_like(unit.title) or len(unit.title.split()) < ANSWER_WORDS:
            return set()  # a list of questions and tasks ("Tell me about…"), or of headings
        answers.add(index)
    return answers if run else set()


def without_answer_steps(
    doc: Document, groups: dict[tuple[int, bool, str], list[Unit]]
) -> dict[tuple[int, bool, str], list[Unit]]:
    """The list item groups less the numbered steps of answers (see the module)."""
    nested = any(key[0] > 0 for key in groups)
    outer = [u for key, u in groups.items() if key[0] == 0 and nested and _mostly(u, 0.6)]
    result: dict[tuple[int, bool, str], list[Unit]] = {}
    headings: list[int] | None = None
    for key, units in groups.items():
        if key[0] > 0 and any(_nested_in_asking(units, o) for o in outer):
            continue
        if key[1] and sum(1 for u in units if u.number == 1) > 1:
            if headings is None:
                headings = [b.start for b in doc.blocks if b.kind == "heading"]
            steps = _restarted_steps(units, headings)
            units = [u for k, u in enumerate(units) if k not in steps]
        if not key[1] and key[2] == "text":
            answers = _alternating_answers(units)
            units = [u for k, u in enumerate(units) if k not in answers]
        result[key] = units
    return result
