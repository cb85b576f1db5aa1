"""Inline tags in an answer (``#todo``, ``#interview/sql``) shown as small labels.

Obsidian, Logseq and Bear write a tag as ``#`` and a word that may hold ``/``,
``-`` and ``_`` and at least one letter (``#2024`` and ``#1`` are no tags), after a
space or at the start of a line. Obsidian shows it as a small label; python-markdown
left it as text, and read a line that starts with one (``#todo``) as a heading.

`TagExtension` wraps each tag in ``<span class="tag">`` (its ``#`` and words kept,
muted by the answer CSS) and keeps a line that starts with a tag a paragraph, as
CommonMark and Obsidian do: a heading's hashes are followed by a space. Code is
left as written. (The sanitizer lets a span keep only this class; a note's own
``<span class="tag">`` shows as a label too, which is harmless.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor

from studyapp.core.label_pattern import TAG_BODY, TAG_RE

TAG_CLASS = "tag"
# A label is one word: a line may break before it, not after a "/" or "-" inside it
# ("#interview/" at a line's end, "sql" on the next). U+2060 WORD JOINER, invisible.
WORD_JOINER = "\u2060"
_UNBROKEN = re.compile(r"[/-](?=.)")


class _TagPattern(InlineProcessor):
    needs = ("#",)  # (core.mdskip: tried only on text holding one)

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:
        label = etree.Element("span", {"class": TAG_CLASS})
        label.text = _UNBROKEN.sub(r"\g<0>" + WORD_JOINER, m.group(0))
        return label, m.start(0), m.end(0)


class _HashHeadingNotTag(HashHeaderProcessor):
    """python-markdown's `# Heading`, minus lines whose hashes run into a word
    (``#todo``, ``##draft``): those stay text."""

    RE = re.compile(
        rf"(?:^|\n)(?P<level>#{{1,6}}+)(?!{TAG_BODY})"
        r"(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"
    )


class TagExtension(Extension):
    def extendMarkdown(self, md) -> None:
        md.inlinePatterns.register(_TagPattern(TAG_RE.pattern, md), "inline_tag", 75)
        blocks = md.parser.blockprocessors
        if type(blocks["hashheader"]) is HashHeaderProcessor:
            priority = next(p for name, p in blocks._priority if name == "hashheader")
            blocks.register(_HashHeadingNotTag(md.parser), "hashheader", priority)
