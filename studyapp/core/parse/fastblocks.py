"""The block tree of a large document, read line by line (what ``tree.build`` gives).

markdown-it-py reads CommonMark exactly, but at a few microseconds per
character: about 4 s for a 3 MB notes file. A big document is read here
instead, one pass over its lines with the CommonMark block rules that finding
questions depends on (ATX and setext headings, fences, indented code, list
items and how deep they sit, HTML blocks, GFM tables, thematic breaks,
blockquotes (their lines go to a scanner of their own), lazy paragraph lines,
link reference definitions, front matter). Columns count as CommonMark counts
them (a tab to the next multiple of 4 from the start of the line), and a blank
line holds only spaces and tabs. tests/core/parse/test_fastblocks.py checks that
both readers give the same blocks on the corpora, on generated notes and on
seeded random documents.
"""

from __future__ import annotations

import re

from studyapp.core import work_progress
from studyapp.core.parse.tree import RULE_UNDER_TEXT_RE, Block, rule_under_a_line

HEADING_RE = re.compile(r"#{1,6}(?=[ \t]|$)")
FENCE_RE = re.compile(r"(`{3,}|~{3,})(.*)$")
HR_RE = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
ITEM_RE = re.compile(r"([-+*]|(\d{1,9})[.)])([ \t]+|$)")
SETEXT_RE = re.compile(r"(=+|-+)[ \t]*$")
# A link reference definition on one line: [label]: destination, then maybe a title
# and nothing else ("[^1]: a footnote" is a paragraph); no script, file or data link.
REFERENCE_RE = re.compile(
    r"\[(?![ \t]*\])(?:[^\[\]\\]|\\.){1,999}\]:[ \t]*"
    r"(?!(?i:javascript|vbscript|file):)(?!(?i:data:)(?!(?i:image/(?:gif|png|jpeg|webp);)))"
    r"(?:<(?:[^<>\n\\]|\\.)*>|[^\s<][^\s]*)"
    r"(?:[ \t]+(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$"
)
DELIMITER_CELL_RE = re.compile(r"^:?-+:?$")
HTML_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "base",
        "basefont",
        "blockquote",
        "body",
        "caption",
        "center",
        "col",
        "colgroup",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "iframe",
        "legend",
        "li",
        "link",
        "main",
        "menu",
        "menuitem",
        "nav",
        "noframes",
        "ol",
        "optgroup",
        "option",
        "p",
        "param",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "ul",
    ]
)
HTML_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)")
HTML_RAW_RE = re.compile(r"<(pre|script|style|textarea)(?=[\s>]|$)", re.I)
HTML_RAW_END_RE = re.compile(r"</(?:pre|script|style|textarea)>", re.I)
HTML_SEVEN_RE = re.compile(
    r"(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$"
)


def _reading_lines(done: int, total: int) -> str:
    return f"reading line {done:,} of {total:,}"


def _expand(line: str) -> tuple[int, int]:
    """(columns of leading whitespace, tabs expanded; characters of it). Columns count
    from the start of the line: a tab's width depends on where it sits, so a line is
    measured whole, never after its container's indentation is cut off."""
    if line[:1] not in (" ", "\t"):
        return 0, 0
    if "\t" not in line:
        pos = len(line) - len(line.lstrip(" "))
        return pos, pos
    pos = len(line) - len(line.lstrip(" \t"))
    # (str.expandtabs counts from the string's start, as here; a loop over the
    # characters took 4 s on an outline 3,500 tabs deep)
    return len(line[:pos].expandtabs(4)), pos


def _strip_columns(line: str, columns: int) -> str:
    """`line` with up to `columns` columns of leading whitespace removed."""
    if not columns or line[:1] not in (" ", "\t"):
        return line
    spaces = len(line) - len(line.lstrip(" "))
    if spaces >= columns or line[spaces : spaces + 1] != "\t":
        return line[min(spaces, columns) :]  # no tab to expand: plain slicing
    col = pos = 0
    while pos < len(line) and col < columns:
        ch = line[pos]
        if ch == " ":
            col += 1
        elif ch == "\t":
            width = 4 - col % 4
            if col + width > columns:
                return " " * (col + width - columns) + line[pos + 1 :]
            col += width
        else:
            break
        pos += 1
    return line[pos:]


def _blank(line: str) -> bool:
    """Whether `line` holds only spaces and tabs: to CommonMark a line of other white
    space (a no-break space, an ideographic space) is text, not a blank line."""
    return not line.strip(" \t")


def _marker(rest: str) -> str:
    """The list marker `rest` starts with ("-", "+", "*", or "." or ")" after a number)."""
    item = ITEM_RE.match(rest)
    return item.group(1)[-1] if item else ""


def _cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", text)]


class _Item:
    __slots__ = ("block", "content", "marker")

    def __init__(self, block: int, content: int, marker: str) -> None:
        self.block = block
        self.content = content
        self.marker = marker  # "-", "+" or "*", or an ordered item's "." or ")"


class _Source:
    """Where a code or HTML block's text comes from: its lines with `width` columns of
    indentation removed (markdown-it's ``getLines``); a block opening on an item's
    first line reads that line as `first` (the item marker as spaces)."""

    __slots__ = ("block", "closed", "fenced", "first", "width")

    def __init__(self, block: Block, width: int, first: str, *, fenced: bool = False) -> None:
        self.block = block
        self.width = width
        self.first = first
        self.fenced = fenced
        self.closed = False

    def text(self, lines: list[str]) -> str:
        block = self.block
        start, stop = block.start, block.end
        if self.fenced:  # the lines between the fences
            start, stop = start + 1, stop - (1 if self.closed else 0)
            if stop < start:
                return ""
        if isinstance(lines, list):
            body = lines[start - 1 : stop]
        else:
            body = [lines[n - 1] for n in range(start, stop + 1)]
        if not self.fenced:
            body[0] = self.first
        width = self.width
        if width:  # mostly lines indented that far or more: sliced
            indent = " " * width
            body = [
                line[width:] if line.startswith(indent) else _strip_columns(line, width)
                for line in body
            ]
        # each line with its newline; the document's last line may have none
        ends = block.kind == "html" or self.fenced
        return "\n".join(body) + ("" if ends and stop == len(lines) else "\n")


# Quotes inside quotes read as quotes this deep; a ">" deeper still is the text of
# the innermost (each level reads its lines through the one around it: 3,000 levels of
# ">" stopped the import with a RecursionError). Mail threads pasted in reach a dozen.
# markdown-it-py, which reads the smaller documents, stops at 20 (its commonmark
# maxNesting): a quote deeper than that has no blocks there. Each line costs a step
# per level it sits in, so 64 levels made 3,000 lines of ever deeper ">" take 3 s.
MAX_QUOTE_LEVELS = 20


class _QuoteLines:
    """A blockquote's lines as its scanner reads them: a ``>`` line without its marker
    (and one space after it), its content starting at column `base`; a lazy line as
    it is. Looked up by index, so a quote costs nothing for the lines it does not read."""

    def __init__(self, lines, base: int, indent: int) -> None:
        self.outer = lines
        self.raw = lines.raw if isinstance(lines, _QuoteLines) else lines
        # quotes around these lines, this one's included (each reads its outer's lines)
        self.level = lines.level + 1 if isinstance(lines, _QuoteLines) else 1
        self.base = base
        self.indent = indent  # the column of the quote's container
        # The lines last read, by index: a line is read at each level of the quotes
        # around it, each level through the one around it, so without these each line
        # cost the square of its depth, each step a copy of the line (3,000 lines of
        # deeper ">" took 12 s). A few, for a table's header reads the line below it.
        self.seen: dict[int, tuple[str, str | None]] = {}

    def __len__(self) -> int:
        return len(self.outer)

    def _read(self, index: int) -> tuple[str, str | None]:
        """Line `index` as the quote around this one gives it, and its text after a
        ``>`` (None: no ``>``)."""
        found = self.seen.get(index)
        if found is None:
            raw = self.outer[index]
            found = raw, _quote_content(raw)
            if len(self.seen) >= 4:
                self.seen.clear()
            self.seen[index] = found
        return found

    def __getitem__(self, index: int) -> str:
        raw, content = self._read(index)
        return raw if content is None else " " * self.base + content

    def inside(self, index: int) -> bool:
        """Whether line `index` (0-based) goes on the quote with a ``>`` of its own."""
        if index >= len(self.outer) or (
            isinstance(self.outer, _QuoteLines) and not self.outer.inside(index)
        ):
            return False
        raw, content = self._read(index)
        return content is not None and _expand(raw)[0] >= self.indent


def _quote_content(raw: str) -> str | None:
    """What follows a line's ``>`` and the one space (or column of a tab) after it, its
    tabs as spaces (they count from the start of the line); None for a line not
    opening with ``>``."""
    col, pos = _expand(raw)
    if raw[pos : pos + 1] != ">":
        return None
    after, start = raw[pos + 1 :], col + 1
    if after[:1] == " ":
        after, start = after[1:], start + 1
    elif after[:1] == "\t":  # the tab's other columns are spaces
        after, start = " " * (3 - (col + 1) % 4) + after[1:], start + 1
    if "\t" in after:
        after = (" " * start + after).expandtabs(4)[start:]
    return after


class Scanner:
    """One pass over `lines`; a blockquote's lines go to a scanner of their own (quoted
    blocks, in the same block list), nested `depth` items deep, its text at `base`."""

    def __init__(
        self,
        lines,
        blocks: list[Block] | None = None,
        *,
        base: int = 0,
        depth: int = 0,
        item: int = -1,
        lead: bool = False,
    ) -> None:
        self.lines = lines
        self.raw = lines.raw if isinstance(lines, _QuoteLines) else lines  # the document's
        self.quoted = blocks is not None
        self.blocks: list[Block] = [] if blocks is None else blocks
        self.base = base  # the column the text starts at (past a quote's ">")
        self.outer_depth = depth
        self.outer_item = item
        self.pending = lead  # the first block is the lead of the item the quote opens
        self.sub: Scanner | None = None  # the open blockquote
        self.last = 0  # the last line read
        self.sources: list[_Source] = []  # of the code and HTML blocks: their text, at the end
        self.items: list[_Item] = []
        self.para: Block | None = None
        self.para_lines: list[str] = []
        self.fence: tuple[Block, str, _Source, int] | None = None  # block, marker, source, depth
        self.html: tuple[Block, str] | None = None  # block, how it ends
        self.code: Block | None = None
        self.table: Block | None = None
        self.fresh = -1  # index of an item whose lead block is still to come
        self.sibling = ""  # the marker of an item the line ends: one like it goes on its list
        self.headed = False  # a heading written with "#" came before (tree.rule_under_a_line)

    # -- helpers

    def _margin(self) -> bool:
        """Whether blocks now start at the margin: in no list item, no quote."""
        return not self.quoted and not self.outer_depth and not self.items

    def _common(self) -> dict:
        return {
            "depth": self.outer_depth + len(self.items),
            "item": self.items[-1].block if self.items else self.outer_item,
            "quoted": self.quoted,
        }

    def _lead_due(self) -> bool:
        """Whether the next block is the first of its item."""
        if self.items:
            return self.fresh == self.items[-1].block
        return self.pending

    def _add(self, block: Block) -> Block:
        if block.kind != "item":
            block.lead = self.fresh == self.items[-1].block if self.items else self.pending
            self.fresh = -1
        self.pending = False
        self.blocks.append(block)
        return block

    def _close_para(self) -> None:
        if self.para is not None:
            self.para.text = "\n".join(self.para_lines).strip()
            self.para = None
            self.para_lines = []

    def _close_leaves(self) -> None:
        if self.para is not None:
            self._close_para()
        self.code = None
        self.table = None
        if self.sub is not None:
            self._close_quote()

    def _close_quote(self) -> None:
        if self.sub is not None:
            self.sub._finish(self.sub.last + 1)
            if self.sub.pending:  # a quote of no blocks: the next block leads its item
                self.pending = not self.items
                self.fresh = self.items[-1].block if self.items else -1
            self.sub = None

    def _takes_lazy(self, raw: str) -> bool:
        """Whether a lazy line goes on an open paragraph here (in a quote in this one:
        if it starts no block there, whatever its indentation, as markdown-it reads it)."""
        if self.sub is None:
            return self.para is not None
        if self._starts_block(raw.lstrip(" \t"), self._indent(len(self.items)), lazy=True):
            return False
        return self.sub._takes_lazy(raw)

    def _lazy(self, number: int, raw: str) -> None:
        self.last = number
        if self.sub is not None:
            self.sub._lazy(number, raw)
        elif self.para is not None:
            self.para_lines.append(raw.strip())
            self.para.end = number

    def _end_items(self, depth: int, line_number: int) -> None:
        while len(self.items) > depth:
            item = self.items.pop()
            block = self.blocks[item.block]
            block.end = max(block.start, self._last_content(block.start, line_number - 1))

    def _last_content(self, start: int, stop: int) -> int:
        while stop > start and not self.raw[stop - 1].strip():  # a ">" line is no blank
            stop -= 1
        return stop

    # -- the pass

    def _front_matter(self) -> int:
        """YAML front matter (three or more ``-`` opening line 1, to a line of as many
        ``-`` or more, or ``...``; as mdit_py_plugins reads it): its last line, or 0."""
        opening = re.match(r"-{3,}", self.lines[0]) if self.lines else None
        if opening is None:
            return 0
        dashes = len(opening.group(0))
        closing = re.compile(rf"(?: {{0,3}}-{{{dashes},}}|\.\.\.)[ \t]*$")
        for number in range(2, len(self.lines) + 1):
            if closing.match(self.lines[number - 1]):
                text = "\n".join(self.lines[1 : number - 1])
                self.blocks.append(Block("front_matter", 1, number, text))
                return number
        return 0

    def run(self) -> list[Block]:
        first = self._front_matter()
        lines = work_progress.counting(self.lines, _reading_lines)
        for number, raw in enumerate(lines, start=1):
            if number > first:
                self._line(number, raw)
        # An unclosed fence or HTML block runs to the last line, but a blank last line
        # (what follows the final newline) is no line to markdown-it.
        last = len(self.lines) - (1 if self.lines and _blank(self.lines[-1]) else 0)
        self._finish(last + 1)
        return self.blocks

    def _finish(self, stop: int) -> None:
        """Close every open block before line `stop`."""
        self._close_leaves()
        self.fence = self.html = None
        self._end_items(0, stop)
        for source in self.sources:
            block = source.block
            block.end = max(block.start, min(block.end, stop - 1))
            if (
                self.quoted
                and source.fenced
                and not source.closed
                and block.end == len(self.lines) > block.start
                and _blank(self.lines[-1])
            ):
                block.end -= 1  # markdown-it-py's fence stops at an empty ">" ending the text
            block.text = source.text(self.lines)

    def _line(self, number: int, raw: str) -> None:
        self.last = number
        blank = not raw.strip(" \t")  # (_blank, inline: every line comes here)
        if self.fence is not None:
            block, marker, source, depth = self.fence
            col, pos = _expand(raw) if depth or raw[:1] in (" ", "\t") else (0, 0)
            if depth == 0 or blank or col >= self.items[depth - 1].content:
                block.end = number
                if raw[pos : pos + 1] == marker[0] and col - self._indent(depth) < 4:
                    stripped = raw[pos:].rstrip(" \t")
                    if stripped.startswith(marker) and set(stripped) == {marker[0]}:
                        source.closed = True
                        self.fence = None
                return
            self.fence = None
        if self.html is not None:
            block, ending = self.html
            if ending == "blank":
                if blank:
                    self.html = None
                    self._close_leaves()
                    return
                if self._continues_items(raw):
                    block.end = number
                    return
                self.html = None
            elif blank or self._continues_items(raw):
                block.end = number
                if re.search(ending, raw, re.I):
                    self.html = None
                return
            else:  # a line left of its item ends it, closed or not
                self.html = None
        if blank:
            self._close_para()
            self.table = None
            if self.sub is not None:
                self._close_quote()
            if self.code is not None:
                self.code = self.code  # blank lines may sit inside indented code
            return
        col, _ = _expand(raw)
        # which open items this line is still inside
        keep = 0
        for item in self.items:
            if col >= item.content:
                keep += 1
            else:
                break
        if keep < len(self.items):
            lazy = (
                (self.para is not None or (self.sub is not None and self.sub._takes_lazy(raw)))
                and not self._starts_block(raw, self._indent(len(self.items)), lazy=True)
                and not (  # a table header ends a paragraph (one in a quote takes it)
                    self.para is not None
                    and "|" in raw
                    and self._table_header(number, raw.strip()) is not None
                )
            )
            if lazy:
                self._lazy(number, raw)
                return
            self._close_leaves()
            self.sibling = self.items[keep].marker
            self._end_items(keep, number)
        self._block_start(number, raw)

    def _indent(self, depth: int) -> int:
        return self.items[depth - 1].content if depth > 0 else self.base

    def _continues_items(self, raw: str) -> bool:
        col, _ = _expand(raw)
        return all(col >= item.content for item in self.items)

    def _starts_block(self, raw: str, indent: int, *, lazy: bool = False) -> bool:
        """Whether `raw`, inside containers indented `indent` columns, starts a block."""
        col, pos = _expand(raw)
        if col - indent >= 4:
            return False
        rest = raw[pos:]
        item = ITEM_RE.match(rest)
        if item and self.items and col < indent and col - self._indent(len(self.items) - 1) >= 4:
            item = None  # left of its item but 4 columns into the list: a lazy line
        return bool(
            HEADING_RE.match(rest)
            or FENCE_RE.match(rest)
            or HR_RE.match(rest)
            or rest.startswith(">")
            or (item and (lazy or self._item_interrupts(rest)))
            or self._html_start(rest, interrupting=True)
        )

    def _item_interrupts(self, rest: str) -> bool:
        match = ITEM_RE.match(rest)
        if match is None or _blank(rest[match.end() :]):
            return False
        return match.group(2) is None or match.group(2) == "1"

    def _html_start(self, rest: str, *, interrupting: bool) -> str | None:
        if not rest.startswith("<"):
            return None
        if HTML_RAW_RE.match(rest):
            return r"</(?:pre|script|style|textarea)>"
        if rest.startswith("<!--"):
            return "-->"
        if rest.startswith("<?"):
            return r"\?>"
        if rest.startswith("<![CDATA["):
            return r"\]\]>"
        if re.match(r"<![A-Za-z]", rest):
            return ">"
        tag = HTML_TAG_RE.match(rest)
        if tag and tag.group(1).lower() in HTML_BLOCK_TAGS:
            return "blank"
        if not interrupting and HTML_SEVEN_RE.match(rest):
            return "blank"
        return None

    def _block_start(self, number: int, raw: str) -> None:
        depth = len(self.items)
        indent = self._indent(depth)
        base, pos = _expand(raw)  # every open item holds the line: base >= indent
        col = base - indent
        rest = raw[pos:]
        sibling, self.sibling = self.sibling, ""
        if self.sub is not None:
            if rest.startswith(">"):  # a quote goes on at any indentation (markdown-it)
                self.sub._line(number, self.sub.lines[number - 1])
                return
            if not self._starts_block(raw, indent, lazy=True) and self.sub._takes_lazy(raw):
                self._lazy(number, raw)
                return
            self._close_quote()
        if col >= 4:
            if self.para is not None:
                self.para_lines.append(rest.strip())
                self.para.end = number
                return
            if self.code is None:
                self._close_leaves()
                self.code = self._add(Block("code", number, number, **self._common()))
                self.sources.append(_Source(self.code, self._indent(depth) + 4, raw))
            self.code.end = number
            return
        if self.code is not None:
            self.code = None
        if self.table is not None:
            if number == self.table.start + 1:
                return  # the delimiter row
            if rest.strip() and not self._starts_block(raw, indent, lazy=True):
                width = len(self.table.rows[0][1])
                self.table.rows.append((number, (_cells(rest) + [""] * width)[:width]))
                self.table.end = number
                return
            self.table = None
        if (
            "|" in rest
            and not (sibling and _marker(rest) == sibling)
            and self._table_starts(number, rest)
        ):
            # markdown-it tries a table before any other block (a table also interrupts
            # a paragraph), but a list goes on with its next item
            return
        if rest[:1].isalpha() and "|" not in rest:
            # a line starting with a letter starts no block but a paragraph (or goes on one)
            if self.para is not None:
                self.para_lines.append(rest.strip())
                self.para.end = number
                return
            if not REFERENCE_RE.match(rest):
                self.para = self._add(Block("paragraph", number, number, **self._common()))
                self.para_lines = [rest.strip()]
            return
        if rest.startswith(">") and self._quote_level() < MAX_QUOTE_LEVELS:
            self._open_quote(number, raw, base)
            return
        first = rest[:1]
        if (
            self.para is not None
            and first in ("=", "-")
            and SETEXT_RE.match(rest)
            and self.para.depth == self.outer_depth + depth
        ):
            if (
                self.para.start < number - 1 and RULE_UNDER_TEXT_RE.match(rest)
            ) or rule_under_a_line(self.para_lines[0], rest, self.headed and self._margin()):
                # lines of text over "---" or "===": a paragraph and a rule (as tree.py)
                self._close_leaves()
                self._add(Block("hr", number, number, **self._common()))
                return
            level = 1 if rest[0] == "=" else 2
            para = self.para
            self._close_para()
            para.kind, para.level, para.end = "heading", level, number
            return
        if first in ("-", "*", "_") and HR_RE.match(rest):
            self._close_leaves()
            self._add(Block("hr", number, number, **self._common()))
            return
        heading = HEADING_RE.match(rest) if first == "#" else None
        if heading:
            self._close_leaves()
            content = rest[heading.end() :].strip()
            content = re.sub(r"(?:^|[ \t]+)#+[ \t]*$", "", content).strip()
            level = len(heading.group(0))
            self._add(Block("heading", number, number, content, level=level, **self._common()))
            self.headed = self.headed or self._margin()  # (a short "---" below: a rule)
            return
        fence = FENCE_RE.match(rest) if first in ("`", "~") else None
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self._close_leaves()
            block = self._add(Block("code", number, number, **self._common()))
            source = _Source(block, self._indent(depth) + col, raw, fenced=True)
            self.sources.append(source)
            self.fence = (block, fence.group(1), source, depth)
            return
        item = ITEM_RE.match(rest) if first in ("-", "+", "*") or first.isdigit() else None
        if item and (self.para is None or self._item_interrupts(rest)):
            self._close_leaves()
            after = rest[item.end() :]
            marker_end = base + item.end(1)
            # the rest of the line, the marker (and what is left of it) as spaces
            gap = item.group(3)
            remainder = " " * marker_end + gap + after
            spaces = _expand(remainder)[0] - marker_end if "\t" in gap else len(gap)
            # the text starts after the spaces, or (an empty first line, or indented code
            # right after the marker) one column after the marker
            content = marker_end + (spaces if not _blank(after) and spaces <= 4 else 1)
            number_text = item.group(2)
            self._add(
                Block(
                    "item",
                    number,
                    number,
                    ordered=number_text is not None,
                    number=int(number_text) if number_text is not None else None,
                    **self._common(),
                )
            )
            self.items.append(_Item(len(self.blocks) - 1, content, item.group(1)[-1]))
            self.fresh = len(self.blocks) - 1
            if not _blank(after):
                self._block_start(number, remainder)
            elif number < len(self.lines) and _blank(self.lines[number]):
                self._end_items(depth, number + 2)  # at most one blank line opens an item
            return
        html = self._html_start(rest, interrupting=self.para is not None) if first == "<" else None
        if html is not None:
            self._close_leaves()
            block = self._add(Block("html", number, number, **self._common()))
            self.sources.append(_Source(block, self._indent(depth), raw))
            if html == "blank":
                self.html = (block, "blank")
            elif not re.search(html, rest[1:], re.I):
                self.html = (block, html)
            return
        if self.para is None and first == "[" and REFERENCE_RE.match(rest):
            return  # a link reference definition: no block of its own
        if self.para is not None:
            self.para_lines.append(rest.strip())
            self.para.end = number
            return
        self.para = self._add(Block("paragraph", number, number, **self._common()))
        self.para_lines = [rest.strip()]

    def _quote_level(self) -> int:
        return self.lines.level if isinstance(self.lines, _QuoteLines) else 0

    def _open_quote(self, number: int, raw: str, col: int) -> None:
        self._close_leaves()
        content = _quote_content(raw) or ""
        base = col + 1 + (1 if raw.lstrip(" \t")[1:2] in (" ", "\t") else 0)
        common = self._common()
        self.sub = Scanner(
            _QuoteLines(self.lines, base, self._indent(len(self.items))),
            self.blocks,
            base=base,
            depth=common["depth"],
            item=common["item"],
            lead=self._lead_due(),
        )
        self.fresh, self.pending = -1, False
        self.sub._line(number, " " * base + content)

    def _table_starts(self, number: int, rest: str) -> bool:
        header = self._table_header(number, rest)
        if header is None:
            return False
        self._close_leaves()
        table = self._add(Block("table", number, number + 1, **self._common()))
        table.rows.append((number, header))
        self.table = table
        return True

    def _table_header(self, number: int, rest: str) -> list[str] | None:
        """The header cells if line `number` (`rest`, its text) heads a table."""
        if number >= len(self.lines) or (self.quoted and not self.lines.inside(number)):
            return None
        indent = self._indent(len(self.items))
        col, pos = _expand(self.lines[number])
        below = self.lines[number][pos:].rstrip(" \t")
        # the delimiter row: in the same item, no code; "|", "-" or ":" then another
        # (or a space, but "- " starts a list item), and nothing but those and spaces
        if not indent <= col < indent + 4 or len(below) < 2 or "-" not in below:
            return None
        if below[0] not in "|-:" or below[1] not in "|-: \t" or below[:2] in ("- ", "-\t"):
            return None
        if not set(below) <= set("|-: \t"):
            return None
        header, delimiter = _cells(rest), _cells(below)
        if len(header) != len(delimiter) or not all(DELIMITER_CELL_RE.match(c) for c in delimiter):
            return None
        return header


def scan(lines: list[str]) -> list[Block]:
    scanner = Scanner(lines)
    blocks = scanner.run()
    return blocks
