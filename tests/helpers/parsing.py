"""Short views of a parse for importer tests: the titles, or (title, answer) pairs."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def titles(text: str, **kwargs) -> list[str]:
    return [q.title for q in parse_text(text, **kwargs).questions]


def pairs(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown.strip()) for q in parse_text(text, **kwargs).questions]


def skipped(text: str, **kwargs) -> list[tuple[int, int, str]]:
    """The lines left out of every question, as (first, last, reason)."""
    return [(r.start_line, r.end_line, r.reason) for r in parse_text(text, **kwargs).skipped]
