"""Candidate question units of a Markdown document, each scored over the whole document.

A document repeats one kind of block for its questions: a heading level, list
items at some depth, bold paragraphs, ``Q:`` prefixes, ``<details>`` blocks,
rows of a table with a Question column, flashcards. Every kind is a finder
that returns the places it would start a question (a ``Unit``); ``score``
says how much those places look like the questions of a document: question
marks and interrogative openings, numbering that counts up, an answer under
each, titles that differ from one another.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.core.parse.titles import INTERROGATIVE_RE, whole_title
from studyapp.core.parse.tree import Block, Document


@dataclass(slots=True)
class Unit:
    """Where one question starts: its title and the lines its answer may begin on."""

    line: int  # first line of the question
    title_end: int  # last line holding the question text
    raw_title: str
    title: str
    answer_start: int  # first line of the answer (may hold the rest of the title line)
    end: int = 0  # where the unit's own container ends (0: runs to the next unit)
    number: int | None = None
    answer_prefix: str = ""  # answer text that shares the title's line ("**A:** …")
    container: bool = False  # the answer ends with the container (details, row, card)


NUMBER_RE = re.compile(r"^\s*(?:\*\*|__|<b>|<strong>)?\s*(?:Q\s*\.?\s*)?(\d{1,5})\s*[.):]", re.I)
WHOLE_BOLD_RE = re.compile(
    r"^\s*(?:\*\*|__|<b>|<strong>)(?P<q>(?:(?!\*\*|__|</b>|</strong>).)+?)"
    r"(?:\*\*|__|</b>|</strong>)\s*(?P<tail>[^\w\s]{0,6})\s*$",
    re.I,
)
BOLD_NUMBER_RE = re.compile(r"^\s*(?:\*\*|__)\s*\d{1,4}\s*[).:]\s*(?:\*\*|__)?")
PREFIX_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:question|q)\s*(?:\d{1,5}\s*)?[:.)]\s*(?:\*\*|__)?\s*(?=\S)",
    re.I,
)
ANSWER_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:answer|ans|a)\s*(?:\d{1,5}\s*)?[:.)]\s*(?:\*\*|__)?\s*",
    re.I,
)
INLINE_ANSWER_RE = re.compile(r"\s(?:\*\*|__)?\s*(?:answer|a)\s*:\s*(?:\*\*|__)?\s", re.I)
SUMMARY_RE = re.compile(r"<summary[^>]*>(.*?)</summary>", re.I | re.S)
DETAILS_OPEN_RE = re.compile(r"<details\b", re.I)
DETAILS_CLOSE_RE = re.compile(r"</details\s*>", re.I)
QUESTION_HEADERS = frozenset(("question", "questions", "q", "front", "term", "prompt", "ask"))
ANSWER_HEADERS = frozenset(("answer", "answers", "a", "back", "definition", "response"))


def _unit(block: Block, raw: str, *, answer_start: int | None = None, **kw) -> Unit:
    return Unit(
        block.start,
        kw.pop("title_end", block.end if block.kind != "heading" else block.start),
        raw,
        whole_title(raw),
        answer_start if answer_start is not None else block.end + 1,
        **kw,
    )


def _number(raw: str) -> int | None:
    match = NUMBER_RE.match(raw)
    return int(match.group(1)) if match else None


# --- finders -------------------------------------------------------------------


def headings(doc: Document, level: int) -> list[Unit]:
    return [
        _unit(b, b.text, number=_number(b.text))
        for b in doc.blocks
        if b.kind == "heading" and b.level == level and b.depth == 0 and not b.quoted
    ]


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


def list_item_groups(doc: Document) -> dict[tuple[int, bool, str], list[Unit]]:
    """Items grouped by depth, list type and how their first block looks."""
    groups: dict[tuple[int, bool, str], list[Unit]] = {}
    for index, block in enumerate(doc.blocks):
        if block.kind != "item" or block.quoted or block.depth > 1:
            continue
        style, lead = _lead_style(doc, block, index)
        if lead is None or style == "other":
            continue
        raw = lead.text
        title_end = lead.end
        rest = ""
        if style == "bold":
            first, _, more = raw.partition("\n")
            if not BOLD_NUMBER_RE.match(first):
                raw, rest = first, more
                title_end = lead.start
        answer = ANSWER_RE.match(raw.split("\n")[-1]) if "\n" in raw else None
        if answer:  # the answer marked on the line after the question
            *head, last = raw.split("\n")
            raw, rest = "\n".join(head), last[answer.end() :]
            title_end = lead.end - 1
        unit = Unit(
            block.start,
            title_end,
            raw,
            whole_title(raw),
            title_end + 1,
            end=block.end,
            number=block.number,
            answer_prefix=rest,
        )
        groups.setdefault((block.depth, block.ordered, style), []).append(unit)
    return groups


def bold_paragraphs(doc: Document) -> list[Unit]:
    units = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth > 0 or block.quoted:
            continue
        first, _, rest = block.text.partition("\n")
        if BOLD_NUMBER_RE.match(first):
            # "**1)** The number of active ads." — the whole paragraph is the question
            units.append(_unit(block, block.text, number=_number(first)))
        elif WHOLE_BOLD_RE.match(first) and not PREFIX_RE.match(first):
            units.append(_unit(block, first, title_end=block.start, answer_start=block.start + 1))
            units[-1].answer_prefix = rest if False else ""
    return units


def prefixed(doc: Document) -> list[Unit]:
    """``Q:`` / ``Question:`` / ``Q1.`` lines (paragraphs or plain text lines)."""
    units = []
    for block in doc.blocks:
        if block.kind != "paragraph" or block.quoted or block.depth > 1:
            continue
        lines = block.text.split("\n")
        index = 0
        while index < len(lines):
            line = lines[index]
            match = PREFIX_RE.match(line)
            if not match:
                index += 1
                continue
            start = block.start + index
            title_lines = [line]
            prefix = ""
            inline = INLINE_ANSWER_RE.search(line, match.end())
            if inline:  # "**Q:** … **A:** …" on one line
                title_lines = [line[: inline.start()]]
                prefix = line[inline.end() :]
                index += 1
            else:
                index += 1
                while index < len(lines) and not ANSWER_RE.match(lines[index]):
                    if PREFIX_RE.match(lines[index]) or index - (start - block.start) > 4:
                        break
                    title_lines.append(lines[index])
                    index += 1
                if index < len(lines) and ANSWER_RE.match(lines[index]):
                    prefix = lines[index][ANSWER_RE.match(lines[index]).end() :]
                    index += 1
                elif len(title_lines) > 1 and index - (start - block.start) > 4:
                    title_lines = title_lines[:1]
                    index = start - block.start + 1
            raw = "\n".join(title_lines)
            title_end = start + len(title_lines) - 1
            units.append(
                Unit(
                    start,
                    title_end,
                    raw,
                    whole_title(raw),
                    start + (index - (start - block.start)),
                    number=_number(raw),
                    answer_prefix=prefix,
                )
            )
    return units


def details(doc: Document) -> list[Unit]:
    units = []
    lines = doc.lines
    for block in doc.blocks:
        if block.kind != "html" or not DETAILS_OPEN_RE.search(block.text) or block.quoted:
            continue
        start = block.start
        for offset, line in enumerate(block.text.split("\n")):
            if not DETAILS_OPEN_RE.search(line):
                continue
            first = start + offset
            window = "\n".join(lines[first - 1 : first + 3])
            summary = SUMMARY_RE.search(window)
            if not summary:
                continue
            title_end = first + window[: summary.end()].count("\n")
            end = _details_end(lines, first)
            rest = lines[title_end - 1][len(window[: summary.end()].split("\n")[-1]) :]
            units.append(
                Unit(
                    first,
                    title_end,
                    summary.group(1),
                    whole_title(summary.group(1)),
                    title_end + 1,
                    end=end,
                    answer_prefix=rest,
                    container=True,
                )
            )
    return units


def _details_end(lines: list[str], first: int) -> int:
    depth = 0
    for number in range(first, len(lines) + 1):
        line = lines[number - 1]
        depth += len(DETAILS_OPEN_RE.findall(line)) - len(DETAILS_CLOSE_RE.findall(line))
        if depth <= 0:
            return number
    return len(lines)


def _header_index(cells: list[str], names: frozenset[str]) -> int | None:
    for index, cell in enumerate(cells):
        if whole_title(cell).strip().lower().rstrip(":?") in names:
            return index
    return None


def table_rows(doc: Document) -> list[Unit]:
    units = []
    for block in doc.blocks:
        if block.kind != "table" or not block.rows or block.quoted:
            continue
        header = block.rows[0][1]
        q = _header_index(header, QUESTION_HEADERS)
        a = _header_index(header, ANSWER_HEADERS)
        if q is None or a is None:
            continue
        for line, cells in block.rows[1:]:
            raw = cells[q] if q < len(cells) else ""
            answer = cells[a] if a < len(cells) else ""
            units.append(
                Unit(
                    line,
                    line,
                    raw,
                    whole_title(raw),
                    line + 1,
                    end=line,
                    answer_prefix=answer,
                    container=True,
                )
            )
    return units


# --- scoring --------------------------------------------------------------------


def is_question_like(title: str) -> bool:
    return "?" in title or bool(INTERROGATIVE_RE.match(title))


def score(units: list[Unit], has_answer: Callable[[int], bool]) -> float:
    """How much these places look like the questions of the document."""
    if not units:
        return 0.0
    titles = Counter(u.title.casefold() for u in units)
    total = 0.0
    previous: int | None = None
    for index, unit in enumerate(units):
        if not unit.title or titles[unit.title.casefold()] > 1 and len(unit.title) < 40:
            previous = unit.number
            continue  # a label repeated ("Answer", "Example"), not a question
        value = 0.15
        if is_question_like(unit.title):
            value += 1.0
        if unit.number is not None and previous is not None and unit.number in (previous + 1, 1):
            value += 0.4
        if has_answer(index):
            value += 0.3
        if len(unit.title) > 400:
            value -= 0.5
        total += value
        previous = unit.number
    return total


FINDERS: dict[str, Callable[[Document], list[Unit]]] = {
    "bold": bold_paragraphs,
    "prefix": prefixed,
    "details": details,
    "table": table_rows,
}
