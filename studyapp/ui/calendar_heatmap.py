"""A year of answers as a calendar heatmap, painted with QPainter (no QtCharts).

One square a day, a column a week (Monday on top), today in the last column; the
more answers a day, the deeper its colour (five levels, scaled to the busiest day
shown). Above the grid: the current and the longest streak and today's progress
toward the daily goal, with a small bar. With no answers in the year it draws the
empty grid and says how to fill it.

A pure view: the figures come in through `set_figures` (core.stats' Calendar,
Streaks and GoalProgress); the widget holds no store and computes nothing but
where each square goes.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studyapp.core.format import plural
from studyapp.core.stats import Calendar, GoalProgress, Streaks
from studyapp.ui.theme import COLORS

LEVELS = 4  # colour steps above "no answers"
ROWS = 7
GAP = 2.0
MAX_CELL = 14.0
# The smallest square: a narrower year shows its latest weeks, not a smaller square.
# At 5 px a square a month was ~30 px wide, narrower than its name: Jan, Jun and Oct
# were left out, and Mon, Wed and Fri were drawn over each other.
MIN_CELL = 8.0
HINT = (
    "No answers in the last year yet. Each day you answer a question fills its "
    "square; days in a row make a streak."
)
WEEKDAY_LABELS = {0: "Mon", 2: "Wed", 4: "Fri"}
SEPARATOR = " · "  # between the summary's parts, where a narrow summary breaks


def level(count: int, busiest: int) -> int:
    """0 for a day without answers, else 1–LEVELS, scaled to the busiest day."""
    if count <= 0 or busiest <= 0:
        return 0
    return max(1, min(LEVELS, math.ceil(LEVELS * count / busiest)))


class CalendarHeatmap(QWidget):
    """The year's answers, the streaks and today's goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar: Calendar | None = None
        self.streaks = Streaks()
        self.goal = GoalProgress()
        # The year drawn once (365 rounded squares): a repaint (the tab shown again, a
        # scroll) copies it, until the figures, the size, the font or the palette change.
        self._drawn: QPixmap | None = None
        self._drawn_for: tuple[object, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height_for(MAX_CELL))

    # --- data in ---------------------------------------------------------------------

    def set_figures(self, calendar: Calendar | None, streaks: Streaks, goal: GoalProgress) -> None:
        self.calendar = calendar
        self.streaks = streaks
        self.goal = goal
        self._drawn = None
        self._fit_height()
        self.update()

    def is_empty(self) -> bool:
        return self.calendar is None or not self.calendar.counts

    def summary(self) -> str:
        """The line above the grid, in words."""
        return SEPARATOR.join(self._summary_parts())

    def _summary_parts(self) -> list[str]:
        s = self.streaks
        return [
            f"Current streak {plural(s.current, 'day')}",
            f"longest {plural(s.longest, 'day')}",
            str(self.goal),
        ]

    def summary_lines(self) -> list[str]:
        """The summary as drawn at this width: one line where it fits, else broken
        between its parts (a ~720-pixel window clipped it mid-word: "… · 12 of 20
        answ"); a part too long for a line alone is cut at a word, with "…" (its
        tooltip then says it whole)."""
        metrics = QFontMetricsF(self.font())
        width = self._area().width()
        lines: list[str] = []
        for part in self._summary_parts():
            joined = lines[-1] + SEPARATOR + part if lines else ""
            if joined and metrics.horizontalAdvance(joined) <= width:
                lines[-1] = joined
            else:
                lines.append(part)
        return [_cut_at_word(line, width, metrics) for line in lines]

    # --- geometry ----------------------------------------------------------------------

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def _summary_height(self, lines: int = 1) -> float:
        """The summary's lines and the air under them."""
        return self._line() * (lines + 0.6)

    def _height_for(self, cell: float, lines: int = 1) -> int:
        line = self._line()
        below = line * 1.4 if self.is_empty() else line * 0.4  # the hint, or a little air
        # summary lines, month labels, seven rows, what is below
        return math.ceil(self._summary_height(lines) + line + ROWS * (cell + GAP) + below)

    def _fit_height(self) -> None:
        """As high as the summary's lines and the squares at this width need: a narrow
        window breaks the summary, and a square is smaller than MAX_CELL wherever the
        year is narrower than its widest (a square's height left empty under the grid)."""
        height = self._height_for(self._cell(), len(self.summary_lines())) + 8  # the margins
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(760, self.minimumHeight())

    def _weeks(self) -> int:
        cal = self.calendar
        if cal is None:
            return 53
        start = cal.first - timedelta(days=cal.first.weekday())
        return (cal.last - start).days // 7 + 1

    def _origin(self) -> date:
        """The Monday of the first column."""
        cal = self.calendar
        first = cal.first if cal is not None else date.today() - timedelta(days=364)
        return first - timedelta(days=first.weekday())

    def _labels_right(self) -> float:
        """Where the weekday labels end and the squares may begin."""
        metrics = QFontMetricsF(self.font())
        label_w = max(metrics.horizontalAdvance(t) for t in WEEKDAY_LABELS.values()) + 6
        return self._area().left() + label_w

    def _cell(self) -> float:
        """The side of a square at this width: the year's weeks across the room right of
        the weekday labels, from MIN_CELL to MAX_CELL."""
        cell = (self._area().right() - self._labels_right()) / self._weeks() - GAP
        return max(MIN_CELL, min(MAX_CELL, cell))

    def _grid(self) -> tuple[QRectF, float]:
        """The grid's area and the side of a square. Where the year does not fit at
        the smallest square, its last weeks are the ones in sight (the grid ends at the
        right edge; the oldest weeks go under the labels, unpainted): a narrow window
        showed the empty months of last year and hid this week."""
        line = QFontMetricsF(self.font()).height()
        area = self._area()
        top = area.top() + self._summary_height(len(self.summary_lines())) + line
        weeks = self._weeks()
        labels_right = self._labels_right()
        cell = self._cell()
        width = weeks * (cell + GAP)
        left = min(labels_right, area.right() - width)
        grid = QRectF(left, top, width, ROWS * (cell + GAP))
        return grid, cell

    def month_labels(self) -> list[tuple[float, str]]:
        """Where each month's name goes (its left edge) and the name: above the week
        its 1st is in, whole between the weekday labels and the right edge. A
        name that would run past the right edge (a month begun in the last weeks)
        ends at the edge instead, and a name with no room beside the one before it
        is left out: the last month's name was cut in half at the window's edge."""
        metrics = QFontMetricsF(self.font())
        grid, cell = self._grid()
        right = self._area().right()
        origin = self._origin()
        first = self.calendar.first if self.calendar is not None else origin
        placed: list[tuple[float, str]] = []
        earliest = floor = self._labels_right()  # where the next name may begin
        previous_month = None
        last = self.calendar.last if self.calendar is not None else origin + timedelta(days=364)
        for column in range(self._weeks()):
            start = max(origin + timedelta(days=column * 7), first)
            end = min(origin + timedelta(days=column * 7 + 6), last)
            # The week a month's 1st is in (the current month's too, begun mid-week);
            # the first week's own month however it starts.
            day_one = start if start.day == 1 else _next_month(start)
            month = day_one if day_one <= end else start
            if month.month == previous_month or (column and month.day != 1):
                continue
            previous_month = month.month
            name = f"{month:%b}"
            width = math.ceil(metrics.horizontalAdvance(name))  # (whole pixels: drawn so)
            x = min(grid.left() + column * (cell + GAP), right - width)
            if x < earliest and placed and month >= last.replace(day=1) and x >= floor:
                placed.pop()  # this month's name rather than the one before (no room)
            elif x < earliest:
                continue  # under the weekday labels, or over the name before
            placed.append((x, name))
            earliest = x + width + 6
        return placed

    def cell_rect(self, day: date) -> QRectF | None:
        """Where a day's square is; None for a day outside the calendar."""
        cal = self.calendar
        if cal is None or not cal.first <= day <= cal.last:
            return None
        grid, cell = self._grid()
        offset = (day - self._origin()).days
        column, row = divmod(offset, 7)
        rect = QRectF(
            grid.left() + column * (cell + GAP), grid.top() + row * (cell + GAP), cell, cell
        )
        return None if rect.left() < self._labels_right() else rect  # out of sight

    def day_at(self, point: QPointF) -> date | None:
        cal = self.calendar
        if cal is None:
            return None
        grid, cell = self._grid()
        if not grid.contains(point) or point.x() < self._labels_right():
            return None
        column = int((point.x() - grid.left()) // (cell + GAP))
        row = int((point.y() - grid.top()) // (cell + GAP))
        if row >= ROWS:
            return None
        day = self._origin() + timedelta(days=column * 7 + row)
        return day if cal.first <= day <= cal.last else None

    # --- colours ----------------------------------------------------------------------

    def _theme(self) -> str:
        base = self.palette().color(QPalette.ColorRole.Base)
        return "dark" if base.lightness() < 128 else "light"

    def level_color(self, step: int) -> QColor:
        """The colour of a square at level `step` (0: no answers)."""
        c = COLORS[self._theme()]
        if step <= 0:
            return QColor(c.bar_track)
        color = QColor(c.learned)
        color.setAlphaF(0.25 + 0.75 * step / LEVELS)
        return color

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        font, palette = self.font(), self.palette()
        drawn_for = (self.width(), self.height(), ratio, font.key(), palette.cacheKey())
        if self._drawn is None or self._drawn_for != drawn_for:
            drawn = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            drawn.setDevicePixelRatio(ratio)
            drawn.fill(Qt.GlobalColor.transparent)
            painter = QPainter(drawn)
            try:
                painter.setFont(font)  # a pixmap's painter starts with the application's
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._draw(painter)
            finally:
                painter.end()
            self._drawn, self._drawn_for = drawn, drawn_for
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._drawn)
        finally:
            painter.end()

    def _draw(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        area = self._area()
        grid, cell = self._grid()

        # The summary, and today's goal as a small bar after it.
        painter.setPen(text)
        lines = self.summary_lines()
        for i, summary in enumerate(lines):
            painter.drawText(
                QRectF(area.left(), area.top() + i * line, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                summary,
            )
        bar_left = area.left() + metrics.horizontalAdvance(lines[-1]) + 10
        bar_w = min(120.0, area.right() - bar_left)
        if bar_w > 20:
            bar_top = area.top() + (len(lines) - 1) * line + line / 2 - 4
            track = QRectF(bar_left, bar_top, bar_w, 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.level_color(0))
            painter.drawRoundedRect(track, 4, 4)
            if self.goal.fraction > 0:
                painter.setBrush(self.level_color(LEVELS))
                filled = QRectF(track.left(), track.top(), bar_w * self.goal.fraction, 8)
                painter.drawRoundedRect(filled, 4, 4)

        origin = self._origin()
        cal = self.calendar
        first = cal.first if cal is not None else origin
        last = cal.last if cal is not None else origin + timedelta(days=364)
        busiest = cal.busiest if cal is not None else 0

        # Weekday labels on the left, month labels above the week a month starts in.
        painter.setPen(muted)
        labels_right = self._labels_right()
        for row, label in WEEKDAY_LABELS.items():
            y = grid.top() + row * (cell + GAP)
            painter.drawText(
                QRectF(area.left(), y + cell / 2 - line / 2, labels_right - area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        # What is left of the labels' edge is out of sight (a narrow window's oldest weeks).
        painter.save()
        painter.setClipRect(QRectF(labels_right, 0, self.width(), self.height()))
        for x, name in self.month_labels():
            painter.drawText(QPointF(x, grid.top() - line * 0.35), name)

        # The squares: a brush per level, made once (not once per day of the year).
        painter.setPen(Qt.PenStyle.NoPen)
        brushes = [QBrush(self.level_color(step)) for step in range(LEVELS + 1)]
        day = first
        while day <= last:
            offset = (day - origin).days
            column, row = divmod(offset, 7)
            rect = QRectF(
                grid.left() + column * (cell + GAP), grid.top() + row * (cell + GAP), cell, cell
            )
            count = cal.count(day) if cal is not None else 0
            painter.setBrush(brushes[level(count, busiest)])
            painter.drawRoundedRect(rect, 2, 2)
            day += timedelta(days=1)
        painter.restore()

        if self.is_empty():
            painter.setPen(muted)
            painter.drawText(
                QRectF(area.left(), grid.bottom() + 2, area.width(), line * 1.3),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(HINT, Qt.TextElideMode.ElideRight, area.width()),
            )

    # --- tooltips ------------------------------------------------------------------------

    def tooltip_for(self, day: date) -> str:
        count = self.calendar.count(day) if self.calendar is not None else 0
        return f"{day:%a} {day.day} {day:%b %Y}: {plural(count, 'answer')}"

    def tooltip_at(self, point: QPointF) -> str:
        """A day's answers over its square; the whole summary over a summary cut short."""
        day = self.day_at(point)
        if day is not None:
            return self.tooltip_for(day)
        lines = self.summary_lines()
        area = self._area()
        if point.y() < area.top() + len(lines) * self._line() and any(
            line.endswith("…") for line in lines
        ):
            return self.summary()
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _next_month(day: date) -> date:
    """The 1st of the month after `day`'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _cut_at_word(text: str, width: float, metrics: QFontMetricsF) -> str:
    """`text` whole if it fits in `width`, else its first words that fit, then "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        cut = " ".join(words).rstrip(" ·:") + "…"
        if metrics.horizontalAdvance(cut) <= width:
            return cut
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, int(width)))
