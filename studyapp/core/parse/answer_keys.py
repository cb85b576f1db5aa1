"""A quiz written with its answer key apart: the questions numbered, unanswered, then a
heading ("Answers", "Answer key", "Solutions") over the answers numbered alike::

    1. What does `git fetch` do?
    2. What is a fast-forward merge?

    ## Answers
    1. Downloads objects and refs without touching the working tree.
    2. The branch pointer moves forward: no divergent history.

Read as a person reads it: each question answered by the answer of its number (by
their order where they are not numbered), the key's lines named as such, not taken
for questions of their own.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import replace

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of

# The line that heads the key: "## Answers", "**Answer key:**", "Solutions", "KEY".
_KEY_RE = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*+(?:the[ \t]+)?"
    r"(?:answers?(?:[ \t]+key)?|answer[ \t]+sheet|key|solutions?|"
    r"respuestas|lösungen|antworten|réponses|soluzioni|ответы)"
    # (each run of spaces taken whole: a run split between four `[ \t]*` was tried
    # every way, its length to the fourth power, on "Answer" and a line of spaces)
    r"[ \t]*+:?[ \t]*+(?:\*\*|__)?[ \t]*+:?[ \t]*+$",
    re.I,
)
_NUMBER_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:Q\s*)?(\d{1,4})\s*[.):]")
ANSWER_KEY = "answer key"


def _number(line: str) -> int | None:
    match = _NUMBER_RE.match(line)
    return int(match.group(1)) if match else None


_MARK_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:(?:\*\*|__)?\s*(?:Q\s*)?\d{1,4}\s*[.):](?:\*\*|__)?\s*)?"
)
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}\s")


def _entries(lines: list[str], key_line: int) -> list[tuple[int | None, int, int]]:
    """The key's answers below its heading: each one's number, first and last line, up to
    the next heading."""
    entries: list[tuple[int | None, int, int]] = []
    for number in range(key_line + 1, len(lines) + 1):
        line = lines[number - 1]
        if _HEADING_RE.match(line):
            break
        if not line.strip():
            continue
        mark = _number(line)
        if mark is not None or not entries:
            entries.append((mark, number, number))
        else:
            entries[-1] = (entries[-1][0], entries[-1][1], number)  # the answer goes on
    return entries


def _key_text(lines: list[str], start: int, end: int) -> str:
    """An answer of the key as written: its lines, its number left out."""
    own = lines[start - 1 : end]
    first = _MARK_RE.sub("", own[0], count=1)
    rest = textwrap.dedent("\n".join(own[1:]))
    return f"{first.strip()}\n{rest}".strip()


def with_answer_key(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc` with its questions answered from an answer key below them, where the notes
    are written so (see the module); `doc` itself otherwise."""
    questions = doc.questions
    if len(questions) < 2:
        return doc
    lines = lines_of(text)
    if not any(_KEY_RE.match(line) for line in lines):
        return doc
    first = questions[0].source_line
    key_line = next((n for n, line in enumerate(lines, 1) if n > first and _KEY_RE.match(line)), 0)
    asked = [q for q in questions if q.source_line < key_line]
    entries = _entries(lines, key_line) if key_line else []
    if len(asked) < 2 or len(entries) != len(asked):
        return doc
    if any(q.answer_markdown.strip() and q.end_line < key_line for q in asked):
        return doc  # answered already: the lines below are more notes
    numbers = [_number(lines[q.source_line - 1]) for q in asked]
    marks = [mark for mark, _, _ in entries]
    if None not in numbers and None not in marks:
        if sorted(numbers) != sorted(marks):  # type: ignore[type-var]
            return doc
        by_mark = {mark: (start, end) for mark, start, end in entries}
        spans = [by_mark[n] for n in numbers]
    else:
        spans = [(start, end) for _, start, end in entries]  # in their order
    paired = [
        replace(
            q,
            answer_markdown=_key_text(lines, start, end),
            end_line=q.end_line if q.end_line < key_line else q.source_line,
        )
        for q, (start, end) in zip(asked, spans, strict=True)
    ]
    end = entries[-1][2]
    kept = [q for q in questions if q.source_line > end]
    region = SkippedRegion(key_line, end, ANSWER_KEY, asked[0].source_file)
    skipped = [r for r in doc.skipped if not key_line <= r.start_line <= end]
    return replace(
        doc,
        questions=[*paired, *kept],
        skipped=sorted([*skipped, region], key=lambda r: (r.start_line, r.end_line)),
        has_sections=any(q.topic_path for q in [*paired, *kept]),  # ("Answers" is no topic)
    )


# A key written on a line: "**Answers:** 1-b, 2-c, 3-a", "Answer key: 1. B 2. D".
_INLINE_KEY_RE = re.compile(
    r"^ {0,3}(?:\*\*|__)?[ \t]*(?:answers?(?:[ \t]+key)?|key)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?"
    r"[ \t]*(?P<pairs>(?:\d{1,4}[ \t]*[-.):=][ \t]*\(?[a-fA-F]\)?[ \t]*[,;]?[ \t]*){2,})$",
    re.I,
)
_PAIR_RE = re.compile(r"(\d{1,4})[ \t]*[-.):=][ \t]*\(?([a-fA-F])\)?")
_OPTION_RE = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+)?)\(?(?P<letter>[a-fA-F])(?P<mark>[.):])[ \t]+(?P<text>\S.*)$"
)


def with_inline_key(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc` with each multiple-choice question's right option marked, where a line below
    them gives the key by number and letter ("Answers: 1-b, 2-c"); `doc` itself else."""
    if len(doc.questions) < 2 or not re.search(r"(?i)\b(?:answers?|key)\b", text[-4000:]):
        return doc
    lines = lines_of(text)
    found = next(
        ((n, m) for n in range(len(lines), 0, -1) if (m := _INLINE_KEY_RE.match(lines[n - 1]))),
        None,
    )
    if found is None:
        return doc
    key_line, match = found
    key = {int(n): letter.lower() for n, letter in _PAIR_RE.findall(match["pairs"])}
    numbers = [_number(lines[q.source_line - 1]) for q in doc.questions]
    if None in numbers or not set(key) <= set(numbers):  # type: ignore[arg-type]
        return doc
    marked = []
    for question, number in zip(doc.questions, numbers, strict=True):
        answer = question.answer_markdown
        if question.end_line >= key_line:  # the key line read into the last answer
            answer = answer.rstrip()
            written = lines[key_line - 1].strip()
            if answer.endswith(written):
                answer = answer[: -len(written)].rstrip()
        letter = key.get(number)  # type: ignore[arg-type]
        out = []
        for line in answer.split("\n"):
            option = _OPTION_RE.match(line)
            if letter and option and option["letter"].lower() == letter:
                shown = f"{option['letter']}{option['mark']} ✔ **{option['text'].strip()}**"
                line = option["lead"] + shown
            out.append(line)
        end = question.end_line if question.end_line < key_line else key_line - 1
        marked.append(replace(question, answer_markdown="\n".join(out), end_line=end))
    region = SkippedRegion(key_line, key_line, ANSWER_KEY, doc.questions[0].source_file)
    return replace(
        doc,
        questions=marked,
        skipped=sorted([*doc.skipped, region], key=lambda r: (r.start_line, r.end_line)),
    )
