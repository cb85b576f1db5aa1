"""Where a skipped region is, in words a person can find: the start of its text.

A region is named by its lines. Where the text read is not the file's own lines, the
number finds nothing: a page Google Docs saves on one line has every region on
"line 1", and a .docx or a .pdf is read as text whose lines no editor shows. There
the region also carries the start of its first line of text (`SkippedRegion.text`),
its Markdown marks left out ("Behavioral and SQL questions"), which the import
preview and ``studyapp parse`` show beside the line.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.parsed import SkippedRegion

SHOWN = 40  # characters of the text shown, then "…"
# Markdown's marks at a line's start and around its words: not what the page shows.
_LEAD_RE = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|:\s+)*")
_MARKS_RE = re.compile(r"\*\*|__|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|\\(?=[^\w\s])")


def with_text_starts(regions: list[SkippedRegion], text: str) -> list[SkippedRegion]:
    """`regions`, each with the start of its first line of text in `text` (lines
    numbered from 1); a whole file's region (line 0) as it is."""
    lines = text.split("\n")
    out = []
    for region in regions:
        start = _text_start(lines, region.start_line, region.end_line)
        out.append(replace(region, text=start) if start else region)
    return out


def _text_start(lines: list[str], first: int, last: int) -> str:
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        shown = " ".join(_MARKS_RE.sub("", _LEAD_RE.sub("", lines[number - 1])).split())
        if shown:
            return shown if len(shown) <= SHOWN else shown[: SHOWN - 1].rstrip() + "…"
    return ""
