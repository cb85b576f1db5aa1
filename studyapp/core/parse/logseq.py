"""Logseq's own block properties: lines it writes under a block for itself, never the
person's words. A block given a reference gets ``id:: 65a1…``; a folded one
``collapsed:: true``; a reviewed card ``card-last-interval:: 4`` and its siblings
(``card-repeats``, ``card-ease-factor``, ``card-next-schedule`` …); a numbered list
``logseq.order-list-type:: number``; a highlight from a PDF ``hl-page:: 3``. Read into
an answer, "id:: 65a1f0c2-…" would be the first thing a person studies.

Each such line is left blank (the line numbers kept), before any reader sees the
note. The person's own properties (``source:: DDIA``, ``tags:: sql``) are kept: they
say something, and the readers that know them decide.
"""

from __future__ import annotations

import re

# The property names Logseq writes itself (its "hidden" and built-in block properties).
_BUILT_IN = (
    r"id|collapsed|heading|background-color|ls-type|hl-type|hl-page|hl-stamp|hl-color"
    r"|card-last-interval|card-repeats|card-ease-factor|card-next-schedule"
    r"|card-last-reviewed|card-last-score|logseq\.[\w.-]+"
)
_PROPERTY_RE = re.compile(rf"^[ \t]*(?:[-*][ \t]+)?(?:{_BUILT_IN})::(?:[ \t].*)?$", re.M)


def without_block_properties(text: str) -> str:
    """`text` with Logseq's own block-property lines blank; `text` itself where it has none."""
    if "::" not in text or not _PROPERTY_RE.search(text):
        return text
    return _PROPERTY_RE.sub("", text)


def property_lines(text: str) -> list[int]:
    """The numbers of the lines `without_block_properties` leaves blank."""
    if "::" not in text or not _PROPERTY_RE.search(text):
        return []
    return [n for n, line in enumerate(text.split("\n"), 1) if _PROPERTY_RE.fullmatch(line)]
