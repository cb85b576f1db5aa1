"""A note the person left themselves after an answer: "TODO: add questions about
Spark shuffles", "FIXME: check this", "Note to self: …", "Add more questions on
joins". It is no part of the answer above it (it was shown, and a mock took its key
points from it), so it is skipped, named as a note to self.

A heading that heads one ("## TODO" over the person's to-dos, among the questions of a
practice log) is no question and no topic: its lines are a note to self too
(`is_note_to_self_heading`, read by the engine and the section headings).

Such a note is a paragraph of its own: the answer's last, a blank line between it
and the answer's text, opening with its word ("TODO", "FIXME", "TBD", "XXX" before
a colon or a dash, "note to self", "add more questions"), in whatever shape the notes
are (``Q./Ans:`` lines, Markdown headings, a chat's replies). An answer that is the
note alone is left as it is: the question was never answered, and says so. A table
of cards is left alone: its cells are the person's fields.

An answer that only holds its place ("TODO", "- [ ] TODO: write answer", "TBD", "…")
is no answer: the question is kept with none (the import says so, and a mock takes no
key point "TODO" from it), the placeholder skipped and named. The words are a small
set, kept in English as people write them in notes of any language: TODO, TBD, FIXME,
XXX, WIP (each alone or opening a short line, "TODO: write answer"), "to do", and an
ellipsis or question marks alone ("…", "...", "???").
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of

__all__ = [
    "NOTE_TO_SELF",
    "PLACEHOLDER",
    "is_note_to_self_heading",
    "is_placeholder",
    "without_notes_to_self",
]

NOTE_TO_SELF = "note to self"
PLACEHOLDER = "placeholder answer"
_TABLE_FORMATS = frozenset(("csv", "tsv", "anki-text"))
_MOST_LINES = 4  # a note is a line or a few; a longer paragraph is the answer's
# A Markdown mark before the words: a heading's, a list's, bold, a quote.
# (Each run of spaces taken whole: split between a mark's `\s+` and the `\s*` after it,
# a line of spaces was tried every way, its length squared.)
_MARKS = r"(?:\#{1,6}\s++|[-*+]\s++(?:\[[ xX]\]\s++)?|>\s*+)?(?:\*\*|__|\*|_)?\s*+"
_NOTE_RE = re.compile(
    rf"^\s*+{_MARKS}"
    r"(?:(?:TODO|FIXME|TBD|XXX)(?:\*\*|__)?\s*(?:[:：\-–—)]|\s*$)"
    r"|(?:todo|fixme)\s*:"
    r"|notes?\s+(?:to|for)\s+(?:self|myself|me)\b"
    r"|(?:(?:i\s+)?(?:should|need\s+to|must|have\s+to|want\s+to)\s+|to\s+do\s*:\s*)?"
    r"add\s+(?:some\s+|a\s+few\s+)?more\s+(?:questions|cards|examples|notes)\b)",
    re.IGNORECASE,
)


# An answer's line that only holds its place (see the module): the words, alone or
# opening a short line ("TODO: write answer", "TBD - ask Sam"), or dots or question marks.
_PLACEHOLDER_LINE_RE = re.compile(
    rf"^\s*+{_MARKS}"
    r"(?:(?:TODO|TBD|FIXME|XXX|WIP|to\s+do)\b(?:\*\*|__)?(?:\s*[:：\-–—)]\s*[^\n]{0,60})?"
    r"|…+|\.{3,}|\?+)\s*(?:\*\*|__|\*|_)?\s*$",
    re.IGNORECASE,
)
_PLACEHOLDER_LINES = 2  # "TODO" or "TODO: write answer", a line or two at most


def is_placeholder(answer: str) -> bool:
    """Whether an answer only holds its place ("TODO", "- [ ] TODO: write answer",
    "TBD", "…"): no answer (see the module)."""
    lines = [line for line in answer.splitlines() if line.strip()]
    return 0 < len(lines) <= _PLACEHOLDER_LINES and all(
        _PLACEHOLDER_LINE_RE.match(line) for line in lines
    )


def is_note_to_self(line: str) -> bool:
    """Whether a line opens a note to self (see the module)."""
    return bool(_NOTE_RE.match(line))


# A heading over the person's own to-dos: "## TODO", "## To do", "## Todo list".
_TO_DO_HEADING_RE = re.compile(r"^\W*(?:to[- ]?dos?|to[- ]?do list|still to do)\W*$", re.I)


def is_note_to_self_heading(title: str) -> bool:
    """Whether a heading heads a note to self ("## TODO" over "- redo Median of Two
    Sorted Arrays", "## Notes to self", "## FIXME: check the numbers"): no question,
    nor a part of the document, nor a topic over the questions after it."""
    return bool(_NOTE_RE.match(title) or _TO_DO_HEADING_RE.match(title))


def without_notes_to_self(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc` (changed in place) without the notes to self that end its answers, each a
    skipped region; `text` is what its questions' lines number."""
    if not doc.questions:
        return doc
    found = _placeholders_out(doc)
    if doc.format in _TABLE_FORMATS:
        return _with_regions(doc, found)
    lines = lines_of(text.replace("\r\n", "\n").replace("\r", "\n"))
    for question in doc.questions:
        if question.source_file or question.end_line <= question.source_line:
            continue
        note = _note_at_end(lines, question.source_line, question.end_line)
        if note is None:
            continue
        paragraphs = question.answer_markdown.rstrip().split("\n\n")
        if len(paragraphs) < 2 or not is_note_to_self(paragraphs[-1].lstrip("\n")):
            continue  # the answer is the note alone, or reads it otherwise
        start, end, last_kept = note
        question.answer_markdown = "\n\n".join(paragraphs[:-1]).rstrip()
        question.end_line = last_kept
        found.append(SkippedRegion(start, end, NOTE_TO_SELF))
    return _with_regions(doc, found)


def _placeholders_out(doc: ParsedDocument) -> list[SkippedRegion]:
    """Empty each answer that is only a placeholder; the regions naming them (the
    answer's lines below its title; a table's cell is its row's, no region)."""
    found: list[SkippedRegion] = []
    for question in doc.questions:
        answer = question.answer_markdown
        if not answer.strip() or not is_placeholder(answer):
            continue
        question.answer_markdown = ""
        if doc.format not in _TABLE_FORMATS and question.end_line > question.source_line:
            first = question.source_line + 1
            found.append(SkippedRegion(first, question.end_line, PLACEHOLDER, question.source_file))
            question.end_line = question.source_line
    return found


def _with_regions(doc: ParsedDocument, found: list[SkippedRegion]) -> ParsedDocument:
    if found:
        doc.skipped = sorted([*doc.skipped, *found], key=lambda r: (r.start_line, r.end_line))
    return doc


def _note_at_end(lines: list[str], first: int, last: int) -> tuple[int, int, int] | None:
    """(its first line, its last, the answer's last line above it) of the note to self
    that is the last paragraph of lines `first`..`last` (1-based), or None."""
    end = min(last, len(lines))
    while end > first and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > first and lines[start - 2].strip():
        start -= 1
    if start <= first + 1 or end - start >= _MOST_LINES or not is_note_to_self(lines[start - 1]):
        return None  # (no blank line between it and the title, or not one)
    above = start - 1
    while above > first and not lines[above - 1].strip():
        above -= 1
    return (start, end, above) if above < start - 1 else None
