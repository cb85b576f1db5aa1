"""Nothing lost without a word: every non-blank line in a question or a named skipped region.

Each reader names what it skips (a table of contents, an intro, a footer …);
this last pass over a parse finds any non-blank line that is in neither a
question's lines nor a skipped region, whichever reader produced it, and names
it by where it lies: before the first question, after the last, or between.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of


def covered_lines(doc: ParsedDocument, source_file: str = "") -> set[int]:
    covered: set[int] = set()
    for q in doc.questions:
        if q.source_file == source_file:
            covered.update(range(q.source_line, max(q.end_line, q.source_line) + 1))
    for region in doc.skipped:
        if region.source_file == source_file:
            covered.update(range(region.start_line, region.end_line + 1))
    return covered


def unaccounted(
    lines: Iterable[str], covered: set[int], first: int, last: int, source_file: str = ""
) -> list[SkippedRegion]:
    """Regions for the non-blank lines outside `covered`, named by their place."""
    regions: list[SkippedRegion] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or number in covered:
            continue
        if number < first:
            reason = "intro"
        elif number > last:
            reason = "footer"
        else:
            reason = "notes between questions"
        previous = regions[-1] if regions else None
        if (
            previous is not None
            and previous.reason == reason
            and not any(n in covered for n in range(previous.end_line + 1, number))
        ):
            regions[-1] = SkippedRegion(previous.start_line, number, reason, source_file)
        else:
            regions.append(SkippedRegion(number, number, reason, source_file))
    return regions


def account_for_lines(doc: ParsedDocument, text: str, source_file: str = "") -> None:
    """Add a skipped region for every non-blank line of `text` the parse did not place."""
    mine = [q for q in doc.questions if q.source_file == source_file]
    first = min((q.source_line for q in mine), default=0)
    last = max((max(q.end_line, q.source_line) for q in mine), default=0)
    lines = lines_of(text.replace("\r\n", "\n").replace("\r", "\n"))
    extra = unaccounted(
        lines, covered_lines(doc, source_file), first or len(lines) + 1, last, source_file
    )
    if extra:
        mine_skipped = [r for r in doc.skipped if r.source_file == source_file]
        extra = _adornments_named(extra, mine_skipped, lines)
        doc.skipped = sorted(
            [*doc.skipped, *extra], key=lambda r: (r.source_file, r.start_line, r.end_line)
        )


# A line of one mark repeated that draws a title over or under ("=============", RST's).
_ADORNMENT_RE = re.compile(r"^([=\-~^\"'`*+#])\1{2,}\s*$")
_TITLE_REASONS = ("title", "section heading")


def _adornments_named(
    extra: list[SkippedRegion], skipped: list[SkippedRegion], lines: list[str]
) -> list[SkippedRegion]:
    """`extra` with a line that only draws the title beside it (an RST title's overline,
    its reader left blank) named as that title is, not as the notes' intro."""
    titles = {
        n: r.reason
        for r in skipped
        if r.reason in _TITLE_REASONS
        for n in (r.start_line - 1, r.end_line + 1)
    }
    return [
        replace(r, reason=titles[r.start_line])
        if r.start_line == r.end_line
        and r.start_line in titles
        and _ADORNMENT_RE.match(lines[r.start_line - 1])
        else r
        for r in extra
    ]
