"""How an answer's later lines are written where its first line stands: under a list
item indented as the item's text, inside a quote or a callout (``> [!answer]``, a
``> [!question]`` card, ``> > `` nested) with the quote's marks. An edit's lines, new
lines included, are written with them again (core.writeback), so the answer stays
inside its quote and reads back as the edit."""

from __future__ import annotations

import re

# A line's lead: spaces and tabs, and the `>` of a quote (nested: "> > ").
_LEAD_RE = re.compile(r"[ \t]*(?:>[ \t]?)*")


def line_prefix(block: str, at: int) -> str:
    """What the later lines of an answer starting at `at` in `block` are written after:
    the lead of its line when the answer starts right after it (an indent, "> "); a
    quote's marks alone when its line holds more before it ("> [!answer] Text"); else
    nothing (a heading's or a list marker's text is not repeated)."""
    line_start = block.rfind("\n", 0, at) + 1
    before = block[line_start:at]
    lead = _LEAD_RE.match(before)
    assert lead is not None  # the pattern matches the empty string
    if lead.end() == len(before):
        return before
    return lead.group(0) if ">" in lead.group(0) else ""


def prefixed(text: str, prefix: str) -> str:
    """Every line of `text` but the first written after `prefix`; a blank line after
    the prefix's marks alone (a quote's `>` keeps the quote whole; an indent leaves
    the line blank)."""
    first, *rest = text.split("\n")
    bare = prefix.rstrip()
    return "\n".join([first, *(prefix + line if line.strip() else bare for line in rest)])
