"""A person's turn in a chat copied without its role labels.

Copied from a chat page, a conversation loses its "You said:" / "ChatGPT said:"
labels (turns.py reads those): the person's question stands as a plain paragraph,
the assistant's reply under it with its openers ("Sure! Here's a clear breakdown:"),
sub-headings, lists and closing offer ("Would you like …?"). A person's turn is told
from the reply by its shape: a short paragraph that asks ("How does a hash map handle
collisions?", "what is overfitting", "Explain amortized O(1) insertion"), not a list,
quote or table, not an opener or an offer, and not a lead-in ending with a colon,
followed by a reply. The reply shows where it opens with an opener, or where it runs
to a closing offer (or, right after the offer closing the reply before, to the chat's
end) under no heading that is a question (such a heading is a question of its own).
The paragraph is then the question's title and no part of its answer, and the reply's
sub-headings are parts of that answer.
"""

from __future__ import annotations

import re

from studyapp.core.parse import noise
from studyapp.core.parse.blocks import Block
from studyapp.core.parse.titles import (
    Q_PREFIX_RE,
    clean_title,
    ends_asking,
    is_question_phrased,
    plain_text,
)

__all__ = ["asks", "opens_reply", "replied", "title"]

_MOST_LINES = 3  # a question typed into a chat box, wrapped over a few lines at most
_MOST_WORDS = 45
_NOT_PROSE_RE = re.compile(r"^\s*(?:[>|#]|[-*+•]\s|\d{1,3}[.)]\s|```|~~~|<)")
_WORD_RE = re.compile(r"\w+")


def asks(block: Block) -> bool:
    """Whether `block` reads as a question a person typed (see the module)."""
    if block.kind != "text" or not 0 < len(block.lines) <= _MOST_LINES:
        return False
    if any(_NOT_PROSE_RE.match(line) for line in block.lines):
        return False
    if noise.is_opener(block) or noise.is_offer(block):
        return False
    text = plain_text(" ".join(line.strip() for line in block.lines))
    if not text or text.rstrip().endswith(":") or len(_WORD_RE.findall(text)) > _MOST_WORDS:
        return False
    return is_question_phrased(text)


def title(block: Block) -> str:
    return clean_title(" ".join(line.strip() for line in block.lines))


def _asks_itself(heading: str) -> bool:
    """A heading that is a question ("## What is a B-tree?", "### Q2. …"), not one
    naming a part ("## 1. How it works")."""
    plain = plain_text(heading)
    return ends_asking(plain) or bool(Q_PREFIX_RE.match(plain))


def _after(blocks: list[Block], index: int) -> list[Block]:
    return [b for b in blocks[index + 1 :] if b.kind != "rule"]


def opens_reply(blocks: list[Block], index: int) -> bool:
    """Whether the block after `index` is a reply's opener ("Certainly! …")."""
    following = _after(blocks, index)
    return bool(following) and noise.is_opener(following[0])


def replied(blocks: list[Block], index: int, *, to_end: bool) -> bool:
    """Whether a reply follows the block at `index`: an opener, or content running to a
    closing offer (with `to_end`, or to the chat's end) under no heading that is a
    question."""
    following = _after(blocks, index)
    if not following:
        return False
    if noise.is_opener(following[0]):
        return True
    content = 0
    for block in following:
        if noise.is_offer(block):
            return content > 0
        if block.kind == "heading" and _asks_itself(block.heading):
            return False  # a question of the notes' own, under the paragraph
        content += block.kind in ("text", "code", "heading")
    return to_end and content > 0
