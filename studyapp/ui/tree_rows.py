"""The topic tree's rows painted without QTreeView's own loop over them.

QTreeView's painting hands each row to the Python `drawRow` with a
`QStyleOptionViewItem` (a copy PySide wraps, its font and palette with it) after
working out the row's rectangle, which asks the Python model for the row's parent:
for the screen of new rows a grade shows (it opens another topic) that was about
0.5 ms of the tree's repaint before a row was drawn. `paint_rows` walks the rows
under the area to paint itself and draws each with one call (ui/topic_tree_view.py's
`TopicTree.draw_row`). Where Qt's painting does more than the rows (a drop
indicator while dragging, an expansion under way) or the area is in pieces (a click
repaints the row it leaves and the one it selects, far apart), Qt paints as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTreeView

_IDLE = QAbstractItemView.State.NoState

DrawRow = Callable[[QPainter, QRect, QPalette, QModelIndex], None]


def paint_rows(view: QTreeView, event: QPaintEvent, draw: DrawRow) -> bool:
    """Paint the view's rows under `event`'s area with `draw` (the painter, the row's
    full-width rectangle, the palette in the viewport's colour group, its index) as
    QTreeView's `drawTree` hands them to `drawRow`. False, with nothing painted, where
    Qt's own painting is wanted: then the caller's `paintEvent` asks Qt for it."""
    if view.state() != _IDLE or event.region().rectCount() != 1:
        return False
    view.executeDelayedItemsLayout()  # as QTreeView's paintEvent does first
    area = event.rect()
    viewport = view.viewport()
    index = view.indexAt(QPoint(0, area.top()))
    if not index.isValid():  # below the last row: the background alone
        return True
    # The row's rectangle as Qt's FullRow rule gives it: every column, here the one.
    left, width = view.columnViewportPosition(0), view.columnWidth(0)
    top, bottom = view.visualRect(index).top(), area.bottom()
    palette = viewport.palette()  # (a QStyleOption's, from the viewport's state)
    painter = QPainter(viewport)
    try:
        while index.isValid() and top <= bottom:
            height = view.rowHeight(index)
            draw(painter, QRect(left, top, width, height), palette, index)
            top += height
            index = view.indexBelow(index)
    finally:
        painter.end()
    return True
