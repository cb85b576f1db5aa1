"""The table rows Qt stretches to a page's foot, drawn at their own height.

Where a table runs onto the next page, QTextDocument moves the first row that does
not fit there and stretches the row before it down to the page's end: its cells'
borders ran on below their text to the footer, an empty box the height of what was
left of the page, the table never closed. `stretched_rows` finds those rows in the
laid-out document (a row that ends on a page before the next row starts); the
painter leaves out the empty part (`Stretch.area`) and closes the row with its
bottom border (`Stretch.line`).

Where the first line of a row fits above a page's end but not the rest, Qt cut the
row in two instead: a wrapped topic's last words alone overleaf, under the repeated
header. `first_cut_row` finds such a row and `push_row_over` (called by
export.page_breaks as it places the page breaks) makes the row above it taller at its
foot, so Qt moves the row whole to the next page; that row above is then one of
the stretched ones, drawn at its own height. So too where a table's last row alone
would go on to the next page (`lone_row`): the row before it goes with it, MIN_ROWS
rows on each side of the page's end. A push made for a page's end that its row no
longer meets (pushed over itself with the row above it, or the table moved whole)
is undone (`undo_pushes`): it left a blank under its row on the next page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from studyapp.export.page import CONTENT_H, RULE, page_of

_SIDE = 3.0  # layout px beside a table's frame that its outer borders may take
_OWN_PADDING = QTextFormat.Property.UserProperty + 0x51  # a pushed row's padding before
MAX_WHOLE_ROW = 0.5  # a table row no taller than this share of a page is never cut
MIN_ROWS = 2  # rows of a split table kept together at its end, on the page before too


@dataclass(frozen=True, slots=True)
class Stretch:
    """A row stretched to its page's end, in document coordinates."""

    page: int
    area: QRectF  # below its bottom border to the page's end: draw nothing there
    line: QLineF  # its bottom border
    width: float
    color: QColor


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def _text_top(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> float | None:
    block = cell.firstCursorPosition().block()
    lines = block.layout()
    if not lines.lineCount():
        return None
    return layout.blockBoundingRect(block).top() + lines.lineAt(0).y()


def _text_bottom(layout: QAbstractTextDocumentLayout, cell: QTextTableCell) -> float | None:
    block = cell.lastCursorPosition().block()
    lines = block.layout()
    if not lines.lineCount():
        return None
    last = lines.lineAt(lines.lineCount() - 1)
    return layout.blockBoundingRect(block).top() + last.y() + last.height()


def _row_cells(table: QTextTable, row: int) -> list[QTextTableCell]:
    """The cells that start in `row`, each once."""
    cells = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.isValid() and cell.row() == row and cell.column() == column:
            cells.append(cell)
    return cells


def _bottom_padding(table: QTextTable, cell: QTextTableCell) -> float:
    """A cell's own bottom padding: as it was before `push_row_over` added to it."""
    own = cell.format().toTableCellFormat()
    if own.hasProperty(_OWN_PADDING):
        return own.doubleProperty(_OWN_PADDING)
    if own.hasProperty(own.Property.TableCellBottomPadding):
        return own.bottomPadding()
    return table.format().cellPadding()


def first_cut_row(layout: QAbstractTextDocumentLayout, table: QTextTable) -> tuple[int, float]:
    """The first row of `table` that a page's end cuts, its text partly on each page,
    and how far it must move down to start the next page; (-1, 0) when none is cut.
    A row taller than MAX_WHOLE_ROW of a page may be cut; so may the first row under
    the header (Qt moves the table whole where that does not fit)."""
    for row in range(table.format().headerRowCount() + 1, table.rows()):
        cells = _row_cells(table, row)
        tops = [top for cell in cells if (top := _text_top(layout, cell)) is not None]
        ends = [end for cell in cells if (end := _text_bottom(layout, cell)) is not None]
        if not tops or not ends or max(ends) - min(tops) > MAX_WHOLE_ROW * CONTENT_H:
            continue
        page = page_of(min(tops))
        if page_of(max(ends) - 1) != page:
            return row, (page + 1) * CONTENT_H - min(tops) + 1
    return -1, 0.0


def lone_row(layout: QAbstractTextDocumentLayout, table: QTextTable) -> tuple[int, float]:
    """Where a page's end leaves a table's last row alone on the next page (a 30-topic
    cover's row 30 over its note): the row before it to push over with it, and how far
    it must move down to start the next page; (-1, 0) when no row is left alone, or
    when pushing would leave fewer than MIN_ROWS rows on the page before. (0, 0) where
    the table's first row is alone at a page's foot, the rest overleaf."""
    header, last = table.format().headerRowCount(), table.rows() - 1
    if last - MIN_ROWS - 1 < header:
        return -1, 0.0
    firsts = [_text_top(layout, cell) for cell in _row_cells(table, header)]
    seconds = [_text_top(layout, cell) for cell in _row_cells(table, header + 1)]
    first = min((top for top in firsts if top is not None), default=None)
    second = min((top for top in seconds if top is not None), default=None)
    if first is not None and second is not None and page_of(second) > page_of(first):
        return 0, 0.0  # its first row alone at a page's foot: the table moves whole
    tops = []
    for row in range(last - MIN_ROWS - 1, last + 1):
        cells = _row_cells(table, row)
        found = [top for cell in cells if (top := _text_top(layout, cell)) is not None]
        tops.append(min(found) if found else None)
    *before, pushed, alone = tops
    if alone is None or pushed is None or page_of(alone) == page_of(pushed):
        return -1, 0.0
    if any(top is None or page_of(top) != page_of(pushed) for top in before):
        return -1, 0.0  # too few rows above it on that page: left as Qt splits it
    return last - 1, (page_of(pushed) + 1) * CONTENT_H - pushed + 1


def push_row_over(table: QTextTable, row: int, by: float) -> None:
    """Start `row` on the next page: the row above it `by` px taller at its foot, so
    Qt moves `row` whole (and stretches the row above to the page's end, drawn at its
    own height by `stretched_rows`). A push made before for a row below it is undone:
    it goes over with `row` (the last row pushed over, then the row before it, as a
    last row alone overleaf is: the row pushed first was drawn with the blank its push
    left under it, on the next page)."""
    undo_pushes(table, row)
    for cell in _row_cells(table, row - 1):
        own = cell.format().toTableCellFormat()
        padding = _bottom_padding(table, cell)
        own.setProperty(_OWN_PADDING, padding)
        own.setBottomPadding(padding + by)
        cell.setFormat(own)


def undo_pushes(table: QTextTable, first: int = 0) -> None:
    """Undo `push_row_over` for the rows from `first` on: made for a page's end
    that they no longer meet (moved over with a row above them, or with the whole
    table), each left a blank under its row."""
    for row in range(first, table.rows()):
        for cell in _row_cells(table, row):
            own = cell.format().toTableCellFormat()
            if own.hasProperty(_OWN_PADDING):
                own.setBottomPadding(own.doubleProperty(_OWN_PADDING))
                own.clearProperty(_OWN_PADDING)
                cell.setFormat(own)


def _sides(
    layout: QAbstractTextDocumentLayout, table: QTextTable, cells: list[QTextTableCell]
) -> tuple[float, float]:
    """Where a row's outer borders are drawn, left and right: its cells' text areas
    and their padding, a cell's border and the table's. (The table's frame rectangle
    is no help: Qt gives it shifted right by that much.)"""
    rects = [layout.blockBoundingRect(cell.firstCursorPosition().block()) for cell in cells]
    table_format = table.format()
    out = table_format.cellPadding() + 2 * table_format.border() + table_format.cellSpacing()
    return min(r.left() for r in rects) - out, max(r.right() for r in rects) + out


def stretched_rows(doc: QTextDocument) -> dict[int, list[Stretch]]:
    """Page → the table rows Qt stretched to its end (see the module's doc)."""
    layout = doc.documentLayout()
    found: dict[int, list[Stretch]] = {}
    for table in _tables(doc.rootFrame()):
        table_format = table.format()
        border = table_format.border()
        color = table_format.borderBrush().color() if border else QColor(RULE)
        # (Qt moves a table whole where its first row does not fit under its header)
        for row in range(table_format.headerRowCount(), table.rows() - 1):
            cells = _row_cells(table, row)
            ends = [
                bottom + _bottom_padding(table, cell)
                for cell in cells
                if (bottom := _text_bottom(layout, cell)) is not None
            ]
            after = _row_cells(table, row + 1)
            tops = [top for cell in after if (top := _text_top(layout, cell)) is not None]
            if not ends or not tops:
                continue
            end = max(ends)
            page = page_of(end - 1)
            page_end = (page + 1) * CONTENT_H
            if page_of(min(tops)) <= page or end >= page_end:
                continue  # the next row starts on the same page: nothing stretched
            left, right = _sides(layout, table, cells)
            found.setdefault(page, []).append(
                Stretch(
                    page,
                    QRectF(left - _SIDE, end + border, right - left + 2 * _SIDE, page_end - end),
                    QLineF(left, end + border / 2, right, end + border / 2),
                    border,
                    color,
                )
            )
    return found
