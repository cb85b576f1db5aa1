"""Markdown split into blocks: headings, rules, code fences and chunks of text.

Every format is first turned into these blocks (with the line of the source
file each starts on), so the segmenter that finds questions is written once.
Code fences are opaque: a ``# comment`` inside one is never a heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
EMPTY_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})[ \t]*$")
RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LIST_ITEM_RE = re.compile(r"^([ \t]*)([-*+]|\d{1,3}[.)])[ \t]+(.*)$")


@dataclass(slots=True)
class Block:
    kind: str  # "heading" | "rule" | "code" | "text"
    line: int  # 1-based line in the source file
    lines: list[str]
    level: int = 0  # heading level (1-6)
    heading: str = ""  # heading text, inline Markdown kept

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
        return self.lines[0] if self.lines else ""

    @property
    def end_line(self) -> int:
        return self.line + len(self.lines) - 1


def split_blocks(numbered_lines: Iterable[tuple[int, str]]) -> list[Block]:
    """Group (line number, text) pairs into blocks; blank lines separate text chunks."""
    blocks: list[Block] = []
    chunk: Block | None = None
    fence: Block | None = None
    fence_marker = ""

    def close_chunk() -> None:
        nonlocal chunk
        if chunk is not None:
            blocks.append(chunk)
            chunk = None

    for number, line in numbered_lines:
        if fence is not None:
            fence.lines.append(line)
            stripped = line.strip()
            if stripped.startswith(fence_marker) and set(stripped) <= set(fence_marker[0]):
                blocks.append(fence)
                fence = None
            continue
        opening = FENCE_RE.match(line)
        if opening:
            close_chunk()
            fence_marker = opening.group(1)
            fence = Block("code", number, [line])
            continue
        if not line.strip():
            close_chunk()
            continue
        heading = HEADING_RE.match(line)
        if heading or EMPTY_HEADING_RE.match(line):
            close_chunk()
            level = len((heading or EMPTY_HEADING_RE.match(line)).group(1))
            text = heading.group(2) if heading else ""
            blocks.append(Block("heading", number, [line], level=level, heading=text))
            continue
        if RULE_RE.match(line) and chunk is None:
            blocks.append(Block("rule", number, [line]))
            continue
        if RULE_RE.match(line) and line.lstrip().startswith("-") and chunk is not None:
            # "---" under a text line would make it a setext heading; treat as a rule.
            close_chunk()
            blocks.append(Block("rule", number, [line]))
            continue
        if chunk is None:
            chunk = Block("text", number, [])
        chunk.lines.append(line)
    if fence is not None:  # an unclosed fence runs to the end, as in CommonMark
        blocks.append(fence)
    close_chunk()
    return blocks


def blocks_to_markdown(blocks: Iterable[Block]) -> str:
    return "\n\n".join(block.text for block in blocks).strip()


# A line that only closes a code fence: its marks and nothing after them.
_CLOSING_FENCE_RE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*")
_CLOSERS_TRIED = 100  # lines that close other fences passed over, at the most


class FenceCloses:
    """Where the code fences opened in some lines close, each found in a few steps
    (the lines that can close one listed once): a fence opened on a list item's line
    or indented under one, which CommonMark's blocks do not see."""

    def __init__(self, lines: list[str]) -> None:
        self._at: list[int] = []
        self._marks: list[str] = []
        for index, line in enumerate(lines):
            if len(line) < 1000 and (found := _CLOSING_FENCE_RE.fullmatch(line)):
                self._at.append(index)
                self._marks.append(found.group(1))

    def after(self, index: int, mark: str) -> int | None:
        """The first line after `index` that closes a fence opened with `mark` (its
        character, as long or longer), None where none does."""
        import bisect

        first = bisect.bisect_right(self._at, index)
        for at in range(first, min(first + _CLOSERS_TRIED, len(self._at))):
            closing = self._marks[at]
            if closing[0] == mark[0] and len(closing) >= len(mark):
                return self._at[at]
        return None
