"""A question's title in a list or table cell, as the topic tree draws it: plain text
without Markdown's marks, its code in the code face, and what tells it apart from a
row of the same title (core.title_hints) muted after it.

A cell holds its title's plain text (what `text()` and a screen reader read) and, in
TITLE_RUNS_ROLE, its runs: `set_title` sets both; `paint_title` draws them (for a
delegate of its own) and `TitleDelegate` is a delegate that does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QTreeWidgetItem,
)

from studyapp.core.title_hints import HINT_GAP, with_hint
from studyapp.core.title_marks import listed_parts

TITLE_RUNS_ROLE = Qt.ItemDataRole.UserRole + 20  # ((text, is code) runs, hint)


def title_runs(shown: str, *, typed_here: bool = False) -> tuple[tuple[str, bool], ...]:
    """A title's display form (Question.shown_title) as its runs, without marks."""
    return tuple(listed_parts(shown, typed_here=typed_here))


def set_title(
    item: QTableWidgetItem | QTreeWidgetItem,
    shown: str,
    *,
    typed_here: bool = False,
    hint: str = "",
    column: int = 0,
) -> None:
    """Give a cell a question's title: its plain text (and tip) and its runs."""
    runs = title_runs(shown, typed_here=typed_here)
    text = with_hint("".join(run for run, _code in runs), hint)
    if isinstance(item, QTreeWidgetItem):
        item.setText(column, text)
        item.setToolTip(column, text)
        item.setData(column, TITLE_RUNS_ROLE, (runs, hint))
    else:
        item.setText(text)
        item.setToolTip(text)
        item.setData(TITLE_RUNS_ROLE, (runs, hint))


def code_font(font: QFont) -> QFont:
    """The code face, as tall as `font`."""
    code = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if font.pixelSize() > 0:
        code.setPixelSize(font.pixelSize())
    else:
        code.setPointSizeF(font.pointSizeF())
    return code


def _draw_runs(
    painter: QPainter,
    rect: QRectF,
    runs: Sequence[tuple[str, QFont, object]],
) -> None:
    """Runs of (text, font, pen colour) one after another on one baseline, the run
    that reaches past `rect` cut with "…" and the last drawn."""
    ascent = max(QFontMetricsF(font).ascent() for _t, font, _c in runs)
    height = max(QFontMetricsF(font).height() for _t, font, _c in runs)
    baseline = rect.top() + (rect.height() - height) / 2 + ascent
    x = rect.left()
    for text, font, color in runs:
        metrics = QFontMetricsF(font)
        room = rect.right() - x
        cut = metrics.horizontalAdvance(text) > room
        if cut:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(1.0, room))
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(QPointF(x, baseline), text)
        x += metrics.horizontalAdvance(text)
        if cut or x >= rect.right():
            break


def paint_title(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> bool:
    """Draw a cell holding a title's runs (False, nothing drawn: it holds none)."""
    data = index.data(TITLE_RUNS_ROLE)
    if not data:
        return False
    runs, hint = data
    delegate.initStyleOption(option, index)
    option.text = ""
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return False
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
    rect = QRectF(style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget))
    rect.adjust(2, 0, -2, 0)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    group = option.palette.currentColorGroup()
    text = option.palette.color(
        group,
        QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
    )
    muted = text if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
    plain = QFont(option.font)
    code = code_font(plain)
    drawn = [(run, code if is_code else plain, text) for run, is_code in runs]
    if hint:
        drawn.append((HINT_GAP + hint, plain, muted))
    painter.save()
    _draw_runs(painter, rect, drawn)
    painter.restore()
    return True


class TitleDelegate(QStyledItemDelegate):
    """Draws the cells that hold a title's runs; the others as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not paint_title(self, painter, option, index):
            super().paint(painter, option, index)
