"""Flashcards run on along a line, parted by the separators a flashcard site's export
was told to use (Quizlet's "Between term and definition" and "Between rows", each a
tab, a comma, a semicolon or any custom text), the whole set often one line:

    What is a primary key?;A column that identifies each row;What is an index?;A …
    GIL|The global interpreter lock##Decorator|A function wrapping a function##…

Two separators: the rows' one parts the text into cards, the field's one each card
into its term and definition (at its first occurrence: a definition may hold a comma).
One separator for both: the pieces alternate, term, definition, term …

Where no reading fits every card, or the terms do not read as terms (a third of them
ask, or they are short and no longer than what follows them), the text is not such a
set (prose with semicolons stays prose). Rows that outnumber the text's lines make the
case: a file of a card a line is read by the row readers before this.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.parse.titles import ends_asking

# A separator: one punctuation mark, or the same mark two or three times ("##", "|||").
_TOKEN_RE = re.compile(r"([;|#~^*@%$&+=/\\:,])\1{0,2}")
_NOT_ROWS = frozenset((",", ":", "/", "\\", "&", "+", "=", "*"))  # common inside text
_CANDIDATES = 6  # the most frequent separators tried
_TERM_WORDS = 8
_LINE_END = r"|[ \t]*\n"  # (a row's end, where lines part rows too)
_SCAN_CHARS = 4 * 1024 * 1024  # a bigger text is no export of one set


def run_on_cards(text: str, *, name: str) -> ParsedDocument | None:
    """The cards of a text of cards run on along its lines (see the module), or None."""
    if len(text) > _SCAN_CHARS or text.count("\n") > 40:
        return None
    body = text.strip().rstrip(";|#")
    lines = body.count("\n") + 1
    counts = Counter(m.group() for m in _TOKEN_RE.finditer(body))
    tokens = [t for t, n in counts.most_common(_CANDIDATES) if n >= 2]
    best: list[tuple[str, str, int]] = []
    for row_sep in tokens:
        if row_sep in _NOT_ROWS:
            continue
        for at_lines in (False, True):  # a line's end parts rows too, or is a card's own
            pieces = _split(body, row_sep, at_lines)
            if len(pieces) < 2 * lines or len(pieces) < 2:
                continue
            for field_sep in ("\t", *tokens):
                if field_sep == row_sep:
                    continue
                cards = _paired(pieces, field_sep)
                if cards and len(cards) > len(best) and _reads_as_cards(cards, False):
                    best = cards
            if not best:
                cards = _alternating(pieces)
                if cards and len(cards) > len(best) and _reads_as_cards(cards, True):
                    best = cards
    if not best:
        return None
    start = len(text) - len(text.lstrip())
    breaks = [m.start() for m in re.finditer("\n", text)]  # (at most 40)

    def line_at(offset: int) -> int:
        return bisect.bisect_left(breaks, start + offset) + 1

    questions = [
        ParsedQuestion(
            " ".join(term.split()),
            definition.strip(),
            line_at(offset),
            end_line=line_at(offset + len(term) + len(definition)),
        )
        for term, definition, offset in best
    ]
    return ParsedDocument(name, "text", questions, unit="card", candidates={"card": len(best)})


def _split(body: str, sep: str, at_lines: bool) -> list[tuple[str, int]]:
    """`body` parted at `sep` (not inside a longer run of its mark), and at each line's
    end where `at_lines`, each part with its offset; an empty part at the end dropped."""
    mark = re.escape(sep[0])
    ends = _LINE_END if at_lines else ""
    pattern = re.compile(rf"(?<!{mark}){re.escape(sep)}(?!{mark}){ends}")
    pieces: list[tuple[str, int]] = []
    at = 0
    for match in pattern.finditer(body):
        pieces.append((body[at : match.start()], at))
        at = match.end()
    pieces.append((body[at:], at))
    if not pieces[-1][0].strip():
        pieces.pop()
    return pieces


def _paired(pieces: list[tuple[str, int]], sep: str) -> list[tuple[str, str, int]]:
    """Each piece a term and its definition at the first `sep`; [] where one is not."""
    cards = []
    for piece, offset in pieces:
        term, found, definition = piece.partition(sep)
        if not found or not term.strip() or not definition.strip():
            return []
        lead = len(term) - len(term.lstrip())
        cards.append((term.strip(), definition, offset + lead))
    return cards


def _alternating(pieces: list[tuple[str, int]]) -> list[tuple[str, str, int]]:
    """The pieces read term, definition, term …; [] where they do not pair up."""
    if len(pieces) % 2 or any(not piece.strip() for piece, _ in pieces):
        return []
    cards = []
    for (term, offset), (definition, _) in zip(pieces[::2], pieces[1::2], strict=True):
        cards.append((term.strip(), definition, offset + len(term) - len(term.lstrip())))
    return cards


def _reads_as_cards(cards: list[tuple[str, str, int]], alternating: bool) -> bool:
    """Whether the terms read as a set's terms: all different, and a third of them ask,
    or three or more that are short and no longer than their definitions, which say
    something (two words or more). Pieces that
    only alternate (one separator for all) say less than rows that each part in two:
    there the definitions are also half as long again as the terms, as a glossary's
    are and clauses of prose parted by semicolons are not."""
    terms = [" ".join(term.split()).casefold() for term, _, _ in cards]
    if len(set(terms)) < len(terms):
        return False
    if sum(ends_asking(term) for term, _, _ in cards) * 3 >= len(cards):
        return True
    short = sum(
        len(term.split()) <= _TERM_WORDS and len(term) <= len(definition.strip())
        for term, definition, _ in cards
    )
    # a definition says something: "a=1;b=2;c=3" are settings, not a glossary
    explained = sum(len(definition.split()) >= 2 for _, definition, _ in cards)
    if len(cards) < 3 or short * 4 < len(cards) * 3 or explained * 4 < len(cards) * 3:
        return False
    if not alternating:
        return True
    term_words = sum(len(term.split()) for term, _, _ in cards)
    return sum(len(definition.split()) for _, definition, _ in cards) * 2 >= term_words * 3
