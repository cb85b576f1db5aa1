"""The mark of a flagged question (Anki's flags, core.flags): a small pennant in the
flag's colour, drawn once per colour and kept, so a row paints it as one pixmap."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

from studyapp.ui.theme import FLAG_COLORS

SIZE = 12  # px, square: the state dot's row height and a little more
_MARKS: dict[tuple[int, int | None], QPixmap] = {}


def flag_mark(flag: int, on: QColor | None = None) -> QPixmap:
    """The pennant of `flag` (1–7); `on`: drawn in this colour instead (a selected
    row's highlight text, where a blue flag would vanish on the blue highlight)."""
    key = (flag, None if on is None else on.rgba())
    mark = _MARKS.get(key)
    if mark is None:
        mark = _MARKS[key] = _pennant(on or QColor(FLAG_COLORS[flag]))
    return mark


def _pennant(color: QColor) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color)
    pen.setWidthF(1.5)
    painter.setPen(pen)
    painter.drawLine(QPointF(2.5, 1), QPointF(2.5, SIZE - 0.5))  # the pole
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(
        QPolygonF([QPointF(3, 1), QPointF(SIZE - 0.5, 4), QPointF(3, 7.5)])  # the cloth
    )
    painter.end()
    return pixmap
