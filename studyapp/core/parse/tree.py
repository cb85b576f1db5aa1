"""A Markdown document as a flat list of CommonMark blocks with their source lines.

markdown-it-py does the CommonMark work (what is a heading, a list item, a
fence, an HTML block, a table); this module keeps only what finding questions
needs: each block's kind, its first and last line, its heading level, how deep
in lists it sits, and its inline text. Code fences and HTML blocks are opaque,
so a ``# comment`` in a fence is never a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from studyapp.core import work_progress
from studyapp.core.parse.line_search import any_line, joined, lines_of


@dataclass(slots=True)
class Block:
    kind: str  # heading | paragraph | item | code | html | table | hr | front_matter
    start: int  # 1-based first line
    end: int  # 1-based last line
    text: str = ""  # inline text (heading, paragraph), raw content (code, html)
    level: int = 0  # heading level
    depth: int = 0  # how many list items enclose it (an item: its own nesting, from 0)
    item: int = -1  # index (in Document.blocks) of the innermost enclosing item
    lead: bool = False  # the first block of its enclosing item
    quoted: bool = False  # inside a blockquote
    ordered: bool = False  # an item of an ordered list
    number: int | None = None  # an ordered item's number
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # a table's rows


@dataclass(slots=True)
class Document:
    lines: list[str]  # the source lines; lines[0] is line 1
    blocks: list[Block]
    plain: bool = False  # not Markdown (a .txt file): titles keep ** and __ as written
    counts: list[int] | None = None  # non-blank lines up to each line (engine.py fills it)
    joined: str | None = None  # the lines as one text, made once (`text`)
    # Label lines read off the question below them (group_labels.py): line → name.
    glued: dict[int, str] = field(default_factory=dict)

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""

    def text(self) -> str:
        """The document's lines joined, for the finders that look over the whole text."""
        if self.joined is None:
            self.joined = joined(self.lines)
        return self.joined


def indent_width(line: str) -> int:
    """How many whitespace characters open `line` (a tab counts one)."""
    return len(line) - len(line.lstrip())


# Container markers opening a line; markdown-it stops reading the document at its
# nesting limit, so a line nested deeper is read as a paragraph (its text is kept).
_DEEP = r"^[ \t]*+(?:(?:[-*+>]|\d{1,9}[.)])(?:[ \t]++|$)){12,}"
_DEEP_RE = re.compile(_DEEP)
_DEEP_LINE_RE = re.compile(_DEEP, re.M)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    # Only the block structure is needed: inline content stays raw text (and a
    # megabyte of brackets costs nothing).
    md.disable("inline")
    return md


def _nesting_cut(tokens: list) -> bool:
    """Whether markdown-it stopped reading at its nesting limit inside a list item: an
    item at the limit reads everything below it as nothing, to the document's end (an
    outline ten levels deep by indentation swallowed the questions after it). The line
    reader (fastblocks.py) has no such limit for lists; it reads the document then."""
    limit = _markdown().options.maxNesting - 1
    return any(t.type == "list_item_open" and t.level >= limit for t in tokens)


def _shallow(text: str) -> str:
    if not any_line(_DEEP_LINE_RE, text):
        return text
    lines = lines_of(text)
    for index, line in enumerate(lines):
        if _DEEP_RE.match(line):
            lines[index] = "\\" + line.lstrip()
    return "\n".join(lines)


# Obsidian's comment over lines of their own: a "%%" alone on its line, or opening it
# before its first words ("%% draft:"), and the next "%%" closing it alone or after the
# last words ("… later %%"). What it holds is hidden in the note as an HTML comment is,
# so markdown-it reads it as one: its headings and items ask nothing. A "%%" inside a
# line is text (Jupyter's "%%timeit", "%%prun", printf's "%%"), and the marks pair as
# Obsidian pairs them: MATLAB's "%% Load data" and "%% Plot" close no comment.
_COMMENT_OPEN_RE = re.compile(r"^ {0,3}%%(?:[ \t].*)?$")
_COMMENT_CLOSE_RE = re.compile(r"^(?:.*[ \t])?%%[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")


def _comment_marks(lines: list[str]) -> list[int]:
    """The lines with a "%%" at an edge (their only one), outside fenced code."""
    marks = []
    fence = ""
    for index, line in enumerate(lines):
        if fence_mark := _FENCE_RE.match(line):
            marker = fence_mark.group().strip()[:3]
            fence = "" if fence and marker == fence else (fence or marker)
        elif (
            not fence
            and line.count("%%") == 1
            and (_COMMENT_OPEN_RE.match(line) or _COMMENT_CLOSE_RE.match(line))
        ):
            marks.append(index)
    return marks


def _comments_hidden(text: str) -> str:
    """`text` with each Obsidian comment block as an HTML comment, line for line (a
    fence's "%%", a Mermaid diagram's comment, left as it is)."""
    if "%%" not in text:
        return text
    lines = lines_of(text)
    marks = _comment_marks(lines)
    for start, close in zip(marks[::2], marks[1::2], strict=False):
        if _COMMENT_OPEN_RE.match(lines[start]) and _COMMENT_CLOSE_RE.match(lines[close]):
            lines[start] = lines[start].replace("%%", "<!--", 1)
            lines[close] = lines[close].replace("%%", "-->", 1)
    return "\n".join(lines)


def normalize_newlines(text: str) -> str:
    """As markdown-it sees it: CRLF and CR are LF, so token line maps match our lines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "\ufffd")


# Bullets a word processor writes as characters ("● point", "   ○ sub-point" in a Google
# Docs or Word text export, "• point" pasted from a slide): Markdown's "-", same width,
# so the list (and its nesting, by indentation) reads as the person sees it.
# Word's own bullets pasted as text are a character and a tab: "·", "o" and "§" (the
# Symbol, Courier New and Wingdings glyphs of its three levels), or the private-use
# characters those fonts map them to where the font is lost ("\uf0b7", "\uf0a7" …).
# Only with the tab is "o" a bullet, not a word.
_GLYPHS = "•●○◦■□▪▫◆◇►▸‣⁃➢➤\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8"
_WORD_GLYPHS = "o§·"
_GLYPH_BULLET_RE = re.compile(
    rf"^([ \t]*)(?:[{_GLYPHS}](?=[ \t]+\S)|[{_WORD_GLYPHS}](?=\t+\S))", re.M
)


def glyph_bullets(text: str) -> str:
    if not any(glyph in text for glyph in _GLYPHS) and not (
        "\t" in text and any(glyph + "\t" in text for glyph in _WORD_GLYPHS)
    ):
        return text
    return _GLYPH_BULLET_RE.sub(r"\1-", text)


# Above this size the block tree is read line by line (fastblocks.py, the same
# blocks at a fraction of markdown-it-py's cost); below it, by markdown-it-py.
LARGE_DOCUMENT = 600_000


# A line of dashes or equals signs under lines of text ends their paragraph, a rule:
# people write a multi-line setext heading hardly ever, a rule under a paragraph often.
RULE_UNDER_TEXT_RE = re.compile(r"^[ \t>]*(?:-(?:[ \t]*-){2,}|={3,})[ \t]*$")


def rule_under_a_line(text: str, underline: str, headed: bool) -> bool:
    """Whether a line over "---" or "===" is a line over a rule, not a setext heading:
    in notes that write their headings with "#" (`headed`: one came before it), an
    underline shorter than half its line ("Fan-out on write" / "---" inside an
    answer) is a rule typed under a line; a heading's underline spans its words."""
    return (
        headed
        and RULE_UNDER_TEXT_RE.match(underline) is not None
        and len(underline.strip(" \t>")) * 2 < len(text.strip(" \t>"))
    )


def _seen(text: str, plain: bool) -> str:
    """The text as the block parser reads it: a note's comments hidden."""
    return text if plain else _comments_hidden(text)


def build(text: str, *, plain: bool = False, fast: bool | None = None) -> Document:
    text = glyph_bullets(normalize_newlines(text))
    if fast if fast is not None else len(text) > LARGE_DOCUMENT:
        from studyapp.core.parse.fastblocks import scan

        lines = lines_of(text)
        return Document(lines, scan(lines_of(_shallow(_seen(text, plain)))), plain)
    work_progress.at("reading lines")
    tokens = _markdown().parse(_shallow(_seen(text, plain)))
    if _nesting_cut(tokens):
        return build(text, plain=plain, fast=True)
    lines = lines_of(text)
    blocks: list[Block] = []
    items: list[int] = []  # stack of open item block indexes
    ordered: list[bool] = []  # stack of open lists
    quotes = 0
    fresh_item = False  # the next block is its item's lead
    headed = False  # a heading written with "#" came before
    i = 0
    count = len(tokens)
    while i < count:
        tok = tokens[i]
        kind = tok.type
        common = {
            "depth": len(items),
            "item": items[-1] if items else -1,
            "quoted": quotes > 0,
        }
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered.pop()
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind == "list_item_open":
            start, end = tok.map
            is_ordered = bool(ordered and ordered[-1])
            number = int(tok.info) if is_ordered and tok.info.isdigit() else None
            blocks.append(
                Block("item", start + 1, end, ordered=is_ordered, number=number, **common)
            )
            items.append(len(blocks) - 1)
            fresh_item = True
            i += 1
            continue
        elif kind == "list_item_close":
            items.pop()
            fresh_item = False
        elif kind in ("heading_open", "paragraph_open"):
            start, end = tok.map
            inline = tokens[i + 1].content if i + 1 < count else ""
            setext = kind == "heading_open" and tok.markup[:1] in ("=", "-")
            margin = not items and not quotes  # (a rule's line in an item: as fastblocks)
            underline = lines[end - 1] if setext else ""
            if underline and (
                (end - start > 2 and RULE_UNDER_TEXT_RE.match(underline))
                or (
                    end - start == 2
                    and rule_under_a_line(lines[start], underline, headed and margin)
                )
            ):
                # lines of text over "---" or "===": a paragraph and a rule, not a heading
                blocks.append(Block("paragraph", start + 1, end - 1, inline, **common))
                blocks[-1].lead = fresh_item
                blocks.append(Block("hr", end, end, "", **common))
                fresh_item = False
                i += 3
                continue
            if kind == "heading_open":
                block = Block("heading", start + 1, end, inline, level=int(tok.tag[1]), **common)
                headed = headed or (not setext and margin)
            else:
                block = Block("paragraph", start + 1, end, inline, **common)
            block.lead = fresh_item
            blocks.append(block)
            fresh_item = False
            i += 3
            continue
        elif kind in ("fence", "code_block", "html_block", "hr", "front_matter"):
            start, end = tok.map
            name = {"fence": "code", "code_block": "code", "html_block": "html"}.get(kind, kind)
            block = Block(name, start + 1, end, tok.content, **common)
            block.lead = fresh_item
            blocks.append(block)
            fresh_item = False
        elif kind == "table_open":
            start, end = tok.map
            table = Block("table", start + 1, end, **common)
            table.lead = fresh_item
            fresh_item = False
            i = _read_table(tokens, i + 1, table)
            blocks.append(table)
            continue
        i += 1
    for block in blocks:  # an item's end from markdown-it counts the blank lines after it
        if block.kind == "item":
            while block.end > block.start and not lines[block.end - 1].strip():
                block.end -= 1
    return Document(lines, blocks, plain)


def _read_table(tokens, i: int, table: Block) -> int:
    row: list[str] | None = None
    row_line = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "table_close":
            return i + 1
        if tok.type == "tr_open":
            row, row_line = [], tok.map[0] + 1
        elif tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif tok.type == "tr_close" and row is not None:
            table.rows.append((row_line, row))
            row = None
        i += 1
    return i
