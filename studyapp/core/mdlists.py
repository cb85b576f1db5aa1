"""Lists as people write them, reshaped into the form python-markdown reads.

People write lists the CommonMark way: straight after a paragraph line ("Ways to
prevent it:" then "- More data"), nested by two spaces (or three under "1."),
with `1)` markers. python-markdown (the project's renderer) needs a blank line
before a list and four spaces per nesting level, so those lists came out as
run-on text. No python-markdown extension covers all of it: `sane_lists` only
keeps ordered and bullet lists apart, `mdx_truly_sane_lists` fixes one indent
width for the whole document (two-space nesting works, four-space nesting then
breaks), and pymdown-extensions has none.

So `normalize_lists` reads the answer with markdown-it-py (CommonMark, the parser
the importer already uses for a document's structure) and rewrites only the lines
of its list items: each item's marker goes to four spaces per level, its
continuation lines keep their indentation relative to the item's content column
(so code blocks and paragraphs inside items stay inside them), `N)` becomes `N.`,
and a blank line goes before a list that starts right after another block. Lists
inside a block quote get the same treatment; other lines are left as written.

Two more CommonMark readings come along: a marker-like line that CommonMark keeps
inside an item's paragraph ("2. more", which cannot interrupt a paragraph) is
escaped so python-markdown does not start a nested list; and a block-level HTML
tag whose block ends at a blank line before its closing tag (GitHub's
`<details><p>` then Markdown) gets markdown="block", so python-markdown's
md_in_html renders that Markdown. What CommonMark calls a list item is then what
python-markdown renders as `<li>` (tests/core/test_render_corpus.py counts them
over the default deck and the shared corpora).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

# A cheap test before parsing: no line that could start a list item, nothing to do.
_MAYBE_LIST = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)
# An item's marker line: indentation, marker, the spaces after it, the rest.
_MARKER_LINE = re.compile(r"([ ]*)([-*+]|\d{1,9}[.)])([ ]*)(.*)", re.DOTALL)
TAB = 4  # python-markdown's indentation per list level


@functools.cache
def _parser():
    from markdown_it import MarkdownIt

    # Block structure only: the inline parse (emphasis, links…) is not needed here,
    # nor a table's rows and cells (_table_outline).
    parser = MarkdownIt("commonmark").enable("table").disable("inline")
    parser.block.ruler.at("table", _table_outline, {"alt": ["paragraph", "reference"]})
    return parser


def _table_outline(state, start: int, end: int, silent: bool) -> bool:
    """markdown-it's table rule, giving only the table's first and last tokens: where
    it starts and ends is all normalize_lists reads. The rule itself (markdown-it-py's
    rules_block.table) made some 4 tokens per cell of every row and split each row
    into cells: a quarter of the parse, most answers holding a table. The same lines
    end the table here: the rule's own test of the header, then its loop over the
    rows without the cells. Its cap on cells a row lacks (MAX_AUTOCOMPLETED_CELLS,
    against hostile input) can only end a table whose rows times columns exceed it:
    such a table goes through the rule itself."""
    from markdown_it.common.utils import mdTrim
    from markdown_it.rules_block.table import MAX_AUTOCOMPLETED_CELLS, getLine, table

    if not table(state, start, end, True):
        return False
    if silent:
        return True
    columns = getLine(state, start).count("|") + 1  # at least the header's cells
    if (end - start) * columns > MAX_AUTOCOMPLETED_CELLS:
        return table(state, start, end, False)
    outer = state.parentType
    state.parentType = "table"  # as the rule has it while it looks for the end
    terminators = state.md.block.ruler.getRules("blockquote")
    opened = state.push("table_open", "table", 1)
    line = start + 2
    while line < end:
        if state.sCount[line] < state.blkIndent:
            break
        if any(rule(state, line, end, True) for rule in terminators):
            break
        if not mdTrim(getLine(state, line)) or state.is_code_block(line):
            break
        line += 1
    state.push("table_close", "table", -1)
    opened.map = [start, line]
    state.parentType = outer
    state.line = line
    return True


@dataclass(slots=True)
class _Item:
    line: int  # the marker line
    level: int  # list items around it
    content_column: int  # where its text starts in the source


def _leading(line: str) -> tuple[int, str]:
    """The width of a line's indentation (tabs to 4 columns) and the rest."""
    rest = line.lstrip(" \t")
    return len(line[: len(line) - len(rest)].expandtabs(TAB)), rest


def normalize_lists(md: str) -> str:
    """`md` with its lists in python-markdown's shape (see the module docstring)."""
    if "\r" in md:  # markdown-it counts lines as python-markdown does: \r\n or \r is one break
        md = md.replace("\r\n", "\n").replace("\r", "\n")
    if not _MAYBE_LIST.search(md) and not _BLOCK_TAG.search(md):
        return md
    lines = md.split("\n")
    markers: dict[int, str] = {}  # marker line → its rewritten text
    owner: dict[int, tuple[int, int]] = {}  # line → (level of its content, content column)
    blank_before: set[int] = set()
    inserted: list[int] = []  # the same lines in order (they only grow)
    quotes: dict[int, int] = {}  # a top-level block quote's first line → its end
    stack: list[_Item] = []  # the open list items
    previous_item: list[int] = []  # per open list: its last item's marker line
    in_quote = 0
    texts: set[int] = set()  # paragraph lines after a paragraph's first, inside list items
    html_lines: dict[int, str] = {}  # lines of HTML blocks whose element goes on in Markdown
    for token in _parser().parse(md):
        kind = token.type
        if kind in _BLOCK_STARTS and stack and not in_quote and token.map is not None:
            # A heading, quote, rule, table or HTML right under an item's text: CommonMark
            # starts a block there; python-markdown needs a blank line to.
            start = token.map[0]
            if start != stack[-1].line and lines[start - 1].strip():
                blank_before.add(start)
                inserted.append(start)
        if kind == "html_block" and token.map is not None and not in_quote:
            html_lines.update(_open_html_block(lines, *token.map))
        elif kind == "paragraph_open" and stack and token.map is not None and not in_quote:
            texts.update(range(token.map[0] + 1, token.map[1]))
        if kind == "blockquote_open":
            if not in_quote and not stack and token.map is not None:
                quotes[token.map[0]] = token.map[1]
            in_quote += 1
        elif kind == "blockquote_close":
            in_quote -= 1
        if in_quote:
            continue
        if kind in ("bullet_list_open", "ordered_list_open") and token.map is not None:
            start = token.map[0]
            parent_line = stack[-1].line if stack else None
            if start > 0 and lines[start - 1].strip() and start - 1 != parent_line:
                blank_before.add(start)
                inserted.append(start)
            previous_item.append(-1)
        elif kind in ("bullet_list_close", "ordered_list_close") and previous_item:
            previous_item.pop()
        elif kind == "list_item_open" and token.map is not None:
            start, end = token.map
            if stack and stack[-1].line == start:
                return md  # "- - x": two items on one line; leave it as written
            before = previous_item[-1] if previous_item else -1
            if before >= 0 and lines[start - 1].strip():
                # A loose item (a blank line inside it) ends with a blank line, or
                # python-markdown reads the next marker as part of its last paragraph.
                k = bisect.bisect_right(inserted, before)
                inserted_inside = k < len(inserted) and inserted[k] < start
                if inserted_inside or any(not line.strip() for line in lines[before:start]):
                    blank_before.add(start)
                    inserted.append(start)
            if previous_item:
                previous_item[-1] = start
            indent, rest = _leading(lines[start].expandtabs(TAB))
            match = _MARKER_LINE.fullmatch(" " * indent + rest)
            if match is None:
                return md
            marker, spaces, text = match.group(2), match.group(3), match.group(4)
            marker_end = indent + len(marker)
            if text and 1 <= len(spaces) <= 4:
                content_column = marker_end + len(spaces)
                shown = text
            else:  # an empty item, or content indented as code inside the item
                content_column = marker_end + 1
                shown = spaces[1:] + text
            level = len(stack)
            if marker.endswith(")"):
                marker = marker[:-1] + "."
            markers[start] = " " * (TAB * level) + marker + " " + shown
            for i in range(start + 1, end):
                owner[i] = (level + 1, content_column)
            stack.append(_Item(start, level, content_column))
        elif kind == "list_item_close" and stack:
            stack.pop()
    if not markers and not quotes and not html_lines:
        return md
    out: list[str] = []
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        if i in quotes:
            skip_to = quotes[i]
            out.extend(_in_quote(lines[i:skip_to]))
            continue
        if i in blank_before:
            out.append("")
        if i in html_lines:
            line = html_lines[i]
        if i in markers:
            out.append(markers[i])
        elif i in owner and line.strip():
            level, column = owner[i]
            indent, rest = _leading(line)
            if i in texts:
                # Text that CommonMark keeps in the paragraph ("2. more" cannot start a
                # list there) would start a nested list in python-markdown once indented.
                rest = _TEXT_MARKER.sub(r"\1\\\2", rest, count=1)
            out.append(" " * (TAB * level + max(0, indent - column)) + rest)
        else:
            out.append(line)
    return "\n".join(out)


_BLOCK_STARTS = frozenset(
    {"heading_open", "blockquote_open", "hr", "html_block", "table_open", "fence"}
)
_TEXT_MARKER = re.compile(r"^(\d{0,9})([-*+.)])(?=[ \t]|$)")
# Block-level elements: in CommonMark their HTML block ends at a blank line and what
# follows is Markdown; python-markdown keeps everything up to the closing tag raw,
# unless the tag says markdown="block" (the md_in_html extension).
_BLOCK_TAGS = (
    "address|article|aside|blockquote|center|dd|details|div|dl|dt|figure|footer|header"
    "|li|main|nav|ol|p|section|summary|td|th|ul"
)
_BLOCK_TAG = re.compile(rf"<(?:{_BLOCK_TAGS})\b", re.IGNORECASE)
_OPENING_TAG = re.compile(rf"<({_BLOCK_TAGS})\b(?![^>]*\bmarkdown=)([^>]*?)(/?)>", re.IGNORECASE)


def _open_html_block(lines: list[str], start: int, end: int) -> dict[int, str]:
    """The lines of an HTML block with markdown="block" on each block-level element it
    opens and does not close: the Markdown after it is then rendered, as in CommonMark."""
    block = "\n".join(lines[start:end]).lower()
    unclosed = {
        tag
        for tag in re.findall(rf"<({_BLOCK_TAGS})\b", block)
        if block.count(f"<{tag}") > block.count(f"</{tag}>")
    }
    if not unclosed:
        return {}

    def mark(match: re.Match[str]) -> str:
        if match.group(1).lower() not in unclosed or match.group(3):
            return match.group(0)
        return f'<{match.group(1)}{match.group(2)} markdown="block">'

    return {i: _OPENING_TAG.sub(mark, lines[i]) for i in range(start, end)}


_QUOTE_MARK = re.compile(r"[ ]{0,3}>[ ]?")


def _in_quote(lines: list[str]) -> list[str]:
    """A block quote's lines with the lists inside it normalized too."""
    inner = [line[m.end() :] if (m := _QUOTE_MARK.match(line)) else line for line in lines]
    return [f"> {line}" if line else ">" for line in normalize_lists("\n".join(inner)).split("\n")]
