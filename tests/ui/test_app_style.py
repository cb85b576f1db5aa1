"""The flat scroll bars of the app's style: where the handle is, what a click does,
and that the handle can be seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QTextBrowser

from studyapp.ui.style import AppStyle, flat_corner
from studyapp.ui.theme import palette


@pytest.fixture
def bar(qtbot):
    style = AppStyle()
    scroll_bar = QScrollBar(Qt.Orientation.Vertical)
    scroll_bar.setStyle(style)
    scroll_bar.setPalette(palette("light"))
    scroll_bar.setRange(0, 900)
    scroll_bar.setPageStep(100)
    scroll_bar.setFixedSize(14, 500)
    qtbot.addWidget(scroll_bar)
    scroll_bar.show()
    qtbot.waitExposed(scroll_bar)
    scroll_bar.app_style = style  # keep the style alive as long as the bar
    return scroll_bar


def handle(bar: QScrollBar):
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )


def test_the_handle_is_as_long_as_the_page_is_of_the_whole(bar):
    # 100 of 1000 units are on the page: a tenth of the 500 px bar.
    assert handle(bar).height() == 50
    assert handle(bar).top() == 0
    bar.setValue(900)
    assert handle(bar).bottom() == 499  # at the end, the handle touches the end


def test_there_are_no_arrow_buttons(bar):
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    for arrow in (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine):
        rect = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, arrow, bar)
        assert rect.isEmpty()


def test_a_click_past_the_handle_pages_down_even_at_the_very_end(qtbot, bar):
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 300))
    assert bar.value() == 100
    # Where an arrow button used to be: still a page, not a line.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 498))
    assert bar.value() == 200


def test_the_handle_can_be_dragged(qtbot, bar):
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 20))
    qtbot.mouseMove(bar, QPoint(7, 245))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(7, 245))
    assert 400 <= bar.value() <= 500  # about half-way down


def test_the_handle_stands_out_from_the_track(bar):
    image = bar.grab().toImage()
    on_handle = image.pixelColor(7, 25)
    on_track = image.pixelColor(7, 300)
    assert on_track == palette("light").base().color()
    assert on_handle.lightness() < on_track.lightness() - 30


def test_nothing_to_scroll_paints_an_empty_track(bar):
    bar.setRange(0, 0)
    image = bar.grab().toImage()
    track = palette("light").base().color()
    assert all(image.pixelColor(7, y) == track for y in range(0, 500, 25))


def test_where_both_bars_meet_the_corner_is_the_bars_colour(qtbot):
    style = AppStyle()
    browser = QTextBrowser()
    browser.setStyle(style)
    browser.setPalette(palette("light"))
    browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
    browser.setPlainText(("a long line " * 40 + "\n") * 80)  # both bars show
    flat_corner(browser)
    browser.resize(300, 200)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    corner = browser.cornerWidget()
    assert corner is not None and corner.isVisible()
    image = corner.grab().toImage()
    base = palette("light").base().color()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == base
    assert image.pixelColor(0, 0) == base  # no rule along its edge
