"""Text copied out of a PDF keeps its pages' furniture: at each page break (a form feed,
as pdftotext writes one) the running header or footer ("Top 50 SQL Questions   Page 2")
and the page numbers ("Page 3 of 12", "- 4 -", "7"). None of it is the notes: read into
an answer, "Top 50 SQL Questions Page 2" would end the question that ran over the page.

A line is furniture where it is a page's first or last line of text and either is a
page number alone, or repeats, digits aside, a line that opens or closes another page.
Anywhere, a line that says "Page 3" or "Page 3 of 12" alone is, and a line that repeats,
digits aside, with its page's number at its end ("SQL Guide      Page 2"). Each such
line is left blank before any reader sees the note (the line numbers kept), form feeds
dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from studyapp.core.parse.line_search import any_line, lowered

# "Page 3", "Page 3 of 12", "page 3/12": a page's number, said so.
_PAGE_WORD = r"[ \t]*page[ \t]+\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?[ \t]*"
_PAGE_WORD_RE = re.compile(rf"^{_PAGE_WORD}$", re.I | re.M)
# At a page's edge, a number alone is one too: "7", "- 7 -", "7 / 12".
_EDGE_NUMBER_RE = re.compile(
    rf"^(?:{_PAGE_WORD}|\s*(?:[-–—]\s*)?\d{{1,4}}(?:\s*[-–—]|\s*/\s*\d{{1,4}})?\s*)$", re.I
)
# A running header or footer with the page's number on its line ("Top 20 Docker
# Questions      Page 2", "SQL Guide | Page 3 of 12"): furniture where it repeats.
_PAGED_LINE_RE = re.compile(
    rf"^[^\n]{{0,100}}?\S(?:[ \t]{{2,}}|[ \t]*[|·•][ \t]*){_PAGE_WORD}$", re.I
)
_PAGED_HINT_RE = re.compile(r"[ \t|·•]page[ \t]+\d", re.I)
_DIGITS_RE = re.compile(r"\d+")
_DEPTH = 2  # lines at each end of a page that may be its furniture
_SHORTEST = 8  # a running header says something: not "Yes.", a number alone


def _shape(line: str) -> str:
    return " ".join(_DIGITS_RE.sub("#", line).split()).casefold()


def furniture(text: str) -> list[int]:
    """The numbers of the lines that are pages' furniture (see the module)."""
    if "\f" not in text and "page" not in lowered(text):
        return []  # (no page of a PDF, no "Page 3" line: seen in C, not by two searches)
    lines = text.split("\n")
    found = set()
    if any_line(_PAGE_WORD_RE, text):
        found = {n for n, line in enumerate(lines, 1) if _PAGE_WORD_RE.match(line.strip("\f"))}
    if any_line(_PAGED_HINT_RE, text):
        paged = [n for n, line in enumerate(lines, 1) if _PAGED_LINE_RE.match(line.strip("\f"))]
        counts = Counter(_shape(lines[n - 1].strip("\f")) for n in paged)
        found |= {n for n in paged if counts[_shape(lines[n - 1].strip("\f"))] >= 2}
    if "\f" not in text:
        return sorted(found)
    pages: list[list[int]] = [[]]  # each page's lines of text
    for number, line in enumerate(lines, 1):
        if "\f" in line and pages[-1]:
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append(number)
    text_of = {n: lines[n - 1].replace("\f", "") for page in pages for n in page}
    # A header or footer may be two lines ("© 2023 Guides Ltd." over "- 3 -"): the two
    # lines at each end of each page are counted.
    shapes = Counter(
        _shape(text_of[n]) for page in pages for n in {*page[:_DEPTH], *page[-_DEPTH:]}
    )

    def furnished(number: int) -> bool:
        shape = _shape(text_of[number])
        repeated = shapes[shape] >= max(2, len(pages) // 2) and len(shape) >= _SHORTEST
        return repeated or bool(_EDGE_NUMBER_RE.match(text_of[number]))

    for page in pages:
        for end in (page[:_DEPTH], page[::-1][:_DEPTH]):  # from each end, inwards
            for number in end:
                if not furnished(number):
                    break
                found.add(number)
    return sorted(found)


def _paged(text: str) -> bool:
    return any_line(_PAGE_WORD_RE, text) or any_line(_PAGED_HINT_RE, text)


def without_furniture(text: str) -> str:
    """`text` with its pages' furniture blank and its form feeds gone; `text` itself where
    it has neither."""
    if "\f" not in text and ("page" not in lowered(text) or not _paged(text)):
        return text  # ("page" looked for in C first: the two searches took 0.25 s of 12 MB)
    out = text.replace("\f", "").split("\n")
    for number in furniture(text):
        out[number - 1] = ""
    return "\n".join(out)
