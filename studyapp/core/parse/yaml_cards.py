"""Flashcards kept as YAML: a list of mappings, each naming its question and answer::

    - front: What is a Pod?
      back: The smallest deployable unit.
    - question: "What is a Service?"
      answer: |
        A stable address in front of a set of Pods.

Read line for line as the ``Q:`` / ``A:`` marks they mean: a key named as a CSV header
names its question column (``question``, ``front``, ``prompt``, ``term`` …) becomes
``Q:``, one named as an answer column (``answer``, ``back``, ``definition`` …) ``A:``,
a quoted value unquoted, a block scalar's lines (``|``, ``>``) set at the margin. The
other keys' lines are left blank: named among the lines no question holds. No YAML
library is needed for this much.
"""

from __future__ import annotations

import re

from studyapp.core.parse.tabular import column_role

_KEY_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[^\s:#\"'][^:#\n]{0,38}):(?:[ \t]+(?P<value>.*))?$"
)
_BLOCK_RE = re.compile(r"^[|>][+-]?\d?\s*$")
_MARKS = {"question": "Q:", "answer": "A:"}


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def to_markdown(text: str) -> str:
    """The cards as ``Q:`` / ``A:`` lines, or `text` itself where its keys name no cards."""
    lines = text.split("\n")
    out = list(lines)
    roles = {"question": 0, "answer": 0}
    block_indent: int | None = None  # a block scalar's key's indent, while in it
    for number, line in enumerate(lines):
        if block_indent is not None:
            width = len(line) - len(line.lstrip())
            if not line.strip() or width > block_indent:
                out[number] = line.strip()
                continue
            block_indent = None
        match = _KEY_RE.match(line)
        if match is None:
            continue
        role = column_role(match["key"].strip())
        value = match["value"] or ""
        if role in _MARKS:
            roles[role] += 1
            if _BLOCK_RE.match(value):
                out[number] = _MARKS[role]
                block_indent = len(match["indent"]) + (line.lstrip().startswith("-") * 2)
            else:
                out[number] = f"{_MARKS[role]} {_unquoted(value)}"
        elif role is not None:
            out[number] = ""
    if roles["question"] < 2 or roles["answer"] < 2:
        return text
    return "\n".join(out)


def holds_cards(text: str) -> bool:
    """Whether a YAML text is flashcards (its keys name two questions and two answers or
    more), not a tool's settings or a CI workflow."""
    return to_markdown(text) is not text
