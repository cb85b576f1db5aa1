"""A later step said as the first one. No Qt here.

A model answer tells steps in order: "the JIT interprets the loop for a few hundred
iterations, then it compiles the hot trace into machine code". The point cut from the
second step ("compiles the hot trace into machine code") is true only after the first;
a typed answer that says it happens from the start ("compiles the hot trace … before
the loop ever runs", "the window grows linearly from the beginning") says another
order, and no such point (`said_first`). A typed answer that says the step without
placing it, or after something ("once it has run a few hundred times, compiles …"),
still says it.
"""

from __future__ import annotations

import re

from studyapp.core.keyheard import STOPWORDS, Heard, stem, words

# What a step follows in the model answer, right before the point's words.
_LATER = re.compile(
    r"\b(?:then|afterwards|afterward|later|after\s+that|after\s+this|eventually)"
    r"(?:\s*,)?(?:\s+(?:it|they|the\s+\w+))?\s*$",
    re.I,
)

# Typed words that put a step at the very start ("from the beginning", "right away").
_FIRST = re.compile(
    r"\b(?:from\s+the\s+(?:very\s+)?(?:beginning|start|outset|first\s+\w+)|right\s+away"
    r"|immediately|straight\s+away|at\s+once|up\s*front|ahead\s+of\s+time"
    r"|before\s+(?:\w+\s+){0,3}ever)\b",
    re.I,
)

_CONTEXT = 40  # characters of the model answer read before a point


def said_first(point: str, text: Heard, answer: str) -> bool:
    """True when the point is a later step of the model answer (its words follow a
    "then", "after that" …) and the typed sentence that says most of its words puts it
    at the start (see the module's docstring)."""
    if text.language or not answer:
        return False
    claim = point.split(": ")[-1]
    flat = " ".join(answer.split())
    found = flat.casefold().find(" ".join(claim.split()).casefold())
    if found < 0 or not _LATER.search(flat[max(0, found - _CONTEXT) : found]):
        return False
    own = {stem(w) for w in words(claim) if w not in STOPWORDS}
    sentence, tokens = text.layout.sentence, text.tokens
    counts: dict[int, int] = {}
    for i, token in enumerate(tokens):
        if stem(token) in own:
            counts[sentence[i]] = counts.get(sentence[i], 0) + 1
    if not counts:
        return False
    best = max(counts.values())
    return any(
        n == best
        and _FIRST.search(" ".join(t for t, s in zip(tokens, sentence, strict=True) if s == at))
        for at, n in counts.items()
    )
