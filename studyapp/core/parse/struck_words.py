"""Words struck through in a title (``~~…~~``): withdrawn by the person ("What is
~~a mutex~~ a semaphore?" asks about a semaphore), unless they are all there is
("~~What is X?~~"), or all the question there is: "~~What is PermGen?~~ (removed in
Java 8)" still asks what it did (its answer says what replaced it), the rest is an
aside on it, no question of its own."""

from __future__ import annotations

import re

STRUCK_RE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")


def without_struck(text: str) -> str:
    """`text` without its struck words, or with them unstruck (see the module)."""
    from studyapp.core.parse.units import is_question_like  # (units reads titles)

    kept = STRUCK_RE.sub(" ", text)
    struck = " ".join(m.group(1) for m in STRUCK_RE.finditer(text))
    asks = is_question_like(struck) and not is_question_like(kept.strip())
    return kept if kept.strip() and not asks else STRUCK_RE.sub(r"\1", text)
