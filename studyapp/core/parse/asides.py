"""Notion's callouts (``<aside>`` / ``💡 text`` / ``</aside>``, the tags on lines of
their own), read as the Markdown they hold, line for line.

A callout inside an answer's flow (indented under a toggle, or right under the
heading it answers) is the answer's. One at the margin that stands between sections,
right before a heading as high as the last one above it or higher, with something of
its own under that heading before it (``- Explain dropout.`` … ``<aside>📌 Remember:
residual connections came up at Meta twice.</aside>`` then ``## Residual
connections``), closes nothing of the answer above: the heading after it starts a new
section, and what it says is a note about the notes ("Remember: …", "came up twice"),
not the last question's answer. It was glued onto that answer, became one of its
mock's key points and was printed in the weak-topics PDF. Such a callout's lines are
kept as comments (no answer shows them), and the import names them as a note between
sections (skipped_lines). Before a heading that asks, the next question, it sits
between two questions, as the answer's lines do: it stays the answer's ("⚠️
Interviewers love asking about the celebrity problem." under a news feed's design).
"""

from __future__ import annotations

import re

__all__ = ["NOTE_MARK", "callouts_read"]

_TAG_RE = re.compile(r"^([ \t]*)<(/?)aside>[ \t]*$", re.I)
_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
_FENCE_RE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})")
# A note's line, as a comment: "<!-- note: 📌 Remember: … -->".
NOTE_MARK = "<!-- note: "
NOTE_LINE_RE = re.compile(r"^<!-- note: .*-->$")


def _asks(title: str) -> bool:
    """Whether a heading's text asks: the next question, not a section after the notes."""
    from studyapp.core.parse.units import is_question_like  # (the reader: loaded late)

    return is_question_like(title[:500].strip().strip("#").strip())


def callouts_read(text: str) -> str:
    """`text` with its callouts' tag lines blank and their Markdown read as such; a
    callout between sections (see the module) kept as comment lines."""
    lines = text.split("\n")
    level = 0  # of the last heading above
    owned = False  # something of its own under that heading yet
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE_RE.match(line):
            fenced = not fenced
        heading = None if fenced else _HEADING_RE.match(line)
        if heading:
            level, owned = len(heading.group(1)), False
        tag = None if fenced else _TAG_RE.match(line)
        if tag is None or tag.group(2):
            if tag is not None:
                lines[index] = ""
            elif line.strip() and not heading:
                owned = True
            index += 1
            continue
        end = next((k for k in range(index + 1, len(lines)) if _TAG_RE.match(lines[k])), None)
        if end is None or not _TAG_RE.match(lines[end]).group(2):
            lines[index] = ""  # no "</aside>" to close it: the tag alone goes
            index += 1
            continue
        after = next((lines[k] for k in range(end + 1, len(lines)) if lines[k].strip()), "")
        closes = _HEADING_RE.match(after)
        between = (
            not tag.group(1)
            and owned
            and closes is not None
            and len(closes.group(1)) <= level
            and not _asks(after[closes.end() :])  # a question's heading: the answer's aside
        )
        lines[index] = lines[end] = ""
        for k in range(index + 1, end):
            if between and lines[k].strip():
                lines[k] = f"{NOTE_MARK}{lines[k].strip().replace('--', '—')} -->"
        if not between:
            owned = owned or any(lines[k].strip() for k in range(index + 1, end))
        index = end + 1
    return "\n".join(lines)
