"""The calendar heatmap: a square a day, deeper for busier days; streaks and today's goal
above it; the empty year says how to fill it; painting works in both themes."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from studyapp.core.stats import Calendar, GoalProgress, Streaks
from studyapp.ui import theme
from studyapp.ui.calendar_heatmap import HINT, LEVELS, CalendarHeatmap, level

TODAY = date(2030, 3, 1)  # a Friday
FIRST = TODAY - timedelta(days=364)


@pytest.fixture
def heatmap(qtbot):
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    widget.resize(820, widget.minimumHeight())
    return widget


def image(widget: CalendarHeatmap) -> QImage:
    return widget.grab().toImage()


def color_at(img: QImage, widget: CalendarHeatmap, day: date) -> QColor:
    rect = widget.cell_rect(day)
    assert rect is not None
    center = rect.center()
    # grab() renders at the device pixel ratio
    ratio = img.devicePixelRatio()
    return img.pixelColor(int(center.x() * ratio), int(center.y() * ratio))


def test_levels_scale_to_the_busiest_day():
    assert [level(n, 20) for n in (0, 1, 5, 6, 10, 11, 19, 20)] == [0, 1, 1, 2, 2, 3, 4, 4]
    assert level(3, 0) == 0 and level(50, 20) == LEVELS


def test_the_empty_year_draws_empty_squares_and_says_how_to_fill_it(heatmap):
    heatmap.set_figures(Calendar(FIRST, TODAY, {}), Streaks(), GoalProgress(0, 20))
    assert heatmap.is_empty()
    img = image(heatmap)
    empty = heatmap.level_color(0)
    for day in (FIRST, FIRST + timedelta(days=100), TODAY):
        assert color_at(img, heatmap, day).name() == empty.name()
    assert "streak" in HINT
    assert heatmap.summary() == "Current streak 0 days · longest 0 days · 0 of 20 answers today"


def test_a_full_year_colours_busier_days_deeper(heatmap):
    counts = {FIRST + timedelta(days=i): 1 + i % 20 for i in range(0, 365, 2)}
    counts[TODAY] = 20
    heatmap.set_figures(Calendar(FIRST, TODAY, counts), Streaks(1, 9), GoalProgress(20, 20))
    assert not heatmap.is_empty()
    img = image(heatmap)
    idle = FIRST + timedelta(days=1)  # odd days have no answers
    light = FIRST + timedelta(days=2)  # 3 answers of a busiest 20: level 1
    busy = TODAY
    idle_c, light_c, busy_c = (color_at(img, heatmap, d) for d in (idle, light, busy))
    assert idle_c.name() == heatmap.level_color(0).name()
    assert light_c != idle_c and busy_c != light_c
    # Deeper means closer to the full "learned" colour.
    full = QColor(theme.COLORS["light"].learned)

    def distance(c: QColor) -> int:
        return sum(abs(a - b) for a, b in zip(c.getRgb()[:3], full.getRgb()[:3], strict=True))

    assert distance(busy_c) < distance(light_c)
    assert heatmap.summary() == (
        "Current streak 1 day · longest 9 days · 20 of 20 answers today: goal met"
    )


def test_squares_sit_in_week_columns_with_monday_on_top(heatmap):
    heatmap.set_figures(Calendar(FIRST, TODAY, {TODAY: 1}), Streaks(), GoalProgress())
    friday, monday = heatmap.cell_rect(TODAY), heatmap.cell_rect(TODAY - timedelta(days=4))
    assert friday is not None and monday is not None
    assert friday.left() == monday.left() and friday.top() > monday.top()
    last_week = heatmap.cell_rect(TODAY - timedelta(days=7))
    assert last_week.left() < friday.left() and last_week.top() == friday.top()
    assert heatmap.cell_rect(TODAY + timedelta(days=1)) is None
    assert heatmap.cell_rect(FIRST - timedelta(days=1)) is None
    # Every square fits inside the widget.
    assert heatmap.rect().contains(heatmap.cell_rect(FIRST).toRect())
    assert heatmap.rect().contains(friday.toRect())
    # Hit testing finds the day under the pointer, and the tooltip says its count.
    assert heatmap.day_at(friday.center()) == TODAY
    assert heatmap.day_at(QPointF(1, 1)) is None
    assert heatmap.tooltip_for(TODAY) == "Fri 1 Mar 2030: 1 answer"
    assert heatmap.tooltip_for(TODAY - timedelta(days=1)) == "Thu 28 Feb 2030: 0 answers"


@pytest.mark.parametrize("name", ["light", "dark"])
def test_it_paints_in_both_themes(qtbot, name):
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    widget.setPalette(theme.palette(name))
    widget.resize(500, widget.minimumHeight())  # narrow: squares shrink, still inside
    widget.set_figures(Calendar(FIRST, TODAY, {TODAY: 3}), Streaks(1, 1), GoalProgress(3, 20))
    img = image(widget)
    assert color_at(img, widget, TODAY).name() != widget.level_color(0).name()
    assert widget.level_color(0).name() == QColor(theme.COLORS[name].bar_track).name()
    assert widget.rect().contains(widget.cell_rect(TODAY).toRect())


def test_a_narrow_heatmap_shows_this_week_not_last_year(heatmap):
    """In a narrow window (Statistics at 704 px) the year did not fit at the smallest
    square: the oldest months showed, empty, and the weeks with answers were cut off
    at the right. The last weeks are the ones in sight; the oldest go under the labels."""
    busy = {TODAY - timedelta(days=n): 5 for n in range(10)}
    heatmap.set_figures(Calendar(FIRST, TODAY, busy), Streaks(10, 10), GoalProgress(5, 20))
    heatmap.resize(300, heatmap.minimumHeight())
    today = heatmap.cell_rect(TODAY)
    assert today is not None and today.right() <= heatmap.width()
    img = image(heatmap)
    assert color_at(img, heatmap, TODAY) != heatmap.level_color(0)  # painted, in sight
    assert heatmap.cell_rect(FIRST) is None  # a year ago: out of sight
    assert heatmap.day_at(today.center()) == TODAY
    heatmap.resize(820, heatmap.minimumHeight())  # wide again: the whole year
    assert heatmap.cell_rect(FIRST) is not None


def month_row(img: QImage, widget: CalendarHeatmap, today: date) -> tuple[int, int]:
    """The rows of device pixels the month names are drawn in (above the squares)."""
    ratio = img.devicePixelRatio()
    top_square = widget.cell_rect(today - timedelta(days=today.weekday()))
    assert top_square is not None
    line = widget.fontMetrics().height()
    return int((top_square.top() - line) * ratio), int(top_square.top() * ratio)


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("width", [820, 760, 560, 400])
@pytest.mark.parametrize(
    "today",
    [date(2030, 12, 2), date(2030, 12, 10), date(2031, 4, 1), date(2030, 3, 1)],
)
def test_month_names_are_whole_at_both_edges(qtbot, name, width, today):
    """A tester saw the last month's name cut in half at the right edge of the year
    (a month begun in the last week or two). Every name is drawn whole: nothing in the
    month row's right margin, none under the weekday labels, none over another, and
    the current month named wherever its week has room."""
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    widget.setPalette(theme.palette(name))
    first = today - timedelta(days=364)
    widget.set_figures(Calendar(first, today, {today: 2}), Streaks(1, 1), GoalProgress(2, 20))
    widget.resize(width, widget.minimumHeight())
    img = image(widget)
    ratio = img.devicePixelRatio()
    top, bottom = month_row(img, widget, today)
    margin = range(int((width - 4) * ratio), int(width * ratio))
    background = {img.pixelColor(x, top).name() for x in margin}
    drawn = {img.pixelColor(x, y).name() for x in margin for y in range(top, bottom)}
    assert drawn == background and len(background) == 1  # nothing reaches the edge
    metrics = widget.fontMetrics()
    names = widget.month_labels()
    spans = [(x, x + metrics.horizontalAdvance(text)) for x, text in names]
    weekdays_right = 4 + max(metrics.horizontalAdvance(d) for d in ("Mon", "Wed", "Fri"))
    assert all(left > weekdays_right for left, _ in spans)
    assert all(a_right < b_left for (_, a_right), (b_left, _) in itertools.pairwise(spans))
    assert all(right <= width - 4 for _, right in spans)
    if (today - timedelta(days=today.weekday())).month == today.month and width >= 760:
        assert names[-1][1] == f"{today:%b}"  # the month of this week, named
