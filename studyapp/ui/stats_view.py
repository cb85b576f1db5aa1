"""The Statistics tab: charts painted with QPainter (no QtCharts).

A year of answers as a calendar heatmap with the current and the longest streak
and today's progress toward the daily goal (ui/calendar_heatmap.py), reviews per
day over the last 30 days, how ratings split, the questions falling due on each
of the next 30 days (Anki's Future Due, with today's, tomorrow's and the week's
totals), mastery per topic and mock-interview scores over time. The figures
come from core.stats in one pass when the view is refreshed (lazily: when it is
shown after `mark_dirty()`, it asks for them with `refresh_wanted` and shows the
last ones until `set_stats` brings the new; they are computed off the UI thread,
ui/figures_worker.py); painting only draws rectangles and text from those
figures, so it stays cheap. A chart without data shows what to do to fill it instead.

Clicking a topic's bar asks to study that topic (`start_study_requested`). The
view has the same four signals as the Weak Topics view so the main window can
wire both alike; `question_activated`, `start_mock_requested` and
`export_requested` are not emitted here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import percent, plural, whole_percent
from studyapp.core.scheduler import RATING_NAMES
from studyapp.core.stats import (
    DAYS,
    FORECAST_DAYS,
    MASTERED_RULE,
    MASTERED_SHORT,
    DayCount,
    Forecast,
    MockScore,
    Stats,
    TopicMastery,
)
from studyapp.ui.after_paint import AfterPaint
from studyapp.ui.calendar_heatmap import CalendarHeatmap
from studyapp.ui.theme import COLORS, Card, mute

HINTS = {
    "days": (
        f"No reviews in the last {DAYS} days. Pick a topic and study: Space shows the "
        "answer, 1–4 grade it. Each grade adds to today's bar."
    ),
    "ratings": (
        "No ratings yet. Grade your answers (1 Again, 2 Hard, 3 Good, 4 Easy) to see "
        "how they split."
    ),
    "mastery": f"Nothing studied yet. Study a topic. {MASTERED_RULE}",
    "forecast": (
        "Nothing scheduled yet. Study a topic: each question you grade gets a day to come"
        " back, and the days ahead fill up here."
    ),
    "mocks": (
        "No mock interviews yet. Run one (timed questions, typed answers) and each "
        "session's score will be plotted here."
    ),
}


def _theme(widget: QWidget) -> str:
    return "dark" if widget.palette().color(QPalette.ColorRole.Base).lightness() < 128 else "light"


def rating_colors(theme: str) -> dict[int, QColor]:
    c = COLORS[theme]
    return {1: QColor(c.weak), 2: QColor(c.due), 3: QColor(c.learned), 4: QColor(c.new)}


class Chart(QWidget):
    """A canvas painted from plain figures; subclasses draw in `draw`."""

    MIN_HEIGHT = 160

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.setMouseTracking(False)

    def sizeHint(self) -> QSize:
        return QSize(360, self.minimumHeight())

    def area(self) -> QRectF:
        """Where the chart draws: the widget less a small margin."""
        return QRectF(self.rect()).adjusted(4, 6, -4, -4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.draw(painter, self.area())
        finally:
            painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    # colours from the palette, so a theme change repaints correctly
    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def muted_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def grid_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Mid)


TICK = 3  # px: the mark under a labelled bar


class DaysChart(Chart):
    """Reviews per day: one bar a day, today on the right."""

    MIN_WIDTH = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[DayCount] = []
        self._bars: list[QRectF] = []

    def set_days(self, days: list[DayCount]) -> None:
        self.days = days
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_WIDTH, self.minimumHeight())  # room for three dates

    def bar_color(self) -> QColor:
        return QColor(COLORS[_theme(self)].new)

    def label(self, i: int) -> str:
        """The date under bar `i` (the first, middle and last are labelled)."""
        return "today" if i == len(self.days) - 1 else f"{self.days[i].day:%d %b}".lstrip("0")

    def tip(self, day: DayCount) -> str:
        return f"{day.day:%a %d %b}: {plural(day.count, 'review')}"

    def draw(self, painter: QPainter, area: QRectF) -> None:
        self._bars = []
        if not self.days:
            return
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        peak = max(d.count for d in self.days) or 1
        plot = self.plot_area(
            area.adjusted(metrics.horizontalAdvance(str(peak)) + 8, line / 2, 0, -line - TICK - 2),
            metrics,
        )
        painter.setPen(QPen(self.grid_color(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(self.muted_color())
        painter.drawText(
            QRectF(area.left(), plot.top() - line / 2, plot.left() - area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(peak),
        )
        step = plot.width() / len(self.days)
        color = self.bar_color()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for i, day in enumerate(self.days):
            left = plot.left() + i * step + step * 0.15
            height = plot.height() * day.count / peak
            bar = QRectF(left, plot.bottom() - height, step * 0.7, height)
            self._bars.append(QRectF(plot.left() + i * step, plot.top(), step, plot.height()))
            if day.count:
                painter.drawRoundedRect(bar, 1.5, 1.5)
        painter.setPen(self.muted_color())
        for label, place, tick in self.label_places(plot, metrics):
            painter.drawLine(QPointF(tick, plot.bottom()), QPointF(tick, plot.bottom() + TICK))
            painter.drawText(place, Qt.AlignmentFlag.AlignCenter, label)

    def plot_area(self, room: QRectF, metrics: QFontMetricsF) -> QRectF:
        """Where the bars go within `room`: drawn in from its ends as far as the first
        and last labels need to stand centred under their own bars. "tomorrow", kept
        inside the chart, spanned the first three narrow bars, and the bar of the day
        after stood over its middle: a tester read it as tomorrow's."""
        if not self.days:
            return room
        first = (metrics.horizontalAdvance(self.label(0)) + 4) / 2
        last = (metrics.horizontalAdvance(self.label(len(self.days) - 1)) + 4) / 2
        edge = QRectF(self.rect()).adjusted(2, 0, -2, 0)  # a label may go under the scale
        left, right = room.left(), room.right()
        for _ in range(4):  # the bars narrow as the ends come in: settles in a few
            half = (right - left) / len(self.days) / 2
            left = max(room.left(), edge.left() + first - half)
            right = min(room.right(), edge.right() - last + half)
        return QRectF(left, room.top(), max(right - left, 1.0), room.height())

    def label_places(self, plot: QRectF, metrics: QFontMetricsF) -> list[tuple[str, QRectF, float]]:
        """The first, middle and last bars' labels: each its text, where it is drawn
        under the axis (centred under its bar, `plot_area` leaving the room), and the x
        of the tick that points at its bar."""
        step = plot.width() / len(self.days)
        line = metrics.height()
        places = []
        for i in sorted({0, len(self.days) // 2, len(self.days) - 1}):
            label = self.label(i)
            width = metrics.horizontalAdvance(label) + 4
            center = plot.left() + (i + 0.5) * step
            places.append(
                (label, QRectF(center - width / 2, plot.bottom() + TICK + 1, width, line), center)
            )
        return places

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for bar, day in zip(self._bars, self.days, strict=False):
                if bar.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), self.tip(day))
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class ForecastChart(DaysChart):
    """Anki's Future Due: the questions falling due each day, tomorrow on the left."""

    def bar_color(self) -> QColor:
        return QColor(COLORS[_theme(self)].due)

    def label(self, i: int) -> str:
        return "tomorrow" if i == 0 else f"{self.days[i].day:%d %b}".lstrip("0")

    def tip(self, day: DayCount) -> str:
        return f"{day.day:%a %d %b}: {plural(day.count, 'question')} due"


def forecast_summary(forecast: Forecast) -> str:
    """ "Due today: 4 (overdue included) · tomorrow: 3 · this week: 12 (the next 7
    days) · …", a line that wraps between its parts only ("this week: 4" over "(the
    next 7 days)" read as two figures)."""
    parts = [
        f"Due today: {forecast.today} (overdue included)",
        f"tomorrow: {forecast.tomorrow}",
        f"this week: {forecast.week} (the next 7 days)",
        f"next {FORECAST_DAYS} days: {forecast.in_window}",
    ]
    if forecast.later:
        parts.append(f"later: {forecast.later}")
    return " · ".join(part.replace(" ", "\u00a0") for part in parts)


class RatingsChart(Chart):
    """The ratings split: a donut with a legend of counts and shares."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ratings: dict[int, int] = {}

    def set_ratings(self, ratings: dict[int, int]) -> None:
        self.ratings = dict(ratings)
        self.updateGeometry()  # the legend's width may have changed
        self.update()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the smallest donut beside the whole legend: a card squeezed
        past that goes under the other rather than cutting the legend off."""
        metrics = QFontMetricsF(self.font())
        legend = max(metrics.horizontalAdvance(text) for _, text in self.legend_lines())
        width = legend + LEGEND_SWATCH + LEGEND_GAP + MIN_DONUT + 16 + 8 + 8
        return QSize(int(width) + 1, self.minimumHeight())

    def legend_lines(self) -> list[tuple[int, str]]:
        """(rating, "Again  3  (60 %)") for each rating, Again first."""
        total = sum(self.ratings.values()) or 1
        lines = []
        for rating in sorted(RATING_NAMES):
            count = self.ratings.get(rating, 0)
            share = whole_percent(count / total)
            lines.append((rating, f"{RATING_NAMES[rating]}  {count}  ({share} %)"))
        return lines

    def layout_in(self, area: QRectF, metrics: QFontMetricsF) -> tuple[QRectF, float]:
        """The donut's square and the legend's left edge. The legend gets the width
        its longest line needs; the donut takes what is left, up to the height (before:
        the donut took 45 % of the width and a narrow card cut "(60 %)" off)."""
        legend = max(metrics.horizontalAdvance(text) for _, text in self.legend_lines())
        legend += LEGEND_SWATCH + LEGEND_GAP
        size = max(MIN_DONUT, min(area.height(), area.width() - legend - 16))
        ring = QRectF(area.left() + 8, area.center().y() - size / 2, size, size).adjusted(
            8, 8, -8, -8
        )
        return ring, ring.right() + LEGEND_GAP

    def draw(self, painter: QPainter, area: QRectF) -> None:
        total = sum(self.ratings.values())
        if not total:
            return
        colors = rating_colors(_theme(self))
        font = painter.font()
        metrics = QFontMetricsF(font)
        ring, left = self.layout_in(area, metrics)
        pen_width = ring.width() * 0.22
        inner = ring.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)
        start = 90 * 16
        for rating in sorted(self.ratings):
            count = self.ratings[rating]
            if not count:
                continue
            span = -round(360 * 16 * count / total)
            pen = QPen(colors[rating], pen_width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(inner, start, span)
            start += span
        painter.setPen(self.text_color())
        bold = painter.font()
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(bold)
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, str(total))
        painter.setFont(font)
        line = metrics.height() + 6
        top = area.center().y() - 2 * line
        width = area.right() - left - LEGEND_SWATCH
        for i, (rating, text) in enumerate(self.legend_lines()):
            y = top + i * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors[rating])
            painter.drawRoundedRect(QRectF(left, y + line / 2 - 5, 10, 10), 2, 2)
            painter.setPen(self.text_color())
            painter.drawText(
                QRectF(left + LEGEND_SWATCH, y, width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )


LEGEND_SWATCH = 16  # the colour square and the space after it
LEGEND_GAP = 24  # between the donut and the legend
MIN_DONUT = 64


class MasteryChart(Chart):
    """Mastery per topic: a bar per top-level topic; mastered solid, studied paler.

    With several decks each deck's name heads its topics once, and a row is labelled
    with the topic's own name: "Deck: Topic" on every row was cut at the deck first
    ("Machine Learn…: Bias-…"), so the part that tells rows apart lost its room. The
    full label is the row's tooltip."""

    ROW = 24
    LABEL_SHARE = 0.4  # of the width, at the most, for the labels
    MIN_LABEL = 240.0  # the labels' width where the chart is wide enough
    MIN_BAR = 80.0  # the shortest bar a long name leaves

    topic_clicked = Signal(object)  # TopicMastery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics: list[TopicMastery] = []
        self._rows: list[TopicMastery | str] = []  # a deck's name heads its topics
        self._row_of: list[int] = []  # each topic's row
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_topics(self, topics: list[TopicMastery]) -> None:
        self.topics = topics
        self._rows, self._row_of = [], []
        deck = ""
        for topic in topics:
            if topic.deck and topic.deck != deck:
                self._rows.append(topic.deck)
            deck = topic.deck
            self._row_of.append(len(self._rows))
            self._rows.append(topic)
        self.setMinimumHeight(max(self.MIN_HEIGHT, len(self._rows) * self.ROW + 12))
        self.updateGeometry()
        self.update()

    @staticmethod
    def own_name(topic: TopicMastery) -> str:
        """The topic's name without its deck's ("Deck: Topic" with several decks)."""
        if topic.deck and topic.name.startswith(topic.deck + ": "):
            return topic.name[len(topic.deck) + 2 :]
        return topic.name

    def row_rect(self, index: int) -> QRectF:
        """The row of `self.topics[index]`."""
        area = self.area()
        top = area.top() + self._row_of[index] * self.ROW
        return QRectF(area.left(), top, area.width(), self.ROW)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if not self.topics:
            return
        c = COLORS[_theme(self)]
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(self.own_name(t)) for t in self.topics) + 4
        value_w = metrics.horizontalAdvance("100 %  (999/999)") + 8
        # The labels take up to LABEL_SHARE of a wide chart; in a narrow one a name
        # may take what a short bar leaves (it was cut at 40 % with room to spare).
        room = max(area.width() * self.LABEL_SHARE, area.width() - value_w - self.MIN_BAR - 8)
        label_w = min(room, max(self.MIN_LABEL, widest))
        bar_left = area.left() + label_w + 8
        bar_w = max(20.0, area.right() - value_w - bar_left)
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        heading = QFont(self.font())
        heading.setBold(True)
        for i, row in enumerate(self._rows):
            y = area.top() + i * self.ROW
            if isinstance(row, str):
                painter.setPen(self.muted_color())
                painter.setFont(heading)
                cut = QFontMetricsF(heading).elidedText(
                    row, Qt.TextElideMode.ElideRight, area.width()
                )
                painter.drawText(QRectF(area.left(), y, area.width(), self.ROW), left_middle, cut)
                painter.setFont(self.font())
                continue
            topic = row
            painter.setPen(self.text_color())
            name = metrics.elidedText(self.own_name(topic), Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(QRectF(area.left(), y, label_w, self.ROW), left_middle, name)
            track = QRectF(bar_left, y + self.ROW / 2 - 5, bar_w, 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.bar_track))
            painter.drawRoundedRect(track, 5, 5)
            if topic.total:
                studied = QColor(c.learned)
                studied.setAlpha(70)
                painter.setBrush(studied)
                width = bar_w * topic.studied / topic.total
                if width:
                    painter.drawRoundedRect(QRectF(track.left(), track.top(), width, 10), 5, 5)
                painter.setBrush(QColor(c.learned))
                width = bar_w * topic.mastered / topic.total
                if width:
                    painter.drawRoundedRect(QRectF(track.left(), track.top(), width, 10), 5, 5)
            painter.setPen(self.muted_color())
            painter.drawText(
                QRectF(track.right() + 8, y, value_w, self.ROW),
                left_middle,
                f"{percent(topic.fraction)}  ({topic.mastered}/{topic.total})",
            )

    def topic_at(self, x: float, y: float) -> TopicMastery | None:
        area = self.area()
        if not area.contains(QPointF(x, y)):
            return None
        index = int((y - area.top()) // self.ROW)
        row = self._rows[index] if 0 <= index < len(self._rows) else None
        return row if isinstance(row, TopicMastery) else None

    def tip_at(self, x: float, y: float) -> str:
        """The row's tooltip: its full label ("Deck: Topic") and figures; "" off a bar."""
        topic = self.topic_at(x, y)
        if topic is None:
            return ""
        suspended = f" ({topic.suspended} suspended)" if topic.suspended else ""
        return (
            f"{topic.name}: {topic.mastered} mastered, {topic.studied} studied, "
            f"{plural(topic.total, 'question')}{suspended}. Click to study it."
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            topic = self.topic_at(event.position().x(), event.position().y())
            if topic is not None:
                self.topic_clicked.emit(topic)
                return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos().x(), event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class MocksChart(Chart):
    """Mock scores over time: a line of session scores (0–100 %), coverage dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mocks: list[MockScore] = []

    def set_mocks(self, mocks: list[MockScore]) -> None:
        self.mocks = mocks
        self.update()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if not self.mocks:
            return
        c = COLORS[_theme(self)]
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        plot = area.adjusted(metrics.horizontalAdvance("100 %") + 8, line / 2, -8, -line - 4)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.setPen(QPen(self.grid_color(), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.muted_color())
            painter.drawText(
                QRectF(area.left(), y - line / 2, plot.left() - area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                percent(fraction),
            )
        n = len(self.mocks)

        def x_at(i: int) -> float:
            return plot.center().x() if n == 1 else plot.left() + plot.width() * i / (n - 1)

        def y_at(value: float) -> float:
            return plot.bottom() - plot.height() * value

        series: list[tuple[Callable[[MockScore], float | None], QColor, Qt.PenStyle]] = [
            (lambda m: m.coverage, QColor(c.due), Qt.PenStyle.DashLine),
            (lambda m: m.score, QColor(c.new), Qt.PenStyle.SolidLine),
        ]
        for value_of, color, style in series:
            points = [
                QPointF(x_at(i), y_at(v))
                for i, m in enumerate(self.mocks)
                if (v := value_of(m)) is not None
            ]
            if not points:
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(color, 2, style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(self.muted_color())
        first, last = self.mocks[0].started_at, self.mocks[-1].started_at
        labels = [(0, f"{first:%d %b}".lstrip("0"))]
        if n > 1:
            labels.append((n - 1, f"{last:%d %b}".lstrip("0")))
        for i, label in labels:
            width = metrics.horizontalAdvance(label) + 4
            left = min(max(x_at(i) - width / 2, plot.left()), plot.right() - width)
            painter.drawText(
                QRectF(left, plot.bottom() + 3, width, line), Qt.AlignmentFlag.AlignCenter, label
            )


class ChartCard(Card):
    """A titled panel holding a chart, or a hint when the chart has nothing to show."""

    def __init__(self, title: str, chart: Chart, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # a long one wraps in a narrow card, never widens it
        mute(self.summary)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMinimumHeight(Chart.MIN_HEIGHT)
        mute(self.hint)
        self._stack = QStackedLayout()
        self._stack.addWidget(chart)
        self._stack.addWidget(self.hint)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(self._stack)

    def set_empty(self, empty: bool, summary: str = "") -> None:
        self._stack.setCurrentWidget(self.hint if empty else self.chart)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary) and not empty)

    @property
    def empty(self) -> bool:
        return self._stack.currentWidget() is self.hint


def _mocks_summary(mocks: list[MockScore]) -> str:
    if not mocks:
        return ""
    last = mocks[-1]
    text = plural(len(mocks), "session")
    text += f"; last score {percent(last.score)}"
    if last.coverage is not None:
        text += f", key points {percent(last.coverage)}"
    return text + "  (line: score, dashes: key points covered)"


class StatsView(QWidget):
    """Statistics of one deck (or all): embed as a tab; call `refresh()` or
    `mark_dirty()` after the store changed."""

    question_activated = Signal(str)  # not emitted here (same interface as WeakView)
    start_mock_requested = Signal(list)  # not emitted here
    start_study_requested = Signal(list)  # question ids of a clicked topic bar
    export_requested = Signal()  # not emitted here
    refresh_wanted = Signal(object)  # deck id (None: all decks): send new figures

    def __init__(self, parent: QWidget | None = None, *, deck_id: int | None = None) -> None:
        """The view asks for its figures (`refresh_wanted`) when it is shown after
        `mark_dirty()`, and gets them through `set_stats`: it holds no store."""
        super().__init__(parent)
        self.deck_id = deck_id
        self.stats = Stats()
        self._dirty = True
        self._after_paint = AfterPaint(self)
        self.waiting = False  # figures were asked for and have not come yet

        self.heatmap = CalendarHeatmap()
        year = Card()
        year.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        year_layout = QVBoxLayout(year)
        year_layout.setContentsMargins(14, 10, 14, 10)
        year_title = QLabel("<b>Your year of answers</b>")
        year_layout.addWidget(year_title)
        year_layout.addWidget(self.heatmap)
        self.days = DaysChart()
        self.forecast = ForecastChart()
        self.ratings = RatingsChart()
        self.mastery = MasteryChart()
        self.mocks = MocksChart()
        self.mastery.topic_clicked.connect(self._study_topic)
        self.cards = {
            "days": ChartCard(f"Reviews per day, last {DAYS} days", self.days, HINTS["days"]),
            "ratings": ChartCard("Ratings, all time", self.ratings, HINTS["ratings"]),
            "forecast": ChartCard(
                f"Due in the next {FORECAST_DAYS} days", self.forecast, HINTS["forecast"]
            ),
            "mastery": ChartCard("Mastery per topic", self.mastery, HINTS["mastery"]),
            "mocks": ChartCard("Mock interview scores", self.mocks, HINTS["mocks"]),
        }
        for part in (self.cards["mastery"].title, self.cards["mastery"].summary):
            part.setToolTip(MASTERED_RULE)  # what "mastered" takes, whole
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.refresh)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setSpacing(12)
        self._grid = grid
        self._year = year
        self.side_by_side: bool | None = None
        self._arrange(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Nothing on the page needs to scroll sideways: the two cards that share a
        # row go one under the other where the page is narrower than both need
        # (`_arrange`), texts wrap, and the heatmap, kept as wide as the part of the
        # page in sight, shows its last weeks (see CalendarHeatmap._grid).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self._scroll = scroll
        # Shown by its keys (Ctrl+Shift+T), the page is what Page Down and the arrows
        # scroll: they did nothing until a Tab put the focus on it.
        self.setFocusProxy(scroll)
        scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        bar = QWidget()
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(12, 0, 12, 8)
        bar_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._scroll.viewport():
            width = self._scroll.viewport().width()
            # the page's margins (12 a side) and the year card's (14 a side)
            self.heatmap.setMaximumWidth(max(200, width - 52))
            self._arrange(width >= self.side_by_side_width())
        return super().eventFilter(watched, event)

    def side_by_side_width(self) -> int:
        """The page width the reviews-per-day and ratings cards need side by side."""
        margins = self._grid.contentsMargins()
        pair = (self.cards["days"], self.cards["ratings"])
        need = sum(card.minimumSizeHint().width() for card in pair)
        return need + self._grid.horizontalSpacing() + margins.left() + margins.right()

    def _arrange(self, side_by_side: bool) -> None:
        """The cards in two columns (reviews per day beside the ratings), or in one."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        grid = self._grid
        kinds = ("days", "ratings", "forecast", "mocks", "mastery")
        order = [self._year, *(self.cards[k] for k in kinds)]
        for widget in order:
            grid.removeWidget(widget)
        if side_by_side:
            places = [(0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)]
            places += [(row, 0, 1, 2) for row in range(2, len(order) - 1)]
        else:
            places = [(row, 0, 1, 2) for row in range(len(order))]
        for widget, place in zip(order, places, strict=True):
            grid.addWidget(widget, *place)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        last = places[-1][0] + 1
        for row in range(len(order) + 1):
            grid.setRowStretch(row, 1 if row == last else 0)

    # --- data ------------------------------------------------------------------------

    def set_deck(self, deck_id: int | None) -> None:
        self.deck_id = deck_id
        self.mark_dirty()

    def mark_dirty(self) -> None:
        """The store changed: ask for new figures now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Ask for new figures; the last ones stay on screen until they come."""
        self._dirty = False
        self.waiting = True
        # Once the tab is on screen: the other thread's work would hold it back.
        deck_id = self.deck_id
        self._after_paint.call(lambda: self.refresh_wanted.emit(deck_id))

    def show_failure(self) -> None:
        """The figures could not be computed (the error is said elsewhere): the last
        ones stay, and the next show asks again."""
        self.waiting = False
        self._dirty = True

    def set_stats(self, stats: Stats) -> None:
        self.waiting = False
        self.stats = stats
        self.heatmap.set_figures(stats.calendar, stats.streaks, stats.goal)
        self.days.set_days(stats.reviews_per_day)
        in_window = stats.reviews_in_window
        self.cards["days"].set_empty(in_window == 0, plural(in_window, "review"))
        self.ratings.set_ratings(stats.ratings)
        self.cards["ratings"].set_empty(stats.total_ratings == 0)
        self.forecast.set_days(stats.forecast.days)
        self.cards["forecast"].set_empty(
            stats.forecast.scheduled == 0, forecast_summary(stats.forecast)
        )
        self._arrange(self._scroll.viewport().width() >= self.side_by_side_width())
        self.mastery.set_topics(stats.topics)
        mastered = sum(t.mastered for t in stats.topics)
        total = sum(t.total for t in stats.topics)
        self.cards["mastery"].set_empty(
            stats.studied == 0,
            f"{mastered} of {plural(total, 'question')} mastered (solid: "
            f"{MASTERED_SHORT}), studied (pale). Click a topic to study it.",
        )
        self.mocks.set_mocks(stats.mocks)
        self.cards["mocks"].set_empty(not stats.mocks, _mocks_summary(stats.mocks))

    def _study_topic(self, topic: TopicMastery) -> None:
        if topic.question_ids:
            self.start_study_requested.emit(list(topic.question_ids))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
