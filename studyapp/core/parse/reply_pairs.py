"""``Q:``/``A:`` pairs an assistant writes in its reply ("Here is a recap." over "Q: What
does TLS add to HTTP?" / "A: Encryption …"): each a question of its own after the
question the reply answers, as the engine reads such pairs anywhere in a note
(other_styles.py). Before, the chat layer pasted them into the reply's answer.

A pair is a ``Q:`` line at the margin (any question mark units.py knows: "Question:",
"Frage:" …) opening a paragraph, or following the answer of the pair before it, with
its answer's mark ("A:", "Answer:", "Antwort:" …) on the next line or opening the
next paragraph. Its answer runs to the next pair or the reply's end. Nothing inside a
code fence or a quote counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.parse.blocks import Block
from studyapp.core.parse.titles import whole_title
from studyapp.core.parse.units import ANSWER_RE, PREFIX_RE

Lines = list[tuple[int, str]]
_TITLE_LINES = 4  # a question wraps over a few lines at most
_GAP = 2  # blank lines at most between a question and its answer's mark


@dataclass(frozen=True, slots=True)
class Pair:
    line: int  # the question's line
    title: str
    answer: str
    end_line: int  # its answer's last line


def reply_pairs(lines: Lines) -> tuple[Lines, list[Pair]]:
    """A reply's lines before its first pair, and its pairs (none: the lines whole)."""
    starts = _pair_starts(lines)
    if not starts:
        return lines, []
    pairs = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(lines)
        pairs.append(_pair(lines[start:stop]))
    return lines[: starts[0]], pairs


def _pair_starts(lines: Lines) -> list[int]:
    starts: list[int] = []
    fenced = False
    run = False  # the line above is in a pair's paragraph
    for index, (_, text) in enumerate(lines):
        if text.lstrip().startswith(("```", "~~~")):
            fenced, run = not fenced, False
            continue
        if fenced or not text.strip():
            run = False
            continue
        above_blank = index == 0 or not lines[index - 1][1].strip()
        if (above_blank or run) and _at_margin(text) and PREFIX_RE.match(text):
            mark = _answer_mark(lines, index)
            if mark is not None:
                starts.append(index)
                run = True
                continue
        run = run and not above_blank
    return starts


def _at_margin(text: str) -> bool:
    return len(text) - len(text.lstrip(" ")) < 4 and not text.lstrip().startswith(">")


def _answer_mark(lines: Lines, index: int) -> int | None:
    """The index of the answer's mark under the question at `index` (None: none)."""
    blanks = 0
    for at in range(index + 1, min(len(lines), index + 1 + _TITLE_LINES + _GAP)):
        text = lines[at][1]
        if not text.strip():
            blanks += 1
            if blanks > _GAP:
                return None
            continue
        if ANSWER_RE.match(text):
            return at
        if blanks or PREFIX_RE.match(text):
            return None  # another paragraph, or another question, before any answer
    return None


def _pair(lines: Lines) -> Pair:
    mark = _answer_mark(lines, 0)
    assert mark is not None  # (found so by `_pair_starts`)
    first = lines[0][1]
    asked = [first[PREFIX_RE.match(first).end() :], *(t for _, t in lines[1:mark] if t.strip())]
    said = lines[mark][1]
    answer = [said[ANSWER_RE.match(said).end() :], *(t for _, t in lines[mark + 1 :])]
    last = max(n for n, t in lines if t.strip())
    return Pair(lines[0][0], whole_title(" ".join(asked)), "\n".join(answer).strip(), last)


def block_pairs(blocks: list[Block]) -> tuple[list[Block], list[Pair]]:
    """As `reply_pairs`, over a chat segment's blocks: the blocks before its first pair
    (without a heading right above the pairs, which names them: "### Recap"), and its
    pairs."""
    lines: Lines = []
    for block in blocks:
        if lines:
            lines.append((lines[-1][0], ""))  # (the blank line between blocks)
        lines += [(block.line + i, text) for i, text in enumerate(block.lines)]
    _, pairs = reply_pairs(lines)
    if not pairs:
        return blocks, []
    kept = [b for b in blocks if b.line < pairs[0].line]
    if kept and kept[-1].kind == "heading":
        kept.pop()
    return kept, pairs
