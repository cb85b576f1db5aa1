"""Flashcards kept as YAML: a list of mappings, each naming its question and answer::

    - front: What is a Pod?
      back: The smallest deployable unit.
    - question: "What is a Service?"
      answer: |
        A stable address in front of a set of Pods.

Read as YAML (PyYAML, which the app has through genanki and pymdown-extensions): its
quoting, its block scalars (``|`` keeps line breaks, ``>`` folds them into spaces, a
blank line staying a paragraph break), nested decks and topics, then the same card
shape as JSON cards (card_shape: keys named as a CSV header names its columns) and the
same questions (json_cards.cards_document), each over the lines its record spans.

Where the text is not YAML a loader can read (or no loader is there), it is read line
for line as the ``Q:`` / ``A:`` marks it means: a key named as a question column
becomes ``Q:``, one named as an answer column ``A:``, a quoted value unquoted, a block
scalar's lines set at the margin (``>`` folded); the other keys' lines left blank.
"""

from __future__ import annotations

import re

from studyapp.core.model import ParsedDocument, SkippedRegion
from studyapp.core.parse.tabular import column_role

_KEY_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[^\s:#\"'][^:#\n]{0,38}):(?:[ \t]+(?P<value>.*))?$"
)
_BLOCK_RE = re.compile(r"^[|>][+-]?\d?\s*$")
_MARKS = {"question": "Q:", "answer": "A:"}


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def to_markdown(text: str) -> str:
    """The cards as ``Q:`` / ``A:`` lines, or `text` itself where its keys name no cards."""
    lines = text.split("\n")
    out = list(lines)
    roles = {"question": 0, "answer": 0}
    block_indent: int | None = None  # a block scalar's key's indent, while in it
    folded: list[tuple[int, int]] = []  # each ">" block's first line and its end
    for number, line in enumerate(lines):
        if block_indent is not None:
            width = len(line) - len(line.lstrip())
            if not line.strip() or width > block_indent:
                out[number] = line.strip()
                continue
            block_indent = None
            if folded and folded[-1][1] < 0:
                folded[-1] = (folded[-1][0], number)
        match = _KEY_RE.match(line)
        if match is None:
            continue
        role = column_role(match["key"].strip())
        value = match["value"] or ""
        if role in _MARKS:
            roles[role] += 1
            if _BLOCK_RE.match(value):
                out[number] = _MARKS[role]
                block_indent = len(match["indent"]) + (line.lstrip().startswith("-") * 2)
                if value.startswith(">"):
                    folded.append((number + 1, -1))
            else:
                out[number] = f"{_MARKS[role]} {_unquoted(value)}"
        elif role is not None:
            out[number] = ""
    if roles["question"] < 2 or roles["answer"] < 2:
        return text
    for start, end in folded:
        _fold(out, start, len(out) if end < 0 else end)
    return "\n".join(out)


def _fold(out: list[str], start: int, end: int) -> None:
    """A ``>`` block's lines (set at the margin, `start` to before `end`) folded as YAML
    folds them: each paragraph's lines on its first line, the rest left blank (so every
    line keeps its number); a blank line between paragraphs stays."""
    while end > start and not out[end - 1].strip():
        end -= 1
    lead = start
    for n in range(start + 1, end + 1):
        if n == end or not out[n].strip():
            out[lead] = " ".join(out[k] for k in range(lead, n) if out[k].strip())
            for k in range(lead + 1, n):
                out[k] = ""
            lead = n + 1 if n < end and not out[n].strip() else n


class _Record(dict):
    """A mapping read from YAML, with the lines it spans."""

    first = 0
    last = 0
    spans: tuple[tuple[int, int], ...] = ()  # each key's first line and its value's last


def load(text: str) -> tuple[bool, object]:
    """(True, the data) of a YAML text, or (False, None) where no loader reads it."""
    try:
        import yaml
    except ImportError:  # (a declared dependency; a source tree without it reads lines)
        return False, None

    # The base loader: every value is the text written. A safe loader's types changed
    # answers without a word: "3.10" became 3.1, "9:30" 570, "0755" 493, "Yes" True,
    # a date a date, and a deck whose answers were "yes"/"no" held no text answer.
    class Loader(getattr(yaml, "CBaseLoader", yaml.BaseLoader)):  # (libyaml's where built)
        pass

    def mapping(loader: yaml.BaseLoader, node: yaml.MappingNode) -> _Record:
        record = _Record(loader.construct_mapping(node, deep=True))
        record.first = node.start_mark.line + 1
        # its last value's end (the mapping's own runs on to the next token, a comment's
        # line or a blank one included)
        end = node.value[-1][1].end_mark if node.value else node.end_mark
        record.last = max(end.line + (1 if end.column else 0), record.first)
        record.spans = tuple(
            (key.start_mark.line + 1, max(v.end_mark.line + (1 if v.end_mark.column else 0), 1))
            for key, v in node.value
        )
        return record

    lines = text.split("\n")

    def string(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> str:
        value = loader.construct_scalar(node)
        if node.style == ">":  # a line between folded paragraphs: a paragraph's break
            value = _PARAGRAPH_RE.sub("\n\n", value)
        elif not node.style and node.start_mark.line == node.end_mark.line:  # plain
            # "What is the #1 rule?" unquoted: YAML reads " #1 rule?" as a comment, the
            # person wrote it as the question's words, and a card has no comments.
            rest = lines[node.end_mark.line][node.end_mark.column :]
            if _COMMENT_RE.match(rest):
                value += rest.rstrip()
        return value

    Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    Loader.add_constructor("tag:yaml.org,2002:str", string)
    try:
        data = yaml.load(text, Loader=Loader)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return False, None
    if not _within(data, len(text) + _SPARE_VALUES):
        return True, None  # aliases of aliases: no cards (read as written, junk cards)
    return True, data


# A YAML file's values, counted with each alias as often as it is used, are no more
# than its characters (and these): an anchor used many times inside an anchor used
# many times ("billion laughs") grows exponentially, 8 s and 140 MB of answers for a
# 1 KB file of seven levels, minutes and all the memory for one more.
_SPARE_VALUES = 10_000


def _within(data: object, budget: int) -> bool:
    """Whether `data` holds at most `budget` values, each use of an alias counted."""
    stack = [data]
    while stack:
        budget -= 1
        if budget < 0:
            return False
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return True


# What follows a plain value on its line when YAML took it for a comment (" #1 rule?").
_COMMENT_RE = re.compile(r"[ \t]+#")
# In a folded value, a lone line break left by a blank line between two paragraphs
# (not beside a more-indented line, whose breaks YAML keeps as written).
_PARAGRAPH_RE = re.compile(r"(?<=[^\s])\n(?=[^\s])")


def parse_cards(text: str, *, name: str) -> ParsedDocument | None:
    """The cards of a YAML file read as YAML; a document of no questions that says so
    where it is YAML but not cards; None where no loader reads it."""
    read, data = load(text)
    if not read:
        return None
    from studyapp.core.parse.json_cards import cards_document
    from studyapp.core.parse.meta_columns import with_labels
    from studyapp.core.parse.tag_labels import with_tags_shown

    def span(record: dict, position: int) -> tuple[int, int, int]:
        first = getattr(record, "first", 0) or position + 1
        return first, max(getattr(record, "last", 0), first), first

    labels: list[tuple[str, ...]] = []
    doc = cards_document(text, data, name=name, kind="YAML", span=span, labels=labels)
    _comment_sections(text, doc, name)
    return with_labels(with_tags_shown(doc), labels)


# A comment at the margin that names what follows ("# Networking"), not a tool's
# directive ("# yaml-language-server: $schema=…", "#!").
_SECTION_COMMENT_RE = re.compile(r"^#[ \t]+([^\s:=#][^:=]{0,79}?)[ \t]*$")


def _comment_sections(text: str, doc: ParsedDocument, name: str) -> None:
    """Comments between the cards read as the headings they stand for: one above the
    first card names the deck; two or more are sections, each over the cards below."""
    if not doc.questions:
        return
    spans = [(q.source_line, q.end_line) for q in doc.questions]
    heads = [
        (number, match[1])
        for number, line in enumerate(text.split("\n"), start=1)
        if line.startswith("#")
        and (match := _SECTION_COMMENT_RE.match(line))
        and not any(a <= number <= b for a, b in spans)
    ]
    if not heads:
        return
    reason = "section heading"
    if len(heads) == 1 and heads[0][0] < spans[0][0]:
        if doc.deck_name == name:
            doc.deck_name = heads[0][1]
        reason = "title"
    else:
        for question in doc.questions:
            above = [title for number, title in heads if number < question.source_line]
            if above and not question.topic_path:
                question.topic_path = (above[-1],)
        doc.has_sections = any(q.topic_path for q in doc.questions)
    named = {number for number, _ in heads}
    doc.skipped = [
        SkippedRegion(r.start_line, r.end_line, reason, r.source_file)
        if r.start_line == r.end_line and r.start_line in named
        else r
        for r in doc.skipped
    ]


def holds_cards(text: str) -> bool:
    """Whether a YAML text is flashcards (card_shape), not a tool's settings or a CI
    workflow; read line for line where no loader reads it."""
    read, data = load(text)
    if not read:
        return to_markdown(text) is not text
    from studyapp.core.parse.card_shape import card_lists

    return bool(card_lists(data))
