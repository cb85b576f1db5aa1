"""Notes that are one question each: a file's own question and answer, read from
its title, a label or its first heading (a folder's notes, `parse_single_note`)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from studyapp.core import repair, textio
from studyapp.core.deck_names import without_export_id
from studyapp.core.model import ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.parse.flashcards import (
    clean_obsidian,
    fenced_lines,
    front_matter_difficulty,
    front_matter_tags,
    front_matter_topics,
    read_front_matter,
    unhighlighted,
)
from studyapp.core.parse.titles import QUESTION_LABEL_RE, ends_asking
from studyapp.core.parse.units import is_question_like

# The unit of a note read whole as one question: a folder of such notes is one
# question per file (not an Anki package's "note", whose name it once shared).
ONE_PER_FILE = "file"

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_COMMENT_LINE_RE = re.compile(r"^\s*<!--.*-->\s*$")
_QUESTION_LABEL_RE = QUESTION_LABEL_RE
_ENGLISH_LABEL_RE = re.compile(r"^(?:question|q)\b", re.I)
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_CODE_SPAN_RE = re.compile(r"(`+)\s?(.+?)\s?\1")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_ASK_PREFIX_RE = re.compile(r"^(?:q(?:uestion)?\s*\d*\s*[:.)]|q\d+\s*[-–—])\s*", re.I)
_ANSWER_PREFIX_RE = re.compile(r"^\s*a(?:nswer)?\s*\d*\s*[:.)]\s*", re.I)
# A template's fields: Obsidian's and Templater's ({{title}}, <% tp.date.now() %>),
# Jinja's, and ${…} (a note whose every title is only fields is a template); and a
# line of tags alone ("#databases").
FIELD_RE = re.compile(r"\{\{[^{}]*\}\}|<%[^%]*%>|\{%[^%]*%\}|\$\{[^{}]*\}")
TAG_LINE_RE = re.compile(r"^\s*(?:#[^\s#]+\s*)+$")


# --- one-question notes ----------------------------------------------------------


def _title_text(markdown: str) -> str:
    """Markdown of a heading or quote as a title: no markers, links as their text."""
    text = unhighlighted(clean_obsidian(markdown))
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group(2))
        return f"\0{len(spans) - 1}\0"

    text = _CODE_SPAN_RE.sub(keep, text)  # code text stays literal, tags and all
    text = _LINK_RE.sub(r"\1", text)
    text = _EMPHASIS_RE.sub(lambda m: next(g for g in m.groups() if g), text)
    text = _TAG_RE.sub("", text)
    text = re.sub(r"\0(\d+)\0", lambda m: spans[int(m.group(1))], text)
    return " ".join(text.split())


class _Found(NamedTuple):
    title: str
    start: int  # index into the body where the question's text starts
    used: list[int]  # indexes of the lines it takes (a ``Question`` label heading too)
    labelled: bool = False  # under the note's one ``Question`` heading


def _find_question(body: list[tuple[int, str]], fenced: list[bool]) -> _Found | None:
    """The note's question: under its one ``Question`` heading, else the first heading
    that asks with only headings above it (a title, a section), else its first heading,
    else a first paragraph or line that asks."""
    headings = [
        (i, match)
        for i, (_, text) in enumerate(body)
        if not fenced[i] and (match := _HEADING_RE.match(text))
    ]
    labels = [i for i, match in headings if _QUESTION_LABEL_RE.match(_title_text(match.group(2)))]
    # The question asked in more than one language: the English one first (the app's own).
    english = [i for i in labels if _ENGLISH_LABEL_RE.match(_title_text(body[i][1].lstrip("# ")))]
    for i in sorted(labels, key=lambda i: i not in english):
        block = _block_after(body, fenced, i + 1)
        if block and not _LIST_ITEM_RE.match(body[block[0]][1]):
            lines = [_QUOTE_RE.sub("", body[j][1]) for j in block]
            title = _title_text(" ".join(lines))
            if title:
                one = len(labels) == 1 or len(english) == 1  # or the one in English
                return _Found(title, block[0], [i, *block], labelled=one)
    heading_at = dict(headings)
    for i in range(len(body)):  # a question heading under nothing but title headings
        if i in heading_at:
            title = _title_text(heading_at[i].group(2))
            if ends_asking(title):
                return _Found(title, i, [i])
        elif body[i][1].strip() and not _COMMENT_LINE_RE.match(body[i][1]):
            break
    if headings:
        i, match = headings[0]
        title = _title_text(match.group(2))
        if title:
            return _Found(title, i, [i])
    first = _block_after(body, fenced, 0)
    if first:
        title = _title_text(" ".join(body[j][1] for j in first))
        if ends_asking(title):
            return _Found(title, first[0], first)
        title = _title_text(body[first[0]][1])
        if ends_asking(title):  # the question on the first line, its answer right under it
            return _Found(title, first[0], first[:1])
    return None


def _block_after(body: list[tuple[int, str]], fenced: list[bool], start: int) -> list[int]:
    """Indexes of the first non-blank block (a quote or a paragraph) from `start`."""
    i = start
    while i < len(body) and (not body[i][1].strip() or _COMMENT_LINE_RE.match(body[i][1])):
        i += 1
    if i >= len(body) or fenced[i] or _HEADING_RE.match(body[i][1]):
        return []
    quote = bool(_QUOTE_RE.match(body[i][1]))
    block = []
    while i < len(body) and body[i][1].strip() and not fenced[i]:
        if bool(_QUOTE_RE.match(body[i][1])) != quote or _HEADING_RE.match(body[i][1]):
            break
        block.append(i)
        i += 1
    return block


# A note named by a date alone: a daily note or a journal entry ("2024-03-02",
# "2024_03_02 Monday", "2024-W10"); not "2024-03-04 Lecture 5 - Virtual memory".
DATED_RE = re.compile(
    r"^\d{4}[-_. ]?(?:\d{2}[-_. ]?\d{2}|W\d{2})"
    r"(?:[-_ ,]+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?$",
    re.I,
)
# A line of nothing but links (a list of [[notes]] or [pages](url)): an index's line.
_ANY_LINK = r"(?:!?\[\[[^\[\]]+\]\]|\[[^\[\]]*\]\([^)]*\))"
_LINKS_ONLY_RE = re.compile(
    r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?"
    rf"{_ANY_LINK}(?:[\s,;·|–—-]*{_ANY_LINK})*[\s,;.]*$"
)


def small_note_lines(path: Path) -> list[str] | None:
    """The non-blank lines of a small note below its front matter (None for a large
    note, or one that cannot be read: the checks that read them look for little)."""
    try:
        if path.stat().st_size > 64_000:
            return None
        text = repair.repair_text(textio.read_notes(path))
    except (StudyAppError, OSError):
        return None
    _, skip = read_front_matter(text)
    return [line for line in text.split("\n")[skip:] if line.strip()]


def headings_only(lines: list[str]) -> bool:
    """A note of headings with nothing under them (a note emptied down to its title, a
    question not answered yet): no card, whatever its heading asks. Comment lines and
    tag lines ("#databases") are no text under a heading; a template's fields ("##
    {{question}}") say what it is instead."""
    if any(FIELD_RE.search(line) for line in lines):
        return False
    text = text_lines(lines)
    return bool(text) and all(_HEADING_RE.match(line) for line in text)


def text_lines(lines: list[str]) -> list[str]:
    """A note's lines but its comment lines and tag lines ("#databases")."""
    text = [line for line in lines if not _COMMENT_LINE_RE.match(line)]
    return [line for line in text if not TAG_LINE_RE.match(line) or _HEADING_RE.match(line)]


def index_note(lines: list[str]) -> bool:
    """A note of nothing but links under its headings: a vault's map of content."""
    headings = [line for line in lines if _HEADING_RE.match(line)]
    if any(is_question_like(_title_text(line.lstrip("# "))) for line in headings):
        return False  # a question answered by a link or an embed ("![[diagram]]")
    lines = [line for line in lines if not _HEADING_RE.match(line)]
    return bool(lines) and all(_LINKS_ONLY_RE.match(line) for line in lines)


def _humanise(stem: str) -> str:
    stem = without_export_id(stem)  # Notion's "Interview DB 8f3c…" is "Interview DB"
    return " ".join(re.sub(r"[-_]+", " ", stem).split()) or stem


def parse_single_note(text: str, *, name: str) -> ParsedDocument | None:
    """A note holding one question: None when it has no text to make one of.

    The title is the quote or paragraph under a ``Question`` heading, else the
    first heading that asks with only headings (a title, a section) above it, else
    the first heading, else a first paragraph or line that asks (ends in ``?``),
    else the front matter's ``title``, else the note's name. The answer is everything
    else in the note, HTML comments on their own lines (metadata such as
    ``<!-- tags: … -->``) dropped; ``end_line``
    is its last line of text. The front matter's ``topic`` (or ``flashcards/…``
    tag) gives the topic and its ``tags`` the tags.
    """
    return single_note(text, name)[0]


def single_note(text: str, name: str) -> tuple[ParsedDocument | None, bool]:
    """The note as one question, and whether it says so itself (one ``Question`` heading)."""
    meta, skip = read_front_matter(text)
    body = list(enumerate(text.split("\n"), start=1))[skip:]
    fenced = fenced_lines(body)
    content = [i for i, (_, line) in enumerate(body) if line.strip()]
    content = [i for i in content if fenced[i] or not _COMMENT_LINE_RE.match(body[i][1])]
    if not content:
        return None, False
    found = _find_question(body, fenced)
    titled = meta.get("title")  # the note's own name for its question, before its file's
    if found is None and isinstance(titled, str) and titled.strip():
        found = _Found(" ".join(titled.split()), content[0], [])
    if found is None:
        if DATED_RE.match(name):
            return None, False  # a daily note, a journal entry: nothing it asks
        found = _Found(_humanise(name), content[0], [])
    title, first, used = found.title, found.start, found.used
    asked = _ASK_PREFIX_RE.match(title)
    if asked and title[asked.end() :].strip():
        title = title[asked.end() :].strip()
    used_set = set(used)
    answer_idx = [
        i
        for i in range(len(body))
        if i not in used_set and (fenced[i] or not _COMMENT_LINE_RE.match(body[i][1]))
    ]
    answer = clean_obsidian("\n".join(body[i][1] for i in answer_idx)).strip("\n")
    answer = re.sub(r"\n{3,}", "\n\n", answer)
    if asked:  # "Q: …" then "A: …": the answer without its marker
        answer = _ANSWER_PREFIX_RE.sub("", answer, count=1)
    start = body[first][0]
    question = ParsedQuestion(
        title,
        answer,
        start,
        front_matter_topics(meta),
        end_line=max(body[content[-1]][0], start),
        tags=(*front_matter_tags(meta), *front_matter_difficulty(meta)),
        raw_title=" ".join(body[i][1] for i in used),  # (a "## Question" label's too)
    )
    doc = ParsedDocument(
        name,
        "markdown",
        [question],
        has_sections=bool(question.topic_path),
        unit=ONE_PER_FILE,
        candidates={ONE_PER_FILE: 1},
        line_breaks="space",
    )
    return doc, found.labelled
