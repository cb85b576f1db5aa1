"""Where the weak-topics PDF's pages break: what is kept together on one page.

QTextDocument paginates the report itself (its page size is the PDF's text area),
line by line and table row by table row, and knows no "page-break-inside: avoid".
It split a short code block or a question's options (A–D) over two pages, and left
a heading at a page's foot with what it heads on the next. So the report's parts
are kept together by one rule: a part that would be cut by a page's end, and that
fits on a page, starts the next page instead (a page break is set before it).

The parts (`_keeps`), on the cover (its table of weak topics) and in the questions:
- a question: whole when it is short (KEEP_WHOLE of a page); a longer one keeps its
  title with at least KEEP_AFTER_TITLE px of what follows, and with the answer's
  first part (a paragraph, code block, list or table; a heading or "Example:" with
  the part it leads into) where that fits a page;
- a table (a code block is one: export.report_html boxes it in a one-cell table);
- a list, with the lists nested in it (a question's options);
- a heading, a line ending in a colon ("Example:"), a one-line caption over a
  table or code block ("YOUR LAST MOCK ANSWER" over its box), or a paragraph of
  SHORT_PARAGRAPH lines or fewer that ends in a colon over a list, table or code block
  ("… paired with the correct output.⏎Examples:"), with what follows it (its
  first paragraph, list, code block or table), or, where that is longer than a
  page, with KEEP_AFTER_TITLE px of it.
- a paragraph of SHORT_PARAGRAPH lines or fewer (the cover's note ended a line on
  the cover, two overleaf).
A part longer than a page is split where the page ends, as before. A longer paragraph
splits too, but never leaves LONE_LINES alone at a page's foot (it moves whole) or
at the next page's top (it is cut into two blocks a line earlier, `_break_at_line`).
A part moved to a page's top starts at its top, as a page's first line does
(`_break_before`).

A table with a header row (the cover's weak topics, a Markdown table) that starts
in a page's upper half is not moved, though it would fit the next page: moving it
left that page more than half blank (the cover's title alone over an empty page,
its table of 30 topics on the next). It splits where the page ends instead, Qt
repeating its header row at the next page's top; a heading over it stays with its
first rows. One that starts lower still moves whole.

What opens a question (its title, its reason line, its answer's first part and a
heading or "Example:" over that) is measured with the question's first line above it
(`_carried`): a part that moves to the next page takes the question's title along,
and one that fits a page but not under the title splits as a longer one does, a
heading over it kept with KEEP_AFTER_TITLE px of it. Measured alone, the heading
over a large table moved it overleaf after the question had stayed, its title and
reason line left alone at a page's foot, 40 % of the page blank under them; a table
under the title of a question that starts in a page's upper half splits as the
question's keep assumed.

The questions follow the cover, report_html.QUESTION_GAP below its end, as each follows the one
before: the first is kept as any question is (whole, or its title with its answer's
start), so it starts the next page only where that does not fit under the cover. A
short cover had a page to itself, most of it blank, the first question overleaf.

A table's row (no taller than half a page) that a page's end would cut in two
starts the next page whole (export.table_rows.push_row_over); so does the row
before a table's last row where that last row alone would go overleaf. A code block
or list longer than a page never leaves LONE_LINES lines or items alone (`_lone_unit`):
at a page's foot it moves whole, at a page's top the line or item before them goes
with them (a top margin to the page's end, `_push_line`). Nor does a table leave its
first row alone at a page's foot (export.table_rows.lone_row): it moves whole.

A horizontal rule (`---` in an answer) that would start a page is dropped, and what
follows it starts the page: a separator at a page's top separates nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from studyapp.export.layout_window import LayoutWindow
from studyapp.export.page import CONTENT_H, EDGE, ExportCancelled, page_of
from studyapp.export.table_rows import first_cut_row, lone_row, push_row_over, undo_pushes

# A question no taller than this share of a page is never split over two; of a longer
# one, at least KEEP_AFTER_TITLE px of what follows its title stay with the title (so
# too of a heading over a part longer than a page).
KEEP_WHOLE = 0.35
KEEP_AFTER_TITLE = 90.0  # layout px: the reason line and three or four lines of answer

# A paragraph of this many lines or fewer is never split over two pages; of a longer
# one, at least LONE_LINES + 1 lines stay on each side of a page's end.
SHORT_PARAGRAPH = 4
LONE_LINES = 1

# A table with a header row that would leave more than this share of its page blank
# if moved to the next page splits instead, its header row repeated.
SPLIT_TABLE_ROOM = 0.5

# Layout px: how far an estimated place may be off (the space dropped above a part
# that starts a page, a line that Qt moves).
_UNSURE = 40.0

_TRIES = 3  # times a table's row is pushed over before it is left where Qt puts it

_ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
_RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth

Item = QTextBlock | QTextFrame  # a block of the document's flow, or a table in it


def anchored_blocks(doc: QTextDocument, prefix: str) -> list[tuple[QTextBlock, int]]:
    """(block, number) for every anchor named `prefix` and a number, in document order."""
    found: list[tuple[QTextBlock, int]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(prefix) and name[len(prefix) :].isdigit():
                    found.append((block, int(name[len(prefix) :])))
            it += 1
        block = block.next()
    return found


@dataclass(frozen=True, slots=True)
class _Keep:
    """A part of the report to keep on one page: from `first` to `last`, whole when
    no taller than `whole`; else, with a `head` (a title), that and KEEP_AFTER_TITLE
    px after it, and up to `lead` (what the title opens with) where that fits a page."""

    first: Item
    last: Item
    whole: float
    head: Item | None = None
    lead: Item | None = None
    rule: bool = False  # `first` is a horizontal rule, `last` what follows it
    rows: bool = False  # `first` is a table whose rows are each kept on one page
    lines: bool = False  # `first` is a paragraph: whole when short, else no line alone
    code: bool = False  # a code block (a one-cell table) or list: no line or item alone
    carry: Item | None = None  # a question's first line, where `first` opens it: moved with it


@dataclass(frozen=True, slots=True)
class _Piece:
    """A part of the flow: a block, a table, or a run of list items."""

    first: Item
    last: Item
    heading: bool = False


def _flow(doc: QTextDocument) -> list[_Piece]:
    """The top-level parts of the document in order: blocks with text, tables, and
    lists (a run of list items, nested lists with them)."""
    pieces: list[_Piece] = []
    in_list = False
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        it += 1
        if frame is not None:
            pieces.append(_Piece(frame, frame))
            in_list = False
        elif block.isValid() and block.textList() is not None:
            if in_list:
                pieces[-1] = _Piece(pieces[-1].first, block)
            else:
                pieces.append(_Piece(block, block))
            in_list = True
        elif block.isValid() and block.text().strip():
            pieces.append(_Piece(block, block, _heads(block)))
            in_list = False
        # an empty block (the one Qt puts after a table) is no part, nor ends a list
    return _captions(pieces)


def _captions(pieces: list[_Piece]) -> list[_Piece]:
    """`pieces`, a line over what it introduces kept with it as a heading is: a line of
    one line over a table or code block, its caption ("YOUR LAST MOCK ANSWER" over the
    typed answer's box, "Table 2: latency by region"); and a short paragraph that ends
    in a colon over a list, table or code block, its lead-in ("… paired with the correct
    output.⏎Examples:" over the examples). The label was left at a page's foot, its box
    overleaf; so was "Examples:", its list on the next page."""
    return [
        replace(piece, heading=True) if _captions_next(piece, after) else piece
        for piece, after in zip(pieces, [*pieces[1:], None], strict=True)
    ]


def _captions_next(piece: _Piece, after: _Piece | None) -> bool:
    block = piece.first
    if (
        after is None
        or not isinstance(block, QTextBlock)
        or block != piece.last
        or block.textList() is not None
    ):
        return False
    lines = block.layout().lineCount()
    if isinstance(after.first, QTextFrame) and lines == 1:
        return True
    introduces = isinstance(after.first, QTextFrame) or after.first.textList() is not None
    return introduces and lines <= SHORT_PARAGRAPH and block.text().rstrip().endswith(":")


def _heads(block: QTextBlock) -> bool:
    """A heading, or a line that leads into what follows ("Example:", "**Purpose:**",
    "The options are:"): either is kept with it."""
    if block.blockFormat().headingLevel() > 0:
        return True
    lines = block.layout().lineCount()
    return lines == 1 and block.text().rstrip().endswith(":")


def _question_starts(doc: QTextDocument, pieces: list[_Piece], question_anchor: str) -> list[int]:
    """The index in `pieces` of each question's first part (its topic line), in order."""
    index = {_key(p.first): i for i, p in enumerate(pieces)}
    return sorted(
        index[_key(b)] for b, _ in anchored_blocks(doc, question_anchor) if _key(b) in index
    )


def _keeps(pieces: list[_Piece], starts: list[int]) -> list[_Keep]:
    """What to keep together, in document order of where each starts."""
    keeps: list[_Keep] = []
    ends = [*starts[1:], len(pieces)]
    question_of = dict(zip(starts, ends, strict=False))  # (no question: the cover alone)
    for i in range(len(pieces)):  # the cover's parts too: its table of weak topics
        piece = pieces[i]
        if i in question_of:
            end = question_of[i]  # topic line, title, why it is weak, the answer
            title = pieces[i + 1].first if i + 1 < end else None
            lead = pieces[_led(pieces, i + 3, end)].last if i + 3 < end else None
            last = pieces[end - 1].last
            keeps.append(_Keep(piece.first, last, KEEP_WHOLE * CONTENT_H, title, lead))
        elif piece.heading:
            stop = next((s for s in starts if s > i), len(pieces))
            if i + 1 < stop:
                led = pieces[_led(pieces, i + 1, stop)].last
                keeps.append(_Keep(piece.first, led, CONTENT_H, piece.first))
        elif piece.first != piece.last or isinstance(piece.first, QTextFrame):
            keeps.append(_Keep(piece.first, piece.last, CONTENT_H))
        elif piece.first.textList() is None:
            keeps.append(_Keep(piece.first, piece.last, CONTENT_H, lines=True))
    return keeps


def _led(pieces: list[_Piece], at: int, stop: int) -> int:
    """The last of the parts that pieces[at] leads into: a heading or "Example:" with
    what follows it, through any run of them ("### How it works", "Say you are tuning a
    model:", its steps). Kept apart, each left the one above it alone at a page's foot."""
    while pieces[at].heading and at + 1 < stop:
        at += 1
    return at


def _openings(pieces: list[_Piece], starts: list[int]) -> dict[tuple[str, int], Item]:
    """Each part that opens a question (its title, its reason line, its answer's first
    part and the headings or "Example:" that lead into it) → the question's first part,
    which a move of it to the next page takes along (`_carried`)."""
    opening: dict[tuple[str, int], Item] = {}
    for start, end in zip(starts, [*starts[1:], len(pieces)], strict=False):
        last = _led(pieces, start + 3, end) if start + 3 < end else end - 1
        for piece in pieces[start + 1 : last + 1]:
            opening[_key(piece.first)] = pieces[start].first
    return opening


def _carried(
    layout: QAbstractTextDocumentLayout, keep: _Keep, top: float, shift: float
) -> tuple[Item, float]:
    """What moving `keep` (its top at `top`) starts the next page with, and where that
    starts: the question it opens, from its first line, where that is on the same page
    (the title moved on with its answer's start, not left at the page's foot alone);
    else `keep`'s own first part."""
    if keep.carry is None:
        return keep.first, top
    head = _top(layout, keep.carry) + shift
    if page_of(head) != page_of(top):
        return keep.first, top
    return keep.carry, head


def _at_top(top: float) -> bool:
    """`top` is at its page's top (where Qt puts what a break moves)."""
    return top - page_of(top) * CONTENT_H <= EDGE


def _whole_move(layout: QAbstractTextDocumentLayout, keep: _Keep) -> Item | None:
    """What starts the next page where `keep` (as laid out) moves there whole: its
    first part, or the question it opens (`_carried`); None where that question starts
    its page already (moved on, it would start the next one so too)."""
    target, top = _carried(layout, keep, _top(layout, keep.first), 0.0)
    if target is not keep.first and _at_top(top):
        return None
    return target


def _rules(doc: QTextDocument) -> list[_Keep]:
    """A keep for each horizontal rule in the document's flow, with the part after it."""
    rules: list[_Keep] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        it += 1
        if it.atEnd() or not block.isValid() or not block.blockFormat().hasProperty(_RULE):
            continue
        after = it.currentFrame() or it.currentBlock()
        rules.append(_Keep(block, after, 0.0, rule=True))
    return rules


def _row_keeps(doc: QTextDocument) -> list[_Keep]:
    """A keep for the rows of each table of more than one row in the document's flow."""
    return [
        _Keep(frame, frame, 0.0, rows=True)
        for frame in doc.rootFrame().childFrames()
        if isinstance(frame, QTextTable) and frame.rows() > 1
    ]


def _line_keeps(pieces: list[_Piece]) -> list[_Keep]:
    """A keep for the lines of each code block (a one-cell table) and the items of each
    list in the document's flow (its `pieces`)."""
    keeps = []
    for piece in pieces:
        if isinstance(piece.first, QTextTable):
            if piece.first.rows() == piece.first.columns() == 1:
                keeps.append(_Keep(piece.first, piece.first, 0.0, code=True))
        elif isinstance(piece.first, QTextBlock) and piece.first.textList() is not None:
            keeps.append(_Keep(piece.first, piece.last, 0.0, code=True))
    return keeps


def _units(layout: QAbstractTextDocumentLayout, keep: _Keep) -> list[tuple[QTextBlock, float]]:
    """Each line of a code block, or each item of a list: its block and where it starts."""
    if isinstance(keep.first, QTextTable):
        cell = keep.first.cellAt(0, 0)
        block, last = cell.firstCursorPosition().block(), cell.lastCursorPosition().block()
    else:
        assert isinstance(keep.first, QTextBlock) and isinstance(keep.last, QTextBlock)
        block, last = keep.first, keep.last
    found = []
    while block.isValid():
        lines, top = block.layout(), layout.blockBoundingRect(block).top()
        count = (
            lines.lineCount() if isinstance(keep.first, QTextTable) else min(1, lines.lineCount())
        )
        found += [(block, top + lines.lineAt(n).y()) for n in range(count)]
        if block == last:
            break
        block = block.next()
    return found


def _lone_unit(
    layout: QAbstractTextDocumentLayout, keep: _Keep
) -> tuple[QTextBlock | None, float] | None:
    """Where a page's end leaves LONE_LINES or fewer lines of a code block, or items of
    a list, alone: at a page's foot, (None, 0) to move it whole to the next page; at
    the next page's top, the line or item (its own block) to push over with them, and
    how far. None where none is left alone."""
    units = _units(layout, keep)
    pages = [page_of(top) for _, top in units]
    if len(pages) < 2 * (LONE_LINES + 1) or pages[0] == pages[-1]:
        return None
    if pages.count(pages[0]) <= LONE_LINES:
        return None, 0.0
    cut = len(pages) - LONE_LINES - 1
    if pages.count(pages[-1]) > LONE_LINES or pages[cut] == pages[-1]:
        return None
    block, top = units[cut]
    if block.layout().lineAt(0).y() + layout.blockBoundingRect(block).top() != top:
        return None  # a line wrapped inside a block: left as Qt splits it
    return block, (pages[cut] + 1) * CONTENT_H - top + 1


def _push_line(block: QTextBlock, by: float) -> None:
    """Start `block` (a code line, a list's item) on the next page: a top margin `by` px taller."""
    pushed = block.blockFormat()
    pushed.setTopMargin(pushed.topMargin() + by)
    QTextCursor(block).setBlockFormat(pushed)


def _splittable(item: Item | None) -> bool:
    """A table whose header row Qt repeats on each page it runs onto, with rows under it."""
    if not isinstance(item, QTextTable):
        return False
    header = item.format().headerRowCount()
    return header > 0 and item.rows() > header + 1


def _starts_page(layout: QAbstractTextDocumentLayout, rule: QTextBlock) -> bool:
    """Nothing above `rule` on its page: what comes before it ends on an earlier one."""
    end = _text_end(layout, rule)
    return end is not None and page_of(end - 1) < page_of(layout.blockBoundingRect(rule).top())


def _drop_rule(keep: _Keep) -> None:
    """Hide a rule that starts a page; what follows it starts the page instead."""
    assert isinstance(keep.first, QTextBlock)
    keep.first.setVisible(False)
    _break_before(keep.last)
    doc = keep.first.document()
    doc.markContentsDirty(keep.first.position(), keep.first.length())


def _key(item: Item) -> tuple[str, int]:
    if isinstance(item, QTextFrame):
        return ("frame", item.firstPosition())
    return ("block", item.position())


def _position(item: Item) -> int:
    return item.firstPosition() if isinstance(item, QTextFrame) else item.position()


def _top(layout: QAbstractTextDocumentLayout, item: Item) -> float:
    if isinstance(item, QTextFrame):
        return layout.frameBoundingRect(item).top()
    return layout.blockBoundingRect(item).top()


def _bottom(layout: QAbstractTextDocumentLayout, item: Item) -> float:
    if isinstance(item, QTextFrame):
        return layout.frameBoundingRect(item).bottom()
    return layout.blockBoundingRect(item).bottom()


def _end(keep: _Keep) -> int:
    """The position just after what measuring `keep` reads: its last part."""
    if isinstance(keep.last, QTextFrame):
        return keep.last.lastPosition() + 1
    return keep.last.position() + keep.last.length()


def _is_break(item: Item) -> bool:
    if isinstance(item, QTextFrame):
        policy = item.frameFormat().pageBreakPolicy()
    else:
        policy = item.blockFormat().pageBreakPolicy()
    return bool(policy & _ALWAYS_BEFORE)


def _break_before(item: Item) -> None:
    """A page break before `item`, and no space above it: none at a page's top.

    Qt starts the next page, then sets the block there down by the larger of its top
    margin and the bottom margin of the block before it (a paragraph's 12 px, left on
    the page before): both go, so a moved part starts at the page's top as a page's
    first line does (the space below the page before's last block shows nowhere)."""
    if isinstance(item, QTextFrame):
        frame_format = item.frameFormat()
        frame_format.setPageBreakPolicy(_ALWAYS_BEFORE)
        frame_format.setTopMargin(0)
        item.setFrameFormat(frame_format)  # (Qt adds no margin of the block before a table)
        return
    page_break = item.blockFormat()
    page_break.setPageBreakPolicy(_ALWAYS_BEFORE)
    page_break.setTopMargin(0)
    QTextCursor(item).setBlockFormat(page_break)
    _no_space_after(item.previous(), QTextCursor(item).currentFrame())


def _no_space_after(block: QTextBlock, frame: QTextFrame | None) -> None:
    """No bottom margin on `block`, where it is in `frame` (not a table's last cell)."""
    if not block.isValid() or block.blockFormat().bottomMargin() == 0:
        return
    cursor = QTextCursor(block)
    if cursor.currentFrame() != frame:
        return
    spaced = block.blockFormat()
    spaced.setBottomMargin(0)
    cursor.setBlockFormat(spaced)


def _lone_line(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> int | None:
    """Where a page's end leaves LONE_LINES or fewer of a long paragraph's lines alone,
    at that page's foot or the next page's top: 0 to move the paragraph whole to the
    next page, else the line to start the next page (LONE_LINES + 1 go over); None
    when no line is left alone."""
    lines = block.layout()
    top = layout.blockBoundingRect(block).top()
    pages = [page_of(top + lines.lineAt(n).y()) for n in range(lines.lineCount())]
    if pages[0] == pages[-1]:
        return None
    if pages.count(pages[0]) <= LONE_LINES:
        return 0
    if pages.count(pages[-1]) <= LONE_LINES:
        cut = len(pages) - LONE_LINES - 1
        if sum(page == pages[cut] for page in pages[:cut]) > LONE_LINES:
            return cut  # (and enough lines stay above it on its page)
    return None


def _break_at_line(block: QTextBlock, line: int) -> None:
    """Start the next page at `line` of `block`: the paragraph is split in two there,
    the second part starting the page, the first ending the page before."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.layout().lineAt(line).textStart())
    cursor.insertBlock()
    _break_before(cursor.block())


def _flush_breaks(doc: QTextDocument) -> list[Item]:
    """The page breaks the document comes with (an answer's own) leave no space above
    what they move either. Returns what they move."""
    found: list[Item] = []
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    it = doc.rootFrame().begin()
    while not it.atEnd():
        item = it.currentFrame() or it.currentBlock()
        it += 1
        if _is_break(item):
            _break_before(item)
            found.append(item)
    cursor.endEditBlock()
    doc.size()
    return found


def _text_end(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> float | None:
    """Where the text before `block` ends (its last line's foot), if any."""
    before = block.previous()
    while before.isValid() and not (before.isVisible() and before.layout().lineCount()):
        before = before.previous()
    if not before.isValid():
        return None
    lines = before.layout()
    last = lines.lineAt(lines.lineCount() - 1)
    return layout.blockBoundingRect(before).top() + last.y() + last.height()


def keep_together(
    doc: QTextDocument,
    question_anchor: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Start a part on the next page where a page's end would cut it (see the module's
    doc): a question, a table or code block, a list, a heading with what follows.

    Each break moves what follows, and Qt lays out everything after a changed block
    again: a break at a time took a tenth of a second each on a 70-page report. So
    the breaks are placed in rounds: parts are measured top down, those after a
    break as if moved by it to the next page's top, as long as that estimate holds
    (on that page, not too near its end); the breaks found are made at once, and the
    next round measures again from the first part after the round's first.
    Short parts in a row, the common case, then cost one layout, not one each.
    And what lies a few pages beyond the part being measured is hidden meanwhile
    (export.layout_window), so that a round's layout does not cover the rest of the report.

    A long report takes some seconds (a round for most pages): `progress(share)`
    says how far it is (0 to 1) after each round, and ExportCancelled is raised
    between rounds once `cancelled()` turns true.
    """
    # All of it laid out first: measured while Qt still lays the document out lazily,
    # a break made it lose track and leave later blocks on top of one another.
    doc.size()
    pieces = _flow(doc)
    starts = _question_starts(doc, pieces, question_anchor)
    opening = _openings(pieces, starts)
    keeps = sorted(
        (
            replace(keep, carry=opening.get(_key(keep.first)))
            for keep in _keeps(pieces, starts) + _rules(doc) + _row_keeps(doc) + _line_keeps(pieces)
        ),
        key=lambda keep: _position(keep.first),
    )
    _flush_breaks(doc)
    # what lies beyond the parts being measured is hidden meanwhile (layout_window)
    window = LayoutWindow(doc, sorted({_position(keep.first) for keep in keeps}))
    try:
        _place(doc, keeps, window, progress, cancelled)
    finally:
        window.show_all()


def _place(
    doc: QTextDocument,
    keeps: list[_Keep],
    window: LayoutWindow,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """keep_together's rounds: the breaks `keeps` need, made."""
    layout = doc.documentLayout()
    pushes: dict[int, tuple[int, float]] = {}  # keep → (its table's row to push, how far)
    tried: dict[tuple[int, int], int] = {}  # (keep, row) → times pushed: Qt may not move it
    cuts: dict[int, int] = {}  # keep → the line of its paragraph to start the next page
    code_lines: dict[int, tuple[QTextBlock | None, float]] = {}  # keep → line to push, how far
    placed = 0
    while placed < len(keeps):
        if cancelled is not None and cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")
        if progress is not None:
            progress(placed / len(keeps))
        breaks: list[int] = []
        targets: dict[int, Item] = {}  # keep → what its break is before, where not its first
        shift = 0.0  # how far the breaks of this round move what follows
        moved_to = 0  # the page the round's last break moved its part to
        stopped = None  # where the round stopped measuring, if before the end
        for i in range(placed, len(keeps)):
            keep = keeps[i]
            window.show(_end(keep))
            if keep.rule:
                if not keep.first.isVisible():
                    continue  # dropped in an earlier round
                if shift:
                    top = _top(layout, keep.first) + shift
                    if page_of(top) == moved_to and top - moved_to * CONTENT_H > _UNSURE:
                        continue  # under the part the round moved to its page's top
                    stopped = i  # else where it lands is measured, not guessed
                    break
                if _starts_page(layout, keep.first):
                    breaks.append(i)
                    stopped = i + 1  # what follows moves up: measure it again
                    break
                continue
            if keep.rows:
                assert isinstance(keep.first, QTextTable)
                if shift:
                    top = _top(layout, keep.first) + shift
                    end = _bottom(layout, keep.last) + shift
                    if page_of(top) == page_of(end + _UNSURE) == moved_to:
                        continue  # on the page the round moved it to: no row cut
                    stopped = i
                    break
                row, by = first_cut_row(layout, keep.first)
                if row < 0:
                    row, by = lone_row(layout, keep.first)
                if row == 0 and tried.get((i, 0), 0) < _TRIES:
                    tried[(i, 0)] = 1  # its first row alone at a page's foot: moved whole
                    target = _whole_move(layout, keep)
                    if target is None:
                        continue
                    targets[i] = target
                    breaks.append(i)
                    stopped = i
                    break
                if row > 0 and tried.get((i, row), 0) < _TRIES:
                    tried[(i, row)] = tried.get((i, row), 0) + 1
                    breaks.append(i)
                    pushes[i] = (row, by)
                    stopped = i  # the rows after it move: measure them again
                    break
                continue
            if keep.code:
                if shift:
                    top = _top(layout, keep.first) + shift
                    end = _bottom(layout, keep.last) + shift
                    if page_of(top) == page_of(end + _UNSURE) == moved_to:
                        continue
                    stopped = i
                    break
                lone = _lone_unit(layout, keep)
                if lone is not None and tried.get((i, -1), 0) < _TRIES:
                    tried[(i, -1)] = tried.get((i, -1), 0) + 1
                    if lone[0] is None:  # moved whole
                        target = _whole_move(layout, keep)
                        if target is None:
                            continue
                        targets[i] = target
                    breaks.append(i)
                    code_lines[i] = lone
                    stopped = i
                    break
                continue
            if keep.lines and keep.first.layout().lineCount() > SHORT_PARAGRAPH:
                assert isinstance(keep.first, QTextBlock)
                if shift:
                    top = _top(layout, keep.first) + shift
                    end = _bottom(layout, keep.first) + shift
                    if page_of(top) == page_of(end + _UNSURE) == moved_to:
                        continue  # on the page the round moved it to, whole
                    stopped = i
                    break
                cut = _lone_line(layout, keep.first)
                if cut is None:
                    continue
                if not cut:  # moved whole
                    target = _whole_move(layout, keep)
                    if target is None:
                        continue
                    targets[i] = target
                breaks.append(i)
                if cut:
                    cuts[i] = cut
                stopped = i + 1  # what follows moves: measure it again
                break
            top = _top(layout, keep.first) + shift
            if shift and page_of(top) > moved_to:
                stopped = i  # past a page's end since the last break: Qt moves lines and
                break  # rows there, so where this one lands is measured, not guessed
            # the part that opens a question is measured with the question's title above
            # it: moved, it takes the title along; kept, so does its own part's split
            target, top = _carried(layout, keep, top, shift)
            if _at_top(top) or (_is_break(target) and not shift):
                continue  # at a page's top (the space Qt leaves above a break's part)
            end = _bottom(layout, keep.last) + shift
            # moved, it would leave the rest of its page blank: a table with a header
            # row splits instead where that is more than half the page
            splits = (page_of(top) + 1) * CONTENT_H - top > SPLIT_TABLE_ROOM * CONTENT_H
            if end - top <= keep.whole and not (splits and _splittable(keep.last)):
                bottom = end
            elif keep.head is not None:
                bottom = _bottom(layout, keep.head) + shift + KEEP_AFTER_TITLE
                if keep.lead is not None and not (splits and _splittable(keep.lead)):
                    lead = _bottom(layout, keep.lead) + shift
                    if lead - top <= CONTENT_H:
                        bottom = max(bottom, lead)
                bottom = min(end, bottom)
            else:
                continue  # longer than a page, or a table to split: split at the page's end
            # too near the page's end to tell from an estimate: Qt's own moves in the
            # part the round moved (a line or row pushed to a page's top) are in it
            near_end = page_of(bottom - 1 - _UNSURE) != page_of(bottom - 1 + _UNSURE)
            if shift and (near_end or page_of(bottom - 1 - _UNSURE) != page_of(top + _UNSURE)):
                stopped = i
                break
            if _is_break(target) or page_of(bottom - 1) != page_of(top):
                breaks.append(i)
                targets[i] = target
                moved_to = page_of(top) + 1
                shift += moved_to * CONTENT_H - top
        fresh = [
            i
            for i in breaks
            if keeps[i].rule
            or keeps[i].rows
            or keeps[i].code
            or not _is_break(targets.get(i, keeps[i].first))
        ]
        if not fresh:
            if stopped is None:
                return
            placed = stopped  # the round's breaks were made before: measure on from there
            continue
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for the round's breaks
        for i in fresh:
            if keeps[i].rule:
                _drop_rule(keeps[i])
            elif keeps[i].rows:
                assert isinstance(keeps[i].first, QTextTable)
                if i in pushes:
                    push_row_over(keeps[i].first, *pushes.pop(i))
                else:  # moved whole: the rows pushed over a page's end it leaves go back
                    undo_pushes(keeps[i].first)
                    _break_before(targets[i])
            elif keeps[i].code:
                block, by = code_lines.pop(i)
                if block is None:
                    _break_before(targets[i])
                else:
                    _push_line(block, by)
            elif i in cuts:
                assert isinstance(keeps[i].first, QTextBlock)
                _break_at_line(keeps[i].first, cuts.pop(i))
            else:
                _break_before(targets[i])
        cursor.endEditBlock()
        doc.size()
        first = keeps[fresh[0]]
        again = first.rows or first.code  # a table's next cut row, a code block's line
        placed = fresh[0] + (0 if again else 1)
