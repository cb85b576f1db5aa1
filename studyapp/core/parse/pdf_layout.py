"""A PDF's lines (core.parse.pdf) as the Markdown they show.

A page sets no structure down, only text where it shows: the structure is read back
from how it looks, against the body text (the size most of the letters are set in):

- a line set larger than the body text is a heading, the largest size level 1;
- a line that opens with a bullet ("•" "▪", Word's Symbol bullets, or one drawn as a
  dot: core.parse.pdf_drawing) is a list item, nested by how far in its marker
  stands; one that opens with a number ("1." "2)"), a dash or a star is one where a
  list may start (else it may be prose wrapped just before it);
- a line all in a monospace font is a line of a code block, indented as far as it
  stands in from the block's leftmost line; monospace inside text is inline code;
  bold inside text is bold, italic (core.parse.pdf's fonts) italic;
- lines are one paragraph while each runs to the right edge (the next line's first
  word would not have fitted on it; in a column, the column's), the gap between them
  is the body's line spacing, and their size and boldness agree, across a page break
  or a column's foot too (core.parse.pdf_columns); a word hyphenated at a line's end
  is whole again (core.parse.hyphens).

Pages' running headers, footers and numbers (core.parse.pages) are left out first,
and what a browser prints at a page's edges (its date and title, its address and
"1/1"), on a page alone too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from studyapp.core.parse import pdf_tables
from studyapp.core.parse.hyphens import dehyphenated
from studyapp.core.parse.pages import furniture
from studyapp.core.parse.pdf import Line, Span, ems_of

_HEADING_RATIO = 1.12  # a size this much over the body's is a heading's
_GLYPHS = pdf_tables.GLYPHS
_BULLET_RE = re.compile(rf"^\s*(?:{_GLYPHS}|[-–—*·](?=\s))\s*")
_GLYPH_RE = re.compile(rf"^\s*{_GLYPHS}")
_NUMBER_RE = re.compile(r"^\s*(\d{1,3})[.)](?=\s)\s*")
# What would open a Markdown block at a paragraph's start ("# of rows …", "> 3 …", a
# year as an ordered list's number, a rule of dashes), escaped: the page shows text.
_PROSE_START_RE = re.compile(
    r"^(#{1,6}(?=\s|$)|>|\+(?=\s)|=+(?=\s*$)|-(?=[-\s]*$)|\d{4,9}(?=[.)]))"
)
_SENTENCE_END_RE = re.compile(r"[.?!:;]\W*$")
_ESCAPED_RE = re.compile(r"([\\`*\[\]])")
_UNDERSCORE_RE = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
_TAG_LIKE_RE = re.compile(r"<(?=[A-Za-z/!?])")


@dataclass
class _Block:
    kind: str  # "heading", "item", "para", "code" or "table"
    lines: list[Line]
    level: int = 0  # a heading's level, an item's depth
    marker: str = ""  # an item's "1." or "-"
    indent: str = ""  # an item's indentation in Markdown
    spans: list[Span] = field(default_factory=list)


@dataclass
class _Measures:
    body: float  # the body text's size
    levels: dict[float, int]  # heading sizes → levels
    spacing: float  # the body's usual distance between baselines
    right: float  # where the body's full lines end


def to_markdown(pages: list[list[Line]]) -> str:
    lines = _without_furniture(pages)
    if not lines:
        return ""
    measures = _measures(lines)
    blocks = _blocks(lines, measures)
    return _markdown(blocks, measures.spacing)


def _without_furniture(pages: list[list[Line]]) -> list[Line]:
    """The pages' lines in order, their running headers, footers and numbers left out.

    core.parse.pages finds them in the text, by the lines at pages' edges that repeat
    but for their digits; a line it finds is furniture here only where the PDF agrees:
    it says a page's number, repeats digit for digit at one height, or is set smaller
    than the body text. "What is lock number 7?" opening one page and "… number 12?" the next are
    questions, and the title over the first page is the title, whatever each page's
    header repeats."""
    flat = [line for page in pages for line in page]
    text: list[str] = []
    for page in pages:
        for index, line in enumerate(page):
            text.append(("\f" if index == 0 and text else "") + line.text.replace("\f", ""))
    # (a form feed after the last page: a page's edges are read on a PDF of one page too)
    found = [flat[number - 1] for number in furniture("\n".join([*text, "\f"]))]
    # (the body's size inside the pages' edges: a short note's letters may be mostly
    # its edges')
    body = _body_size([line for page in pages for line in page[1:-1]] or flat)
    # What a browser or an app prints at a page's edges, on a page alone too: the date
    # and the page's title over it, its address and "1/1" under it, smaller than the
    # text.
    found += [
        line
        for page in pages
        for line in {id(page[0]): page[0], id(page[-1]): page[-1]}.values()
        if line.size < body and _PRINTED_RE.search(line.text)
    ]
    if not found:
        return flat
    # (a running header stands at one height on each page: a line of the notes that
    # happens to open one page and close another, "Call it once a batch.", does not)
    exact = Counter((line.text.strip(), round(line.y / 3)) for line in found)
    dropped = {
        id(line)
        for line in found
        if _PAGE_NUMBER_RE.search(line.text.strip())
        or (line.size <= body and _level_repeats(line, exact) >= 2)
        or line.size < body
    }
    return [line for line in flat if id(line) not in dropped]


def _level_repeats(line: Line, exact: Counter) -> int:
    """How many found lines say `line`'s text digit for digit at its height."""
    text, at = line.text.strip(), round(line.y / 3)
    return exact[(text, at - 1)] + exact[(text, at)] + exact[(text, at + 1)]


_PAGE_NUMBER_RE = re.compile(
    r"^\W*\d{1,4}\W*$|\bpage\s*\d|^\W*\d{1,4}\s*(?:/|of)\s*\d{1,4}\W*$", re.I
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_PRINTED_RE = re.compile(
    r"https?://|\bwww\.|\bfile:///"  # an address
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"  # a date: 12/6/26, 2026-12-06, 06.12.2026
    rf"|\b{_MONTH} \d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {_MONTH},? \d{{4}}\b"  # Dec 6, 2026
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b)?"  # a time
    r"|(?:^|\s)\d{1,4}\s*(?:/|of)\s*\d{1,4}\s*$|\bpage\s*\d",  # 1/1, 1 of 3, Page 2
    re.I,
)


def _body_size(lines: list[Line]) -> float:
    """The size most of the letters outside code are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if not line.mono:
            for span in line.spans:
                sizes[span.size] += len(span.text.strip())
    return sizes.most_common(1)[0][0] if sizes else lines[0].size


def _measures(lines: list[Line]) -> _Measures:
    body = _body_size(lines)
    larger = sorted(
        {line.size for line in lines if line.size >= body * _HEADING_RATIO and not line.mono},
        reverse=True,
    )
    levels = {size: min(level, 6) for level, size in enumerate(larger, 1)}
    gaps = Counter(
        round(above.y - below.y)
        for above, below in pairwise(lines)
        if above.place == below.place
        and above.size == below.size == body
        and 0 < above.y - below.y < 3 * body
    )
    # The smallest distance that recurs: a paragraph's wrapped lines (where every
    # paragraph is a line, the distance between paragraphs, which the lines' ends tell).
    recurring = sorted(gap for gap, count in gaps.items() if count + gaps[gap + 1] >= 2)
    spacing = (recurring or sorted(gaps) or [round(1.2 * body)])[0] + 1
    # Where the longest line ends (a heading's too: a wrapped one may run further right
    # than the body's); where no line runs near the right margin (every paragraph a
    # line), that margin, as far in as the left one.
    right = max((line.end for line in lines if not line.mono), default=0)
    right = right or max(line.end for line in lines)
    left, margin = min(line.x for line in lines), min(line.margin for line in lines)
    if right < left + 0.85 * (margin - left):
        right = margin
    return _Measures(body, levels, spacing, right)


def _blocks(lines: list[Line], m: _Measures) -> list[_Block]:
    blocks: list[_Block] = []
    lists: list[tuple[float, str, int]] = []  # open lists: marker's place, indent, width
    rows = pdf_tables.tables(lines, m.spacing)
    in_table = 0
    for index, line in enumerate(lines):
        if in_table:
            in_table -= 1
            continue
        if index in rows:  # a table: its rows, as they stand
            in_table = rows[index] - 1
            blocks.append(_Block("table", lines[index : index + rows[index]]))
            lists.clear()
            continue
        last = blocks[-1] if blocks else None
        kind, level = _kind(line, m)
        if kind == "code":
            if last is not None and last.kind == "code":
                last.lines.append(line)
            else:
                blocks.append(_Block("code", [line]))
            lists.clear()
            continue
        if last is not None and _continues(last, line, kind, level, m):
            last.lines.append(line)
            bold = bool(last.spans) and last.spans[-1].bold and line.spans[0].bold
            last.spans.extend([Span("\n", 0, 0, 0, 0, bold, False), *_copied(line)])
            continue
        spans = _copied(line)
        marker = _list_marker(spans) if kind == "para" else ""
        if not marker:
            lists.clear()
            blocks.append(_Block(kind, [line], level, spans=spans))
            continue
        while lists and lists[-1][0] > line.x + 3:
            lists.pop()
        if lists and abs(lists[-1][0] - line.x) <= 3:
            indent = lists[-1][1]
            lists[-1] = (line.x, indent, len(marker))
        else:  # a list, or one nested in the item above
            indent = lists[-1][1] + " " * (lists[-1][2] + 1) if lists else ""
            lists.append((line.x, indent, len(marker)))
        blocks.append(_Block("item", [line], len(lists), marker, indent, spans))
    return blocks


def _copied(line: Line) -> list[Span]:
    return [Span(s.text, s.x, s.end, s.y, s.size, s.bold, s.mono, s.italic) for s in line.spans]


def _kind(line: Line, m: _Measures) -> tuple[str, int]:
    if line.mono:
        return "code", 0
    level = m.levels.get(line.size)
    if level is not None and len(line.text) <= 200:
        return "heading", level
    return "para", 0


def _continues(block: _Block, line: Line, kind: str, level: int, m: _Measures) -> bool:
    """Whether `line` goes on the paragraph, heading or item `block` ends with."""
    if block.kind == "code" or kind != ("heading" if block.kind == "heading" else "para"):
        return False
    last = block.lines[-1]
    if kind == "heading" and (level != block.level or (line.column and not last.column)):
        return False  # (a title across the page is not the first column's heading)
    # bold lines over one that is not: a question over its answer (a line all in bold
    # inside a paragraph that is not, its bold words wrapped, goes on as the wrap says)
    asked = all(above.bold for above in block.lines)
    if line.size != last.size or (asked and not line.bold):
        return False
    if line.bold and not last.bold and _SENTENCE_END_RE.search(last.text):
        return False  # a sentence ends, and a line all in bold follows: a question
    # A bullet glyph opens an item; a dash, a star or a number may be prose wrapped
    # ("… collects them in" / "– a tuple – …"): an item where a list may start (after
    # an item, or a line ending in a colon), else as the wrap says.
    listed = block.kind == "item" or _GLYPH_RE.match(line.text) or last.text.endswith(":")
    # A number, dash or star set out from the paragraph's lines, where the list's
    # markers stand ("4. Explain the ROC curve" under item 3's answer): the next item.
    outdented = line.x < last.x - 3
    if kind == "para" and (listed or outdented) and _list_marker(list(line.spans), strip=False):
        return False
    if line.place != last.place and _SENTENCE_END_RE.search(last.text) and line.text[:1].isupper():
        return False  # a page that ends a sentence and a page that opens one: no gap to tell
    if line.place == last.place:
        if not 0 < last.y - line.y <= m.spacing * 1.3 * line.size / m.body:
            return False
        # set in further than the paragraph's first line (on this page, in this
        # column: a paragraph runs on into the next column, set further right): a new one
        first = next(above for above in block.lines if above.place == line.place)
        if block.kind == "para" and line.x > first.x + 3:
            return False
    # (a heading's lines close together are one heading: two headings of a level with
    # nothing between them stand further apart, and its large letters fool the guess)
    return kind == "heading" or not _broken_on_purpose(last, line, m)


def _broken_on_purpose(last: Line, line: Line, m: _Measures) -> bool:
    """Whether `last` ends where its writer ended it: the next line's first word would
    have fitted after it."""
    words = line.text.split()
    if not words:
        return True
    first = line.spans[0]
    # (the word's and a space's share of the first run, by its letters' widths where
    # the font gives them, else by their number)
    whole, word = ems_of(first.text, first.widths), ems_of(" " + words[0], first.widths)
    if whole and word is not None and first.text.lstrip().startswith(words[0]):
        width = (first.end - first.x) * word / whole
    else:
        width = (first.end - first.x) / max(1, len(first.text)) * (len(words[0]) + 1)
    return last.end + width < (last.right or m.right) - 0.5 * m.body


def _list_marker(spans: list[Span], strip: bool = True) -> str:
    """A list item's Markdown marker ("1." or "-") if the line opens with one, taken
    off its first span."""
    text = spans[0].text if spans else ""
    number = _NUMBER_RE.match(text)
    bullet = None if number else _BULLET_RE.match(text)
    found = number or bullet
    if found is None or (bullet and found.end() == len(text) and len(spans) == 1):
        return ""
    if strip:
        spans[0].text = text[found.end() :]
        if not spans[0].text and len(spans) > 1:
            del spans[0]
    return f"{number.group(1)}." if number else "-"


def _markdown(blocks: list[_Block], spacing: float) -> str:
    out: list[str] = []
    for index, block in enumerate(blocks):
        before = blocks[index - 1] if index else None
        if out and not (block.kind == "item" and before is not None and before.kind == "item"):
            out.append("")
        if block.kind == "code":
            out.extend(_code(block.lines))
        elif block.kind == "table":
            out.extend(pdf_tables.markdown(block.lines, _inline, spacing))
        elif block.kind == "heading":
            out.append("#" * block.level + " " + _inline(block.spans, bold=False))
        elif block.kind == "item":
            out.append(f"{block.indent}{block.marker} {_inline(block.spans)}")
        else:
            out.append(_PROSE_START_RE.sub(_escaped_start, _inline(block.spans), count=1))
    return "\n".join(out)


def _escaped_start(found: re.Match[str]) -> str:
    start = found.group(1)
    return f"{start}\\" if start[0].isdigit() else f"\\{start}"  # "1986\." "\#include"


def _code(lines: list[Line]) -> list[str]:
    """A code block's lines fenced, each indented by where it stands."""
    left = min(line.x for line in lines)
    widths = [(s.end - s.x) / len(s.text) for line in lines for s in line.spans if len(s.text) > 3]
    char = sorted(widths)[len(widths) // 2] if widths else 0.6 * lines[0].size
    steps = [a.y - b.y for a, b in pairwise(lines) if a.place == b.place and a.y > b.y]
    step = min(steps) if steps else 0
    body = []
    for above, line in zip([None, *lines], lines, strict=False):
        if above is not None and step and above.place == line.place:
            body.extend([""] * min(2, round((above.y - line.y) / step) - 1))
        spaces = " " * max(0, round((line.x - left) / char)) if char > 0 else ""
        body.append((spaces + line.text).rstrip())
    fence = "````" if any(text.lstrip().startswith("```") for text in body) else "```"
    return [fence, *body, fence]


def _inline(spans: list[Span], *, bold: bool = True) -> str:
    """Spans as Markdown text: bold runs marked, italic ones inside them, monospace ones
    as code (inside the bold they stand in: "**What does `**kwargs` do?**" stays one
    bold line), the rest escaped; a word broken by a hyphen at a line's end whole
    again. (`bold` False: a heading's or a header cell's, set apart by its look.)"""
    groups: list[list] = []  # [bold, [[text, mono, italic], …]]
    before = None
    for span in spans:
        text = span.text
        if (
            before is not None
            and (before.bold, before.italic) != (span.bold, span.italic)
            and _CLOSING_RE.match(text)
            and groups[-1][1][-1][0].endswith(" ")
        ):  # (a space where the look changes, before a comma: the PDF's reader took
            # the room a slanted or bold word's last letter leaves for one)
            groups[-1][1][-1][0] = groups[-1][1][-1][0].rstrip(" ")
        if text.strip():
            before = span
        strong = span.bold and bold
        piece = [text, span.mono, span.italic and bold and not span.mono]
        if groups and (groups[-1][0] == strong or not text.strip()):
            runs = groups[-1][1]
            if runs[-1][1:] == piece[1:] or not text.strip():
                runs[-1][0] += text
            else:
                runs.append(piece)
        else:
            groups.append([strong, [piece]])
    parts: list[str] = []
    for strong, runs in groups:
        shown = "".join(_shown(text, mono, italic) for text, mono, italic in runs)
        core = shown.strip()
        if strong and core:
            lead, trail = shown[: len(shown) - len(shown.lstrip())], shown[len(shown.rstrip()) :]
            shown = f"{lead}**{core}**{trail}"
        parts.append(shown)
    # (its lines kept apart until then: a word broken at a line's end is found there)
    return " ".join(dehyphenated("".join(parts)).split())


_CLOSING_RE = re.compile(r"[,.;:?!)\]]")


def _shown(text: str, mono: bool, italic: bool = False) -> str:
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    if mono:
        tick = "``" if "`" in core else "`"
        return f"{lead}{tick}{core}{tick}{trail}"
    if italic:
        return f"{lead}*{_escaped(core)}*{trail}"
    return lead + _escaped(core) + trail


def _escaped(text: str) -> str:
    text = _ESCAPED_RE.sub(r"\\\1", text).replace("\\[", "&#91;")
    text = _UNDERSCORE_RE.sub(lambda run: "\\_" * len(run.group()), text)
    return _TAG_LIKE_RE.sub("&lt;", text)
