"""Where the answer typed in the app goes in notes that leave its question unanswered
(core.writeback): under the title as the file writes its other answers, or in the
place of the placeholder the notes write for it ("TBD", "TODO: write this")."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.model import Question
from studyapp.core.writeback import NoWriteBack, _written_answer

_GAP_LABEL = 24  # at most this much text between a title's line and its answer ("A:")


def answer_gaps(text: str, question: Question, siblings: list[Question]) -> list[tuple[str, str]]:
    """How this file writes an answer under its question's title, learnt from the
    answered questions nearest to `question` (as `_replace_block`'s `gap`): what
    stands between the end of the title's line and the answer ("\\n\\n" under a
    heading, "\\n   " under a list item, "\\nA: " in Q:/A: notes) and the indent of
    the answer's later lines. Nearest first, distinct, then a blank line."""
    lines = text.split("\n")
    gaps: list[tuple[str, str]] = []
    answered = [q for q in siblings if q.answer_markdown.strip()]
    answered.sort(key=lambda q: abs(q.source_line - question.source_line))
    for other in answered[:6]:
        block = "\n".join(lines[other.source_line - 1 : min(other.end_line, len(lines))])
        at = block.find(other.title)
        line_end = block.find("\n", at + len(other.title)) if at >= 0 else -1
        if line_end < 0:
            continue
        try:
            answer_at, _, indent = _written_answer(block, other.answer_markdown, line_end)
        except NoWriteBack:
            continue
        between = block[line_end:answer_at]
        if between.count("\n") <= 2 and len(between.strip()) <= _GAP_LABEL:
            gaps.append((between, indent))
    gaps.append(("\n\n", ""))
    return list(dict.fromkeys(gaps))[:4]


def placeholder_answer(
    path: Path, text: str, question: Question, split_at: str | None
) -> Question | None:
    """`question` with the placeholder its notes write as its answer ("TBD", "TODO:
    write this"), which an import reads as no answer (core.parse.notes_to_self): the
    edit's answer goes in its place, not above it. None when none is written there."""
    from studyapp.core.parse import parse_file_text
    from studyapp.core.parse.notes_to_self import PLACEHOLDER, is_placeholder

    doc = parse_file_text(text, path, split_at=split_at)
    for region in doc.skipped:
        if region.reason != PLACEHOLDER or region.start_line != question.source_line + 1:
            continue
        lines = [line.strip() for line in text.split("\n")[region.start_line - 1 : region.end_line]]
        first, rest = lines[0], "\n".join(lines[1:]).rstrip()
        # The placeholder without what its line writes before it ("A: TBD"): the
        # longest end of its first line that reads as a placeholder with the rest.
        for at in [0, *(i + 1 for i, char in enumerate(first) if char == " ")]:
            written = (first[at:] + "\n" + rest).strip()
            if is_placeholder(written):
                return question._replace(answer_markdown=written, end_line=region.end_line)
    return None
