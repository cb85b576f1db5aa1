"""A question and its answer on one line with an arrow between them, as quick notes
are often written: "What is TCP? → A reliable byte stream", "Design an idempotent
API -> an idempotency key per request", "Big-O of binary search => O(log n)".

The arrow splits a question's line only where the document is written that way: at
least two of its questions, and half of them, carry one. Elsewhere an arrow is part of
what the question says ("## Kafka -> consumer groups", "What does A -> B mean?").
"""

from __future__ import annotations

import re

from studyapp.core.parse.titles import CODE_SPAN_RE, ends_asking

ARROWS = ("→", "⟶", "⇒", "->", "=>")
ARROW_RE = re.compile(r"[ \t](?:→|⟶|⇒|-->|->|=>)[ \t]+(?=\S)")  # spaced


def arrow_split(raw_title: str) -> tuple[str, str] | None:
    """The question before the first arrow of a one-line title and the answer after
    it; None where the line has no arrow outside code, or the part after it asks."""
    if "\n" in raw_title or not any(arrow in raw_title for arrow in ARROWS):
        return None
    masked = CODE_SPAN_RE.sub(lambda m: "\0" * len(m.group(0)), raw_title)
    match = ARROW_RE.search(masked)
    if match is None:
        return None
    front, back = raw_title[: match.start()].strip(), raw_title[match.end() :].strip()
    if not front or not back or ends_asking(back):
        return None
    return front, back


def written_with_arrows(raw_titles: list[str]) -> bool:
    """Whether the questions are written "question → answer": two or more, and at
    least half of them."""
    arrowed = sum(1 for raw in raw_titles if arrow_split(raw) is not None)
    return arrowed >= 2 and 2 * arrowed >= len(raw_titles)
