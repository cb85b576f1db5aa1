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

from studyapp.core.parse.line_search import any_line

# The property names Logseq writes itself (its "hidden" and built-in block properties).
_BUILT_IN = (
    r"id|collapsed|heading|background-color|ls-type|hl-type|hl-page|hl-stamp|hl-color"
    r"|card-last-interval|card-repeats|card-ease-factor|card-next-schedule"
    r"|card-last-reviewed|card-last-score|logseq\.[\w.-]+"
)
# Hidden too, but names a person may give a field of their own elsewhere ("created-at::
# 2024-05-01" in a Dataview note): left blank only in a page that is Logseq's, one with
# page properties over its outline or a property of the names above.
_HIDDEN_IN_LOGSEQ = (
    r"custom-id|background_color|created-at|updated-at|last-modified-at|created_at"
    r"|last_modified_at|query-table|query-properties|query-sort-by|query-sort-desc"
)
_LINE = r"^[ \t]*(?:[-*][ \t]+)?(?:{})::(?:[ \t].*)?$"
_PROPERTY_RE = re.compile(_LINE.format(_BUILT_IN), re.M)
_LOGSEQ_PROPERTY_RE = re.compile(_LINE.format(f"{_BUILT_IN}|{_HIDDEN_IN_LOGSEQ}"), re.M)


def _hidden(text: str, page: int) -> re.Pattern[str] | None:
    """The lines Logseq hides in `text` (a page with `page` lines of page properties),
    None where it has none."""
    if page or any_line(_PROPERTY_RE, text):
        return _LOGSEQ_PROPERTY_RE
    return None


def without_block_properties(text: str) -> str:
    """`text` with Logseq's own block-property lines blank, and a page's properties above
    its outline; `text` itself where it has none."""
    if "::" not in text:
        return text
    page = _page_properties(text)
    hidden = _hidden(text, page)
    if page:
        lines = text.split("\n")
        text = "\n".join(["" for _ in range(page)] + lines[page:])
    if hidden is None or not any_line(hidden, text):
        return text
    return hidden.sub("", text)


def property_lines(text: str) -> list[int]:
    """The numbers of the lines `without_block_properties` leaves blank."""
    if "::" not in text:
        return []
    count = _page_properties(text)
    page, hidden = list(range(1, count + 1)), _hidden(text, count)
    if hidden is None or not any_line(hidden, text):
        return page
    lines = enumerate(text.split("\n"), 1)
    return page + [n for n, line in lines if n > len(page) and hidden.fullmatch(line)]


def _page_properties(text: str) -> int:
    """How many of the first lines are a Logseq page's properties ("title:: Java",
    "tags:: jvm, backend"): its first block, of `name:: value` lines only, over a page
    that is an outline (its next line a bullet). Read as `question:: answer` cards,
    "title" and "tags" were a page's questions. 0 where the page has none."""
    lines = text.split("\n", 60)[:60]
    count = 0
    while count < len(lines) and lines[count].strip():
        if _PAGE_PROPERTY.fullmatch(lines[count].strip()) is None or lines[count][:1] in "-*":
            return 0
        count += 1
    after = next((line.strip() for line in lines[count:] if line.strip()), "")
    return count if after[:2] in ("- ", "* ") else 0


# A page's own properties: the lines of its first block ("title:: Java", "tags:: jvm"),
# before its first bullet; Logseq writes them without a dash, a page's first block.
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # [[page]], [[page|alias]]
_PAGE_PROPERTY = re.compile(r"(?:[-*][ \t]+)?([A-Za-z][\w.-]*)::(?:[ \t]+(.*))?")


def page_title(text: str) -> str | None:
    """The `title::` of a Logseq page (the page's name, its file's name a slug of it),
    None where the page's first block names none."""
    if "title::" not in text[:4000]:
        return None
    for line in text.lstrip("\ufeff").split("\n", 40)[:40]:
        found = _PAGE_PROPERTY.fullmatch(line.strip())
        if found is None:
            return None  # the page's first block ended: its properties said no title
        if found[1].lower() == "title" and found[2] and found[2].strip():
            return " ".join(_LINK.sub(r"\1", found[2]).split())  # "[[Go]] prep": "Go prep"
    return None


# A tag in a page's `tags::` value: "[[system design]]", "#sql", "#[[data modeling]]" or
# a name between commas ("interview, networking").
_TAG_ITEM_RE = re.compile(r"#?\[\[([^\]]+)\]\]|#([^\s,#\[\]]+)|([^,#\[\]]+)")


def page_tags(text: str) -> tuple[str, ...]:
    """The tags a Logseq page's properties give it (``tags:: interview, networking``,
    ``tags:: [[sql]], #joins``), as an Obsidian note's front matter gives its own; none
    where the page's first block holds no such line."""
    count = _page_properties(text) if "::" in text[:4000] else 0
    tags: list[str] = []
    for line in text.lstrip("\ufeff").split("\n", count)[:count]:
        found = _PAGE_PROPERTY.fullmatch(line.strip())
        if found is None or found[1].lower() not in ("tags", "tag") or not found[2]:
            continue
        for item in _TAG_ITEM_RE.finditer(found[2]):
            tag = " ".join((item[1] or item[2] or item[3] or "").split())
            if tag:
                tags.append(tag)
    return tuple(dict.fromkeys(tags))
