"""Labels in square brackets before most of a document's questions, as a problem list
or a question bank marks each one's difficulty, company or subject::

    - [Easy] [Amazon] Reverse a linked list
    - [Medium] [Google, Meta] Merge intervals

are the questions' tags, not words of their titles ("Reverse a linked list", tagged
easy and amazon). Only where two thirds of the questions (two or more) open so: a
bracket before one title alone may be its words ("[x] marks", "[1, 2] + [3]"). A label
is a few words (a list of names parted by commas is several labels), never a link
(``[text](url)``) nor a checkbox."""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.model import ParsedQuestion

_LEAD_RE = re.compile(r"^(?:\s*\[(?P<label>[^\[\]()\n]{1,40})\](?!\())+\s*(?=\S)")
_ONE_RE = re.compile(r"\[([^\[\]]+)\]")
_SHARE = 2 / 3
_FEWEST = 2


def _labels(lead: str) -> list[str]:
    out: list[str] = []
    for inner in _ONE_RE.findall(lead):
        for part in inner.split(","):
            name = " ".join(part.split())
            if not name or len(name.split()) > 3 or name.casefold() in ("x", ""):
                return []
            out.append(name.replace(" ", "-"))
    return out


def without_lead_labels(questions: list[ParsedQuestion]) -> list[ParsedQuestion]:
    """The questions with their leading labels as tags (see the module)."""
    if len(questions) < _FEWEST or sum(q.title.startswith("[") for q in questions) < _FEWEST:
        return questions
    found: list[tuple[str, list[str]] | None] = []
    for question in questions:
        lead = _LEAD_RE.match(question.title)
        labels = _labels(lead.group()) if lead else []
        found.append((question.title[lead.end() :], labels) if lead and labels else None)
    if sum(f is not None for f in found) < max(_FEWEST, len(questions) * _SHARE):
        return questions
    out = []
    for question, hit in zip(questions, found, strict=True):
        if hit is None:
            out.append(question)
            continue
        title, labels = hit
        tags = tuple(dict.fromkeys((*question.tags, *labels)))
        out.append(replace(question, title=title.strip(), tags=tags))
    return out
