"""Lines that say one idea in two languages at once, parted into one line per language.
No Qt here.

Notes kept in two languages often put both versions on one line: "Un index accélère
les lectures. (An index speeds up reads.)", "Es generalisiert schlecht. / It
generalizes poorly.", or English first. Read as one line, a point is cut from one half
(the French only: an English answer ticks nothing) or runs across both ("Regularisierung
hilft. / Regularization helps"). Where the answer's lines are mostly of such a shape, a
half in parentheses closing the line or a half after " / ", and at least
`PAIRED_LINES` of them (or the one there is) have one half in English and the other in
the card's other language (`keylang`: by its small words), in the same order, each such
line becomes two lines, each a point of its version, as if the versions were written on
lines of their own; `keytranslated` then ticks each with its translation. A half said
with no small words ("Regularisierung hilft.") is of the version its place says.
`versions` gives each version's words, so a point's language can be told by the half
it was cut from.
"""

from __future__ import annotations

import re

from studyapp.core import keylang
from studyapp.core.keyheard import ENGLISH_STOPWORDS, words

PAIRED_LINES = 2  # lines whose halves are told apart by their small words, at the least

# A line's marker ("- ", "1. "), its first half, then the second: in parentheses that
# close the line, or after a slash between spaces (not one inside a word: "I/O").
_MARKER = r"(?P<marker>\s*(?:[-*+]|\d+[.)])\s+|\s*)"
_IN_PARENS = re.compile(rf"^{_MARKER}(?P<one>[^()\n]*[.!?:]?)\s+\((?P<two>[^()\n]{{8,}})\)\s*$")
_SLASHED = re.compile(rf"^{_MARKER}(?P<one>[^\n]+?)\s+/\s+(?P<two>[^\n]+?)\s*$")


def parted(answer: str, question: str = "") -> str:
    """The answer with each line that says its idea in two languages parted in two
    lines (see the module's docstring); the answer itself where it has none."""
    found = _halves(answer, question)
    if found is None:
        return answer
    lines = answer.split("\n")
    for at, (marker, one, two) in found[0].items():
        lines[at] = f"{marker}{one.strip()}\n{marker}{two.strip()}"
    return "\n".join(lines)


def versions(answer: str, question: str = "") -> tuple[str, set[str], set[str]] | None:
    """The answer's other language, the words of its halves in that language and those
    of its English halves; None where its lines are not halves of two languages."""
    found = _halves(answer, question)
    if found is None:
        return None
    halves, foreign, english_first = found
    other: set[str] = set()
    english: set[str] = set()
    for _, one, two in halves.values():
        first, second = (english, other) if english_first else (other, english)
        first.update(words(one))
        second.update(words(two))
    return foreign, other - english, english - other


def _halves(answer: str, question: str) -> tuple[dict[int, tuple[str, str, str]], str, bool] | None:
    """The lines parted in two halves (by place: marker, first half, second half), the
    other language, and whether English comes first; None where the answer is no such
    bilingual list."""
    foreign = keylang.language(words(f"{question}\n{answer}"), frozenset())
    if foreign is None:
        return None
    small = keylang.small_words(foreign)
    lines = [(at, line) for at, line in enumerate(answer.split("\n")) if line.strip()]
    halves: dict[int, tuple[str, str, str]] = {}
    for at, line in lines:
        match = _IN_PARENS.match(line) or _SLASHED.match(line)
        if match and words(match["one"]) and words(match["two"]):
            halves[at] = (match["marker"], match["one"], match["two"])
    if not halves or 2 * len(halves) <= len(lines):
        return None
    orders = [
        order for _, one, two in halves.values() if (order := _order(one, two, small)) is not None
    ]
    if len(orders) < min(PAIRED_LINES, len(halves)) or len(set(orders)) != 1:
        return None
    return halves, foreign, orders[0]


def _order(one: str, two: str, small: frozenset[str]) -> bool | None:
    """True where the first half is English and the second the other language, False
    for the other way round, None where their small words do not tell."""
    first, second = _leaning(one, small), _leaning(two, small)
    if first > 0 > second:
        return True
    if first < 0 < second:
        return False
    return None


def _leaning(text: str, small: frozenset[str]) -> int:
    """English small words a text says less the other language's (a word in both lists
    counts for neither)."""
    found = [w for w in words(text) if len(w) > 1]
    return sum(w in ENGLISH_STOPWORDS and w not in small for w in found) - sum(
        w in small and w not in ENGLISH_STOPWORDS for w in found
    )
