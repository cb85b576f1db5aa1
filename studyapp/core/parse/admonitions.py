"""Questions written as admonitions, the boxes of MkDocs (Material) and Python-Markdown:
``??? question "What is a Pod?"`` (collapsible), ``!!! faq "…"``, with the answer
indented four spaces below. An admonition asks where its type says so (question, faq,
help, quiz) or where it is collapsible and its title asks; a ``!!! note`` or
``!!! tip`` between them is a note, not an answer.

reStructuredText (Sphinx, sphinx-design) writes the same boxes as directives:
``.. admonition:: What is XSS?``, ``.. dropdown:: What is CSRF?``, ``.. topic:: …``,
the answer indented below (its ``:class:`` options left out). There the title is an
argument of the directive; it asks as a collapsible admonition's title does. MyST
Markdown (Jupyter Book) fences the same directive, ``{dropdown} What is recall?``
after the fence's backticks, over its answer up to the closing fence."""

from __future__ import annotations

import re

from studyapp.core.parse.line_search import any_line
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like

_OPEN_RE = re.compile(
    r"^(?P<indent> {0,3})(?P<mark>\?\?\?\+?|!!!)[ \t]+(?P<kind>[\w-]+)"
    r"(?:[ \t]+inline(?:[ \t]+end)?)?[ \t]*(?:\"(?P<title>[^\"\n]*)\")?[ \t]*$"
)
# ".. admonition:: Title" and its kin: a directive whose argument is a box's title.
_RST_OPEN_RE = re.compile(
    r"^(?P<indent> {0,3})\.\.[ \t]+(?P<kind>admonition|dropdown|topic|card|question|faq)"
    r"[ \t]*::[ \t]+(?P<title>\S.*?)[ \t]*$",
    re.I,
)
_MYST_OPEN_RE = re.compile(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\{(?P<kind>admonition|dropdown|topic|card|"
    r"question|faq)\}[ \t]+(?P<title>\S.*?)[ \t]*$",
    re.I,
)
_MYST_HINT = "`{"  # a fence's last backtick, then the directive's brace (decided in C)
# Such a directive anywhere (a literal first, so searched fast; the lines are read after).
_ANY_DIRECTIVE_RE = re.compile(
    r"\.\.[ \t]+(?:admonition|dropdown|topic|card|question|faq)[ \t]*::"
    r"|[`~]\{(?:admonition|dropdown|topic|card|question|faq)\}"
)
_RST_OPTION_RE = re.compile(r"^:[\w-]+:(?:\s|$)")
_ASKING_KINDS = frozenset(("question", "faq", "help", "quiz", "q", "flashcard", "card"))


def admonitions(doc: Document) -> list[Unit]:
    text = doc.text()
    if ".. " in text or _MYST_HINT in text or "~~~{" in text:  # decided in C for the usual note
        rst = _rst_admonitions(doc) if any_line(_ANY_DIRECTIVE_RE, text) else []
        if rst:
            return rst
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
        units.append(_box(doc, index, title, body, end, asking_kind))
    return units


def _box(doc: Document, index: int, title: str, body: list[str], end: int, asking: bool) -> Unit:
    """A box's question: its title on its first line, its body the answer."""
    return Unit(
        index + 1,
        index + 1,
        title,
        whole_title(title, plain=doc.plain),
        end + 1,
        end=end,
        answer_prefix="\n".join(body).strip("\n"),
        container=True,
        explicit=asking,
    )


def _rst_admonitions(doc: Document) -> list[Unit]:
    units = []
    lines = doc.lines
    for index, line in enumerate(lines):
        if line.lstrip()[:2] not in ("..", "``", "~~"):
            continue
        match = _RST_OPEN_RE.match(line) or _MYST_OPEN_RE.match(line)
        if match is None:
            continue
        title = match["title"].strip()
        if line.lstrip().startswith(".."):
            body, end = _body(lines, index, len(match["indent"]) + 3)
        else:
            body, end = _fenced_body(lines, index, match["fence"])
        while body and (not body[0].strip() or _RST_OPTION_RE.match(body[0].strip())):
            body.pop(0)  # ":class: dropdown", ":open:" and the blank line after them
        asking_kind = match["kind"].lower() in _ASKING_KINDS
        if not body or not (asking_kind or is_question_like(title)):
            continue
        units.append(_box(doc, index, title, body, end, asking_kind))
    return units if len(units) >= 2 else []


def _fenced_body(lines: list[str], index: int, fence: str) -> tuple[list[str], int]:
    """The lines inside a fenced directive, and the line of its closing fence."""
    for n in range(index + 1, len(lines)):
        closing = lines[n].strip()
        if closing.startswith(fence) and not closing.strip(fence[0]):
            return lines[index + 1 : n], n + 1
    return [], index + 1


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
