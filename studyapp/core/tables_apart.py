"""A Markdown table written right under a paragraph's line, set apart from it. No Qt.

GitHub and Obsidian show a table whose header row follows a line of text with no
blank line between ("Here is a comparison:" / "| Feature | Flexbox | Grid |" /
"|---|---|---|"); python-markdown reads the rows as more lines of the paragraph,
and the answer showed a run of pipes. `tables_apart` puts a blank line above such a
header (a row of pipes over a delimiter row), outside fenced code; a table already
apart, one inside a list item or a quote (indented, or after ">"), and code are
left as written.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"^ {0,3}\|.*\|[ \t]*$")
_DELIMITER = re.compile(r"^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK_START = re.compile(r"^ {0,3}(?:[#>]|[-*+] |\d{1,9}[.)] |<)")  # not a paragraph's


def tables_apart(markdown: str) -> str:
    """`markdown` with a blank line above each table that follows a paragraph's line."""
    if "|" not in markdown or "-" not in markdown:
        return markdown
    lines = markdown.split("\n")
    out: list[str] = []
    fence = ""
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif (
            out
            and out[-1].strip()
            and _ROW.match(line)
            and i + 1 < len(lines)
            and _DELIMITER.match(lines[i + 1])
            and not _ROW.match(out[-1])
            and not _BLOCK_START.match(out[-1])
            and not out[-1].startswith(("    ", "\t"))
        ):
            out.append("")
        out.append(line)
    return "\n".join(out) if len(out) != len(lines) else markdown
