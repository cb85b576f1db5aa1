"""A row of three parts that wraps into two rows when narrow: a lead (the mock's
countdown), a middle that takes the width left (its position, bar and session
line) and a tail (its buttons). Wide, the three sit side by side; narrower than
the lead, the tail and `middle_least` pixels for the middle, the tail goes under
the other two, at the right. A window on a 683 px screen then neither clips the
tail's buttons nor is held wider than the screen by them.

Height follows width (`heightForWidth`), worked out for the arrangement that width
gets, so a parent lays the row out once, at its final height.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

ROW_GAP = 8  # between the two rows, when wrapped


class WrapRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._parts: tuple[QLayoutItem, QLayoutItem, QLayoutItem] | None = None
        self.middle_least = 0  # the middle's least width beside the others, in pixels

    def set_parts(self, lead: QWidget, middle: QLayout, tail: QWidget) -> None:
        """The three parts, in their order on one row."""
        assert self._parts is None
        self.addChildWidget(lead)
        self.addChildLayout(middle)
        self.addChildWidget(tail)
        items = (QWidgetItem(lead), middle, QWidgetItem(tail))
        self._items = list(items)
        self._parts = items
        self.invalidate()

    # --- QLayout --------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("WrapRow takes its parts through set_parts")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._parts = None  # a part gone: the row lays out nothing more
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        left, top, right, bottom = self.getContentsMargins()
        return self._height(width - left - right) + top + bottom

    def minimumSize(self) -> QSize:
        """Wrapped: the wider of the first row (the middle at its own least) and the tail."""
        left, top, right, bottom = self.getContentsMargins()
        if self._parts is None:
            return QSize(left + right, top + bottom)
        lead, middle, tail = self._parts
        first = lead.minimumSize().width() + self.spacing() + middle.minimumSize().width()
        width = max(first, tail.minimumSize().width())
        return QSize(width + left + right, self._height(width) + top + bottom)

    def sizeHint(self) -> QSize:
        """On one row, the middle at its least (more is welcome: it stretches)."""
        left, top, right, bottom = self.getContentsMargins()
        width = self.one_row_width()
        return QSize(width + left + right, self._height(width) + top + bottom)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if self._parts is None:
            return
        left, top, right, bottom = self.getContentsMargins()
        inner = rect.adjusted(left, top, -right, -bottom)
        lead, middle, tail = self._parts
        lead_w, gap = self._width_of(lead), self.spacing()
        tail_hint = tail.sizeHint()
        if self.wraps(inner.width()):
            middle_w = max(0, inner.width() - lead_w - gap)
            first = self._first_row_height(middle_w)
            lead.setGeometry(QRect(inner.x(), inner.y(), lead_w, first))
            middle.setGeometry(QRect(inner.x() + lead_w + gap, inner.y(), middle_w, first))
            tail_w = min(tail_hint.width(), inner.width())
            x = inner.x() + inner.width() - tail_w
            tail.setGeometry(QRect(x, inner.y() + first + ROW_GAP, tail_w, tail_hint.height()))
            return
        tail_w = tail_hint.width()
        middle_w = max(0, inner.width() - lead_w - tail_w - 2 * gap)
        lead.setGeometry(QRect(inner.x(), inner.y(), lead_w, inner.height()))
        middle.setGeometry(QRect(inner.x() + lead_w + gap, inner.y(), middle_w, inner.height()))
        tail_h = min(tail_hint.height(), inner.height())
        y = inner.y() + (inner.height() - tail_h) // 2  # centred beside the others
        tail.setGeometry(QRect(inner.right() + 1 - tail_w, y, tail_w, tail_h))

    # --- the arrangement ------------------------------------------------------------------

    def one_row_width(self) -> int:
        """The least inner width at which the three parts sit on one row."""
        if self._parts is None:
            return 0
        lead, middle, tail = self._parts
        middle_w = max(middle.minimumSize().width(), self.middle_least)
        return self._width_of(lead) + middle_w + tail.sizeHint().width() + 2 * self.spacing()

    def wraps(self, inner_width: int) -> bool:
        """Whether the tail goes under the others at this inner width."""
        return inner_width < self.one_row_width()

    def _width_of(self, item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _first_row_height(self, middle_w: int) -> int:
        assert self._parts is not None
        lead, middle, _tail = self._parts
        if middle.hasHeightForWidth():
            middle_h = middle.heightForWidth(middle_w)
        else:
            middle_h = middle.sizeHint().height()
        return max(lead.sizeHint().height(), middle_h)

    def _height(self, inner_width: int) -> int:
        if self._parts is None:
            return 0
        lead, _middle, tail = self._parts
        gap, tail_h = self.spacing(), tail.sizeHint().height()
        if self.wraps(inner_width):
            middle_w = max(0, inner_width - self._width_of(lead) - gap)
            return self._first_row_height(middle_w) + ROW_GAP + tail_h
        middle_w = inner_width - self._width_of(lead) - tail.sizeHint().width() - 2 * gap
        return max(self._first_row_height(middle_w), tail_h)
