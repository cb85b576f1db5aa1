"""A cloze card's key point: the words it asks.

A cloze question blanks words of a sentence ("[…] is used in Graphs to improve
throughput."), and its answer is the sentence with those words marked
("==BFS== is used in …", core.parse.anki_cloze). The words asked are what a person
must say; the rest of the sentence is on the screen already. So where the question's
blanks stand for exactly the answer's marked words (the question with each blank
filled by the marked words, in order, is the answer's first paragraph, word for word),
the points are the marked words. Anything else, a highlight of a note's own
("Consistency is ==eventual==" under "What does BASE promise?"), is read as before.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import words

__all__ = ["asked_words"]

_BLANK_RE = re.compile(r"\[[^\[\]]*\]")  # "[…]", or a hint: "[technique]"
_MARKED_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==", re.S)
_EMPHASIS_RE = re.compile(r"[*_`]+")


def asked_words(answer_markdown: str, question: str) -> list[str] | None:
    """The words a cloze question asks, each once, in order; None for an answer that
    is no cloze's of this question."""
    if "==" not in answer_markdown or "[" not in question:
        return None
    first = answer_markdown.strip().split("\n\n", 1)[0]
    marked = [_EMPHASIS_RE.sub("", m).strip() for m in _MARKED_RE.findall(first)]
    pieces = _BLANK_RE.split(question)
    if not marked or len(pieces) != len(marked) + 1:
        return None
    filled = pieces[0] + "".join(f" {m} {p}" for m, p in zip(marked, pieces[1:], strict=True))
    if words(filled) != words(_MARKED_RE.sub(r"\1", first)):
        return None
    return list(dict.fromkeys(m for m in marked if words(m)))
