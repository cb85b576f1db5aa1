"""Questions written as admonitions, the boxes of MkDocs (Material) and Python-Markdown:
``??? question "What is a Pod?"`` (collapsible), ``!!! faq "…"``, with the answer
indented four spaces below. An admonition asks where its type says so (question, faq,
help, quiz) or where it is collapsible and its title asks; a ``!!! note`` or
``!!! tip`` between them is a note, not an answer."""

from __future__ import annotations

import re

from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

_OPEN_RE = re.compile(
    r"^(?P<indent> {0,3})(?P<mark>\?\?\?\+?|!!!)[ \t]+(?P<kind>[\w-]+)"
    r"(?:[ \t]+inline(?:[ \t]+end)?)?[ \t]*(?:\"(?P<title>[^\"\n]*)\")?[ \t]*$"
)
_ASKING_KINDS = frozenset(("question", "faq", "help", "quiz", "q", "flashcard", "card"))


def admonitions(doc: Document) -> list[Unit]:
    text = "\n".join(doc.lines)
    if "???" not in text and "!!!" not in text:
        return []  # decided in C for the usual note
    lines = doc.lines
    units = []
    fence = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if fence or not line.lstrip().startswith(("???", "!!!")):
            continue
        match = _OPEN_RE.match(line)
        if match is None:
            continue
        asking_kind = match["kind"].lower() in _ASKING_KINDS
        title = (match["title"] or "").strip()
        body, end = _body(lines, index, len(match["indent"]) + 4)
        if not title and asking_kind and body:  # "??? question" with the question inside
            title = body.pop(0).strip()
        collapsible = match["mark"].startswith("???")
        if not title or not (asking_kind or (collapsible and is_question_like(title))):
            continue
        units.append(
            Unit(
                index + 1,
                index + 1,
                title,
                whole_title(title, plain=doc.plain),
                end + 1,
                end=end,
                answer_prefix="\n".join(body).strip("\n"),
                container=True,
                explicit=asking_kind,
            )
        )
    return units


def _body(lines: list[str], index: int, margin: int) -> tuple[list[str], int]:
    """The lines indented under an admonition's first line, the margin cut (a tab is a
    margin of its own), and the last of them (its first line where there are none)."""
    body: list[str] = []
    end = index + 1
    for n in range(index + 1, len(lines)):
        line = lines[n]
        if not line.strip():
            body.append("")
            continue
        if line.startswith("\t"):
            body.append(line[1:])
        elif len(line) - len(line.lstrip(" ")) >= margin:
            body.append(line[margin:])
        else:
            break
        end = n + 1
    return body[: end - index - 1], end
