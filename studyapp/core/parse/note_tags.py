"""A note's front-matter tags on its questions: ``tags: [networking, tcp]``,
``tags: networking``, ``tags:`` over ``- a`` lines (Obsidian writes all three), also
``tag:``. Each question of the note carries them before any tag of its own (a card's
``#tag``, an Anki or CSV tags column), as Anki's and CSV's tags are carried. Where
the note has no sections and no ``topic`` of its own, its first tag is its questions'
topic (``networking``; ``lang/go`` reads ``lang / go``), as a CSV's tags column
groups its rows; a tag that names the note's own title (``behavioral`` under
``# Behavioral``) is spelled as the title, as the note's file in a folder is named.
The note's tags are no text of its answers: the front matter is the note's
properties, not its body, so an answer stays the note's text as written (what the
Edit Question dialog shows and writes back). Nor is a tag a card or answer gives
itself (a ``Tags:`` line, a card's tags field, ``#go`` after its title): every tag
is the question's own, kept by the store and shown in the answer pane's header
(core.question_tags)."""

from __future__ import annotations

import re

from studyapp.core.deck_names import name_words
from studyapp.core.model import ParsedDocument
from studyapp.core.parse.flashcards import front_matter_tags, read_front_matter
from studyapp.core.parse.tag_labels import split_tags


def note_tags(text: str) -> tuple[str, ...]:
    """The tags a note's front matter gives (none without front matter)."""
    if not text.startswith("---"):
        return ()
    return front_matter_tags(read_front_matter(text)[0])


# A line of Obsidian's inline tags alone, "#system-design #backend" (a tag starts with
# a letter: "#1" and "# Heading" are none).
_INLINE_TAGS_RE = re.compile(r"[ \t]*#[^\W\d_][\w/-]*(?:[ \t]+#[^\W\d_][\w/-]*)*[ \t]*")


def intro_tags(text: str, before_line: int) -> tuple[str, ...]:
    """The tags of lines of inline tags alone above line `before_line` (1-based, the
    first question's): under a note's title, Obsidian's "#system-design #backend" tag
    the whole note, as its front matter does. Lines in a code block are code."""
    tags: list[str] = []
    fenced = False
    for line in text.split("\n", before_line)[: before_line - 1]:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and _INLINE_TAGS_RE.fullmatch(line):
            tags += [word[1:] for word in line.split()]
    return tuple(tags)


def with_front_matter_tags(doc: ParsedDocument, text: str) -> ParsedDocument:
    """`doc`, each question tagged with its note's front-matter tags, and with the
    inline tags on lines of their own above its first question (`intro_tags`)."""
    tags = note_tags(text) if doc.questions else ()
    if doc.questions and "#" in text:
        first = min(q.source_line for q in doc.questions)
        tags = tuple(dict.fromkeys((*tags, *intro_tags(text, first))))
    for question in doc.questions if tags else ():
        question.tags = tuple(dict.fromkeys((*tags, *question.tags)))
    return doc


# A line of an answer that only tags it: "Tags: go concurrency", "**Tags:** #go, #os",
# "tags: [sql, joins]" (a note copied from Anki, a card template's last line).
_TAG_LINE_RE = re.compile(
    r"^[ \t]*(?:[*_]{1,2})?tags?[ \t]*:(?:[*_]{1,2})?[ \t]*"
    r"\[?(?P<tags>[^\n\]]*?)\]?[ \t]*$",
    re.I,
)
_TAG_WORDS_RE = re.compile(r"#?[^\W\d_][^\s,;]*|#?\d+[^\W\d_][^\s,;]*")
_MOST_TAGS = 12


def line_tags(line: str) -> tuple[str, ...]:
    """The tags a line that only tags lists (see `_TAG_LINE_RE`), none for another:
    words of at most 30 signs, at most 12, no sentence ("Tags: I never used them.")."""
    match = _TAG_LINE_RE.match(line)
    if match is None or not match["tags"].strip() or match["tags"].rstrip()[-1] in ".!?:":
        return ()
    tags = split_tags(match["tags"])
    listed = "," in match["tags"] or ";" in match["tags"]
    if not tags or len(tags) > _MOST_TAGS:
        return ()
    for tag in tags:
        words = tag.split()
        if len(tag) > 30 or len(words) > (3 if listed else 1):
            return ()
        if not all(_TAG_WORDS_RE.fullmatch(w) for w in words):
            return ()
    return tags


def with_tag_lines(doc: ParsedDocument) -> ParsedDocument:
    """`doc` (changed in place) with each answer's first or last line that only tags
    it (`line_tags`) read as the question's tags, as a card's tags field is, not as
    text of its answer."""
    for question in doc.questions:
        lines = question.answer_markdown.strip("\n").split("\n")
        for at in dict.fromkeys((0, len(lines) - 1)):
            tags = line_tags(lines[at]) if len(lines) > 1 else ()
            if tags:
                del lines[at]
                question.answer_markdown = "\n".join(lines).strip("\n")
                question.tags = tuple(dict.fromkeys((*question.tags, *tags)))
                break
    return doc


def tag_topic(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The topic path a first tag names: ``lang/go`` → ``("lang", "go")``."""
    return tuple(part for part in tags[0].split("/") if part) if tags else ()


def titled_topic(topics: tuple[str, ...], title: str) -> tuple[str, ...]:
    """A topic path with each level that names `title` in other case or punctuation
    (``behavioral``, ``system-design`` for "System Design") spelled as the title."""
    key = name_words(title)
    return tuple(title.strip() if key and name_words(t) == key else t for t in topics)
