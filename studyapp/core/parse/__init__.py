"""Notes → questions: detect the format, split into blocks, segment, tidy answers.

``parse_text`` works on text already read and repaired; ``parse_file`` does the
whole pipeline from a path (read → repair → parse).
"""

from __future__ import annotations

import re
from pathlib import Path

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.parse import noise, rendered_text
from studyapp.core.parse.blocks import Block, blocks_to_markdown, split_blocks
from studyapp.core.parse.segment import segment
from studyapp.core.parse.titles import restates

__all__ = ["FORMATS", "detect_format", "parse_file", "parse_text"]

FORMATS = ("markdown", "rendered-text")
QUIZ_RE = re.compile(r"^(\s*[-*+]\s+)\[([ xX])\]\s+(.*)$")


def detect_format(text: str) -> str:
    return "rendered-text" if rendered_text.looks_rendered(text) else "markdown"


def _numbered_lines(text: str, fmt: str) -> list[tuple[int, str]]:
    if fmt == "rendered-text":
        return rendered_text.to_markdown_lines(text)
    return list(enumerate(text.splitlines(), start=1))


def _quiz_options(block: Block) -> Block:
    """``- [x] right`` / ``- [ ] wrong`` quiz options: mark the right one plainly."""
    if block.kind != "text" or not any(QUIZ_RE.match(line) for line in block.lines):
        return block
    lines = []
    for line in block.lines:
        match = QUIZ_RE.match(line)
        if match:
            bullet, mark, text = match.groups()
            line = f"{bullet}✔ **{text}**" if mark.lower() == "x" else f"{bullet}{text}"
        lines.append(line)
    return Block(block.kind, block.line, lines, block.level, block.heading)


def parse_text(text: str, *, name: str = "Notes", keep_chat_noise: bool = False) -> ParsedDocument:
    """Questions of a notes document. ``name`` is the deck name when it has no title."""
    fmt = detect_format(text)
    blocks = split_blocks(_numbered_lines(text, fmt))
    result = segment(blocks, name)
    questions = []
    for seg in result.segments:
        answer_blocks = seg.blocks if keep_chat_noise else noise.strip_noise(seg.blocks)
        first = answer_blocks[0] if answer_blocks else None
        if first is not None and first.kind == "heading" and restates(seg.title, first.heading):
            answer_blocks = answer_blocks[1:]  # the title again, right under itself
        answer = blocks_to_markdown(_quiz_options(b) for b in answer_blocks)
        if not seg.title:
            continue
        questions.append(ParsedQuestion(seg.title, answer, seg.line, seg.topic_path))
    return ParsedDocument(result.deck_name, fmt, questions, has_sections=result.has_sections)


def parse_file(path: Path | str, *, keep_chat_noise: bool = False) -> ParsedDocument:
    """Read, repair and parse a notes file. Raises NotesFileError for unreadable input."""
    from studyapp.core import repair, textio

    path = Path(path)
    text = repair.repair_text(textio.read_notes(path))
    return parse_text(text, name=path.stem, keep_chat_noise=keep_chat_noise)
