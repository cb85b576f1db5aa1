"""Which lines of Markdown are fenced code: the one walk that passes over them whole.

A pass that rewrites Markdown line by line (callouts, HTML turned into Markdown)
must leave code as written. A fence opens with three or more backticks or tildes
(indented up to three spaces, inside a quote too) and closes with at least as many
of the same character, as CommonMark says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

FENCE = re.compile(r"^[ ]{0,3}(?:>[ ]?)*[ ]{0,3}(`{3,}|~{3,})")


def marking_code(lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Each line, and whether it is code: inside a fence, or a fence itself."""
    fence = ""
    for line in lines:
        marker = FENCE.match(line)
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = ""
            yield line, True
        elif marker:
            fence = marker.group(1)
            yield line, True
        else:
            yield line, False
