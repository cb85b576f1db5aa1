"""Places to hyphenate a table's long words, for a pane too narrow for the table.

A table is as narrow as its columns' longest words: "Weaknesses", "hyperparameters"
and "probabilities" side by side, with the cells' padding, were wider than a narrow
answer pane, and a horizontal scroll bar came under the whole answer, its prose
scrolling sideways with the table. Breaking a word anywhere ("Cardinalit / y")
read badly; here the long words in table cells get soft hyphens (U+00AD) between
their syllables, as a rule of thumb reads them (`syllables`): Qt breaks a line
there only where it must, and shows the hyphen where it does ("Car- / dinality").
Code is left as written: a word of code too wide for the pane still scrolls.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 7  # letters: shorter words are narrower than any column needs
EDGE = 3  # letters kept together at each end of a word ("hyper-", not "hy-")
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
_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD},}}")
_TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
_CELL = re.compile(r"<(/?)(td|th|code|pre)\b", re.IGNORECASE)


def syllables(word: str) -> str:
    """`word` with a soft hyphen at each place the rule of thumb breaks it: before
    the consonant between two vowels ("pa-ra"), before the last of two or more
    ("per-for"), or the last two where they start a syllable together ("mat-plot",
    "mo-ther"), and where a capital follows a small letter ("Tensor-Flow")."""
    lower = word.lower()
    vowel = [c in _VOWELS for c in lower]
    breaks = set()
    i = 1
    while i < len(word):
        if word[i].isupper() and word[i - 1].islower():
            breaks.add(i)
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
    out = []
    for i, char in enumerate(word):
        if i in breaks and EDGE <= i <= len(word) - EDGE:
            out.append(SOFT_HYPHEN)
        out.append(char)
    return "".join(out)


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
