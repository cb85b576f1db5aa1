"""The lines of a notes file that hold no question, each run named: nothing is lost
without a word (design.md, "Reading a person's notes"). engine.py assembles the
questions and says what it covered; this names the rest."""

from __future__ import annotations

import re

from studyapp.core.model import SkippedRegion
from studyapp.core.parse.asides import NOTE_LINE_RE
from studyapp.core.parse.ends import ANCHOR_LINK_RE, SEPARATOR_RE, SOURCES, TRIVIAL_LINE_RE
from studyapp.core.parse.housekeeping import ABOUT_THE_PROJECT
from studyapp.core.parse.noise import LIST_LINE_RE
from studyapp.core.parse.notes_to_self import NOTE_TO_SELF
from studyapp.core.parse.titles import ends_asking
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit
from studyapp.core.table_rule import TABLE_RULE

# A list of questions with nothing under them ("## Networking (TODO)" over "- How does
# the TLS handshake work?"): still to answer, named so after the first question, between
# questions or after the last (it was "notes between questions", "footer"). Above the
# first it may list what the notes answer, as an intro does.
UNANSWERED = "questions without an answer yet"
_ASKING_WORDS = 3  # a question is a few words ("Questions?" alone closes a footer)


def _unanswered(text: list[str]) -> bool:
    """Whether every line of a run is a list item that asks (see UNANSWERED)."""
    return all(
        (item := LIST_LINE_RE.match(t)) is not None
        and ends_asking(t)
        and len(t[item.end() :].split()) >= _ASKING_WORDS
        for t in text
    )


# Regions whose lines, blank lines between, are one: a heading and what it heads.
_JOINED = frozenset((SOURCES, NOTE_TO_SELF, ABOUT_THE_PROJECT))
# A label holds no "[": tried at every "[" of "[[[…]]]", "[^\]]*" ran to the far "]" each
# time, 44 s for a 400 KB line (a JSON file nested past the stack, read as text).
LINK_LINE_RE = re.compile(r"\[[^\[\]]*\]\((?:#|https?:)[^)]*\)")


def table_header(lines: list[str]) -> bool:
    """Whether `lines` are a Markdown table's header: a row of cells over its rule."""
    return (
        len(lines) == 2
        and lines[0].strip().startswith("|")
        and "|" in lines[1]
        and TABLE_RULE.match(lines[1]) is not None
    )


def skipped_regions(
    doc: Document,
    covered: dict[int, str],
    toc_lines: set[int],
    head_lines: set[int],
    units: list[Unit],
    source_file: str,
) -> list[SkippedRegion]:
    """Every non-blank line no question covers, in named regions: what `covered` names
    (title, section heading, table of contents, front matter) line by line, the rest in
    runs named by where they stand (intro, notes between questions, footer) or what
    they are (separators, a table of contents' links). `toc_lines` are the starts of
    "Contents" headings, `head_lines` those of every heading that is no question."""
    first = units[0].line if units else len(doc.lines) + 1
    last = max((n for n, why in covered.items() if why == "question"), default=0)
    regions: list[SkippedRegion] = []
    run: list[int] = []
    after_toc = [False]  # the run follows a "Contents" heading

    def flush() -> None:
        if not run:
            return
        text = [doc.line(n) for n in run]
        if len(run) > 2 and run[-1] == run[-2] + 1 and table_header(text[-2:]):
            head = run[-2:]  # an intro, then the header of the table of questions
            del run[-2:]
            flush()
            regions.append(SkippedRegion(head[0], head[1], "table header", source_file))
            return
        trivial = (SEPARATOR_RE, TRIVIAL_LINE_RE, ANCHOR_LINK_RE)
        if all(NOTE_LINE_RE.match(t) for t in text):
            reason = "note between sections"  # a callout before a heading (asides)
        elif all(any(r.match(t) for r in trivial) for t in text):
            reason = "separator"
        elif after_toc[0]:
            reason = "table of contents"
        elif table_header(text):  # its rows are the questions: not an intro, nor notes
            reason = "table header"
        elif run[0] > first and _unanswered(text):  # (above the first: what is answered)
            reason = UNANSWERED
        elif run[0] < first:
            links = sum(1 for t in text if LINK_LINE_RE.search(t))
            toc = any(n in toc_lines for n in run) or links * 2 > len(text) >= 3
            reason = "table of contents" if toc else "intro"
        elif run[0] > last:
            reason = "footer"
        elif any(n in toc_lines for n in run):
            reason = "table of contents"
        else:
            reason = "notes between questions"
        regions.append(SkippedRegion(run[0], run[-1], reason, source_file))
        run.clear()

    for n in range(1, len(doc.lines) + 1):
        line = doc.lines[n - 1]
        if n in covered:
            why = covered[n]
            flush()
            after_toc[0] = why == "table of contents"
            if (
                why in _JOINED
                and regions
                and regions[-1].reason == why
                and not any(doc.line(k).strip() for k in range(regions[-1].end_line + 1, n))
            ):
                regions[-1] = SkippedRegion(regions[-1].start_line, n, why, source_file)
                continue  # a label and its links, a "TODO" and its to-dos: one region
            if why != "question":
                regions.append(SkippedRegion(n, n, why, source_file))
            continue
        if line.strip():
            if n in head_lines:
                flush()  # a heading starts a new region ("Contents" after an intro)
                after_toc[0] = False
            run.append(n)
    flush()
    return _merge(regions)


def _merge(regions: list[SkippedRegion]) -> list[SkippedRegion]:
    merged: list[SkippedRegion] = []
    for region in sorted(regions, key=lambda r: r.start_line):
        if merged and merged[-1].reason == region.reason and region.reason == "front matter":
            prev = merged.pop()
            region = SkippedRegion(
                prev.start_line, region.end_line, region.reason, region.source_file
            )
        merged.append(region)
    return merged
