"""The Statistics tab's year: the calendar heatmap with the streaks and today's goal,
empty and full, the daily goal read from Preferences, and the mastery rule."""

from __future__ import annotations

from datetime import timedelta

from studyapp.core import settings_schema as schema
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms

from .conftest import T0, settled


def show_stats(qtbot, window):
    view = window.controllers["insights"].show_statistics()  # its days: the clock's zone
    assert view is not None
    view.refresh()
    return settled(qtbot, view)


def test_empty_year(qtbot, make_window):
    view = show_stats(qtbot, make_window())
    heatmap = view.heatmap
    assert heatmap.is_empty()
    assert heatmap.summary() == ("Current streak 0 days · longest 0 days · 0 of 20 answers today")
    assert "21 days" in view.cards["mastery"].hint.text()  # the rule for "mastered"
    heatmap.resize(800, heatmap.minimumHeight())
    assert not heatmap.grab().isNull()  # paints the empty grid without error


def test_full_year_with_streaks_and_goal(qtbot, make_window, store, clock):
    ids = [q.id for q in store.questions()]
    card = None
    # Answers on the last three days (today included) and a run of five, months ago.
    days = [0, 1, 2, 100, 101, 102, 103, 104]
    for i, days_ago in enumerate(days):
        at = T0 - timedelta(days=days_ago)
        card, due = SpacedRepetition().grade(card, 3, at)
        store.record_review(ids[i % len(ids)], 3, 10.0, "study", card, due, to_ms(at))
    schema.write(store, schema.DAILY_GOAL, 1)
    view = show_stats(qtbot, make_window())
    heatmap = view.heatmap
    assert not heatmap.is_empty()
    assert heatmap.streaks.current == 3 and heatmap.streaks.longest == 5
    assert "1 of 1 answers today: goal met" in heatmap.summary()
    today = T0.date()
    assert heatmap.calendar.count(today) == 1
    assert heatmap.calendar.count(today - timedelta(days=50)) == 0
    heatmap.resize(800, heatmap.minimumHeight())
    assert heatmap.cell_rect(today) is not None
    assert "1 answer" in heatmap.tooltip_for(today)


def test_the_drawn_year_follows_new_figures_the_theme_and_the_size(qtbot):
    """The year is drawn once and copied on later paints: a grade's day, the other
    theme's colours and a new width must still show."""
    from datetime import date

    from PySide6.QtGui import QPalette

    from studyapp.core.stats import Calendar, GoalProgress, Streaks
    from studyapp.ui.calendar_heatmap import CalendarHeatmap

    last = date(2026, 12, 3)
    first = last - timedelta(days=364)
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(800, heatmap.minimumHeight())
    heatmap.set_figures(Calendar(first, last, {}), Streaks(), GoalProgress())
    empty = heatmap.grab().toImage()

    heatmap.set_figures(Calendar(first, last, {last: 3}), Streaks(1, 1), GoalProgress(3, 20))
    graded = heatmap.grab().toImage()
    assert graded != empty
    rect = heatmap.cell_rect(last)
    assert rect is not None
    centre = rect.center().toPoint()
    assert graded.pixelColor(centre) != empty.pixelColor(centre)  # today's square, coloured

    heatmap.resize(500, heatmap.minimumHeight())
    narrow = heatmap.cell_rect(last)
    assert narrow is not None and narrow.center() != rect.center()
    assert heatmap.grab().toImage().pixelColor(narrow.center().toPoint()) == graded.pixelColor(
        centre
    )  # today's square where it now is
    heatmap.resize(800, heatmap.minimumHeight())

    dark = QPalette(heatmap.palette())
    dark.setColor(QPalette.ColorRole.Base, dark.color(QPalette.ColorRole.Base).darker(400))
    dark.setColor(QPalette.ColorRole.Text, dark.color(QPalette.ColorRole.Text).lighter(400))
    heatmap.setPalette(dark)
    assert heatmap.grab().toImage() != graded  # the dark theme's colours


def test_in_a_narrow_window_the_year_shows_this_week_in_sight(qtbot, make_window, store):
    """At 704 px the Statistics page scrolled sideways (the charts side by side did
    not fit), and the heatmap, as wide as the page, showed last year's empty months
    with this week out of sight. The page no longer scrolls sideways (the cards
    stack), and the heatmap is as wide as the page in sight: today's square shows."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    card, due = SpacedRepetition().grade(None, 3, T0)
    store.record_review(store.questions()[0].id, 3, 10.0, "study", card, due, to_ms(T0))
    window = make_window(show=True)
    window.resize(704, 600)
    view = show_stats(qtbot, window)
    scroll = view.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    heatmap = view.heatmap
    today = heatmap.cell_rect(T0.date())
    assert today is not None
    right = heatmap.mapTo(scroll.viewport(), QPoint(int(today.right()), 0)).x()
    assert 0 <= right <= scroll.viewport().width()  # in sight, scrolled to the start


def test_a_narrow_year_breaks_its_summary_and_shows_every_word(qtbot):
    """In a window about 720 pixels wide the summary ran past the card's edge and was
    clipped mid-word. It now breaks between its parts, the card grows a line for
    each, and the squares start below it; where even one part is too long it is cut
    at a word, and its tooltip says it whole."""
    from datetime import date

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFontMetricsF

    from studyapp.core.stats import Calendar, GoalProgress, Streaks
    from studyapp.ui.calendar_heatmap import CalendarHeatmap

    last = date(2026, 12, 3)
    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    heatmap.resize(800, heatmap.minimumHeight())
    heatmap.show()
    qtbot.waitExposed(heatmap)
    heatmap.set_figures(
        Calendar(last - timedelta(days=364), last, {last: 14}),
        Streaks(12, 130),
        GoalProgress(14, 20),
    )
    assert heatmap.summary_lines() == [heatmap.summary()]
    one_line = heatmap.minimumHeight()
    metrics = QFontMetricsF(heatmap.font())

    heatmap.resize(300, one_line)
    image = heatmap.grab().toImage()
    band = range(4, 4 + int(metrics.height()))  # the summary's first line
    ground = image.pixelColor(image.width() - 1, 0).lightness()
    inked = [
        x
        for x in range(image.width())
        for y in band
        if abs(image.pixelColor(x, y).lightness() - ground) > 60
    ]
    assert inked and max(inked) < heatmap.width() - 6  # it ends before the edge
    lines = heatmap.summary_lines()
    assert len(lines) > 1
    assert " · ".join(lines) == heatmap.summary()  # every word is there
    assert all(metrics.horizontalAdvance(line) <= heatmap.width() - 8 for line in lines)
    today = heatmap.cell_rect(last)
    assert today is not None and today.top() > len(lines) * metrics.height()
    # the card grows a line for each (its squares are smaller here than at 800 px)
    sunday = heatmap.cell_rect(last - timedelta(days=last.weekday() + 1))
    assert heatmap.minimumHeight() >= sunday.bottom() and one_line > 0
    assert heatmap.tooltip_at(QPointF(20, 8)) == ""  # nothing cut: no tooltip needed

    heatmap.resize(110, heatmap.minimumHeight())
    lines = heatmap.summary_lines()
    assert any(line.endswith("…") for line in lines)
    assert all(metrics.horizontalAdvance(line) <= heatmap.width() - 8 for line in lines)
    assert heatmap.tooltip_at(QPointF(20, 8)) == heatmap.summary()
