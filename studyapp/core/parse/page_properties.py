"""A page's properties: the "Name: value" lines a database's page opens with under its
title, as Notion exports each row of a database as a page of its own::

    # Two Sum

    Difficulty: Easy
    Tags: Arrays, Hash map
    Status: Done
    Last reviewed: March 4, 2025

    Keep a hash map of value → index …

They are the record keeping of a table of cards (core.parse.meta_columns), one row at
a time: a label under a name of record keeping becomes the page's questions' tag
("Difficulty::Easy"), a ticked checkbox its name (neither shown in the answer), a
``Tags:`` line their tags (none in the answer: core.question_tags); a date or a
number is left out, as a database's "Created time" column is. A property of prose or
a link stays in the text. The lines go before the page is read, so the page is the
one question under its title (they were read as questions of their own:
"Difficulty" answered "Medium"). A property named as a table's topic column is
(``Topic: Streaming``, ``Category:``, ``Section:``) names the page's topic, as that
column's cell does for the row read from the database's table: not in the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.core.meta_values import value_kind
from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of
from studyapp.core.parse.meta_columns import meta_tags, with_labels
from studyapp.core.parse.note_tags import line_tags
from studyapp.core.parse.tabular_columns import column_role
from studyapp.core.parse.titles import ANSWER_NAMES_ABROAD, QUESTION_NAMES_ABROAD

__all__ = ["PageProperties", "page_properties", "with_properties"]

_TITLE_RE = re.compile(r"^# +\S")
# "Difficulty: Easy", "Last reviewed: March 4, 2025", "Asked at (company): Meta"
_PROPERTY_RE = re.compile(
    r"^(?P<name>[^\W\d_][^\W_]*(?:[ ()/&'-]+[^\W_]+){0,3}\)?):[ \t]+(?P<value>\S.*?)[ \t]*$"
)
# Names that mark a question or its answer ("Q: …" / "A: …" under a heading), no property.
_CARD_NAMES = frozenset(
    (
        "q", "a", "question", "answer", "ans", "solution", "note", "notes", "hint",
        "example", "tip", "front", "back", *QUESTION_NAMES_ABROAD, *ANSWER_NAMES_ABROAD,
    )
)  # fmt: skip
_KEPT_OUT = ("label", "flag", "date", "number")
# What shows a paragraph of "Name: value" lines is record keeping, not the page's facts
# ("L1 cache: 0.5" / "RAM: 100" are numbers, not properties): a label under a name of
# record keeping, a date, or tags.
_RECORD_KEEPING = frozenset(("label", "date", "tags"))
_TAG_NAMES = ("tags", "tag")


@dataclass(slots=True)
class PageProperties:
    """The properties taken out of a page: the lines (1-based), the tags its ``Tags:``
    line gives, and the labels of its record keeping ("Difficulty::Easy", "Starred"),
    which name no topic (core.parse's tag topics leave them out)."""

    first: int
    last: int
    tags: tuple[str, ...]
    labels: tuple[str, ...]
    topic: str = ""  # "Topic: Streaming": the page's questions' topic


def page_properties(text: str) -> tuple[str, PageProperties | None]:
    """`text` with its properties' lines of record keeping blanked (its lines keep their
    numbers), and what they give; `text` as it is and None where it opens with no
    ``# Title`` over two property lines or more (its first paragraph under the title)."""
    lines = lines_of(text)
    at = next((i for i, line in enumerate(lines) if line.strip()), None)
    if at is None or not _TITLE_RE.match(lines[at]):
        return text, None
    start = at + 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    stop = start
    while stop < len(lines) and lines[stop].strip():
        stop += 1
    found = [_PROPERTY_RE.match(line) for line in lines[start:stop]]
    if stop - start < 2 or not all(found):
        return text, None
    if any(m["name"].casefold() in _CARD_NAMES for m in found if m):
        return text, None  # "Q: …" / "A: …" under a heading: a card, no properties
    tags: list[str] = []
    labels: list[str] = []
    taken: list[int] = []
    kinds: set[str] = set()
    topic = ""
    for offset, match in enumerate(found):
        assert match is not None
        name, value = " ".join(match["name"].split()), match["value"]
        if not topic and column_role(name) == "topic" and (named := _topic_name(value)):
            topic = named
            taken.append(start + offset)
            continue
        if name.casefold() in _TAG_NAMES:
            listed = line_tags(match.group(0))
            if listed:
                tags += listed
                taken.append(start + offset)
                kinds.add("tags")
            continue
        kind = value_kind(value, name)
        kinds.add(kind)
        if kind in _KEPT_OUT:
            labels += meta_tags({name: value}, {name: kind})
            taken.append(start + offset)
    if not kinds & _RECORD_KEEPING:
        # "Time: O(n)" / "Space: O(1)", "L1 cache: 0.5" / "RAM: 100": the page's own text
        return text, None
    for index in taken:
        lines[index] = ""
    found = PageProperties(taken[0] + 1, taken[-1] + 1, tuple(tags), tuple(labels), topic)
    return "\n".join(lines), found


# Notion writes a relation as the page's name over its path: "Streaming (../Topics/…md)".
_RELATION_RE = re.compile(r"\([^()]*\.md\)")
_TOPIC_CHARS = 60


def _topic_name(value: str) -> str:
    """A topic property's value as a topic's name; "" where it names none (a sentence,
    several values)."""
    if len(value) > _TOPIC_CHARS * 8:
        return ""  # (a relation's path is long, a topic's name not)
    name = " ".join(_RELATION_RE.sub("", value).split())
    if not name or len(name) > _TOPIC_CHARS or "," in name or name.endswith((".", "?")):
        return ""
    return name


def with_properties(doc: ParsedDocument, found: PageProperties | None) -> ParsedDocument:
    """`doc` (changed in place) with the page's property tags on each question (no text
    of its answer), and the properties' lines named where no question holds them."""
    if found is None:
        return doc
    if found.topic:  # (under the page's own headings, if it has them)
        for question in doc.questions:
            question.topic_path = (found.topic, *question.topic_path)
        doc.has_sections = True
    if found.tags or found.labels:
        with_labels(doc, [found.tags + found.labels] * len(doc.questions))
    held = any(
        q.source_line <= found.first and found.last <= (q.end_line or q.source_line)
        for q in doc.questions
    )
    if not held:
        region = SkippedRegion(found.first, found.last, "page properties")
        doc.skipped = sorted([*doc.skipped, region], key=lambda r: r.start_line)
    return doc
