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
case; a file of a card a line, its term and definition parted by a tab, a comma or a
spaced dash ("What is a pod?,The smallest unit …"), is a set where a third of its terms
ask, every line so (half where a comma or a semicolon parts them, as common in
prose). Quizlet escapes nothing: a definition that holds the rows' separator ("…
infrastructure; store it remotely") leaves a piece without the field's one, which goes
on the definition before it (a few such, never the first); a definition quoted whole
("plan, then apply") loses its quotes. A set whose one reading as notes is a single
question (the first card's definition running on over the rest) is read as the set.
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
_LINE_END = r"|(?<![ \t])[ \t]*\n"  # (a row's end, where lines part rows too; from a
# run's first space only: tried at each of a long run's spaces, it cost the run's square)
_SCAN_CHARS = 4 * 1024 * 1024  # a bigger text is no export of one set
# Separators between a term and its definition that no punctuation token finds.
_SPACED = (" - ", " – ", " — ", " = ", " -> ")
_RUN_ON_LINES = 40  # a text of more lines is no set run on along its lines …
_CARD_LINES = 5000  # … nor one of more cards a line than this


def run_on_cards(text: str, *, name: str) -> ParsedDocument | None:
    """The cards of a text of cards run on along its lines (see the module), or None."""
    if len(text) > _SCAN_CHARS or text.count("\n") > _CARD_LINES:
        return None
    body = text.strip().rstrip(";|#")
    best = _run_on(body) if text.count("\n") <= _RUN_ON_LINES else []
    if not best:
        best = _a_line_each(body)
    if not best:
        return None
    start = len(text) - len(text.lstrip())
    breaks = [m.start() for m in re.finditer("\n", text)]  # (at most _CARD_LINES)

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


def _run_on(body: str) -> list[tuple[str, str, int]]:
    """The cards of a set run on along its lines, parted by a row separator; []."""
    lines = body.count("\n") + 1
    counts = Counter(m.group() for m in _TOKEN_RE.finditer(body))
    tokens = [t for t, n in counts.most_common(_CANDIDATES) if n >= 2]
    fields = ["\t", *tokens, *(s for s in _SPACED if body.count(s) >= 2)]
    best: list[tuple[str, str, int]] = []
    for row_sep in tokens:
        if row_sep in _NOT_ROWS:
            continue
        for at_lines in (False, True):  # a line's end parts rows too, or is a card's own
            pieces = _split(body, row_sep, at_lines)
            if len(pieces) < 2 * lines or len(pieces) < 2:
                continue
            for field_sep in fields:
                if field_sep == row_sep:
                    continue
                cards = _paired(pieces, field_sep, row_sep)
                if cards and len(cards) > len(best) and _reads_as_cards(cards, False):
                    best = cards
            if not best:
                cards = _alternating(pieces)
                if cards and len(cards) > len(best) and _reads_as_cards(cards, True):
                    best = cards
    return best


def _a_line_each(body: str) -> list[tuple[str, str, int]]:
    """A card a line, term and definition parted by one separator on every line (a tab,
    a comma, a spaced dash), a third of the terms asking; [] where the text is not so."""
    if "\n" not in body:
        return []
    pieces: list[tuple[str, int]] = []
    at = 0
    for line in body.split("\n"):
        if line.strip():
            pieces.append((line, at))
        at += len(line) + 1
    for field_sep in ("\t", ",", ";", "|", *_SPACED):
        if body.count(field_sep) < len(pieces):
            continue
        cards = _paired(pieces, field_sep, "")
        if len(cards) < len(pieces) or not _reads_as_cards(cards, False):
            continue
        # (a comma or a semicolon parts prose's clauses too: most terms ask there)
        asking = sum(ends_asking(term) for term, _, _ in cards)
        if asking * (2 if field_sep in ",;" else 3) >= len(cards):
            return cards
    return []


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


def _paired(pieces: list[tuple[str, int]], sep: str, row_sep: str) -> list[tuple[str, str, int]]:
    """Each piece a term and its definition at the first `sep`; [] where one is not. A
    piece without `sep` after a card is its definition's own text, the rows' separator
    in it (`row_sep`; none where rows are lines): a few such at the most."""
    cards: list[tuple[str, str, int]] = []
    joined = 0
    for piece, offset in pieces:
        term, found, definition = piece.partition(sep)
        if not found and cards and row_sep and piece.strip():
            joined += 1
            term, definition, at = cards[-1]
            cards[-1] = (term, definition + row_sep + piece, at)
            continue
        if not found or not term.strip() or not definition.strip():
            return []
        lead = len(term) - len(term.lstrip())
        cards.append((term.strip(), _unquoted(definition), offset + lead))
    return [] if joined * 3 > len(cards) else cards


def _unquoted(definition: str) -> str:
    """A definition quoted whole, as a CSV writer quotes one holding a comma, unquoted."""
    text = definition.strip()
    if len(text) > 1 and text[0] == text[-1] == '"' and '"' not in text[1:-1].replace('""', ""):
        return text[1:-1].replace('""', '"')
    return definition


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
