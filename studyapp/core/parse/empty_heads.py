"""A question heading with nothing under it, and headings of its own level that ask
nothing right after it: the parts of its answer, written a level too high::

    ### Explain how HTTPS works.

    ### Handshake
    The client and server perform a TLS handshake …

    ### Data transfer
    All HTTP traffic is then encrypted …

Where the notes' questions mostly ask, those headings are folded into the empty one's
answer, each a sub-heading of it; read as questions, the question had no answer and its
parts became two questions that ask nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studyapp.core.parse.units import is_question_like
from studyapp.core.parsed import ParsedDocument, ParsedQuestion

MOSTLY_ASKING = 0.75  # the share of the notes' questions that ask, at the least
MIN_ASKING = 3
MAX_PARTS = 4  # parts of one answer, at the most
_HEADING_UNIT = re.compile(r"^h[1-6]$")


def with_parts_folded(doc: ParsedDocument) -> ParsedDocument:
    """`doc` with each empty question's parts folded into its answer (see the module);
    `doc` itself where there are none."""
    questions = doc.questions
    if not _HEADING_UNIT.match(doc.unit or "") or len(questions) < 3:
        return doc
    asking = [is_question_like(q.title) for q in questions]
    # The notes' own questions mostly ask, the parts to fold left out of the count
    # (three asking at the least: a glossary under one empty question is no such note).
    parts = _parts(questions, asking)
    rest = [a for k, a in enumerate(asking) if k not in parts]
    if sum(rest) < MIN_ASKING or sum(rest) < MOSTLY_ASKING * len(rest):
        return doc
    kept: list[ParsedQuestion] = []
    k = 0
    while k < len(questions):
        question = questions[k]
        parts = [questions[j] for j in _parts_of(questions, asking, k)]
        if parts:
            answer = "\n\n".join(f"#### {p.title}\n\n{p.answer_markdown.strip()}" for p in parts)
            kept.append(replace(question, answer_markdown=answer, end_line=parts[-1].end_line))
            k += 1 + len(parts)
        else:
            kept.append(question)
            k += 1
    if len(kept) == len(questions):
        return doc
    return replace(doc, questions=kept)


def _parts_of(questions: list[ParsedQuestion], asking: list[bool], k: int) -> list[int]:
    """The places of question `k`'s parts: the headings of its topic right after it that
    ask nothing and hold text, when it is empty and asks (a few of them at the most)."""
    question = questions[k]
    if not asking[k] or question.answer_markdown.strip():
        return []
    found: list[int] = []
    j = k + 1
    while (
        j < len(questions)
        and not asking[j]
        and questions[j].topic_path == question.topic_path
        and questions[j].source_file == question.source_file
        and questions[j].answer_markdown.strip()
    ):
        found.append(j)
        j += 1
    return found if len(found) <= MAX_PARTS else []


def _parts(questions: list[ParsedQuestion], asking: list[bool]) -> set[int]:
    return {j for k in range(len(questions)) for j in _parts_of(questions, asking, k)}
