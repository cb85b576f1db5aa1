"""The year's heatmap in the Statistics tab at 800 × 600 and 1280 × 800: at the smallest
squares a month was narrower than its name, so Jan, Jun, Oct and the current month had
none, and Mon, Wed and Fri were drawn over each other; the widget kept the height of
the largest squares, an empty band under the grid at every width."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QFontMetricsF

from studyapp.core.stats import Calendar, GoalProgress, Streaks
from studyapp.ui.calendar_heatmap import CalendarHeatmap

DAYS = [date(2026, 12, 7), date(2030, 3, 1), date(2027, 6, 30)]
WIDTHS = [400, 560, 780]


def heatmap(qtbot, today: date, width: int) -> CalendarHeatmap:
    widget = CalendarHeatmap()
    qtbot.addWidget(widget)
    first = today - timedelta(days=364)
    counts = {first + timedelta(days=i): 1 + i % 7 for i in range(0, 365, 3)}
    counts[today] = 50
    widget.set_figures(Calendar(first, today, counts), Streaks(1, 1), GoalProgress(50, 20))
    widget.resize(width, widget.minimumHeight())
    widget.show()
    qtbot.waitExposed(widget)
    widget.resize(width, widget.minimumHeight())  # (its height follows its width)
    return widget


def months_in_sight(widget: CalendarHeatmap, today: date) -> list[str]:
    """The months whose first week shows, in order (the current one last)."""
    names = []
    day = today - timedelta(days=364)
    while day <= today:
        monday = day - timedelta(days=day.weekday())
        shown = widget.cell_rect(max(monday, today - timedelta(days=364)))
        if (day.day == 1 or not names) and shown is not None:
            names.append(f"{day:%b}")
        day += timedelta(days=1)
    return names


@pytest.mark.parametrize("today", DAYS, ids=str)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_month_in_sight_has_its_name_this_month_too(qtbot, today, width):
    widget = heatmap(qtbot, today, width)
    labels = [name for _x, name in widget.month_labels()]
    expected = months_in_sight(widget, today)
    assert labels[-1] == f"{today:%b}"
    # every month after the first label's has its name (the first may start under the
    # weekday labels, its name left out), but the one before this month where this
    # month began days ago: no room for both, and this month's is the one shown
    expected = expected[expected.index(labels[0]) :]
    missing = [name for name in expected if name not in labels]
    assert [name for name in expected if name in labels] == labels
    assert missing in ([], [expected[-2]])
    assert len(labels) >= 6


@pytest.mark.parametrize("width", WIDTHS)
def test_mon_wed_fri_are_not_drawn_over_each_other(qtbot, width):
    widget = heatmap(qtbot, DAYS[0], width)
    monday = DAYS[0]  # a Monday
    mon, wed = widget.cell_rect(monday), widget.cell_rect(monday - timedelta(days=5))
    assert mon is not None and wed is not None
    line = QFontMetricsF(widget.font()).height()
    # (Wednesday of the week before) a label apart from the next, with air between
    assert wed.center().y() - mon.center().y() >= 1.2 * line


@pytest.mark.parametrize("width", WIDTHS)
def test_no_empty_band_under_the_grid(qtbot, width):
    widget = heatmap(qtbot, DAYS[0], width)
    sunday = DAYS[0] - timedelta(days=1)
    bottom = widget.cell_rect(sunday).bottom()
    line = QFontMetricsF(widget.font()).height()
    assert widget.minimumHeight() - bottom <= line
    assert widget.height() - bottom <= line
