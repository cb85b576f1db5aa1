"""A note whose front matter holds its question: ``question:`` (or ``q``, ``front``,
``prompt``, "Frage", "pregunta" …) and often ``answer:`` (``a``, ``back``, ``solution``
…) among the note's YAML keys, as a note-per-card vault or a static site's question
pages keep them::

    ---
    question: What is the CAP theorem?
    answer: |
      Under a network partition a system chooses consistency or availability.
    tags: [system-design]
    ---

    More notes on it …

The note is that one question: its answer the ``answer`` value, then the note's body
(the person's notes on the question). Only keys that say "question" make a card: a
post's ``title`` and ``description`` are no question and answer.
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion
from studyapp.core.parse.titles import ANSWER_NAMES_ABROAD, QUESTION_NAMES_ABROAD

_QUESTION_KEYS = frozenset(("question", "q", "front", "prompt", *QUESTION_NAMES_ABROAD))
_ANSWER_KEYS = frozenset(
    ("answer", "a", "back", "response", "solution", "explanation", *ANSWER_NAMES_ABROAD)
)
# A front matter line that may name a question key, to skip the YAML loader for the
# usual note's front matter (title, tags, dates).
_HINT_RE = re.compile(r"^[\"']?([^\s:\"']{1,12})[\"']?[ \t]*:", re.M)
# … or a record's key in a list: "  - question: …"
_LIST_HINT_RE = re.compile(r"^[ \t]*-[ \t]+[\"']?([^\s:\"']{1,12})[\"']?[ \t]*:", re.M)
_FRONT_MATTER_LINES = 2000  # front matter closes within these lines, or is none
_TAG_KEYS = ("tags", "tag", "labels")


def _normalised(key: object) -> str:
    return " ".join(str(key).casefold().split())


def front_matter_card(text: str, *, name: str, source_file: str = "") -> ParsedDocument | None:
    """The one question a note's front matter holds (see the module), or None."""
    if not text.startswith("---"):
        return None
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None
    last = min(len(lines), _FRONT_MATTER_LINES)
    end = next((i for i in range(1, last) if lines[i].strip() in ("---", "...")), 0)
    if not end:
        return None
    head = "\n".join(lines[1:end])
    if not any(_normalised(m[1]) in _QUESTION_KEYS for m in _HINT_RE.finditer(head)):
        return None
    from studyapp.core.parse.yaml_cards import load

    read, data = load(head)
    if not read or not isinstance(data, dict):
        return None
    asking = next((k for k in data if _normalised(k) in _QUESTION_KEYS), None)
    question = _text(data.get(asking)) if asking is not None else ""
    if not question:
        return None
    title = " ".join(question.split())
    answers = [_text(v) for k, v in data.items() if _normalised(k) in _ANSWER_KEYS]
    body = "\n".join(lines[end + 1 :]).strip("\n")
    parts = [a.strip("\n") for a in answers if a.strip()]
    if body.strip():
        parts.append(body)
    spans = dict(zip(data, getattr(data, "spans", ()), strict=False))
    first = spans.get(asking, (1, 1))[0] + 1  # (the loader's lines start after "---")
    ends = [n for n in range(len(lines), end + 1, -1) if lines[n - 1].strip()][:1]
    tags = tuple(
        t.strip()
        for k, v in data.items()
        if _normalised(k) in _TAG_KEYS
        for t in (v if isinstance(v, list) else str(v).replace(",", " ").split())
        if isinstance(t, str) and t.strip()
    )
    item = ParsedQuestion(
        title,
        "\n\n".join(parts),
        first,
        end_line=ends[0] if ends else end + 1,
        source_file=source_file,
        tags=tags,
    )
    doc = ParsedDocument(name, "markdown", [item], unit="card", candidates={"card": 1})
    if first > 1:
        doc.skipped = [SkippedRegion(1, first - 1, "front matter", source_file)]
    return doc


def _text(value: object) -> str:
    """A value as text: a string, or a list's items one a line."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(f"- {v}" for v in value if isinstance(v, str) and v.strip())
    return ""


def front_matter_list(text: str, *, name: str) -> ParsedDocument | None:
    """The cards of a list in a note's front matter (a static site's FAQ page:
    ``faq:`` a list of ``question:``/``answer:`` records), for a note whose body holds
    no question; None where it holds no such list."""
    lines = text.split("\n")
    if not text.startswith("---") or lines[0].strip() != "---":
        return None
    last = min(len(lines), _FRONT_MATTER_LINES)
    end = next((i for i in range(1, last) if lines[i].strip() in ("---", "...")), 0)
    head = "\n".join(lines[1:end]) if end else ""
    if not any(_normalised(m[1]) in _QUESTION_KEYS for m in _LIST_HINT_RE.finditer(head)):
        return None
    from studyapp.core.parse.yaml_cards import parse_cards

    cards = parse_cards(head, name=name)
    if cards is None or not cards.questions:
        return None
    for question in cards.questions:  # (the loader's lines start after the "---")
        question.source_line += 1
        question.end_line = max(question.end_line, question.source_line - 1) + 1
    cards.skipped, cards.format = [], "markdown"
    return cards


_TITLE_LINE_RE = re.compile(r"^[\"']?title[\"']?[ \t]*:", re.I)


def titled_note(text: str, *, name: str, source_file: str = "") -> ParsedDocument | None:
    """A note whose front matter's ``title:`` is its one question and whose body is its
    answer (a vault's one-question notes: "title: How does Dijkstra's algorithm work?"
    over how it does), for a note whose body holds no question of its own; its
    ``tags`` its tags, its ``difficulty`` one more ("Difficulty::Medium"). None
    without such a title or a body under it, or where the title over the body says
    nothing a question would ("My notes" over "TODO: …")."""
    from studyapp.core.parse.flashcards import (
        front_matter_difficulty,
        front_matter_tags,
        read_front_matter,
    )
    from studyapp.core.parse.folder import ONE_PER_FILE
    from studyapp.core.parse.lone_title import says_nothing

    meta, skip = read_front_matter(text)
    title = meta.get("title") if skip else None
    if not isinstance(title, str) or not title.strip():
        return None
    title = " ".join(title.split())
    lines = text.split("\n")
    body = "\n".join(lines[skip:]).strip("\n")
    if not body.strip() or says_nothing(title, body):
        return None
    at = next((n for n in range(2, skip) if _TITLE_LINE_RE.match(lines[n - 1])), 1)
    last = max(n for n, line in enumerate(lines, 1) if line.strip())
    item = ParsedQuestion(
        title,
        body,
        at,
        end_line=last,
        source_file=source_file,
        tags=(*front_matter_tags(meta), *front_matter_difficulty(meta)),
        raw_title=title,
    )
    skipped = [SkippedRegion(1, skip, "front matter", source_file)]
    return ParsedDocument(
        name,
        "markdown",
        [item],
        unit=ONE_PER_FILE,
        candidates={ONE_PER_FILE: 1},
        skipped=skipped,
        line_breaks="space",
    )
