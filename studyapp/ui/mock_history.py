"""The history of mock interviews: the score trend across sessions (a small chart and a
sentence) and a row per past session with its date, topics, score and average time.

Pure view over core.mock `mock_history` rows and their `mock_trend`. Enter on a
session, or a double click, asks the window for its summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import format_clock, percent, plural, score_text, whole
from studyapp.core.mock import MIN_TREND_SESSIONS, MockHistoryRow, MockTrend, trend_rule
from studyapp.core.mock_results import SCORE_MEANS, score_scale
from studyapp.ui.theme import COLORS, Card, mute, rows_table

# Short headings (their tips say more): the eight columns fit beside the tree at 1024 px.
COLUMNS = ("Date", "Topics", "Score", "Graded", "Avg", "Over", "Points", "")
COLUMN_TIPS = {
    2: f"{SCORE_MEANS} In %: {score_scale()}.",
    3: "Questions graded, of those planned",
    4: "Average time on a graded question",
    5: "Questions that ran over time",
    6: "Key points covered, on average",
}
SESSION_ROLE = Qt.ItemDataRole.UserRole
HINT = "Enter on a session (or a double click) shows its summary."
ARROWS = {"up": "↑", "down": "↓", "flat": "→"}
WORDS = {"up": "improving", "down": "slipping", "flat": "steady"}


def not_counted_words(rows: Sequence[MockHistoryRow]) -> str:
    """The listed sessions the trend leaves out, in words ("1 abandoned, 2 with nothing
    graded"); "" when every one counts."""
    abandoned = sum(1 for row in rows if row.state != "finished")
    ungraded = sum(1 for row in rows if row.state == "finished" and row.score is None)
    parts = []
    if abandoned:
        parts.append(f"{abandoned} abandoned")
    if ungraded:
        parts.append(f"{ungraded} with nothing graded")
    return ", ".join(parts)


def trend_text(trend: MockTrend, not_counted: str = "") -> str:
    """The trend in words; until `MIN_TREND_SESSIONS` finished mocks have a score, how
    many there are (abandoned ones never count: a mock left after one question says
    little). `not_counted`: the listed sessions left out (see `not_counted_words`), so
    the words add up to the rows under them."""
    left_out = f" Not counted: {not_counted}." if not_counted else ""
    if trend.direction is None or trend.baseline is None or trend.change is None:
        # The chart shows the scores as dots, without a line, until then.
        needed = f"The trend shows once {MIN_TREND_SESSIONS} mock interviews are finished."
        if trend.last is None:
            return f"No finished mock interview with a grade yet.{left_out} {needed}"
        so_far = plural(len(trend.scores), "finished mock interview")
        if len(trend.scores) >= MIN_TREND_SESSIONS:  # enough, but not on the last's topics
            needed = (
                f"The trend shows once {MIN_TREND_SESSIONS - 1} mocks before the last one"
                f" share a topic with it ({len(trend.compared) - 1} so far): mocks on other"
                " topics are not compared."
            )
        return f"{so_far} so far (last {score_text(trend.last)}).{left_out} {needed}"
    # What is computed, said as it is (see core.mock_results.MockTrend): the last score
    # against the mean of the ones before it.
    points = whole(abs(trend.change))
    than = (
        "level with"
        if points == 0
        else f"{plural(points, 'point')} {'above' if trend.change > 0 else 'below'}"
    )
    them = "the one" if trend.before == 1 else f"the {trend.before}"
    # Said where mocks on other topics were left out of it (a Git mock was once set
    # against two over Generative Models).
    alike = " on its topics" if trend.alike is not None and trend.alike != trend.scores else ""
    return (
        f"Trend {ARROWS[trend.direction]} <b>{WORDS[trend.direction]}</b>: "
        f"last score <b>{score_text(trend.last)}</b>, {than} the mean of {them} before it"
        f"{alike} ({score_text(trend.baseline)}) · {whole(trend.delta):+d} on the one"
        f" before{alike}" + (f" · not counted: {not_counted}" if not_counted else "")
    )


class TrendChart(QWidget):
    """Scores 0–100, oldest left: a dot per session, joined by a line once there is a
    trend (before, a line would draw one the words say is not there yet)."""

    MAX_POINTS = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: tuple[float, ...] = ()
        self.line = True
        self.theme = "light"
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scores(self, scores: Sequence[float], *, line: bool = True) -> None:
        self.scores = tuple(scores)[-self.MAX_POINTS :]
        self.line = line
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        colors = COLORS[self.theme]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 2))
        painter.setFont(small)
        left, right, top, bottom = 40.0, 12.0, 10.0, 14.0
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        for level in (0, 50, 100):
            y = area.bottom() - area.height() * level / 100
            painter.setPen(QPen(QColor(colors.border), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(colors.muted))
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{level} %",
            )
        if not self.scores:
            painter.setPen(QColor(colors.muted))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "No scores yet")
            painter.end()
            return
        n = len(self.scores)
        step = area.width() / max(1, n - 1)
        points = [
            QPointF(
                area.left() + (i * step if n > 1 else area.width() / 2),
                area.bottom() - area.height() * max(0.0, min(100.0, s)) / 100,
            )
            for i, s in enumerate(self.scores)
        ]
        painter.setPen(QPen(QColor(colors.highlight), 2))
        if self.line:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setBrush(QColor(colors.highlight))
        for point in points:
            painter.drawEllipse(point, 3.0, 3.0)
        painter.end()


class MockHistoryView(QWidget):
    session_activated = Signal(int)
    new_mock_clicked = Signal()
    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MockHistoryRow] = []
        self.trend = MockTrend()

        self.card = Card()
        self.title = QLabel("Mock interview history")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.trend_label = QLabel()
        self.trend_label.setTextFormat(Qt.TextFormat.RichText)
        self.trend_label.setWordWrap(True)
        self.chart = TrendChart()

        self.table = rows_table(COLUMNS, "Past mock interviews")
        for column, tip in COLUMN_TIPS.items():
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.itemActivated.connect(self._on_activated)
        self.empty = QLabel("No mock interviews yet: Study → Mock Interview… (Ctrl+M) starts one.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        mute(self.empty)
        # The table or, before any mock, the line that says so: one place that takes the
        # height (with the table hidden, the title, chart and buttons spread over the
        # card and the buttons stretched across it).
        self.sessions = QStackedWidget()
        self.sessions.addWidget(self.table)
        self.sessions.addWidget(self.empty)
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)  # beside the buttons it may need two lines
        mute(self.hint)

        self.new_button = QPushButton("New mock…   Ctrl+M")
        self.new_button.setObjectName("primary")
        self.new_button.setAutoDefault(True)
        self.new_button.clicked.connect(self.new_mock_clicked)
        self.done_button = QPushButton("Done   Esc")
        self.done_button.setAutoDefault(True)
        self.done_button.clicked.connect(self.done_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.done_button)

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(22, 18, 22, 16)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.trend_label)
        inner.addWidget(self.chart)
        inner.addWidget(self.sessions, 1)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)

    def set_history(self, rows: Sequence[MockHistoryRow], trend: MockTrend) -> None:
        """Past sessions as mock_history returns them (oldest first); shown newest first."""
        self.rows = list(rows)
        self.trend = trend
        self.trend_label.setText(trend_text(trend, not_counted_words(self.rows)))
        self.trend_label.setToolTip(trend_rule(trend.window))
        self.chart.set_scores(trend.scores, line=trend.direction is not None)
        self.sessions.setCurrentWidget(self.table if self.rows else self.empty)
        self.hint.setText(HINT if self.rows else "")  # kept: it holds the buttons right
        self._fill()

    def _fill(self) -> None:
        colors = COLORS[self.chart.theme]
        newest_first = list(reversed(self.rows))
        self.table.setRowCount(len(newest_first))
        for r, row in enumerate(newest_first):
            cells = [
                row.date.astimezone().strftime("%Y-%m-%d %H:%M"),
                row.topic_label,
                score_text(row.score),
                f"{row.questions} of {row.planned}",
                format_clock(row.avg_seconds),
                str(row.overtime) if row.overtime else "",
                percent(row.coverage),
                row.ending,  # the summary's title says the same (how_it_ended)
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SESSION_ROLE, row.session_id)
                if c == 1:
                    item.setToolTip(row.topic_tip or row.topic_label)
                if c == 5 and row.overtime:
                    item.setForeground(QColor(colors.weak))
                if c == 7:
                    item.setForeground(QColor(colors.muted))
                self.table.setItem(r, c, item)
        if newest_first:
            self.table.setCurrentCell(0, 0)

    def rows_text(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def set_theme(self, theme: str) -> None:
        self.chart.theme = theme
        self.chart.update()
        self._fill()

    def take_focus(self) -> None:
        target = self.table if self.rows else self.new_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_activated(self, item: QTableWidgetItem) -> None:
        session_id = item.data(SESSION_ROLE)
        if session_id is not None:
            self.session_activated.emit(int(session_id))
