"""Practice logs kept as records: paragraphs of named fields that all open with the
same field ("Problem: Two Sum" / "Link: …" / "Approach: …" / "Complexity: …"). Each
record is a card: the first field's value is the question, the other fields its
answer. A ``Tags:`` field, wherever it stands (an Anki note copied as "Tags: go" /
"Front: …" / "Back: …"), is the card's tags (core.parse.tag_labels), neither its
question nor its answer."""

from __future__ import annotations

import re

from studyapp.core.parse.tag_labels import split_tags
from studyapp.core.parse.titles import (
    ANSWER_NAMES_ABROAD,
    ASKED_RE,
    QUESTION_NAMES_ABROAD,
    whole_title,
)
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit

# "Problem: Two Sum" / "Link: …" / "Approach: …": a paragraph of named fields.
_FIELD_RE = re.compile(r"^\s*(?P<key>[A-Z][\w /&-]{0,30}?)\s*:\s+\S")
_TAG_KEYS = frozenset(("tags", "tag"))
# The names of a card's two sides ("Front: …" / "Back: …", "Term: …" / "Definition: …").
_ASKING_SIDES = frozenset(("front", "question", "q", "prompt", "term", *QUESTION_NAMES_ABROAD))
_ANSWER_SIDES = frozenset(
    ("back", "answer", "a", "response", "definition", "meaning", *ANSWER_NAMES_ABROAD)
)


def _tagged(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A record's fields without its ``Tags:`` field, and the tags that field lists."""
    fields, tags = [], ()
    for line in lines:
        field = _FIELD_RE.match(line)
        if field and field["key"].strip().casefold() in _TAG_KEYS:
            tags = (*tags, *split_tags(line.split(":", 1)[1]))
        else:
            fields.append(line)
    return fields, tags


def _names_sides(block: Block) -> bool:
    """A record of two fields named as a card's sides: "Front: …" then "Back: …"."""
    lines = _tagged(block.text.split("\n"))[0]
    keys = [_FIELD_RE.match(line)["key"].strip().casefold() for line in lines]
    return len(keys) == 2 and keys[0] in _ASKING_SIDES and keys[1] in _ANSWER_SIDES


def records(doc: Document) -> list[Unit]:
    """Paragraphs of named fields that all open with the same field, three or more
    of them (a practice log's "Problem: …", "Approach: …", "Complexity: …"), or fewer
    where each names a card's two sides ("Front: …" / "Back: …"): each is a card, the
    first field's value its question, the other fields its answer."""
    found: dict[str, list[Block]] = {}
    for block in doc.blocks:
        if block.kind != "paragraph" or block.depth > 0 or block.quoted:
            continue
        if "\n" not in block.text or ":" not in block.text:
            continue
        lines = block.text.split("\n")
        if not all(_FIELD_RE.match(line) for line in lines):
            continue
        lines = _tagged(lines)[0]
        if not lines:
            continue
        first = _FIELD_RE.match(lines[0])
        if ASKED_RE.match(lines[0]):
            continue  # a debrief's "They asked: …" / "I said: …": the lines that ask read it
        found.setdefault(first["key"].casefold(), []).append(block)
    blocks = max(found.values(), key=len, default=[])
    if len(blocks) < 3 and not (blocks and all(_names_sides(b) for b in blocks)):
        return []  # one or two records are cards where their fields name a card's sides
    # Two fields a record, the second always named alike ("Front: …" / "Back: …"): that
    # name only marks the answer
    read = [_tagged(b.text.split("\n")) for b in blocks]
    seconds = {
        _FIELD_RE.match(lines[1])["key"].casefold() if len(lines) == 2 else "" for lines, _ in read
    }
    paired = len(seconds) == 1 and "" not in seconds
    units = []
    for block, (lines, tags) in zip(blocks, read, strict=True):
        raw = lines[0].split(":", 1)[1].strip()
        if paired:
            back = lines[1].split(":", 1)[1].strip()
        elif tags:  # the other fields, not the tags' line among them
            back = "\n".join(lines[1:])
        else:
            back = ""
        units.append(
            Unit(
                block.start,
                block.start,
                raw,
                whole_title(raw, plain=doc.plain),
                block.end + 1 if paired or tags else block.start + 1,
                end=block.end,
                answer_prefix=back,
                container=True,
                explicit=True,
                tags=tags,
            )
        )
    return units
