"""A code file whose comments ask: practice queries or solutions, each under its question.

People keep SQL drills and coding exercises as the code itself, the question a comment
above its answer::

    -- Q1: Find the second highest salary.
    SELECT MAX(salary) FROM employees
    WHERE salary < (SELECT MAX(salary) FROM employees);

A comment run (consecutive comment lines at the margin; one indented in the code is
code) with code right below it is a question: its first line is the title, and
everything up to the next question (the run's other lines, the code, comments within
it) is the answer, shown as a code block of the file's language. Where some runs are
marked as questions (``Q1:``, ``183.``, a question mark), only those are; a comment
with no code below it (a file's header) is no question. A file with fewer than two
questions so read goes to the general engine.
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.note_kinds import CODE_LANGUAGES, CODE_SUFFIXES
from studyapp.core.parse.titles import whole_title

_LANGUAGES = CODE_LANGUAGES
SUFFIXES = CODE_SUFFIXES
# "/* … */" on one line: a comment in the languages of "//" and "--".
_BLOCK_COMMENT_RE = re.compile(r"^/\*+\s*(?P<text>.*?)\s*\*+/\s*$")
_MARKED_RE = re.compile(r"^(?:Q(?:uestion)?\s*\d*\s*[:.)\-]|\d{1,5}\s*[.):]|.*\?\s*$)", re.I)


def parse_code(text: str, *, name: str, suffix: str) -> ParsedDocument | None:
    """The questions of a code file, or None when its comments ask fewer than two."""
    mark, language = _LANGUAGES[suffix.lower()]
    lines = text.split("\n")
    comments = [_comment(line, mark) for line in lines]
    runs = _runs_over_code(lines, comments)
    marked = [run for run in runs if _MARKED_RE.match(comments[run - 1] or "")]
    starts = marked or runs
    if len(starts) < 2:
        return None
    questions = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] - 1 if index + 1 < len(starts) else len(lines)
        while stop > start and not lines[stop - 1].strip():
            stop -= 1
        body = lines[start:stop]
        answer = f"```{language}\n" + "\n".join(body).strip("\n") + "\n```" if body else ""
        title = whole_title(comments[start - 1] or "")
        questions.append(ParsedQuestion(title, answer, start, end_line=stop))
    doc = ParsedDocument(name, "text", questions)
    doc.unit = "comment"
    doc.candidates = {"comment": len(questions)}
    return doc


def _comment(line: str, mark: str) -> str | None:
    """The text of a comment at the margin (without its mark), or None: code, a blank
    line, or a comment indented inside the code (a step of a function, not a question)."""
    if line.startswith(mark):
        return line[len(mark) :].strip()
    block = _BLOCK_COMMENT_RE.match(line) if mark != "#" and line[:1] == "/" else None
    return block["text"] if block else None


def _runs_over_code(lines: list[str], comments: list[str | None]) -> list[int]:
    """The first line (1-based) of each comment run with code right below it."""
    runs = []
    start = 0
    for number, (line, comment) in enumerate(zip(lines, comments, strict=True), start=1):
        if comment is not None:
            start = start or number
            continue
        if start and line.strip() and comments[start - 1]:
            runs.append(start)
        start = 0
    return runs
