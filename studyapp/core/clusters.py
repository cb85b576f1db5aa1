"""Where the app may cut a run of text (a break opportunity, a highlight's end): never
between a letter and the marks that belong to it.

A letter can be followed by combining marks (m̂ is "m" and U+0302; Vietnamese and
Devanagari write most of their vowels and tones so), joined to the next character by
a zero-width joiner (emoji sequences) or by a virama (a Devanagari conjunct). Text
cut there shows the mark alone, drawn on nothing or on the wrong letter. Cuts made
every so many characters (core.render.breakable, titles) and search highlights go
through `cluster_end` first.
"""

from __future__ import annotations

import unicodedata

ZWJ = "\u200d"
_VIRAMA = 9  # canonical combining class of a virama (halant)


def is_mark(char: str) -> bool:
    """True for a character that belongs to the one before it: a combining mark (of
    any script; variation selectors too), a zero-width joiner, an emoji skin tone or
    tag."""
    if char.isascii():
        return False
    return (
        unicodedata.category(char)[0] == "M"
        or char == ZWJ
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\U000e0020" <= char <= "\U000e007f"
    )


def cluster_end(text: str, at: int) -> int:
    """The first place at or after `at` where `text` can be cut without leaving a mark
    apart from its letter (see is_mark), a joiner or a virama apart from the next letter."""
    end = len(text)
    while 0 < at < end:
        before, char = text[at - 1], text[at]
        joined = before == ZWJ or (unicodedata.combining(before) == _VIRAMA and char.isalpha())
        if not (is_mark(char) or joined):
            break
        at += 1
    return at


def cut_every(run: str, size: int, sep: str, *, at_end: bool) -> str:
    """`run` with `sep` after every `size` characters, each cut moved on past marks
    (cluster_end); `at_end`: also after the last piece when it ends exactly at a cut."""
    pieces = []
    start = 0
    while True:
        at = cluster_end(run, start + size)
        if at > len(run) or (at == len(run) and not at_end):
            break
        pieces.append(run[start:at])
        start = at
        if at == len(run):
            break
    pieces.append(run[start:])
    return sep.join(pieces)
