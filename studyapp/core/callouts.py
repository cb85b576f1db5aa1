"""Callouts inside an answer, shown as a quote under their title.

Obsidian writes a callout as a block quote whose first line names it,
``> [!tip] Remember`` (a type, an optional fold mark ``+``/``-``, an optional
title), and GitHub its alerts the same way (``> [!NOTE]``). Markdown knows neither:
the pane showed the line as written, "[!tip] Remember", and joined the title to the
text below it where a deck reads single line breaks as spaces.

`titled_callouts` rewrites that first line as the callout's title in bold, a
paragraph of its own inside the quote: its title where it has one, as Obsidian
shows it, else its type ("Note"). Code blocks are left as written. (A callout that
*asks*, ``> [!question] Why…?``, is a question of its own: core.parse.obsidian.)
"""

from __future__ import annotations

import re

from studyapp.core.fences import marking_code

_CALLOUT = re.compile(
    r"^(?P<quote>[ ]{0,3}(?:>[ ]?)+)\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?[ \t]*(?P<title>.*)$"
)


def titled_callouts(md: str) -> str:
    """`md` with every callout's first line made its bold title (see the module)."""
    if "[!" not in md:
        return md
    out: list[str] = []
    for line, code in marking_code(md.split("\n")):
        callout = None if code else _CALLOUT.match(line)
        if callout is None:
            out.append(line)
            continue
        quote = callout.group("quote")
        kind = callout.group("kind").replace("-", " ").capitalize()
        out.append(f"{quote}**{callout.group('title').strip() or kind}**")
        out.append(quote.rstrip())  # an empty quote line: the title is its own paragraph
    return "\n".join(out)
