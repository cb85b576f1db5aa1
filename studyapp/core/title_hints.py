"""What tells apart questions listed under the same title.

A quiz's notes may give most questions one title ("What's the output?" for 108 of
155): a list of them (the Weak Topics tab, a mock's summary, the PDF) showed rows no
one could tell apart. Each title that repeats in a list gets a hint, the stored
title left as it is: the first words of the question's body (what a card shows with
the title before the answer: core.question_body), or where the body is missing or
the same as a twin's, its place in the notes ("line 54", "python.md, line 54");
where the place means nothing (a deck with no notes file of the person's: the
bundled sample deck), the first words of its answer. A title listed once gets no
hint.

Pure functions, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Container, Hashable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from studyapp.core.model import Question
from studyapp.core.question_body import split_body
from studyapp.core.title_marks import listed_parts

if TYPE_CHECKING:
    from studyapp.core.store import Store

HINT_CHARS = 48  # the body's first words: about a short line's worth

_FENCE_LINE = re.compile(r"^[ \t]*(?:`{3,}|~{3,}).*$", re.M)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_BULLET = re.compile(r"^[ \t]*(?:[-*+>]|\d+[.)])[ \t]+", re.M)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_TAG = re.compile(r"<[^<>\n]*>")
_MARKS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")


def listed_text(shown: str, *, typed_here: bool = False) -> str:
    """A title as a list shows it in plain text: its display form (Question.shown_title)
    without Markdown's marks (core.title_marks.listed_parts: code without its
    backticks; a title typed in the app without **strong**, *emphasis*, links)."""
    return "".join(text for text, _code in listed_parts(shown, typed_here=typed_here))


def listed_html(shown: str, *, typed_here: bool = False) -> str:
    """`listed_text` as HTML text: its code in the code face on a tint, as the answer
    header draws a title's code (core.answer_look.title_html), long words breakable."""
    from studyapp.core.answer_look import TITLE_CODE_STYLE, title_html

    return "".join(
        f'<code style="{TITLE_CODE_STYLE}">{title_html(text)}</code>' if code else title_html(text)
        for text, code in listed_parts(shown, typed_here=typed_here)
    )


_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.M | re.S)


def plain_words(markdown: str) -> str:
    """Markdown as one line of plain text: fences, heading and list marks, images,
    tags and emphasis gone, code spans without their backticks; a fenced block's
    code as written (`__name__`, `2 ** 3` are no emphasis)."""
    parts, last = [], 0
    for block in _FENCED.finditer(markdown):
        parts += [_plain_text(markdown[last : block.start()]), " ".join(block.group(2).split())]
        last = block.end()
    parts.append(_plain_text(markdown[last:]))
    return " ".join(part for part in parts if part)


def _plain_text(markdown: str) -> str:
    text = _FENCE_LINE.sub("", markdown)
    text = _HEADING.sub("", text)
    text = _BULLET.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = "".join(part for part, _code in listed_parts(text, typed_here=True))
    while (unmarked := _MARKS.sub(r"\2", text)) != text:
        text = unmarked
    return " ".join(text.split())


def first_words(text: str, limit: int = HINT_CHARS) -> str:
    """`text` up to about `limit` characters, cut at a space and ending in "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0][:limit]
    if len(cut) < limit // 2:  # one long word (a line of code): cut inside it
        cut = text[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def body_hint(answer_markdown: str) -> str:
    """The first words of a question's body ("" when it has none)."""
    body = split_body(answer_markdown).body
    return first_words(plain_words(body)) if body else ""


def answer_hint(answer_markdown: str) -> str:
    """The first words of a question's answer proper, after its body ("" for none)."""
    answer = split_body(answer_markdown).answer
    return first_words(plain_words(answer)) if answer.strip() else ""


def _distinct(hints: dict[Hashable, str]) -> dict[Hashable, str]:
    """Of `hints`, those no other holds too (none empty)."""
    given = list(hints.values())
    return {key: hint for key, hint in hints.items() if hint and given.count(hint) == 1}


class Listed(NamedTuple):
    """A row of a list of questions, as `twin_hints` reads it."""

    key: Hashable  # what the caller finds the hint by (a question id, a row number)
    title: str  # as the row shows it (plain text)
    answer_markdown: str
    source_line: int = 0
    source_file: str = ""


def place(source_line: int, source_file: str = "") -> str:
    """A question's place in the notes: "line 54", "python.md, line 54"."""
    if source_line <= 0:
        return ""
    where = f"line {source_line}"
    return f"{source_file.rsplit('/', 1)[-1]}, {where}" if source_file else where


def title_key(title: str) -> str:
    """A title as a person tells titles apart: spaces and case aside ("What is  a Trie?"
    and "what is a trie?" are one title)."""
    return " ".join(title.split()).casefold()


def twin_hints(rows: Iterable[Listed]) -> dict[Hashable, str]:
    """key → the hint of each row whose title another row of the list shares (rows
    listed once are absent): its body's first words where they differ from every
    twin's, else its place in the notes, else (no place given: a deck whose notes
    the person has no file of) its answer's first words where they differ."""
    groups: dict[str, list[Listed]] = {}
    for row in rows:
        groups.setdefault(title_key(row.title), []).append(row)
    hints: dict[Hashable, str] = {}
    for twins in groups.values():
        if len({row.key for row in twins}) < 2:
            continue
        bodies = {row.key: body_hint(row.answer_markdown) for row in twins}
        told = _distinct(bodies)
        answers: dict[Hashable, str] | None = None  # read only where no place tells them
        for row in twins:
            hint = told.get(row.key) or place(row.source_line, row.source_file)
            if not hint:
                if answers is None:
                    answers = _distinct({r.key: answer_hint(r.answer_markdown) for r in twins})
                hint = answers.get(row.key, "")
            hints[row.key] = hint or bodies[row.key]
    return hints


def topic_twin_hints(
    questions: Iterable[Question], placeless: Container[int] = ()
) -> dict[str, str]:
    """Question id → the hint of each question whose title another of its topic
    shares, as the topic tree lists a topic's rows (rows of one title in two topics
    are told apart by the topic they are listed under). `questions` whole (with their
    answers): the tree's twins only, so a deck of distinct titles reads no answer.
    `placeless`: the decks whose lines are no place to the person (the bundled deck:
    "What is a GAN? — line 1059" named a line of a file they do not have)."""
    by_topic: dict[int, list[Listed]] = {}
    for q in questions:
        title = listed_text(q.shown_title, typed_here=q.edited)
        line = 0 if q.deck_id in placeless else q.source_line
        row = Listed(q.id, title, q.answer_markdown, line, q.source_file)
        by_topic.setdefault(q.topic_id, []).append(row)
    hints: dict[str, str] = {}
    for rows in by_topic.values():
        hints.update(twin_hints(rows))  # type: ignore[arg-type]
    return hints


HINT_GAP = " — "  # between a title and its hint, in a list and in the tree


def stored_twin_hints(store: Store, twins: Iterable[Question]) -> dict[str, str]:
    """`topic_twin_hints` of the topic tree's twins (outlines, without answers): read
    whole from `store` in one query, the decks of no file of the person's (the bundled
    deck) given no place."""
    from studyapp.core.decks import has_file_source

    whole = store.questions_by_id([q.id for q in twins])
    placeless = {deck.id for deck in store.decks() if not has_file_source(deck)}
    return topic_twin_hints(whole.values(), placeless)


def with_hint(title: str, hint: str) -> str:
    """A listed title and its hint as one line of text."""
    return f"{title}{HINT_GAP}{hint}" if hint else title
