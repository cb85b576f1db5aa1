"""Tags and links after a question in its title: what the notes file it under or lead
on to, not what it asks. "What is a goroutine? #go #concurrency", "Explain the N+1
query problem #orm #sql" (a heading's Obsidian tags, no question mark), "What is
`CompletableFuture`? [[Concurrency]] #java/concurrency" (a link to a topic note after
the question). The title leaves them out; the tags are the question's own.

A tag holds a letter and stands apart at the title's end ("## Issue #42" keeps its
number; "C#" is a word). It leaves the title after a question that asks with its mark,
or a title of three words or more ("Explain #include" keeps its word). Only the end of
a title is read: a 1 MB line of "#a" is read in time.
"""

from __future__ import annotations

import re

_TAG = r"#[^\s#]*[^\W\d_][^\s#]*(?<![?\uff1f\u061f!.,;:])"  # ("#c++"; "#pragma?" asks)
_TAGS_AT_END_RE = re.compile(rf"(?:\s+{_TAG})+\s*$")
_LINKS_AT_END_RE = re.compile(r"(?:\s*\[\[[^\[\]\n]{1,300}\]\])+\s*$")
_ASKED = ("?", "\uff1f", "\u061f")
_TAIL = 400  # the characters of a title's end that are read for its tags
_LEAST_WORDS = 3  # a title's words before tags, where it does not ask with its mark


def _split(text: str) -> tuple[str, str]:
    """`text` as its question and the tags at its end ("" where none leave it)."""
    tail = text[-_TAIL:]
    found = _TAGS_AT_END_RE.search(tail)
    if found is None:
        return text, ""
    head = text[: len(text) - len(tail) + found.start()]
    asks = _asks(head) or _asks(_LINKS_AT_END_RE.sub("", head[-_TAIL:]))
    if not asks and len(head.split()) < _LEAST_WORDS:
        return text, ""
    return head, found.group(0)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip("*_`").endswith(_ASKED)


def without_trailing_tags(text: str) -> str:
    """A title without the tags at its end (see the module)."""
    return _split(text)[0] if "#" in text[-_TAIL:] else text


def without_links_after_asking(text: str) -> str:
    """A title without the [[links]] after its question mark, at its end or before its
    tags: "What is X? [[Concurrency]] #java" is "What is X? #java"."""
    if "[[" not in text[-_TAIL:]:
        return text
    head, tags = _split(text)
    tail = head[-_TAIL:]
    links = _LINKS_AT_END_RE.search(tail)
    if links is None or not _asks(tail[: links.start()]):
        return text
    return head[: len(head) - len(tail) + links.start()] + tags


def trailing_tags(line: str) -> tuple[str, ...]:
    """The tags at a title's end (see the module), without their "#"."""
    return tuple(t.lstrip("#") for t in _split(line)[1].split()) if "#" in line else ()
