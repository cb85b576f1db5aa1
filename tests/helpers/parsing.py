"""Short views of a parse for importer tests: the titles, or (title, answer) pairs."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def titles(text: str, **kwargs) -> list[str]:
    return [q.title for q in parse_text(text, **kwargs).questions]


def pairs(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown.strip()) for q in parse_text(text, **kwargs).questions]
