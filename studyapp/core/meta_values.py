"""Values that are record keeping about a card rather than its answer: a date ("March
4, 2025", "2024-03-01"), a number, a web address alone, a checkbox ("Yes", "☐"), or a
label from a small set ("Easy", "In progress"). A table of cards (a Notion database's
CSV, a spreadsheet) keeps such columns beside its answers: `column_kind` tells them by
the column's values over all its rows (its name only helping, where too few rows show
the set); `metadata_line` tells a "**Difficulty:** Easy" line an answer already holds,
which gives no key point (core.keyterms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "column_kind",
    "flag_set",
    "label_parts",
    "metadata_line",
    "own_notes_line",
    "record_keeping_name",
    "value_kind",
]

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    "|june|july|august|september|october|november|december"
)
_TIME = (  # " 9:14 PM", "T10:00:00Z"
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:z|utc|[+-]\d{2}:?\d{2}))?)?"
)
_DATE_RE = re.compile(
    rf"(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}"  # 2025-03-04, 2024/03/01
    rf"|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}"  # 04/03/2025, 4.3.25
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # March 4, 2025
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"  # 4 March 2025
    rf"|(?:{_MONTHS})\.?\s+\d{{4}}"  # March 2025
    rf"){_TIME}"
    r"(?:\s*(?:→|->|–)\s*.+)?",  # Notion's date range "March 4, 2025 → March 6, 2025"
    re.I,
)
_NUMBER_RE = re.compile(r"[-+]?(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\.\d+)?\s*%?|[-+]?\.\d+")
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|<https?://\S+>|\[[^\]]*\]\(https?://[^)]*\)")
_FLAGS_ON = frozenset({"yes", "true", "checked", "x", "✓", "✔", "✅", "☑", "y", "done"})
_FLAGS_OFF = frozenset({"no", "false", "unchecked", "☐", "n", "❌", "-", "not done"})
# One to three words: "Easy", "In progress", "Google", "P1", "Phone screen".
_LABEL_RE = re.compile(r"[^\W_][\w'&+#.\-]*(?:[ /][^\W_][\w'&+#.\-]*){0,2}")
_MAX_LABEL = 30
# Names a column of record keeping goes by: its values a small set even over two rows.
_LABEL_NAMES = frozenset(
    {
        "difficulty", "level", "status", "priority", "importance", "confidence", "stage",
        "state", "progress", "mastery", "company", "companies", "round", "interview round",
        "frequency", "asked at", "asked by", "seniority", "rating", "score", "source",
        "sources", "origin", "role", "team", "tier",
    }
)  # fmt: skip
# Names of columns that say something of the answer, however short their cells: an
# "Example" column of "list", "dict", "list" is no set of labels.
_TEXT_NAMES = frozenset(
    {
        "example", "examples", "notes", "note", "explanation", "hint", "hints", "mnemonic",
        "code", "details", "detail", "comment", "comments", "context", "why", "extra",
    }
)  # fmt: skip
_ANSWER_NAMES = frozenset({"answer", "a", "back", "result", "solution", "value", "output"})
_DATE_NAMES = ("date", "reviewed", "asked on", "due", "created", "edited", "updated", "last")


def _name(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.casefold()))


def record_keeping_name(name: str) -> bool:
    """Whether a column's name says record keeping: a label's ("Difficulty", "Status",
    "Company") or a date's ("Last reviewed", "Due date")."""
    folded = f" {_name(name)} "
    return folded.strip() in _LABEL_NAMES or any(f" {n} " in folded for n in _DATE_NAMES)


def _date(value: str) -> bool:
    return bool(_DATE_RE.fullmatch(value.strip()))


def _number(value: str) -> bool:
    return bool(_NUMBER_RE.fullmatch(value.strip()))


def _link(value: str) -> bool:
    return bool(_LINK_RE.fullmatch(value.strip()))


def _flag(value: str) -> bool:
    return value.strip().casefold() in _FLAGS_ON | _FLAGS_OFF


def flag_set(value: str) -> bool:
    """Whether a checkbox's value is ticked ("Yes", "✓", "true")."""
    return value.strip().casefold() in _FLAGS_ON


def _label(value: str) -> bool:
    value = value.strip()
    return len(value) <= _MAX_LABEL and bool(_LABEL_RE.fullmatch(value)) and not _number(value)


def label_parts(value: str) -> list[str]:
    """A cell's labels: a multi-select's "Google, Meta" is two."""
    return [p.strip() for p in value.split(",") if p.strip()]


def column_kind(values: Sequence[str], name: str = "") -> str:
    """What a column of a table of cards holds, by its non-empty values: "date",
    "number", "flag" (a checkbox), "label" (a small set of short labels: some repeat
    over the rows, or over two rows or more the column's name says record keeping,
    "Difficulty"), or "link"
    (a web address alone); "text" for anything else (prose, an example, a term)."""
    values = [v.strip() for v in values if v.strip()]
    if not values:
        return "text"
    if all(_flag(v) for v in values) and not all(_number(v) for v in values):
        return "flag"
    if all(_date(v) for v in values):
        return "date"
    if all(_number(v) for v in values):
        return "number"
    if all(_link(v) for v in values):
        return "link"
    parts = [p for v in values for p in label_parts(v)]
    if parts and all(_label(p) for p in parts) and _name(name) not in _TEXT_NAMES:
        named = _name(name) in _LABEL_NAMES
        distinct = len({p.casefold() for p in parts})
        if (named and len(values) >= 2) or (len(values) >= 3 and distinct * 2 <= len(parts)):
            return "label"
    return "text"


def value_kind(value: str, name: str) -> str:
    """What one record's value under `name` holds, where no other record shows its
    column's set (a database's page read alone, its "Difficulty: Easy"): as
    `column_kind`, a label only under a name of record keeping ("Difficulty",
    "Status", "Company") and before a checkbox ("Status: Done" is a status)."""
    parts = label_parts(value)
    if _name(name) in _LABEL_NAMES and parts and all(_label(p) for p in parts):
        return "label"
    return column_kind([value], name)


# "**Difficulty:** Easy", "**Last reviewed:** March 4, 2025" alone on a line.
_NAMED_LINE_RE = re.compile(r"^\*\*(?P<name>[^*\n]{1,40}?):?\*\*:?[ \t]+(?P<value>\S.*?)[ \t]*$")


def metadata_line(line: str) -> bool:
    """Whether a line of an answer is a "**Name:** value" line of record keeping: a
    date, a number, a checkbox or a web address alone; a label under a name of record
    keeping ("**Difficulty:** Easy", "**Company:** Meta"), or a date's name ("**Asked
    on:** …"). "**Pattern:** Hash map" and "**Example:** …" say something of the answer."""
    match = _NAMED_LINE_RE.match(line.strip())
    if match is None:
        return False
    name, value = _name(match["name"]), match["value"]
    if _date(value) or _link(value):
        return True
    if (_number(value) or _flag(value)) and name not in _ANSWER_NAMES:
        return True  # ("**Answer:** 42" is one)
    if name in _LABEL_NAMES or any(word in name.split() for word in _DATE_NAMES):
        return all(_label(p) for p in label_parts(value))
    return False


# The names of a person's notes about a card ("asked at Stripe", "see CAP, BASE"), a
# sheet's "Notes" column kept with the answer: not the singular "Note", which in notes is
# a caveat that belongs to the answer ("**Note:** the GIL is released on I/O").
_OWN_NOTES_NAMES = frozenset(
    {"notes", "my notes", "personal notes", "own notes", "comments", "my comments"}
)


def own_notes_line(line: str) -> bool:
    """Whether a line of an answer opens the person's own notes about the card
    ("**Notes:** asked at Stripe", "**My notes:** …", "**Comments:** …"): shown with the
    answer, but nothing a mock's answer has to say."""
    match = _NAMED_LINE_RE.match(line.strip())
    return match is not None and _name(match["name"]) in _OWN_NOTES_NAMES
