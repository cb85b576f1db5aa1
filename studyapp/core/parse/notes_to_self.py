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
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of

__all__ = ["NOTE_TO_SELF", "is_note_to_self_heading", "without_notes_to_self"]

NOTE_TO_SELF = "note to self"
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
    if doc.format in _TABLE_FORMATS or not doc.questions:
        return doc
    lines = lines_of(text.replace("\r\n", "\n").replace("\r", "\n"))
    found: list[SkippedRegion] = []
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
