"""Questions marked by a single letter in the notes' own language, paired with the
letter of their answer: ``P:`` / ``R:`` (Portuguese Pergunta/Resposta, Spanish
Pregunta/Respuesta), ``D:`` / ``R:`` (Italian Domanda/Risposta), ``F:`` / ``A:``
(German Frage/Antwort), ``Q:`` / ``R:`` (French Question/Réponse).

A lone letter and a colon says little ("P: 0.03", "R: the language"), so a mark
counts only with its answer's mark below it, within a few lines (or as the first
line of the next paragraph), and only the pair the document uses most, twice or
more. The English ``Q:`` / ``A:`` and spelled-out words are `units.prefixed`'s.
"""

from __future__ import annotations

import re
from collections import Counter

from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit

_ANSWERED_BY = {"P": "R", "D": "R", "Q": "R", "F": "A"}
_MARK = (
    r"^\s*+(?:[-*+]\s+)?(?:\*\*|__)?\s*(?P<letter>[{letters}])\s*\d{{0,4}}\s*[:：]"
    r"\s*(?:\*\*|__)?\s*"
)
_QUESTION_RE = re.compile(_MARK.format(letters="PDQF") + r"(?=\S)")
_ANSWER_RE = re.compile(_MARK.format(letters="RA"))
# What only these notes hold: an answer marked R, or a question marked F (a number or
# spaces before the colon are rare enough to go by "R:" / "F:" first).
_HINT_RE = re.compile(
    r"^[ \t]*+(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*(?:R|F)[ \t]*\d{0,4}[ \t]*[:：]", re.M
)
_HINTS = ("R:", "F:", "：", " :")  # French typing puts a space before ":" ("R :", "R1 :")
_TITLE_LINES = 4  # a question wraps over a few lines at most


def letter_marked(doc: Document) -> list[Unit]:
    """A unit per question mark paired with its answer mark (see the module's text)."""
    text = doc.text()
    if not any(mark in text for mark in _HINTS) or not any_line(_HINT_RE, text):
        return []  # the usual notes: no "R:" answer, no "F:" question
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph" and not b.quoted and b.depth <= 1]
    found: list[tuple[str, Unit]] = []
    for position, block in enumerate(paragraphs):
        following = paragraphs[position + 1] if position + 1 < len(paragraphs) else None
        found.extend(_pairs_in(doc, block, following))
    pairs = Counter(pair for pair, _ in found)
    if not pairs:
        return []
    pair, count = pairs.most_common(1)[0]
    return [unit for p, unit in found if p == pair] if count >= 2 else []


def _pairs_in(doc: Document, block: Block, following: Block | None) -> list[tuple[str, Unit]]:
    lines = doc.lines[block.start - 1 : block.end]
    if following is not None:  # its first line may hold the answer, after a blank line
        lines = [*lines, *[""] * (following.start - block.end - 1), doc.line(following.start)]
    found = []
    index = 0
    while index < block.end - block.start + 1:
        mark = _QUESTION_RE.match(lines[index])
        if mark is None:
            index += 1
            continue
        wanted = _ANSWERED_BY[mark["letter"]]
        answer = next(
            (
                at
                for at in range(index + 1, min(len(lines), index + 1 + _TITLE_LINES))
                if (a := _ANSWER_RE.match(lines[at])) and a["letter"] == wanted
            ),
            None,
        )
        between = lines[index + 1 : answer or index]
        wrapped = between[: next((i for i, x in enumerate(between) if not x.strip()), None)]
        title_lines = [lines[index][mark.end() :], *wrapped]
        if (
            answer is None
            or any(x.strip() for x in between[len(wrapped) :])  # text after a blank line
            or any(_QUESTION_RE.match(x) for x in wrapped)
        ):
            index += 1
            continue
        raw = "\n".join(line.strip() for line in title_lines)
        start = block.start + index
        answer_line = lines[answer]
        unit = Unit(
            start,
            start + len(title_lines) - 1,
            raw,
            whole_title(raw, plain=doc.plain),
            block.start + answer + 1,
            answer_prefix=answer_line[_ANSWER_RE.match(answer_line).end() :].strip(),
            explicit=True,
        )
        found.append((mark["letter"] + wanted, unit))
        index = answer + 1
    return found
