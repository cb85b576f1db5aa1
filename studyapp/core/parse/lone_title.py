"""A note with no question in it: a title that does not ask over a line of prose that
does not ask either, where the prose is a to-do ("# My notes" over "TODO: write
questions"), speaks of the note itself ("This file will hold my notes.") or the
title names a document rather than a subject ("Interview prep", "Study notes"). The
parse says no questions were found rather than inventing one (the person can still
choose ``--split-at h1``). So is a title over lines jotted down one by one: a shopping
list, a diary's day (`title_over_jottings`). A concept under its title ("# Dependency
injection" over its definition) stays one question, as does a title that asks or sets
a task.
"""

from __future__ import annotations

import re

from studyapp.core.parse.choice import PROPERTY_RE
from studyapp.core.parse.plain_lists import plain_list
from studyapp.core.parse.titles import asks
from studyapp.core.parse.tree import Block, Document
from studyapp.core.parse.units import Unit, is_question_like

# What a person writes where the text is still to come: "TODO: write questions",
# "TBD", "WIP", "Coming soon", "To be written", "Nothing here yet".
_PLACEHOLDER_RE = re.compile(
    r"^\W*(?:todo|tbd|tba|fixme|wip|work in progress|coming soon|"
    r"to be (?:written|done|completed|continued|added)|nothing (?:here )?yet|empty)\b",
    re.I,
)
# Prose about the note itself: "This file will hold …", "These notes are for …".
_ABOUT_ITSELF_RE = re.compile(
    r"\b(?:this|these|my) (?:file|note|notes|page|document|doc|deck|list)\b", re.I
)
# A title that names a document, not a subject: "My notes", "Interview prep".
_DOCUMENT_NAME_RE = re.compile(
    r"\b(?:notes?|questions|prep|preparation|flashcards|cheat ?sheet|study guide|"
    r"revision|untitled|scratch(?:pad)?|drafts?|to-?do)\b",
    re.I,
)


def says_nothing(title: str, prose: str) -> bool:
    """Whether a title over this one paragraph of prose holds no question (above)."""
    prose = prose.strip()
    if "\n\n" in prose or is_question_like(title) or asks(prose) or is_question_like(prose):
        return False
    return bool(
        _PLACEHOLDER_RE.match(prose)
        or _ABOUT_ITSELF_RE.search(prose)
        or _DOCUMENT_NAME_RE.search(title)
    )


def title_over_prose(doc: Document, units: list[Unit]) -> bool:
    """Whether the one heading unit found is the document's title over one paragraph
    that says nothing a question would (`says_nothing`)."""
    if len(units) != 1:
        return False
    blocks = [b for b in doc.blocks if b.kind != "front_matter"]
    if len(blocks) != 2 or blocks[0].kind != "heading" or blocks[0].start != units[0].line:
        return False
    prose = blocks[1]
    return (
        prose.kind == "paragraph" and not prose.quoted and says_nothing(units[0].title, prose.text)
    )


# Lines jotted down one by one under a title: this many at least make a note of them.
_JOTTINGS = 3


def title_over_jottings(doc: Document, units: list[Unit]) -> bool:
    """Whether the one heading unit found is the document's title, asking nothing, over
    lines jotted down one by one rather than an answer: a plain list of a few words
    an item (plain_lists.py: "# Shopping list" over "- milk", "- eggs"), or three or
    more paragraphs of one line each that ask nothing, with no mark of Markdown in
    them (a diary's day: "# Trip to Lisbon" over "Flights booked for May." / "Hotel
    near the river, three nights." / …). An answer explains its subject: in a
    paragraph of running text, in points that say something of it ("- zeroes
    activations at random while training"), with code, a table, a sub-heading."""
    if len(units) != 1 or is_question_like(units[0].title):
        return False
    blocks = [b for b in doc.blocks if b.kind != "front_matter"]
    if len(blocks) < 2 or blocks[0].kind != "heading" or blocks[0].start != units[0].line:
        return False
    first, last = blocks[0].start, max(b.end for b in blocks)
    lines = [doc.line(n) for n in range(first, last + 1) if doc.line(n).strip()]
    if plain_list(lines):
        return True
    body = blocks[1:]
    return len(body) >= _JOTTINGS and all(_jotted(doc, b) for b in body)


def _jotted(doc: Document, block: Block) -> bool:
    """A paragraph of one line at the margin that asks nothing, marked up in no way."""
    if block.kind != "paragraph" or block.start != block.end or block.quoted or block.depth:
        return False
    text = doc.line(block.start).strip()
    return not (asks(text) or is_question_like(text) or _MARKED_RE.search(text))


_BOLD_LINE_RE = re.compile(r"^\s*(?:\*\*|__)(?P<t>[^*_\n]{2,80})(?:\*\*|__)\s*$")


def bold_title(doc: Document, first: int) -> tuple[str, int] | None:
    """The notes' title set in bold on the first line (a word processor's Title style
    exported as "**Machine Learning Interview Questions**"), above the first question
    at line `first`: (its text, its line); None where the first line is no such title
    (a heading, a line that asks, anything below the first question)."""
    block = next((b for b in doc.blocks if b.kind != "front_matter"), None)
    if block is None or block.kind != "paragraph" or block.start != block.end:
        return None
    if block.depth or block.quoted or block.start >= first:
        return None
    bold = _BOLD_LINE_RE.match(doc.line(block.start))
    if bold is None or is_question_like(bold["t"]) or bold["t"].strip().endswith((":", ".")):
        return None
    return " ".join(bold["t"].split()), block.start


_TITLE_WORDS = 10  # a plain first line of more words is a sentence, not a title
_TITLE_CHARS = 80


# What a document's export writes under its title: "Last edited: March 9", "Updated
# 2024-03-02", "by Priya", "Author: Sam Lee", "Version 3" (a Google Doc's, a wiki's).
_BYLINE_RE = re.compile(
    r"^\s*(?:(?:last\s+)?(?:edited|updated|modified|revised|reviewed)|created|written"
    r"|author|by|date|version|v\d)\b[^\n]{0,60}$",
    re.I,
)


def plain_title(doc: Document, first: int) -> tuple[str, int] | None:
    """The title of notes on their first line, alone above the first question or
    section at line `first` ("Python interview", "DEEP LEARNING — phone screen notes",
    a Google Doc's "ML Interview Prep — Priya's doc"): (its text, its line). A text
    file has no other way to write one, and a Markdown note written as one (a ".md"
    file the person typed or pasted as text) names its deck by the same rule: the same
    notes named their deck by that line as ".txt" and by the file's name as ".md".
    None where that line asks, sets a task, ends as a sentence or a lead-in does (".",
    ":"), is long, holds Markdown's marks (a link, a picture, code, a tag), or is
    followed by more than a blank line or a byline ("Last edited: March 9",
    `_BYLINE_RE`)."""
    block = next((b for b in doc.blocks if b.kind != "front_matter"), None)
    if block is None or block.kind != "paragraph" or block.depth or block.quoted:
        return None
    if subject := _mail_subject(doc, block.start, block.end):
        return subject, block.start
    below = block.start + 1
    if block.end == below and _BYLINE_RE.match(doc.line(below)):
        below += 1  # the title, then when it was edited or who wrote it
    if block.start >= first or below <= block.end:
        return None
    text = " ".join(doc.line(block.start).split())
    if (
        not text
        or len(text) > _TITLE_CHARS
        or len(text.split()) > _TITLE_WORDS
        or text.endswith((":", ".", ";", ","))
        or asks(text)
        or is_question_like(text)
        or doc.line(below).strip()
        or (not doc.plain and _MARKED_RE.search(text))
        or PROPERTY_RE.match(text)  # a page's property ("tags:: sql", Logseq's)
    ):
        return None
    return text, block.start


def _mail_subject(doc: Document, start: int, end: int) -> str:
    """An e-mail's subject, where the notes open with its header lines ("From: …",
    "Subject: Re: SQL questions", "Date: …"): the subject without its "Re:" or "Fwd:"
    names the notes, as the mail's title does. "" where they do not."""
    lines = [doc.line(n).strip() for n in range(start, end + 1)]
    if not all(_MAIL_HEADER_RE.match(line) for line in lines):
        return ""
    subject = next((m for m in map(_SUBJECT_RE.match, lines) if m), None)
    text = " ".join(subject["subject"].split()) if subject else ""
    return text if 0 < len(text) <= _TITLE_CHARS else ""


_MAIL_HEADER_RE = re.compile(r"^(?:from|to|cc|bcc|subject|date|sent|reply-to)\s*:\s", re.I)
_SUBJECT_RE = re.compile(r"^subject\s*:\s*(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)*(?P<subject>\S.*)$", re.I)


# Markdown's marks on a line: a link, a picture, inline code, HTML, emphasis, a tag.
_MARKED_RE = re.compile(r"[\[\]<>`*_|]|(?<!\S)#\w|^\W*!")


def the_title(doc: Document, units: list[Unit]) -> bool:
    """Whether a heading unit's one place is the note's title: its first block, and
    asking nothing. Over questions written another way ("# Git & Linux prep" over "1.
    What is …?" items), it names them, and is no question of its own unit: splitting at
    its level gives the title over the whole note, not the questions under it
    (engine.py). A first heading that asks ("## Tell me about a conflict?" over "Q:"
    pairs) is a question among them, as the other styles' are."""
    blocks = [b for b in doc.blocks if b.kind != "front_matter"]
    return (
        len(units) == 1
        and bool(blocks)
        and blocks[0].kind == "heading"
        and blocks[0].start == units[0].line
        and not is_question_like(units[0].title)
    )
