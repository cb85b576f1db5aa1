"""Questions marked by a letter in the notes' own language, paired with the letter of
their answer: ``P:`` / ``R:`` (Spanish Pregunta/Respuesta), ``F:`` / ``A:`` (German
Frage/Antwort), ``В:`` / ``О:`` (Russian Вопрос/Ответ), ``П:`` / ``В:`` (Ukrainian
Питання/Відповідь) … each language's pair as mark_words.py lists them.

A lone letter and a colon says little ("P: 0.03", "R: the language", "В: 220"), so a
mark counts only with its answer's mark below it, within a few lines (or as the first
line of the next paragraph). The pair the document uses most counts where it is used
twice or more and half its questions show they are ones (`_shown`: "P: 0.71" /
"R: 0.64" are a run's figures); another pair counts where its question asks ("В: Что
такое …?") and the notes hold two marked questions or more (notes kept in several
languages). The
English ``Q:`` / ``A:`` and spelled-out words are `units.prefixed`'s.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.mark_words import LETTER_PAIRS
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit, is_question_like

_ANSWERED_BY: dict[str, set[str]] = {}
for _question, _answer in LETTER_PAIRS:
    _ANSWERED_BY.setdefault(_question, set()).add(_answer)


def _letters(letters: list[str]) -> str:
    return "|".join(map(re.escape, sorted(set(letters), key=lambda x: (-len(x), x))))


_MARK = (
    r"^\s*+(?:[-*+]\s+)?(?:\*\*|__)?\s*(?P<letter>{letters})\s*\d{{0,4}}\s*[:：]"
    r"\s*(?:\*\*|__)?\s*"
)
_QUESTION_RE = re.compile(_MARK.format(letters=_letters([q for q, _ in LETTER_PAIRS])) + r"(?=\S)")
_ANSWER_RE = re.compile(_MARK.format(letters=_letters([a for _, a in LETTER_PAIRS])))
# What only these notes hold: an answer's letter other than the English "A", or a
# question's letter that "A" answers (a number or spaces before the colon are rare
# enough to go by "R:" / "F:" first).
_HINT_LETTERS = sorted(
    {a for _, a in LETTER_PAIRS if a != "A"} | {q for q, a in LETTER_PAIRS if a == "A"}
)
_HINT_RE = re.compile(
    r"^[ \t]*+(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*"
    rf"(?:{_letters(_HINT_LETTERS)})[ \t]*\d{{0,4}}[ \t]*[:：]",
    re.M,
)
# French typing puts a space before ":" ("R :", "R1 :")
_HINTS = (*(f"{letter}:" for letter in _HINT_LETTERS), "：", " :")
_TITLE_LINES = 4  # a question wraps over a few lines at most
_MARKED = 2  # marked questions that make notes marked ones


def letter_marked(doc: Document, others: int = 0) -> list[Unit]:
    """A unit per question mark paired with its answer mark (see the module's text);
    `others` counts the questions the notes mark with words ("Q:", "Вопрос:")."""
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
    main = pair if count >= _MARKED and _shown(pair, [u for p, u in found if p == pair]) else None
    kept = [u for p, u in found if p == main or (p != main and is_question_like(u.title))]
    return kept if main or len(kept) + others >= _MARKED else []


def _script(char: str) -> str:
    return unicodedata.name(char, "").partition(" ")[0]


def _shown(pair: str, units: list[Unit]) -> bool:
    """Whether a pair's questions show they are ones: half or more ask, or are written
    in the script of its letters where that is not Latin ("В: Что такое …", "Ε: Τι …").
    "V: 5 volts" / "A: 0.2 amps" and "P: 0.71" / "R: 0.64" are readings, no Dutch or
    Spanish questions."""
    script = _script(pair[0])
    shown = sum(
        is_question_like(unit.title)
        or (script != "LATIN" and any(_script(c) == script for c in unit.title if c.isalpha()))
        for unit in units
    )
    return 2 * shown >= len(units)


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
                if (a := _ANSWER_RE.match(lines[at])) and a["letter"] in wanted
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
        found.append((mark["letter"] + _ANSWER_RE.match(answer_line)["letter"], unit))
        index = answer + 1
    return found
