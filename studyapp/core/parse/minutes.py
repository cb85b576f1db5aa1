"""A record, not a glossary nor a question bank: meeting minutes, a stand-up, an
interview log, a diary or a trip report. Such notes are written as "label: value" lines
("Date: 2024-03-05", "Attendees: Ana, Bo", "Day one: we landed at noon …") that read
like a glossary's "term: definition", or as headings that name the minutes' parts
("## Updates", "## Action items") that read like questions.

What tells them apart is what the values say. A record's values are dates and times,
lists of people (names, "@handles", "me"), and sentences about what the writer did
("we agreed …", "I finished …", "went for a run"); its labels are the fields of a
record ("Date", "Attendees", "Owner", "Next meeting", "Day 2", "Morning"). A glossary's
definitions say what a term is. A field's name alone is not enough (an English–Spanish
list has "Date: la fecha", a glossary of meetings "Agenda: the items to discuss"): the
values must say it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from studyapp.core.parse.titles import ends_asking

__all__ = ["minutes_headings", "record_pairs"]

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
# A date or a time written with its digits: "2024-03-05", "02/10/2026", "12 November",
# "Nov 12", "14:00", "9am".
_DATED_RE = re.compile(
    rf"\b(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|(?:{_MONTHS})\s+\d{{1,2}}\b"
    r"|\d{1,2}:\d{2}\b|\d{1,2}\s?(?:am|pm)\b)",
    re.I,
)
# A day named by its word ("Thursday", "tomorrow"): a record's, when its label is a field.
_DAY_WORD_RE = re.compile(
    rf"^(?:(?:next|last|this)\s+)?(?:{_DAYS}|today|tomorrow|tonight|yesterday|next week)\b",
    re.I,
)
# A person in a list of people: "Ana", "Tom Becker", "@kim", "me".
_PERSON = r"(?:@[\w.-]+|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?|me|myself)"
_PEOPLE_RE = re.compile(rf"^{_PERSON}(?:\s*(?:,|;|&|\band\b)\s*{_PERSON}){{1,}}\.?$")
_HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z][\w.-]*")
# The writer telling what they did: "we agreed", "I finished", "went for a run".
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I've|I’m|I’ve)\b|\b(?:we|we're|our|us|my)\b", re.I)
# ... or opening with what they did: "went for a run", "fixed the login bug".
_DID_RE = re.compile(
    r"^(?:was|were|went|met|ran|had|took|ate|felt|got|came|saw|spent|flew|fell|did"
    r"|told|thought|left|[a-z]{3,}ed)\b",
    re.I,
)
_SENTENCE_WORDS = 4  # fewer words are a translation ("nous: we"), no sentence
# The fields of a record: a meeting's, a log's, a diary's.
_FIELD_RE = re.compile(
    r"^(?:date|time|when|where|location|venue|room|attendees|participants|present|absent"
    r"|apologies|facilitator|chair|note-?taker|scribe|owner|author|host|interviewer"
    r"|candidate|role|round|result|outcome|status|agenda|notes|action items?|actions"
    r"|next steps?|next (?:meeting|sync|standup|stand-up|call|review|session)"
    r"|decisions?|blockers?|risks?|mood|yesterday|today|tomorrow|follow-?ups?|cost|spent"
    r"|weather|food|overall|takeaways?|contacts|morning|afternoon|evening|night|lunch"
    r"|breakfast|dinner|day (?:\d+|one|two|three|four|five|six|seven))$",
    re.I,
)
# The parts of minutes, as headings: "## Updates", "## Action items", "## What went well".
_PART_RE = re.compile(
    r"^(?:updates?|status updates?|action items?|actions|decisions?(?: made)?|next steps?"
    r"|blockers?|agenda|attendees|participants|discussion|follow-?ups?|notes"
    r"|what went well|what (?:did not|didn't|didn’t) go well|what to improve"
    r"|yesterday|today|(?:open )?issues|risks)$",
    re.I,
)
# A note's title naming a record: "Weekly sync", "Sprint 14 retro", "1:1 with Marta".
_RECORD_TITLE_RE = re.compile(
    r"\b(?:meeting|minutes|sync|stand-?up|retro(?:spective)?|1:1|1-on-1|one-on-one"
    r"|check-?in|journal|diary|trip|log)\b",
    re.I,
)


def _says_when(label: str, value: str) -> bool:
    return bool(_DATED_RE.search(value)) or (
        bool(_FIELD_RE.match(label)) and bool(_DAY_WORD_RE.match(value))
    )


def _names_people(value: str) -> bool:
    return bool(_PEOPLE_RE.match(value.strip())) or bool(_HANDLE_RE.search(value))


def _tells_doings(value: str) -> bool:
    if len(value.split()) < _SENTENCE_WORDS:
        return False
    return bool(_FIRST_PERSON_RE.search(value) or _DID_RE.match(value))


def record_fact(label: str, value: str) -> bool:
    """Whether a "label: value" line's value is a record's: a date or time, people, or
    what the writer did."""
    value = value.strip()
    return _says_when(label, value) or _names_people(value) or _tells_doings(value)


def record_pairs(pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether "label: value" pairs read as a glossary are a record's fields: half their
    labels or more are a record's fields, and two values or more say when, who, or what
    the writer did. Values alone do not decide: a deck of history dates, of bands and
    their members, of interview answers in the first person, is a glossary."""
    pairs = [(label.strip(), value) for label, value in pairs]
    if not pairs:
        return False
    facts = sum(1 for label, value in pairs if record_fact(label, value))
    fields = sum(1 for label, _ in pairs if _FIELD_RE.match(label))
    return fields * 2 >= len(pairs) and facts >= _FACTS


_FACTS = 2  # values that say a record's fields are one, at the least

_LINE_PAIR_RE = re.compile(r"^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?([^\W_][^:\n]{0,40}?):\s+(\S.*)$")
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$")


def minutes_headings(lines: list[str]) -> bool:
    """Whether a Markdown note's headings are the parts of minutes or a diary, no
    questions: none asks, every heading under the note's title names such a part
    ("## Updates", "## Action items"), and the title names a record or is dated
    ("# Team sync", "# Sprint 14 retro", "# Review 2025-05-02") or the note's "label:
    value" lines are a record's; or a title alone over a record's lines ("# Daily
    standup" over "Today: …")."""
    headings = [(len(m[1]), m[2]) for m in map(_HEADING_RE.match, lines) if m]
    if not headings or any(ends_asking(text) for _, text in headings):
        return False
    top = min(level for level, _ in headings)
    titled = headings[0][0] == top and sum(1 for level, _ in headings if level == top) == 1
    parts = headings[1:] if titled else headings
    if len(parts) == 1 or not all(_PART_RE.match(text.strip("*_ ")) for _, text in parts):
        return False
    title = headings[0][1] if titled else ""
    if parts and (_RECORD_TITLE_RE.search(title) or _DATED_RE.search(title)):
        return True  # "# Team sync", "# Design review 2025-05-02" over its parts
    pairs = [(m[1], m[2]) for m in map(_LINE_PAIR_RE.match, lines) if m]
    pairs = [(label, value) for label, value in pairs if not ends_asking(value.rstrip())]
    # (a title alone: over three such lines or more, "# Daily standup" / "Today: …")
    return len(pairs) >= _FEWEST_FIELDS and record_pairs(pairs)


_FEWEST_FIELDS = 3
