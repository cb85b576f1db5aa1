"""The automatic ticks of a model answer's key points for a typed answer, by point: a
helper of the key-point tests."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms


def ticks(answer: str, question: str, typed: str) -> dict[str, bool]:
    """Each key point of `answer`, and whether `typed` says it."""
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))
