"""A table of cards' columns of record keeping (core.meta_values): a Notion database's
"Difficulty" and "Last reviewed", a sheet's "Company" and "Asked on", an Anki export's
"Due". They are no part of a card's answer, so no key point of a mock comes from them
("**Difficulty:** Easy" was one, and a right answer scored 0 %). A column of labels
from a small set ("Easy", "Medium", "Hard") or a ticked checkbox becomes the card's
tag ("Difficulty::Easy", "Starred"), no text of its answer: the answer pane shows the
answer, not "#Difficulty/Medium" under it (nor does a mock grade it; core.question_tags
keeps and shows it); dates and numbers are left out as the database's own "Created
time" is. A column of prose (an
"Explanation", "Example" or "Notes" with sentences) stays in the answer under its name,
and so does a column of links alone (a problem's "URL": the way to it, which a tag
could not open).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from studyapp.core.meta_values import column_kind, flag_set, label_parts
from studyapp.core.model import ParsedDocument
from studyapp.core.question_tags import record_tag

__all__ = ["columns_kept_out", "keys_kept_out", "meta_tags", "record_keeping", "with_labels"]

K = TypeVar("K")

_KEPT_OUT = ("label", "flag", "date", "number")


class _Record(Protocol):
    fields: list[str]


class _Layout(Protocol):
    question: int
    answer: int
    tags: int
    topic: int
    deck: int
    ignored: set[int]
    names: dict[int, str]


def record_keeping(records: Sequence[_Record], layout: _Layout) -> dict[int, str]:
    """The columns of record keeping, by index, with their kind ("label", "flag",
    "date", "number"): among the named columns no role took, judged by their values
    over all rows (a nameless column is guessed at as tags already)."""
    taken = {layout.question, layout.answer, layout.tags, layout.topic, layout.deck}
    taken |= layout.ignored
    names = {i: name for i, name in layout.names.items() if i not in taken}
    return columns_kept_out([r.fields for r in records], names)


def columns_kept_out(rows: Sequence[Sequence[str]], names: Mapping[int, str]) -> dict[int, str]:
    """Of the columns `names` names (by index), those of record keeping, with their
    kind, judged by their cells over all `rows`."""
    kinds: dict[int, str] = {}
    for index, name in names.items():
        if not _option(name):
            kind = column_kind([row[index] for row in rows if index < len(row)], name)
            if kind in _KEPT_OUT:
                kinds[index] = kind
    return kinds


def keys_kept_out(
    records: Sequence[Mapping[str, Any]], keys: Sequence[str], text: Callable[[Any], str]
) -> dict[str, str]:
    """As `record_keeping`, for JSON or YAML cards: the keys (of those no role took)
    whose values, as `text` reads them, are record keeping, with their kind."""
    kinds: dict[str, str] = {}
    for key in keys:
        if not _option(key):
            kind = column_kind([text(r.get(key)) for r in records], key)
            if kind in _KEPT_OUT:
                kinds[key] = kind
    return kinds


# A quiz's options ("question, a, b, c, d, answer", "Option 1", "Choice B"): "4" and
# "True" there are what is chosen from, not record keeping.
_OPTION_RE = re.compile(r"\s*(?:\w|(?:option|choice|distractor|wrong answer)\b.*)\s*", re.I)


def _option(name: str) -> bool:
    return not name.strip() or bool(_OPTION_RE.fullmatch(name))


def meta_tags(cells: Mapping[K, str], kinds: Mapping[K, str]) -> tuple[str, ...]:
    """A card's tags from its columns of record keeping (`kinds`, by column: its name,
    a header's or a key's): "Difficulty::Easy" for a label (each of a multi-select's),
    the column's name for a ticked checkbox ("Starred")."""
    tags: list[str] = []
    for column, kind in kinds.items():
        value = (cells.get(column) or "").strip()
        name = " ".join(str(column).split())
        if not value or not name:
            continue
        if kind == "label":
            tags.extend(record_tag(name, part) for part in label_parts(value))
        elif kind == "flag" and flag_set(value):
            tags.append(name)
    return tuple(tags)


def with_labels(doc: ParsedDocument, labels: Sequence[tuple[str, ...]]) -> ParsedDocument:
    """`doc` (changed in place) with each question's tags of record keeping (`labels`,
    in the questions' order) added after its own: after its own tags made its topic,
    as these name none. Not in its answer (see the module)."""
    for question, tags in zip(doc.questions, labels, strict=False):
        question.tags = tuple(dict.fromkeys((*question.tags, *tags)))
    return doc
