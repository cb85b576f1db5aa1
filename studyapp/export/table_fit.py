"""Tables too wide for the page in the weak-topics PDF: a table of many columns (a
Markdown table comparing a dozen engines on every axis) had each column narrower
than its longest word, and Qt broke the words anywhere: "Engin|e", "Postgr|eSQL",
"FULLTE|XT" read as two words each. Such a table's text is set smaller, by as much as
its longest words need to fit their columns whole, down to MIN_SCALE of its size:
smaller than that is hard to read on paper, and words break again past it.
"""

from __future__ import annotations

import math

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextLength,
    QTextTable,
)

MIN_SCALE = 0.7  # of the text's own size: 10 pt body text no smaller than 7 pt
_SLACK = 2.0  # layout px a column needs past its word (rounding, the cursor's width)


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable) and child.columns() > 1:
            found.append(child)  # (a code box is a one-cell table: its lines wrap)
        found += _tables(child)
    return found


def _font(doc: QTextDocument, char_format: QTextCharFormat) -> QFont:
    """The font a fragment is laid out in: its format's, the document's where it sets none."""
    font = char_format.font()
    default = doc.defaultFont()
    if not (
        char_format.hasProperty(QTextFormat.Property.FontPointSize)
        or char_format.hasProperty(QTextFormat.Property.FontPixelSize)
    ):
        font.setPointSizeF(default.pointSizeF())
    if not char_format.hasProperty(QTextFormat.Property.FontFamilies):
        font.setFamilies(default.families())
    return font


def _cell_fragments(table: QTextTable):
    """(row, column, fragment) for each text fragment of the table's own cells."""
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # (a spanned cell, met at its first row and column)
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().block()
            while block.isValid():
                it = block.begin()
                while not it.atEnd():
                    fragment = it.fragment()
                    if fragment.isValid():
                        yield row, column, fragment
                    it += 1
                if block == end:
                    break
                block = block.next()


def _widths(doc: QTextDocument, table: QTextTable, device) -> tuple[list[float], list[float]]:
    """Each column's longest word, and its longest line unwrapped (a cell's paragraph)."""
    words = [0.0] * table.columns()
    lines = [0.0] * table.columns()
    line: dict[tuple[int, int], float] = {}  # (column, block) → its width so far
    for _row, column, fragment in _cell_fragments(table):
        metrics = QFontMetricsF(_font(doc, fragment.charFormat()), device)
        text = fragment.text()
        for word in text.split():
            if "\ufffc" not in word:  # (an image: not scaled with the text)
                words[column] = max(words[column], metrics.horizontalAdvance(word))
        key = (column, doc.findBlock(fragment.position()).blockNumber())
        for n, part in enumerate(text.split("\u2028")):  # (a <br> starts a new line)
            line[key] = (line.get(key, 0.0) if n == 0 else 0.0) + metrics.horizontalAdvance(part)
            lines[column] = max(lines[column], line[key])
    return words, lines


def _room(table: QTextTable, width: float) -> float:
    """The width the table's columns share, its padding and borders taken off."""
    table_format = table.format()
    around = 2 * table_format.cellPadding() + table_format.cellSpacing()
    around += 2 * table_format.border() + _SLACK
    return width - table.columns() * around - table_format.border()


def _keep_words_whole(doc: QTextDocument, table: QTextTable, width: float, device) -> None:
    """Column widths that give each column its longest word, the rest shared as the
    columns' longest lines ask: Qt, wrapping anywhere, sizes columns by their longest
    lines alone, and gave a column of short long words ("PostgreSQL") less than one."""
    if any(
        length.type() != QTextLength.Type.VariableLength
        for length in table.format().columnWidthConstraints()
    ):
        return  # widths the HTML gives (the cover's figures, a quarter each)
    words, lines = _widths(doc, table, device)
    room = _room(table, width)
    if sum(words) > room or sum(lines) <= room:
        return  # the words cannot all fit (they break as before), or nothing wraps
    extra = room - sum(words)
    wants = [max(0.0, line - word) for word, line in zip(words, lines, strict=True)]
    share = sum(wants) or 1.0
    # a column's share of the table's width holds its padding and borders too
    table_format = table.format()
    around = 2 * (table_format.cellPadding() + table_format.border()) + _SLACK
    columns = [
        word + extra * want / share + around for word, want in zip(words, wants, strict=True)
    ]
    total = sum(columns)
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, 100 * c / total) for c in columns]
    )
    table.setFormat(table_format)


_STEP = 0.05  # the text is set smaller by this share of its size at a time


def _shrink_to_fit(doc: QTextDocument, table: QTextTable, width: float, device) -> None:
    """Set the table's text smaller, a step at a time, until its longest words fit their
    columns or it is MIN_SCALE of its size (font sizes round to whole pixels: a size
    worked out at once from the words' widths fell short)."""
    room = _room(table, width)
    if sum(_widths(doc, table, device)[0]) <= room:
        return
    cursor = QTextCursor(doc)
    fragments = [
        (fragment.position(), fragment.length(), _font(doc, fragment.charFormat()).pointSizeF())
        for _row, _column, fragment in _cell_fragments(table)
    ]
    scale = 1.0
    while scale - _STEP >= MIN_SCALE - 1e-9:
        scale -= _STEP
        for position, length, size in fragments:
            if size <= 0:
                continue
            smaller = QTextCharFormat()
            smaller.setFontPointSize(math.floor(size * scale * 4 + 1e-6) / 4)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(smaller)
        if sum(_widths(doc, table, device)[0]) <= room:
            return


def fit_wide_tables(doc: QTextDocument, width: float, device: QPaintDevice) -> None:
    """Set the text of each table whose longest words do not fit its columns smaller
    (see the module's doc). `width`: the text's width in layout px."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for table in _tables(doc.rootFrame()):
        _shrink_to_fit(doc, table, width, device)
        _keep_words_whole(doc, table, width, device)
    cursor.endEditBlock()
    # All laid out again: a table's new column widths left what follows it laid out
    # where it was, Qt losing track of the blocks after (a 6-page answer drawn on 2).
    doc.markContentsDirty(0, doc.characterCount())
