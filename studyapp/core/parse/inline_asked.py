"""Paragraphs that ask and answer on the same line, with nothing between the two but a
space, as quick notes (a Keep note, a chat pasted into a text file) are written:

    What is a socket? An endpoint for sending and receiving data, by IP and port.

    What does DNS do? It resolves names to IP addresses.

A line break written as HTML between the two ("What is a Pod?<br>The smallest …",
as notes pasted from a web page are) parts them as a space does. Each such paragraph
is a question: the sentence up to its question mark, opening with
a question word, and the answer what follows it (a statement, not another question,
in lower case too: "What is the GIL? a mutex …" as quick notes are typed), with the
paragraph's other lines. Lines that each ask and answer with no blank line between
them (a list typed line by line) are a question each, a line that does not ask going
with the one above it. Only where such paragraphs are most of the note's
text, its headings aside (a rhetorical "Why does it matter? Because …" in an essay
stays prose), two or more, or one that is the whole note (a quick note on its own)."""

from __future__ import annotations

import re

from studyapp.core.parse.ends import nonblank_between
from studyapp.core.parse.titles import INTERROGATIVE_RE, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

_ASKED_THEN_SAID_RE = re.compile(
    r"^(?P<q>[^?\n]{3,200}\?)(?:[ \t]+|[ \t]*<br\s*/?>[ \t]*)(?P<a>[\w`*_\"'(][^\n]*)$", re.I
)
# … or that asks as a prompt does, with a full stop, where others ask with "?":
# "Tell me about a disagreement. I argued for Postgres; a spike decided."
_TOLD_THEN_SAID_RE = re.compile(
    r"^(?P<q>(?:tell me|describe|explain|walk me through|give an example|define|compare)\b"
    r"[^.?!\n]{3,200}\.)[ \t]+(?P<a>[A-Z0-9`*_\"'(][^\n]*)$",
    re.I,
)
_SHARE = 0.6  # of the note's text lines, as a glossary of lines
_FEWEST = 2


def _asked(doc: Document, n: int) -> re.Match[str] | None:
    """Line `n` asking and answering (its match), else None."""
    line = doc.line(n).strip()
    match = _ASKED_THEN_SAID_RE.match(line) or _TOLD_THEN_SAID_RE.match(line)
    if match is None or not INTERROGATIVE_RE.match(match["q"]):
        return None
    if is_question_like(whole_title(match["a"].strip(), plain=doc.plain)):
        return None  # two questions, not a question and its answer
    return match


def inline_asked(doc: Document) -> list[Unit]:
    """A unit per paragraph that asks and answers on its first line (see the module)."""
    units: list[Unit] = []
    text_lines = 0
    for block in doc.blocks:
        if block.kind in ("front_matter", "hr", "heading"):
            continue  # (headings name the questions' topics)
        text_lines += nonblank_between(doc, block.start, block.end)
        if block.kind != "paragraph" or block.depth or block.quoted:
            continue
        asked = [(n, _asked(doc, n)) for n in range(block.start, block.end + 1)]
        starts = [(n, m) for n, m in asked if m is not None]
        if not starts or starts[0][0] != block.start:
            continue
        if len(starts) < 2:
            starts = starts[:1]  # one asked line: the rest is its answer going on
        for i, (start, match) in enumerate(starts):
            end = starts[i + 1][0] - 1 if i + 1 < len(starts) else block.end
            rest = [doc.line(n).strip() for n in range(start + 1, end + 1)]
            units.append(
                Unit(
                    start,
                    start,
                    match["q"],
                    whole_title(match["q"], plain=doc.plain),
                    end + 1,
                    end=end,
                    answer_prefix="\n".join([match["a"].strip(), *rest]),
                    container=True,
                    explicit=True,
                )
            )
    covered = sum(u.end - u.line + 1 for u in units)
    asking = sum(1 for u in units if u.raw_title.endswith("?"))
    alone = asking == 1 and covered == text_lines  # a note that is one such paragraph
    if (asking < _FEWEST and not alone) or covered < text_lines * _SHARE:
        return []
    return units
