"""The Statistics tab: each chart shows its figures, or a hint saying how to fill it;
a click on a topic's bar asks to study it; painting works in both themes."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from studyapp.core.progress import LEARNED_STABILITY_DAYS, is_mastered
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import MASTERED_RULE, collect_stats
from studyapp.ui import theme
from studyapp.ui.stats_view import HINTS, StatsView
from tests.helpers.idle import until_idle
from tests.history import STRONG, WEAK, record, run_mock
from tests.ui.conftest import qid, settled


@pytest.fixture
def make_view(qtbot, store, clock):
    def make() -> StatsView:
        sr = SpacedRepetition()
        view = StatsView()  # asks answered at once, as the window's controller does later
        view.refresh_wanted.connect(
            lambda deck: view.set_stats(collect_stats(store, deck, clock.now(), sr, tz=UTC))
        )
        qtbot.addWidget(view)
        view.resize(900, 900)
        return view

    return make


@pytest.fixture
def studied(store, clock):
    now = clock.now()
    record(store, qid(store, "What is a p-value?"), WEAK, now)
    record(store, qid(store, "What is gradient descent?"), STRONG, now)
    run_mock(
        store,
        [
            (qid(store, "What is a learning rate?"), True, 3, 0.5, "steps"),
            (qid(store, "What is momentum?"), False, 4, 1.0, None),
        ],
        days_ago=3,
        now=now,
    )
    run_mock(store, [(qid(store, "What is a p-value?"), False, 1, 0.0, None)], days_ago=1, now=now)
    return store


def test_empty_store_shows_a_hint_on_every_chart(make_view):
    view = make_view()
    view.refresh()
    for name, card in view.cards.items():
        assert card.empty, name
        assert card.hint.text() == HINTS[name]
        assert card.hint.isVisibleTo(view) and not card.chart.isVisibleTo(view)
    assert "Space" in HINTS["days"] and "mock interview" in HINTS["mocks"]


def test_charts_show_the_history(make_view, studied):
    view = make_view()
    view.refresh()
    assert not any(card.empty for card in view.cards.values())
    stats = view.stats
    assert view.days.days == stats.reviews_per_day and len(view.days.days) == 30
    assert view.cards["days"].summary.text() == f"{stats.reviews_in_window} reviews"
    assert view.ratings.ratings == {1: 3, 2: 0, 3: 5, 4: 2}
    names = [t.name for t in view.mastery.topics]
    assert names == ["Optimization", "Statistics", "Security"]
    assert [round(m.score, 3) for m in view.mocks.mocks] == [round((2 / 3 + 1) / 2, 3), 0.0]
    assert view.cards["mocks"].summary.text().startswith("2 sessions; last score 0 %")


def test_mastery_rows_grow_the_chart(make_view, studied):
    view = make_view()
    view.refresh()
    rows = len(view.mastery.topics)
    assert view.mastery.minimumHeight() >= rows * view.mastery.ROW


def test_clicking_a_topic_bar_asks_to_study_it(make_view, studied, qtbot):
    view = make_view()
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # asked for once on screen
    statistics = next(t for t in view.mastery.topics if t.name == "Statistics")
    row = view.mastery.row_rect(view.mastery.topics.index(statistics))
    with qtbot.waitSignal(view.start_study_requested) as blocker:
        qtbot.mouseClick(view.mastery, Qt.MouseButton.LeftButton, pos=row.center().toPoint())
    assert blocker.args == [list(statistics.question_ids)]
    assert set(statistics.question_ids) == {
        qid(studied, "What is a p-value?"),
        qid(studied, "What is bias-variance?"),
    }
    with qtbot.assertNotEmitted(view.start_study_requested):
        qtbot.mouseClick(view.mastery, Qt.MouseButton.LeftButton, pos=QPoint(5, 1000))


def test_refresh_is_lazy_until_shown(make_view, studied, qtbot):
    view = make_view()
    assert view.stats.total_ratings == 0
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # asked for once on screen
    assert view.stats.total_ratings == 10


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_paints_in_both_themes(make_view, studied, qtbot, mode):
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(theme.palette(mode))
    try:
        view = make_view()
        view.refresh()
        view.show()
        qtbot.waitExposed(view)
        settled(qtbot, view)  # asked for once on screen
        image = view.grab().toImage()
    finally:
        app.setPalette(before)
    assert not image.isNull()
    # the ratings donut is drawn in the rating colours
    colors = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height() // 3, 2)
    }
    assert theme.COLORS[mode].weak in colors and theme.COLORS[mode].learned in colors


class DrawnTexts:
    """A painter stand-in that keeps the texts drawn and ignores the rest."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def drawText(self, _rect, _flags, text: str) -> None:
        self.texts.append(text)

    def __getattr__(self, _name: str):
        return lambda *args: None


def test_with_two_decks_a_topic_row_shows_the_topic_s_name_whole(qtbot):
    """A new user read "Machine Learn…: Bias-…" beside a bar: the deck's name, on
    every row, ate the room the topic's own name needed. Each deck's name now heads
    its topics once; a row shows the topic's name whole, and its full label
    ("Deck: Topic") is the row's tooltip. A click on a row still studies its topic."""
    from studyapp.core.stats import TopicMastery
    from studyapp.ui.stats_view import MasteryChart

    chart = MasteryChart()
    qtbot.addWidget(chart)
    chart.resize(700, 200)
    decks = ("Machine Learning Interview Questions", "Ai and Ml Questions")
    topics = [
        TopicMastery(i, f"{deck}: {own}", 0, 1, 3, deck=deck)
        for i, (deck, own) in enumerate(
            [
                (decks[0], "Bias-Variance Tradeoff"),
                (decks[0], "Gradient Boosting"),
                (decks[1], "Supervised Learning & Classification"),
            ]
        )
    ]
    chart.set_topics(topics)
    painter = DrawnTexts()
    chart.draw(painter, chart.area())
    labels = [t for t in painter.texts if "%" not in t]
    assert labels == [
        decks[0],
        "Bias-Variance Tradeoff",
        "Gradient Boosting",
        decks[1],
        "Supervised Learning & Classification",
    ]
    last = chart.row_rect(2).center()
    assert chart.tip_at(last.x(), last.y()).startswith(topics[2].name + ":")
    with qtbot.waitSignal(chart.topic_clicked) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=last.toPoint())
    assert clicked.args == [topics[2]]
    heading = chart.row_rect(2).translated(0, -chart.ROW).center()  # the second deck's name
    assert chart.topic_at(heading.x(), heading.y()) is None
    assert chart.minimumHeight() >= 5 * chart.ROW


@pytest.mark.parametrize("width", [240, 280, 360])
def test_the_ratings_legend_is_never_cut_off(qtbot, width):
    """At the width a 1200-pixel window gives the card (about 250 px), the legend's
    last characters were cut: "Again  3  (60 %" without its bracket. Now the donut
    gives the legend the room it needs: nothing is drawn past the chart's edge."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from studyapp.ui.stats_view import RatingsChart

    chart = RatingsChart()
    qtbot.addWidget(chart)
    chart.resize(width, chart.MIN_HEIGHT)
    chart.set_ratings({1: 3, 2: 0, 3: 2, 4: 0})
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.draw(painter, chart.area())  # what paintEvent draws
    painter.end()
    right = int(chart.area().right())
    inked = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 200
    ]
    assert inked and max(inked) < right - 2  # the text ends before the edge, whole


def test_a_topic_name_holding_the_separator_is_cut_where_its_deck_ends(qtbot):
    from studyapp.core.stats import TopicMastery
    from studyapp.ui.stats_view import MasteryChart

    chart = MasteryChart()
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    deck = "AI and ML Questions from the interview prep channel"
    names = [f"{deck}: Part {n}: Basics" for n in (1, 2)]
    chart.set_topics([TopicMastery(i, name, 0, 1, 3, deck=deck) for i, name in enumerate(names)])
    painter = DrawnTexts()
    chart.draw(painter, chart.area())
    drawn = [text for text in painter.texts if "Basics" in text]
    assert len(drawn) == 2 and drawn[0] != drawn[1]  # "Part 1" and "Part 2" both kept
    assert drawn[0].endswith("Part 1: Basics") and drawn[1].endswith("Part 2: Basics")


def _on_page(view: StatsView, widget) -> tuple[int, int]:
    """Where `widget` spans across the page's visible part, left and right."""
    viewport = view._scroll.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left, left + widget.width()


@pytest.mark.parametrize("width", [470, 560])
def test_a_narrow_page_stacks_the_cards_and_never_scrolls_sideways(
    make_view, studied, qtbot, width
):
    """In a narrow pane (1024×640 beside the tree, or scaled twice) the page scrolled
    sideways, cut the ratings card and its legend and put centred hints and the
    mastery sentence out of sight: now the ratings card goes under the reviews per
    day, and everything fits the page's width."""
    view = make_view()
    view.resize(width, 640)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    settled(qtbot, view)
    until_idle()  # the layout after the figures came
    viewport = view._scroll.viewport()
    assert not view._scroll.horizontalScrollBar().isVisible()
    assert view._scroll.widget().width() <= viewport.width()
    days, ratings = view.cards["days"], view.cards["ratings"]
    assert ratings.geometry().top() > days.geometry().bottom()  # one under the other
    for card in view.cards.values():
        left, right = _on_page(view, card)
        assert left >= 0 and right <= viewport.width(), card.title.text()
        for label in (card.title, card.summary, card.hint):
            if label.isVisibleTo(view):
                assert label.width() <= card.width(), label.text()
    chart = view.ratings  # the whole legend beside the donut
    assert chart.width() >= chart.minimumSizeHint().width()


def test_a_wide_page_keeps_the_two_cards_side_by_side(make_view, studied, qtbot):
    view = make_view()
    view.resize(1100, 800)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    settled(qtbot, view)
    until_idle()  # the layout after the figures came
    days, ratings = view.cards["days"], view.cards["ratings"]
    assert ratings.geometry().top() == days.geometry().top()
    assert ratings.geometry().left() > days.geometry().right()


def test_a_long_topic_name_is_shown_whole_where_a_short_bar_leaves_room(qtbot):
    """At 40 % of a 560-pixel chart a topic name of 38 characters was cut although
    the bar beside it had room to give."""
    from PySide6.QtGui import QFontMetricsF

    from studyapp.core.stats import TopicMastery
    from studyapp.ui.stats_view import MasteryChart

    chart = MasteryChart()
    qtbot.addWidget(chart)
    name = "Evaluation Metrics and Model Selection"
    chart.set_topics([TopicMastery(topic_id=1, name=name, mastered=0, studied=1, total=3)])
    width = int(QFontMetricsF(chart.font()).horizontalAdvance(name) / 0.5)
    chart.resize(width, chart.minimumHeight())
    drawn = []
    from unittest.mock import patch

    from PySide6.QtGui import QImage, QPainter

    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    original = QPainter.drawText

    def spy(self, *args):
        drawn.append(args[-1])
        return original(self, *args)

    with patch.object(QPainter, "drawText", spy):
        chart.draw(painter, chart.area())
    painter.end()
    assert name in drawn


def test_the_mastery_sentence_says_what_mastered_takes_as_it_is_counted(
    make_view, studied, store, clock
):
    """A tester read "mastered (solid: FSRS stability of a week or more)" and could not
    tell what it meant; it also left out that a struggling question does not count.
    The sentence says it in plain words, its tooltip in full (a learned question that
    falls due still counts), and the count is the questions core.progress counts."""
    view = make_view()
    view.refresh()
    card = view.cards["mastery"]
    summary = card.summary.text()
    assert "FSRS" not in summary  # the jargon only in the tooltip, explained
    assert f"{LEARNED_STABILITY_DAYS:g} days after your last review" in summary
    assert "not struggling" in summary
    assert card.summary.toolTip() == MASTERED_RULE == card.title.toolTip()
    assert "not Again" in MASTERED_RULE and "falls due for review stays mastered" in MASTERED_RULE
    sr = SpacedRepetition()
    cards = store.cards()
    learned = sum(is_mastered(cards.get(q.id), clock.now(), sr) for q in store.questions())
    assert summary.startswith(f"{learned} of {len(store.questions())} questions mastered")


def test_the_forecast_shows_what_falls_due_in_the_coming_days(make_view, studied, clock):
    """Anki's Future Due: nothing told a person what was coming. The card's bars are
    the next 30 days, tomorrow first, its line today's, tomorrow's and the week's."""
    view = make_view()
    view.refresh()
    card = view.cards["forecast"]
    assert not card.empty and card.chart is view.forecast
    forecast = view.stats.forecast
    days = view.forecast.days
    assert len(days) == 30 and days[0].day == (clock.now() + timedelta(days=1)).date()
    assert forecast.scheduled == len(studied.cards())  # every question with a card
    summary = card.summary.text().replace("\u00a0", " ")  # (a part wraps whole)
    assert f"Due today: {forecast.today} " in summary
    assert f"tomorrow: {forecast.tomorrow} " in summary
    assert f"this week: {forecast.week} " in summary
    assert view.forecast.label(0) == "tomorrow"
    assert view.forecast.tip(days[2]) == f"{days[2].day:%a %d %b}: {days[2].count} questions due"


def test_each_date_under_a_chart_points_at_its_own_bar(make_view, studied):
    """A tester read the forecast's only bar, two days ahead, as tomorrow's: the label
    "tomorrow", kept inside the chart, stood under the first three narrow bars. A tick
    under each labelled bar says which bar its label names."""
    view = make_view()
    view.refresh()
    for chart in (view.forecast, view.days):
        chart.resize(900, 200)
        image = chart.grab().toImage()  # (painted: its bars placed)
        bars = chart._bars
        assert bars
        plot = QRectF(
            bars[0].left(), bars[0].top(), bars[-1].right() - bars[0].left(), bars[0].height()
        )
        places = chart.label_places(plot, QFontMetricsF(chart.font()))
        assert places[0][0] == chart.label(0)
        for label, place, tick in places:
            index = next(i for i, bar in enumerate(bars) if bar.left() <= tick < bar.right())
            assert label == chart.label(index)
            assert abs(tick - bars[index].center().x()) < 0.5  # its bar's middle
            assert place.left() <= tick <= place.right()
            # The tick is drawn: just under the axis, at its bar's middle.
            below = image.pixelColor(round(tick), round(plot.bottom()) + 2)
            assert below != image.pixelColor(round(tick) + 3, round(plot.bottom()) + 2)


def test_each_date_stands_centred_under_its_own_bar(make_view, studied):
    """Still misread with the tick: "tomorrow", kept inside the chart, stood under the
    first three narrow bars, the day after tomorrow's bar over its middle. The bars
    are drawn in from the ends so that each label is centred under its bar, inside
    the chart, whatever its width."""
    view = make_view()
    view.refresh()
    for chart, width in ((view.forecast, 900), (view.days, 900), (view.forecast, 300)):
        chart.resize(width, 200)
        chart.grab()  # (painted: its bars placed)
        bars = chart._bars
        plot = QRectF(
            bars[0].left(), bars[0].top(), bars[-1].right() - bars[0].left(), bars[0].height()
        )
        for _label, place, tick in chart.label_places(plot, QFontMetricsF(chart.font())):
            bar = next(bar for bar in bars if bar.left() <= tick < bar.right())
            assert abs(place.center().x() - bar.center().x()) < 0.5
            assert place.left() >= 0 and place.right() <= chart.width()
