"""Places to hyphenate a table's long words, for a pane too narrow for the table.

A table is as narrow as its columns' longest words: "Weaknesses", "hyperparameters"
and "probabilities" side by side, with the cells' padding, were wider than a narrow
answer pane, and a horizontal scroll bar came under the whole answer, its prose
scrolling sideways with the table. Breaking a word anywhere ("Cardinalit / y")
read badly; here the long words in table cells get soft hyphens (U+00AD) where a
dictionary hyphenates them (`syllables`: pyphen's patterns, LibreOffice's, for
English): Qt breaks a line there only where it must, and shows the hyphen where it
does ("Avail- / ability"). Words written in two parts ("TensorFlow") break between
them too. Code is left as written (its long names break at their dots: core.long_words).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 7  # letters: shorter words are narrower than any column needs
EDGE = 3  # letters kept together at each end of a word ("hyper-", not "hy-")
LANGUAGE = "en_US"
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")
_TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
_CELL = re.compile(r"<(/?)(td|th|code|pre)\b", re.IGNORECASE)
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ")
# Two consonants that start a syllable together: the break goes before both.
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "ch",
        "cl",
        "cr",
        "dr",
        "fl",
        "fr",
        "gl",
        "gr",
        "gh",
        "ph",
        "pl",
        "pr",
        "qu",
        "sc",
        "sh",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "st",
        "sw",
        "th",
        "tr",
        "tw",
        "wh",
    ]
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _dictionary():  # -> pyphen.Pyphen (its patterns read once, with the first table)
    import pyphen

    return pyphen.Pyphen(lang=LANGUAGE, left=EDGE, right=EDGE)


def syllables(word: str) -> str:
    """`word` with a soft hyphen at each place the dictionary hyphenates it, and
    where a capital follows a small letter ("Tensor-Flow"); a piece still MIN_WORD
    letters long between those (a name the dictionary does not know: "Matplotlib",
    "Exploratory") breaks by `_rule_of_thumb` too. Never within its first or last
    EDGE letters."""
    cuts = {found.start() for found in _CAMEL.finditer(word)}
    at = 0
    for part in _CAMEL.split(word):
        cuts.update(at + int(place) for place in _dictionary().positions(part))
        at += len(part)
    edges = [0, *sorted(cuts), len(word)]
    for start, end in pairwise(edges):
        if end - start >= MIN_WORD:
            cuts.update(start + place for place in _rule_of_thumb(word[start:end]))
    return "".join(
        SOFT_HYPHEN + char if i in cuts and EDGE <= i <= len(word) - EDGE else char
        for i, char in enumerate(word)
    )


def _rule_of_thumb(word: str) -> set[int]:
    """Where a word the dictionary leaves long breaks by a rule of thumb: before the
    consonant between two vowels ("plo-ra"), before the last of two or more ("plot-lib"),
    or the last two where they start a syllable together."""
    lower = word.lower()
    vowel = [c in _VOWELS for c in lower]
    breaks = set()
    i = 1
    while i < len(word):
        if vowel[i] or not vowel[i - 1]:
            i += 1
            continue
        end = i  # a run of consonants after a vowel: word[i:end]
        while end < len(word) and not vowel[end]:
            end += 1
        if end < len(word):  # a vowel follows it
            at = end - 1
            if end - i >= 2 and lower[end - 2 : end] in _ONSETS:
                at = end - 2
            breaks.add(at)
        i = end
    return breaks


def hyphenated_cells(html: str) -> str:
    """`html` with soft hyphens in the long words of its table cells (not in code)."""
    if "<t" not in html:
        return html
    pieces = _TAG.split(html)
    cells = code = 0
    for i, piece in enumerate(pieces):
        if i % 2:
            found = _CELL.match(piece)
            if found:
                step = -1 if found.group(1) else 1
                if found.group(2).lower() in ("td", "th"):
                    cells = max(0, cells + step)
                else:
                    code = max(0, code + step)
        elif cells and not code and piece:
            pieces[i] = _WORD.sub(lambda m: syllables(m.group()), piece)
    return "".join(pieces)
