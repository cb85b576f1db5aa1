"""Numbered question and answer marks with nothing after them but a space ("Q1 What is a
closure?" / "A1 A function bundled with …"): the question's mark is numbering its
title drops; the answer's mark, its number the question's, is no part of the answer
either (with a colon or a dash both were read as marks already)."""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.model import ParsedDocument
from studyapp.core.parse.line_search import lines_of

_QUESTION_MARK_RE = re.compile(r"^\W{0,4}(?:q|question)[ \t]*(\d{1,4})\b", re.I)
_ANSWER_MARK_RE = re.compile(
    r"^(?:\*\*|__)?(?:a|ans|answer)[ \t]*(\d{1,4})(?:\*\*|__)?(?![\w(])[ \t]*[.:)\-–—]?[ \t]*",
    re.I,
)


def without_paired_answer_marks(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc` with each answer's opening "A<n>" gone where its question opens "Q<n>", where
    the note's numbered questions all are answered so."""
    if not doc.questions:
        return doc
    lines = lines_of(text)
    marks: list[tuple[int, int]] = []  # (question's index, where its answer's mark ends)
    numbered = 0
    for index, q in enumerate(doc.questions):
        line = lines[q.source_line - 1] if 0 < q.source_line <= len(lines) else ""
        asked = _QUESTION_MARK_RE.match(line.strip())
        if not asked:
            continue
        numbered += 1
        mark = _ANSWER_MARK_RE.match(q.answer_markdown)
        if mark and mark[1] == asked[1] and q.answer_markdown[mark.end() :].strip():
            marks.append((index, mark.end()))
    # The note's convention: every numbered question answered "A<n>", two or more (one
    # "Q1 …?" over "A1 notation …" may be an answer's own words).
    if len(marks) < 2 or len(marks) < numbered:
        return doc
    questions = list(doc.questions)
    for index, end in marks:
        questions[index] = replace(
            questions[index], answer_markdown=questions[index].answer_markdown[end:]
        )
    return replace(doc, questions=questions)
