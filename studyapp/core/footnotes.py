"""Markdown footnotes as Obsidian and GitHub write them: "in parallel[^1]" in the text and
"[^1]: Vaswani et al. 2017" on a line of its own (its following lines indented by four
spaces or a tab go with it). The answer pane shows them as a number and a list of notes
(core.render); a key point is the text without them: the note is a source, not a point
to be said in an interview, and "parallel[^1]" is no word a person types. No Qt.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"\[\^[^\]\s]+\]")
_NOTE_START = re.compile(r"\[\^[^\]\s]+\]:")


def without_footnotes(markdown: str) -> str:
    """`markdown` with each footnote's note taken out, and the number of each note it
    has left out of the text. A "[^0-9]" with no note (a regular expression's class) is
    text and stays."""
    if "[^" not in markdown:
        return markdown
    kept: list[str] = []
    labels: set[str] = set()
    in_note = False
    for line in markdown.splitlines(keepends=True):
        if _NOTE_START.match(line):
            labels.add(line[: line.index("]") + 1])
            in_note = True
            continue
        if in_note and (line.startswith(("    ", "\t")) or not line.strip()):
            continue  # the note's own further lines, or the blank line after it
        in_note = False
        kept.append(line)
    if not labels:
        return markdown
    return _MARK.sub(lambda m: "" if m.group(0) in labels else m.group(0), "".join(kept))
