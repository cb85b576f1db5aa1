"""Whether any line of a long text matches a pattern, asked without holding the
interpreter for long.

A MULTILINE search for "^…" tries its pattern at every character of the text, in
one C call that holds the GIL: 0.2 s a search over a 12 MB file, during which the
window (whose import runs the parse on a thread) answered no key and drew nothing.
A search for "\\n…" lets the regex engine skip from newline to newline (a literal
first character), so it takes a fifth of that; the first line is matched apart.

Even so, one search over a whole big file still held the GIL for a quarter of a
second (an 8 MB file, a pattern the engine finds no literal in). A long text is
searched a piece at a time (WINDOW characters, cut after a newline), each piece its
own short C call, so the window's thread gets its turn between them. Each piece is
searched a little further on (REACH characters more, to a line's end) for a match
that begins inside it and goes on over the cut; a match that has seen only part of
the text is matched again on the whole text before it counts. What is found is what
one search of the whole text finds, for every pattern whose matches go on over one
line's end at most (the line after the cut is always searched whole), or reach no
further than REACH past it.

Cutting a whole file into its lines is one C call too (30 ms for 8 MB, each of a
dozen passes doing it again): `lines_of` and `splitlines_of` cut a long text a piece
at a time, into the very list `str.split("\\n")` and `str.splitlines()` give;
`joined` is `"\\n".join(lines)` a few thousand lines at a time, and `lowered` is
`str.lower()` the same way (cut after a newline, which no letter's
lower case looks past: a final sigma stays one). `matches` finds the runs of a
pattern that never takes in a newline, a piece at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

WINDOW = 1 << 16  # characters searched in one call: about a millisecond's work
REACH = 1 << 10  # how far past its piece a match that starts in it is looked for
PIECE = 1 << 18  # characters cut into lines in one call
LINES = 1 << 13  # lines joined in one call


@lru_cache(maxsize=64)
def _after_newline(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    body = pattern.pattern.removeprefix("^")
    if body == pattern.pattern or "^" in body.replace("[^", "").replace("\\^", ""):
        return None  # not one "^" opening it: searched as written
    return re.compile(rf"\n(?:{body})", pattern.flags)  # ("$" keeps MULTILINE's meaning)


def _first(pattern: re.Pattern[str], text: str, at: int, end: int) -> int | None:
    """Where the first match of `pattern` in text[:end] that begins at `at` or later
    begins; None for none."""
    faster = _after_newline(pattern)
    if faster is None:
        found = pattern.search(text, at, end)
        return None if found is None else found.start()
    if (at == 0 or text[at - 1] == "\n") and pattern.match(text, at, end):
        return at
    found = faster.search(text, at, end)
    return None if found is None else found.start() + 1


def _line_end(text: str, at: int) -> int:
    """Just after the newline at `at` or the first one after it; the text's end for none."""
    found = text.find("\n", at)
    return len(text) if found < 0 else found + 1


def any_line(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` (typically MULTILINE, opening with "^") matches in `text`: what
    `bool(pattern.search(text))` says, sooner, and a piece of a long text at a time."""
    size = len(text)
    if size <= WINDOW + REACH:
        return _first(pattern, text, 0, size) is not None
    start = 0
    while start < size:
        stop = _line_end(text, start + WINDOW)
        end = _line_end(text, stop + REACH)
        at = start
        while (found := _first(pattern, text, at, end)) is not None and found < stop:
            if end == size or pattern.match(text, found):
                return True
            at = found + 1  # a match only where the piece ended: not one
        start = stop
    return False


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces of `text`, of PIECE characters or so: each but the
    last ends at a newline (`end` its index), the next starting just after it."""
    start = 0
    while (end := text.find("\n", start + PIECE)) >= 0:
        yield start, end
        start = end + 1
    yield start, len(text)


def lines_of(text: str) -> list[str]:
    """`text.split("\\n")`, cut a piece at a time."""
    if len(text) <= PIECE:
        return text.split("\n")
    lines: list[str] = []
    for start, end in _pieces(text):
        lines.extend(text[start:end].split("\n"))
    return lines


def splitlines_of(text: str) -> list[str]:
    """`text.splitlines()`, cut a piece at a time (each piece with its newline: a line
    that ends at a form feed or a lone "\\r" before it stays a line)."""
    if len(text) <= PIECE:
        return text.splitlines()
    lines: list[str] = []
    for start, end in _pieces(text):
        lines.extend(text[start : end + 1].splitlines())
    return lines


def lowered(text: str) -> str:
    """`text.lower()`, a piece at a time."""
    if len(text) <= PIECE:
        return text.lower()
    return "".join(text[start : end + 1].lower() for start, end in _pieces(text))


def joined(lines: list[str]) -> str:
    """`"\\n".join(lines)`, a piece at a time."""
    if len(lines) <= LINES:
        return "\n".join(lines)
    return "\n".join(["\n".join(lines[at : at + LINES]) for at in range(0, len(lines), LINES)])


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, a piece of a long text at a time: the same matches for
    a pattern none of whose matches takes in a newline or looks past one (a run of
    certain characters)."""
    if len(text) <= PIECE:
        yield from pattern.finditer(text)
        return
    for start, end in _pieces(text):
        yield from pattern.finditer(text, start, end + 1)
