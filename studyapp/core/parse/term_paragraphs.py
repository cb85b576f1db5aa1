"""A glossary written a term a line, its definition on the lines below it, a blank line
between entries (as a flashcard set is pasted, or a vocabulary list typed):

    Polymorphism
    One interface, many implementations: a call dispatches on the object's type.

    Encapsulation
    Hiding state behind methods so invariants hold.

Each such paragraph is a card: its first line the term (a name of a few words, no
sentence: no full stop, comma or colon at its end), the rest its definition. Only
where such paragraphs are three or more, every term different, and most of the note's
text, its headings aside."""

from __future__ import annotations

import re

from studyapp.core.parse.choice import furniture
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit

# A term: up to six words, a letter first, no sentence's end or a list's mark.
_TERM_RE = re.compile(r"^(?![-*+>#|]|\d{1,3}[.)])[^\W_][^\n.,:;!?]{0,60}$")
_MARKED_RE = re.compile(r"^[:~][ \t]")  # a definition list's mark
_WORDS = 6
_FEWEST = 3
_SHARE = 0.6


def term_paragraphs(doc: Document) -> list[Unit]:
    """A unit per paragraph that is a term over its definition (see the module)."""
    units: list[Unit] = []
    text_lines = 0
    for block in doc.blocks:
        if block.kind in ("front_matter", "hr", "heading"):
            continue
        text_lines += sum(1 for n in range(block.start, block.end + 1) if doc.line(n).strip())
        if block.kind != "paragraph" or block.depth or block.quoted or block.end == block.start:
            continue
        term = doc.line(block.start).strip()
        if not _TERM_RE.match(term) or len(term.split()) > _WORDS or furniture(term):
            continue  # (a part of a document, "License" over its text, is no term)
        definition = [doc.line(n).strip() for n in range(block.start + 1, block.end + 1)]
        if len(definition[0].split()) < 2 or _MARKED_RE.match(definition[0]):
            continue  # "Paris" / "France": two names; ": …" a definition list's (deflists)
        units.append(
            Unit(
                block.start,
                block.start,
                term,
                whole_title(term, plain=doc.plain),
                block.end + 1,
                end=block.end,
                answer_prefix="\n".join(definition),
                container=True,
                explicit=True,
            )
        )
    terms = {u.title.casefold() for u in units}
    covered = sum(u.end - u.line + 1 for u in units)
    if len(units) < _FEWEST or len(terms) < len(units) or covered < text_lines * _SHARE:
        return []
    return units
