"""A card's several tags, read alike from every card source (a CSV's or TSV's tags
column, Anki's notes, JSON and YAML cards), and none of them lost.

- A tags cell lists them as the person wrote them: ``go,concurrency``,
  ``sql; joins``, ``#go #concurrency``. A column where a cell parts them by ``,`` or
  ``;`` parts every cell so (``system design`` is one tag); Anki's, and a column
  with neither, part them at spaces (``tag1 tag2``). A leading ``#`` is no part of
  the tag.
- The first tag gives the topic where nothing else groups the cards (the card
  source's own rule): ``sql::joins`` and ``interview/sql`` name a topic path.
- The tags the topic does not already say (each part of the tag a part of the topic
  path: ``git`` under Tools › Git), but for record keeping ("Difficulty::Medium"),
  stay visible with the question: they end its answer as ``#tag`` labels
  (core.inline_tags shows them as such), ``::`` written ``/`` and a space ``-``, as
  an inline tag holds neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from studyapp.core.meta_values import record_keeping_name
from studyapp.core.model import ParsedDocument, ParsedQuestion

__all__ = [
    "labels_line",
    "lists_tags",
    "record_keeping",
    "split_tags",
    "tag_path",
    "tags_as_topics",
    "with_tag_labels",
    "with_tags_shown",
]

_LISTED_RE = re.compile(r"[;,]")
_PATH_RE = re.compile(r"::|/")


def lists_tags(cells: Iterable[str]) -> bool:
    """Whether a column's cells part their tags by ``,`` or ``;`` (one of them does)."""
    return any(_LISTED_RE.search(cell) for cell in cells)


def split_tags(value: str, *, listed: bool | None = None) -> tuple[str, ...]:
    """The tags a cell lists (see the module), each once, in order: parted by ``,``
    and ``;`` where `listed` (None: where the cell holds one), else by spaces."""
    listed = bool(_LISTED_RE.search(value)) if listed is None else listed
    parts = _LISTED_RE.split(value) if listed else value.split()
    tags = (" ".join(p.split()).lstrip("#").strip() for p in parts)
    return tuple(dict.fromkeys(t for t in tags if t))


def tag_path(tag: str) -> tuple[str, ...]:
    """The topic path a tag names: ``sql::joins`` and ``sql/joins`` → (sql, joins)."""
    return tuple(p.strip() for p in _PATH_RE.split(tag) if p.strip())


def tags_as_topics(questions: Iterable[ParsedQuestion]) -> bool:
    """Give each question without a topic its first tag's path as topic; False when
    no question has a tag."""
    any_tag = False
    for question in questions:
        if question.tags:
            any_tag = True
            question.topic_path = question.topic_path or tag_path(question.tags[0])
    return any_tag


def _names(path: Sequence[str]) -> set[str]:
    return {" ".join(re.sub(r"[_-]", " ", p).split()).casefold() for p in path}


# What a label cannot hold (core.inline_tags reads letters, digits, "_", "/" and "-"
# as one tag) is spelled out, so that the tag stays one label that says it: "c++"
# would show as "#c" and "++", "node.js" as "#node" and ".js".
_SPELLED = {"+": "-plus-", "#": "-sharp-"}
_LEADING_DOT_RE = re.compile(r"(?:^|(?<=[/\s]))\.(?=\w)")
_UNHELD_RE = re.compile(r"[^\w/\s-]+")
_SHOWN_RE = re.compile(r"(?<!\S)#[\w/-]+")


def _label(tag: str) -> str:
    """``#tag`` as the answer shows it: ``sql::joins`` → ``#sql/joins``, a space ``-``,
    ``c++`` → ``#c-plus-plus``, ``c#`` → ``#c-sharp``, ``.net`` → ``#dot-net``,
    ``node.js`` → ``#node-js``; "" for a tag with no letter to show."""
    text = "/".join(tag_path(tag))
    text = re.sub(r"[+#]", lambda m: _SPELLED[m[0]], _LEADING_DOT_RE.sub("dot-", text))
    text = "-".join(_UNHELD_RE.sub("-", text).split())
    text = re.sub(r"-*/-*", "/", re.sub(r"-{2,}", "-", text)).strip("-/")
    return f"#{text}" if re.search(r"[^\W\d_]", text) else ""


def labels_line(tags: Sequence[str]) -> str:
    """The ``#tag`` labels of `tags`, as an answer's last line shows them."""
    return " ".join(label for label in dict.fromkeys(map(_label, tags)) if label)


def record_keeping(tag: str) -> bool:
    """Whether a tag is record keeping about its card, named so ("Difficulty/Medium",
    "Company/Google", "Status/Done": a sheet's column, a title's "(Easy)"): no label
    of its answer, which shows the answer (core.parse.meta_columns)."""
    path = tag_path(tag)
    return len(path) > 1 and record_keeping_name(path[0])


def with_tag_labels(questions: Iterable[ParsedQuestion], only: Sequence[str] | None = None) -> None:
    """End each question's answer with its tags that its topic does not say (`only`:
    of those, the ones in it; a label the answer already shows is not written again)."""
    for question in questions:
        said = _names(question.topic_path)  # "git" and "tools" under Tools › Git
        tags = question.tags if only is None else [t for t in question.tags if t in only]
        labels = dict.fromkeys(
            _label(t)
            for t in tags
            if tag_path(t) and not _names(tag_path(t)) <= said and not record_keeping(t)
        )
        labels.pop("", None)
        if only is not None:  # the person's own "#sql" in the note says it already
            shown = {m.casefold() for m in _SHOWN_RE.findall(question.answer_markdown)}
            labels = {label: None for label in labels if label.casefold() not in shown}
        if labels:
            shown = " ".join(labels)
            answer = question.answer_markdown.rstrip()
            question.answer_markdown = f"{answer}\n\n{shown}" if answer else shown


def with_tags_shown(doc: ParsedDocument) -> ParsedDocument:
    """`doc` (changed in place) with its cards' first tags as topics where nothing
    else groups them and most cards are tagged (a tag here and there: the others keep
    the taxonomy's topics), and the tags their topics do not say as labels."""
    tagged = sum(1 for q in doc.questions if q.tags)
    if not doc.has_sections and tagged * 2 >= len(doc.questions):
        doc.has_sections = tags_as_topics(doc.questions)
    with_tag_labels(doc.questions)
    return doc
