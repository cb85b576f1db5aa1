"""The application's widget style: Fusion, with flat scroll bars of our own.

Fusion paints a scroll bar's groove and handle with gradients: about 2.5 ms for one
answer-height bar on this kind of machine, and both the answer's and the tree's bars
repaint whenever a question is selected (the answer's length changes the range).
That alone was a sixth of the 16 ms a click may take (benchmarks/bench_ui.py). A
flat bar (a rounded handle on the Base colour, no arrow buttons, like most current
desktop apps) paints in about a twentieth of that and takes its colours from the
palette, so it follows the theme with nothing more to do.

Only the scroll bar's painting and geometry are ours; every other control is
Fusion's, and the mouse and keyboard behaviour stays QScrollBar's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QStyle,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar
SC = QStyle.SubControl
HANDLE_MIN = 28  # the shortest handle, px
HANDLE_INSET = 3  # space around the handle across the bar, px
HANDLE_ALPHA = {"rest": 110, "hover": 170, "pressed": 210}  # of the muted text colour


def handle_rect(option: QStyleOptionSlider) -> QRect:
    """Where the handle sits: proportional to the page, positioned by the value,
    along the whole bar (there are no arrow buttons to leave room for)."""
    rect = option.rect
    horizontal = option.orientation == Qt.Orientation.Horizontal
    length = rect.width() if horizontal else rect.height()
    span = option.maximum - option.minimum
    if span > 0:
        handle = option.pageStep * length // (span + option.pageStep)
        handle = min(length, max(handle, min(HANDLE_MIN, length)))
    else:
        handle = length
    start = QStyle.sliderPositionFromValue(
        option.minimum, option.maximum, option.sliderPosition, length - handle, option.upsideDown
    )
    if horizontal:
        return QRect(rect.left() + start, rect.top(), handle, rect.height())
    return QRect(rect.left(), rect.top() + start, rect.width(), handle)


class AppStyle(QProxyStyle):
    """Fusion with flat scroll bars (see the module's doc)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: Any = None,
    ) -> QRect:
        if control != SCROLL_BAR or not isinstance(option, QStyleOptionSlider):
            return super().subControlRect(control, option, sub, widget)
        rect = option.rect
        handle = handle_rect(option)
        horizontal = option.orientation == Qt.Orientation.Horizontal
        if sub == SC.SC_ScrollBarSlider:
            return handle
        if sub == SC.SC_ScrollBarSubPage:  # before the handle
            if horizontal:
                return QRect(rect.left(), rect.top(), handle.left() - rect.left(), rect.height())
            return QRect(rect.left(), rect.top(), rect.width(), handle.top() - rect.top())
        if sub == SC.SC_ScrollBarAddPage:  # after the handle
            if horizontal:
                return QRect(
                    handle.right() + 1, rect.top(), rect.right() - handle.right(), rect.height()
                )
            return QRect(
                rect.left(), handle.bottom() + 1, rect.width(), rect.bottom() - handle.bottom()
            )
        if sub == SC.SC_ScrollBarGroove:
            return QRect(rect)
        return QRect()  # the arrow buttons and the first/last jumps: none

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: Any = None,
    ) -> None:
        if control != SCROLL_BAR or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        palette = option.palette
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Base))
        if option.maximum == option.minimum:
            return  # nothing to scroll: an empty track
        if option.activeSubControls & SC.SC_ScrollBarSlider and option.state & (
            QStyle.StateFlag.State_Sunken
        ):
            state = "pressed"
        elif option.activeSubControls & SC.SC_ScrollBarSlider:
            state = "hover"
        else:
            state = "rest"
        color = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        color.setAlpha(HANDLE_ALPHA[state])
        inset = HANDLE_INSET
        handle = QRectF(handle_rect(option))
        if option.orientation == Qt.Orientation.Horizontal:
            handle.adjust(1, inset, -1, -inset)
        else:
            handle.adjust(inset, 1, -inset, -1)
        radius = min(handle.width(), handle.height()) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(handle, radius, radius)
        painter.restore()


def flat_scroll_area(area: QAbstractScrollArea) -> None:
    """Ready a scroll area for the flat bars: a corner (where the two bars meet) in
    their Base colour, and bars that say they paint every pixel of themselves.

    Fusion paints that corner square in the Window colour with a rule, which stood
    out beside the flat bars. A plain widget there costs nothing per paint;
    overriding the style's drawPrimitive in Python would put a Python call on every
    primitive the app draws. A flat bar fills its whole rectangle, so Qt need not
    paint what lies under it first: without that, each repaint of a bar (every
    question selected changes the answer's) also repainted the panel beneath.
    """
    corner = QWidget()
    corner.setAutoFillBackground(True)
    corner.setBackgroundRole(QPalette.ColorRole.Base)
    area.setCornerWidget(corner)
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
