"""The main tabs (Questions, Weak Topics, Statistics): a QTabWidget that repaints
itself only when its own layout changes.

Whenever a widget inside a page changes its size hint (a stacked face switched, a
label's text wrapped to another height), Qt posts a layout request up the parents.
QTabWidget answers it by laying out its tab bar and page again and then repainting
itself whole, tab bar and every child of the page, even when nothing moved. Each
grade in a study session switches two faces (the answer hidden, the grade buttons
replaced), so each grade repainted the whole right side of the window.

`PageTabs` lets a request through only when what its layout depends on has
changed (its size, the tab bar's size hint, the number of tabs, the current tab);
otherwise it passes the size-hint change on to its parent, as QTabWidget would.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget

_LAYOUT_REQUEST = QEvent.Type.LayoutRequest


class PageTabs(QTabWidget):
    def __init__(self) -> None:
        super().__init__()
        self._laid_out: tuple[object, ...] | None = None

    def _layout_inputs(self) -> tuple[object, ...]:
        bar = self.tabBar()
        return (
            self.size(),
            bar.sizeHint(),
            bar.isVisibleTo(self),
            self.count(),
            self.currentIndex(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # lays the bar and the page out for the new size
        self._laid_out = self._layout_inputs()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._laid_out = self._layout_inputs()

    def event(self, event: QEvent) -> bool:
        if event.type() == _LAYOUT_REQUEST:
            inputs = self._layout_inputs()
            if inputs == self._laid_out:
                self.updateGeometry()  # the page's size hint may have changed: tell the parent
                return True
            self._laid_out = inputs
        return super().event(event)
