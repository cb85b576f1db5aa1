"""The table rows Qt stretches to a page's foot, drawn at their own height.

Where a table runs onto the next page, QTextDocument moves the first row that does
not fit there and stretches the row before it down to the page's end: its cells'
borders ran on below their text to the footer, an empty box the height of what was
left of the page, the table never closed. `stretched_rows` finds those rows in the
laid-out document (a row that ends on a page before the next row starts); the
painter leaves out the empty part (`Stretch.area`) and closes the row with its
bottom border (`Stretch.line`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QTextDocument,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from studyapp.export.page import CONTENT_H, RULE
from studyapp.export.page_breaks import page_of

_SIDE = 3.0  # layout px beside a table's frame that its outer borders may take


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
    own = cell.format().toTableCellFormat()
    if own.hasProperty(own.Property.TableCellBottomPadding):
        return own.bottomPadding()
    return table.format().cellPadding()


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
