"""An Evernote export (``.enex``): XML around notes, each a ``<title>`` and its
``<content>``, a page of HTML (ENML) inside CDATA. Read as the page it shows: each
note's title a ``# heading`` (a question where the titles ask, each note its answer; a
topic where a note holds questions of its own), its content's ``<div>`` lines
paragraphs, and what is no part of the notes (the dates, tags, attributes,
attachments' base64 data, the XML and DOCTYPE lines) blank, so every note keeps its
place in the file. The result goes through the HTML page reader (html_page.py).
"""

from __future__ import annotations

import html
import re

from studyapp.core.note_kinds import ENEX_SUFFIXES
from studyapp.core.parse import html_page

_EXPORT_RE = re.compile(r"<en-export\b", re.I)

# Elements whose content is no part of the notes, however many lines they run over.
_HIDDEN_RE = re.compile(
    r"<(?P<tag>resource|note-attributes|created|updated|author|source-url|tag|task|reminder"
    r"|recognition|data)\b[^>]*?(?:/>|>.*?</(?P=tag)\s*>)",
    re.I | re.S,
)
_TITLE_RE = re.compile(r"<title>(?P<title>.*?)</title>", re.I | re.S)
# The wrappers around each note's page: the export's own tags, CDATA's edges, the
# page's XML declaration and DOCTYPE, ENML's <en-note> and its media.
_WRAPPER_RE = re.compile(
    r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|</?en-export\b[^>]*>|</?note>|</?content>"
    r"|<!\[CDATA\[|\]\]>|</?en-note\b[^>]*>|<en-media\b[^>]*/?>(?:</en-media>)?",
    re.I,
)
_DIV_RE = re.compile(r"<(/?)div\b", re.I)
_TODO_RE = re.compile(r"<en-todo\b[^>]*?/?>(?:</en-todo>)?", re.I)
_CHECKED_RE = re.compile(r"\bchecked\s*=\s*[\"']?true", re.I)


def enex(text: str, suffix: str) -> bool:
    """Whether `text` is an Evernote export (by its name, or its root element)."""
    return suffix.lower() in ENEX_SUFFIXES or bool(_EXPORT_RE.search(text[:4096]))


def _blank_keeping_lines(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")


def _title(match: re.Match[str]) -> str:
    title = " ".join(html.unescape(match["title"]).split())
    return f"<h1>{html.escape(title, quote=False)}</h1>" if title else ""


def _todo(match: re.Match[str]) -> str:
    """A checkbox of Evernote's, as the box it shows (ticked or not)."""
    return "☑ " if _CHECKED_RE.search(match.group(0)) else "☐ "


def to_markdown(text: str) -> str:
    """The notes of the export as Markdown, line for line where the notes' pages are."""
    return to_mapped_markdown(text)[0]


def to_mapped_markdown(text: str) -> tuple[str, list[int]]:
    """`to_markdown`, and for each of its lines the export's line it comes from
    (1-based): a note's page of several ``<div>`` lines is read as paragraphs with blank
    lines between them, so its lines below are no longer the file's."""
    text = _HIDDEN_RE.sub(_blank_keeping_lines, text)
    text = _TITLE_RE.sub(_title, text)
    text = _WRAPPER_RE.sub("", text)
    text = _TODO_RE.sub(_todo, text)
    text = _DIV_RE.sub(r"<\1p", text)  # Evernote writes each paragraph as a <div>
    # Each note's heading on a line of its own, apart from the page after it.
    lines: list[str] = []
    at: list[int] = []  # each line's line of the export
    for number, line in enumerate(text.split("\n"), start=1):
        parts = re.sub(r"(</h1>)[ \t]*(?=\S)", "\\1\n", line).split("\n")
        lines += parts
        at += [number] * len(parts)
    markdown, origins = html_page.to_mapped_markdown("\n".join(lines))
    return markdown, [at[min(origin, len(at)) - 1] for origin in origins]
