"""A question written twice in one notes file, said, so the person can fix their notes.

Pasted twice ("What is the GIL?" under Python, then again three questions on), a
question was imported as two without a word: studied twice, counted twice. Here:

- the same question with the same answer (the same words, whatever the spacing and
  case) under the same topic is imported once, at its first place; the later copy's
  lines are named as left out, with the line of the one kept ("the same question and
  answer as line 51: imported once");
- the same question under the same topic with nearly the same answer (most of its
  words the same: an edit of the one pasted before) keeps both (neither is the
  person's last word for sure), and the later one's first line is noted with the
  line of the other ("asked again (first at line 51), with another answer: both
  kept").

The same title under another topic is another question ("What is a closure?" under
Python and under JavaScript) and says nothing; so does a title a quiz gives many
questions ("What's the output?" over other code each time): their answers differ.
Only places the parse can name count: a question with no line of its own (a JSON
export read whole) is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion

_SPACE_RE = re.compile(r"\s+")


_WORD_RE = re.compile(r"\w+")
# How alike two answers' words, in order, are for them to be nearly the same (difflib's
# ratio): a word or two changed, not a quiz's next question in the same words around.
_NEARLY = 0.8


def _same_words(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip().casefold()


def _nearly_same(one: str, other: str) -> bool:
    a, b = _WORD_RE.findall(one.casefold()), _WORD_RE.findall(other.casefold())
    alike = SequenceMatcher(None, a, b, autojunk=False)
    return (
        alike.real_quick_ratio() >= _NEARLY
        and alike.quick_ratio() >= _NEARLY
        and (alike.ratio() >= _NEARLY)
    )


def repeated_once(question: ParsedQuestion, first: ParsedQuestion) -> SkippedRegion:
    return SkippedRegion(
        question.source_line,
        max(question.end_line, question.source_line),
        f"the same question and answer as line {first.source_line}: imported once",
        question.source_file,
    )


def asked_again(question: ParsedQuestion, first: ParsedQuestion) -> SkippedRegion:
    return SkippedRegion(
        question.source_line,
        question.source_line,
        f"asked again (first at line {first.source_line}), with another answer: both kept",
        question.source_file,
    )


def with_repeats_said(doc: ParsedDocument) -> ParsedDocument:
    """`doc` with each question repeated under its topic said (`repeated_once`,
    `asked_again` where the answers are nearly the same), a repeat with the same
    answer imported once. A new document
    where anything repeats (parses are shared); `doc` itself where nothing does."""
    seen: dict[tuple[str, str, tuple[str, ...]], ParsedQuestion] = {}
    kept: list[ParsedQuestion] = []
    said: list[SkippedRegion] = []
    for question in doc.questions:
        key = (question.source_file, _same_words(question.title), tuple(question.topic_path))
        first = seen.setdefault(key, question)
        if first is question or question.source_line <= first.source_line:
            kept.append(question)
            continue
        if _same_words(question.answer_markdown) == _same_words(first.answer_markdown):
            said.append(repeated_once(question, first))
        else:
            kept.append(question)
            if _nearly_same(question.answer_markdown, first.answer_markdown):
                said.append(asked_again(question, first))
    if not said:
        return doc
    skipped = sorted([*doc.skipped, *said], key=lambda r: (r.source_file, r.start_line, r.end_line))
    return replace(doc, questions=kept, skipped=skipped)
