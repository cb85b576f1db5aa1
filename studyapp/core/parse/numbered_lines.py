"""Numbered lines as a split the person can choose ("numbered lines"): each line of a
run of numbered lines starts a question, whether it asks or not, and the lines under
it, up to the next, are its answer.

A run is two or more lines numbered ``1.`` ``2)`` ``Q3 -`` ``#4:`` at one indent, each
number above the one before, each with at least one line of text under it before the
next. Only the runs at the shallowest indent count (a numbered list inside an answer
is indented under its item). It is offered in the import preview and as ``--split-at
numbered``: the way out where the unit found runs questions together (a ``Q1 -`` line
read as prose, a numbered line that asks nothing). The engine takes it by itself only
where the note is one run and the unit it found starts on some of the run's lines and
no others, or it found none (`runs_past`): "Q2 - Explain Big-O" found as a ``Q:``
line, "Q1 - stack vs queue" and "Q3 - …" left in an intro and an answer.
"""

from __future__ import annotations

import re
from itertools import pairwise

from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import _OPEN_END_RE, Unit, _ends_asking, numbered_lead

KIND = "numbered"

# "1. …", "2) …", "3: …", "Q4 - …", "Q5. …", "#6 – …" (a number, its mark, then a space)
NUMBERED_LINE_RE = re.compile(
    r"^(?P<indent>[ \t]*+)(?:\*\*|__)?(?:Q\s?\.?\s?|#\s?)?(?P<n>\d{1,4})"
    r"(?:[.):]|\s*[-\u2013\u2014])(?:\*\*|__)?[ \t]+(?P<title>\S.*)$",
    re.I,
)
_OPAQUE = ("code", "html", "front_matter", "table")


def numbered_lines(doc: Document) -> list[Unit]:
    """The question starts of the document's numbered runs (see the module)."""
    opaque = bytearray(len(doc.lines) + 2)
    for block in doc.blocks:
        if block.kind in _OPAQUE:
            opaque[block.start : block.end + 1] = b"\x01" * (block.end - block.start + 1)
    marked: list[tuple[int, int, int, str]] = []  # line, indent, number, title
    for n, line in enumerate(doc.lines, start=1):
        match = NUMBERED_LINE_RE.match(line) if not opaque[n] else None
        if match:
            indent = len(match["indent"].expandtabs(4))
            marked.append((n, indent, int(match["n"]), match["title"].strip()))
    runs = [run for indent in {m[1] for m in marked} for run in _runs(doc, marked, indent)]
    if not runs:
        return []
    shallowest = min(run[0][1] for run in runs)
    starts = sorted(m for run in runs if run[0][1] == shallowest for m in run)
    units = []
    for line, _, number, title in starts:
        text = doc.line(line)
        # "**Q3) What is dropout?** Randomly zeroing …": the bold asks, the rest answers
        lead = numbered_lead(text) if text.lstrip()[:2] in ("**", "__") else None
        answer = lead["a"] if lead else ""
        if answer and title.endswith(answer):
            title = title[: len(title) - len(answer)].rstrip()
        else:
            answer = ""
        units.append(
            Unit(
                line,
                line,
                title,
                whole_title(title, plain=doc.plain),
                line + 1,
                number=number,
                answer_prefix=answer,
            )
        )
    return units


def _runs(
    doc: Document, marked: list[tuple[int, int, int, str]], indent: int
) -> list[list[tuple[int, int, int, str]]]:
    """The runs of numbered lines at `indent`: numbers going up, text under each."""
    lines = [m for m in marked if m[1] == indent]
    runs: list[list[tuple[int, int, int, str]]] = []
    run: list[tuple[int, int, int, str]] = []
    for i, mark in enumerate(lines):
        end = lines[i + 1][0] if i + 1 < len(lines) else len(doc.lines) + 1
        under = any(doc.line(n).strip() for n in range(mark[0] + 1, end))
        if run and mark[2] <= run[-1][2]:
            runs.append(run)
            run = []
        if under:
            run.append(mark)
        else:  # a numbered line with nothing under it ends the run
            runs.append(run)
            run = []
    runs.append(run)
    return [run for run in runs if len(run) >= 2]


def runs_past(doc: Document, numbered: list[Unit], found: list[Unit]) -> bool:
    """Whether the numbered lines are one run whose lines hold every start `found` (if
    any) and more: the questions found ran over numbered lines that start questions
    too, or none was found in a note of numbered questions ("#1: CAP theorem …"), or
    a title found holds the answer below its numbered line ("Q1. Inner join vs left
    join" / "inner keeps matching rows only …", `_glued`). Not
    where a numbered line goes on below, indented as its text (a paragraph wrapped:
    "1. Redistributions of … notice, this" / "   list of conditions …")."""
    lines = {u.line for u in numbered}
    return (
        len(numbered) >= 2
        and (len(numbered) > len(found) or any(_glued(doc, u) for u in found))
        and all(
            a.number is not None and b.number is not None and a.number < b.number
            for a, b in pairwise(numbered)
        )
        and all(u.line in lines for u in found)
        and not any(_wrapped(doc, u.line) for u in numbered)
    )


def _glued(doc: Document, unit: Unit) -> bool:
    """Whether a title found runs from its numbered line over lines below it that are its
    answer: the numbered line ends a phrase (not "… between" / "a and b?") and no line
    below it in the title asks (a question wrapped over lines)."""
    first = doc.line(unit.line).rstrip()
    return (
        unit.title_end > unit.line
        and not first.endswith((",", ";", "-", "(", "/", "&"))
        and not _OPEN_END_RE.search(first)
        and not any(
            _ends_asking(doc.line(n), doc.plain) for n in range(unit.line + 1, unit.title_end + 1)
        )
    )


def _wrapped(doc: Document, line: int) -> bool:
    """Whether the line below numbered `line` is indented as far as its text."""
    match = NUMBERED_LINE_RE.match(doc.line(line))
    below = doc.line(line + 1)
    return bool(
        match and below.strip() and len(below) - len(below.lstrip()) >= match.start("title")
    )
