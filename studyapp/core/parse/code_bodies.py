"""Code between a question and its marked answer: "Q: What does this print?", a fenced
block of Python, then "A: `[0, 1, 4]`". The code is what the question asks about, so
it belongs with the question, not with the answer, and the "A:" mark is where the
answer starts.

A question's body is what its answer text holds before an answer's label
(core.question_body: "### What does this print?" over code, then "Answer: 3"). An
"A:" there is no such label by itself (a lone "A:" starts many an answer's first
line, or names an option), so where the answer text opens with code blocks only,
and a line marked "A:" follows them, the mark is written as that label
(`code_fronts.with_answer_label`, as a card's front over code is): the study card
shows the code with the question and only what follows the mark as its answer.
"""

from __future__ import annotations

import re

from studyapp.core.parse.code_fronts import with_answer_label
from studyapp.core.parse.units import ANSWER_RE
from studyapp.core.question_body import is_answer_label

__all__ = ["code_over_answer_mark"]

_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_COLON_RE = re.compile(r"[:：]")
_ITEM_RE = re.compile(r"^[ \t]*[-*+][ \t]")


def code_over_answer_mark(answer: str) -> str:
    """The answer's Markdown, its code blocks before an "A:" line kept above the
    answer's label (see the module); unchanged where it opens any other way."""
    lines = answer.split("\n")
    index, fence, blocks = 0, "", 0
    while index < len(lines):
        line = lines[index]
        opened = _FENCE_RE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence, blocks = opened.group(1), blocks + 1
        elif line.strip():
            break
        index += 1
    if fence or not blocks or index >= len(lines):
        return answer
    mark = ANSWER_RE.match(lines[index])
    if mark is None or _ITEM_RE.match(lines[index]) or not _COLON_RE.search(mark.group(0)):
        return answer  # "A) 1" / "- A: `Lydia`": a quiz's options under its code
    if any(is_answer_label(line) for line in lines[index:]):
        return answer  # "Answer: 3", or options over it: the label is there already
    rest = "\n".join([lines[index][mark.end() :], *lines[index + 1 :]]).strip()
    if not rest:
        return answer
    code = "\n".join(lines[:index]).strip("\n")
    return f"{code}\n\n{with_answer_label(rest)}"
