"""Link reference definitions and footnotes written once for the whole note, most
often at its end ("[1]: https://arxiv.org/abs/1502.03167", "[^2]: Ioffe, 2015."):
each answer that refers to one ("see [the paper][1]", "per mini-batch[^2]") carries
its definition, so its link works and its note shows; no answer carries the ones it
does not use (the last answer took them all, the others none)."""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.model import ParsedQuestion
from studyapp.core.parse.fastblocks import REFERENCE_RE
from studyapp.core.parse.tree import Document

# "[label]: …" at the margin: a link's definition (checked by REFERENCE_RE) or a
# footnote's ("[^label]: its text").
_DEFINITION_RE = re.compile(r"^ {0,3}\[(?P<label>\^?[^\[\]\n]{1,200})\]:[ \t]*\S")
_FENCE_RE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_CODE_SPAN_RE = re.compile(r"(`+)[^`\n]+?\1")
_INDENTED_RE = re.compile(r"^(?: {4}|\t)")  # a footnote's text going on under it
_FOOTNOTE_MARK_RE = re.compile(r"^\[\^[^\]]+\]:[ \t]*")


def _definitions(doc: Document) -> dict[str, list[str]]:
    """The note's definitions outside code blocks: label (case folded) → its lines (a
    footnote's own and those indented under it, which go on with its text)."""
    code = {n for b in doc.blocks if b.kind == "code" for n in range(b.start, b.end + 1)}
    found: dict[str, list[str]] = {}
    for number, line in enumerate(doc.lines, 1):
        match = _DEFINITION_RE.match(line) if line[:4].lstrip()[:1] == "[" else None
        if match is None or number in code:
            continue
        label = match["label"]
        if label.startswith("^"):
            more = _indented_under(doc.lines, number)
            found.setdefault(" ".join(label.casefold().split()), [line.strip(), *more])
        elif REFERENCE_RE.match(line.strip()):
            found.setdefault(" ".join(label.casefold().split()), [line.strip()])
    return found


def _indented_under(lines: list[str], number: int) -> list[str]:
    """The lines indented under line `number` (blank lines between), as written."""
    more: list[str] = []
    for line in lines[number:]:
        if line.strip() and not _INDENTED_RE.match(line):
            break
        more.append(line.rstrip())
    while more and not more[-1]:
        more.pop()
    return more


def with_definitions(doc: Document, questions: list[ParsedQuestion]) -> list[ParsedQuestion]:
    """The questions with each answer holding the definitions it refers to, and no
    other (see the module). A footnote the question itself refers to ("What is …?[^1]")
    is its answer, where nothing else is, and follows the answer's text otherwise."""
    if "]:" not in doc.text() or not questions:
        return questions
    defined = _definitions(doc)
    if not defined:
        return questions
    lines = {line.strip() for written in defined.values() for line in written if line}
    result = []
    for question in questions:
        kept: list[str] = []
        prose: list[str] = []  # the answer's text outside code, where it refers
        fenced = False
        for line in question.answer_markdown.split("\n"):
            if _FENCE_RE.match(line):
                fenced = not fenced
            if fenced or line.strip() not in lines:
                kept.append(line)
                if not fenced:
                    prose.append(_CODE_SPAN_RE.sub("", line))
        body = "\n".join(kept).rstrip()
        text = "\n".join(prose).casefold()
        used = ["\n".join(w) for label, w in defined.items() if f"[{label}]" in text]
        asked = _CODE_SPAN_RE.sub("", question.raw_title).casefold()
        told = [
            _FOOTNOTE_MARK_RE.sub("", "\n".join(line.strip() for line in w), count=1)
            for label, w in defined.items()
            if label.startswith("^") and f"[{label}]" in asked and f"[{label}]" not in text
        ]
        answer = "\n\n".join(part for part in (body, *told, "\n".join(used)) if part)
        changed = answer != question.answer_markdown
        result.append(replace(question, answer_markdown=answer) if changed else question)
    return result
