"""Callouts inside an answer, shown as a quote under their title.

Obsidian writes a callout as a block quote whose first line names it,
``> [!tip] Remember`` (a type, an optional fold mark ``+``/``-``, an optional
title), and GitHub its alerts the same way (``> [!NOTE]``). Markdown knows neither:
the pane showed the line as written, "[!tip] Remember", and joined the title to the
text below it where a deck reads single line breaks as spaces.

`titled_callouts` rewrites that first line as the callout's title in bold, a
paragraph of its own inside the quote: its title where it has one, as Obsidian
shows it, else its type ("Note"). A callout is a box of its own even where only a
blank line parts it from the quote or callout above, which python-markdown would
join into one quote (Obsidian, GitHub and CommonMark show two): an empty HTML
comment between them, which the sanitizer drops, keeps them apart. (Callouts nested
in a quote are not parted.) Code blocks are left as written. (A callout that
*asks*, ``> [!question] Why…?``, is a question of its own: core.parse.obsidian.)
"""

from __future__ import annotations

import re

from studyapp.core.fences import marking_code

_CALLOUT = re.compile(
    r"^(?P<quote>[ ]{0,3}(?:>[ ]?)+)\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?[ \t]*(?P<title>.*)$"
)

_QUOTE_LINE = re.compile(r"^[ ]{0,3}>")
_PARTING = "<!-- -->"  # an HTML block: a quote above does not go on past it


def titled_callouts(md: str) -> str:
    """`md` with every callout's first line made its bold title (see the module)."""
    if "[!" not in md:
        return md
    out: list[str] = []
    in_quote = after_quote = False  # in a quote; a quote ended at the blank line(s) above
    for line, code in marking_code(md.split("\n")):
        callout = None if code else _CALLOUT.match(line)
        if callout is None:
            if not line.strip():
                after_quote, in_quote = after_quote or in_quote, False
            else:  # a line right after a quote's goes on with it (lazily)
                in_quote = in_quote or _QUOTE_LINE.match(line) is not None
                after_quote = False
            out.append(line)
            continue
        quote = callout.group("quote")
        if after_quote and quote.count(">") == 1:
            out.append(_PARTING)
        in_quote, after_quote = True, False
        kind = callout.group("kind").replace("-", " ").capitalize()
        out.append(f"{quote}**{callout.group('title').strip() or kind}**")
        out.append(quote.rstrip())  # an empty quote line: the title is its own paragraph
    return "\n".join(out)
