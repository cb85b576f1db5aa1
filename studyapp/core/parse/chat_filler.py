"""The chat filler left out of a chat's answers, named as skipped: the assistant's
openers ("Great question! Here's a concise breakdown:") and closing offers ("Would you
like me to explain `ExecutorService` next?", with the list of offers under one) and
sign-offs ("I hope this helps!"). The chat readers drop them from the answers
(`noise.strip_noise`); they lie inside a question's lines, so the pass that names
every line outside the questions never saw them, and the import said "skipped:
nothing" of a chat it had cut lines from. Each such line that no part of its
question keeps is a region of its own, its text with it.
"""

from __future__ import annotations

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.line_search import lines_of
from studyapp.core.parse.noise import (
    LEAD_IN_RE,
    LEADING_JUNK_RE,
    LIST_LINE_RE,
    OFFER_RE,
    OPENER_RE,
    SENTENCE_END_RE,
    WORD_RE,
)
from studyapp.core.parse.sign_offs import signs_off

CHAT_FILLER = "chat filler"
_SHOWN = 80  # characters of the line's text the region names


def _plain(line: str) -> str:
    return LEADING_JUNK_RE.sub("", line.strip().replace("**", "").replace("__", ""))


def _filler(line: str) -> bool:
    plain = _plain(line)
    return bool(
        OPENER_RE.match(plain) or OFFER_RE.match(plain) or LEAD_IN_RE.match(plain)
    ) or signs_off([line.strip()])


def _kept(line: str, kept: str) -> bool:
    """Whether any sentence of a line is in its question's text (an opener's line that
    goes on to answer keeps its answer: "Of course! A covering index holds …")."""
    return any(WORD_RE.search(s) and _plain(s) in kept for s in SENTENCE_END_RE.split(line.strip()))


def filler_regions(doc: ParsedDocument, text: str) -> list[SkippedRegion]:
    """The chat filler lines the questions of a chat (`doc.unit` "chat") leave out."""
    if doc.unit != "chat":
        return []
    lines = lines_of(text.replace("\r\n", "\n").replace("\r", "\n"))
    regions: list[SkippedRegion] = []
    for q in doc.questions:
        kept = " ".join(f"{q.title}\n{q.answer_markdown or q.answer}".replace("**", "").split())
        offered = False  # under a closing offer: its list of offers is the offer's
        for number in range(q.source_line, min(max(q.end_line, q.source_line), len(lines)) + 1):
            line = lines[number - 1]
            if not line.strip():
                continue
            listed = offered and LIST_LINE_RE.match(line) is not None
            offered = listed or OFFER_RE.match(_plain(line)) is not None
            if (listed or _filler(line)) and not _kept(" ".join(line.split()), kept):
                shown = " ".join(line.split())[:_SHOWN]
                regions.append(
                    SkippedRegion(number, number, CHAT_FILLER, q.source_file, text=shown)
                )
    return regions
