"""The flat scroll bars (ui/style.py's sheet on Fusion): where the handle is, what a
click does, that the handle can be seen, and what their painting spares."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QTextBrowser

from studyapp.ui.style import flat_scroll_area, scroll_css, style_scroll_bars
from studyapp.ui.theme import palette


@pytest.fixture
def bar(qtbot):
    scroll_bar = QScrollBar(Qt.Orientation.Vertical)
    scroll_bar.setStyleSheet(scroll_css("light"))
    scroll_bar.setPalette(palette("light"))
    scroll_bar.setRange(0, 900)
    scroll_bar.setPageStep(100)
    scroll_bar.setFixedSize(14, 500)
    qtbot.addWidget(scroll_bar)
    scroll_bar.show()
    qtbot.waitExposed(scroll_bar)
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


def test_where_both_bars_meet_the_corner_is_the_bars_colour(qtbot):
    browser = QTextBrowser()
    browser.setPalette(palette("light"))
    browser.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
    browser.setPlainText(("a long line " * 40 + "\n") * 80)  # both bars show
    flat_scroll_area(browser)
    style_scroll_bars(browser, "light")
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


def test_repainting_a_bar_leaves_the_panel_beneath_alone(qtbot):
    """Selecting a question repaints the answer's bar (its range changes); the
    card under it need not be painted first, since a flat bar covers itself."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QVBoxLayout

    from studyapp.ui.theme import Card

    card = Card()
    browser = QTextBrowser(card)
    QVBoxLayout(card).addWidget(browser)
    browser.setPlainText("line\n" * 200)  # the vertical bar shows
    flat_scroll_area(browser)
    style_scroll_bars(browser, "light")
    card.setPalette(palette("light"))
    card.resize(300, 200)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    QApplication.processEvents()  # the first paint, done before counting
    paints = Paints()
    card.installEventFilter(paints)
    bar = browser.verticalScrollBar()
    assert bar.isVisible()
    bar.update()
    QApplication.processEvents()  # the update request, then the paint pass
    assert paints.count == 0
    card.update()  # the card itself still paints when asked
    QApplication.processEvents()
    assert paints.count == 1


def test_a_card_paints_its_border_and_its_inside_alone_in_its_colour(qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QRegion

    from studyapp.ui.theme import Card

    card = Card()
    card.setPalette(palette("light"))
    card.resize(200, 120)
    qtbot.addWidget(card)
    base = palette("light").base().color()
    whole = card.grab().toImage()
    assert whole.pixelColor(0, 60) != base  # the hairline border on the left
    assert whole.pixelColor(100, 60) == base
    # A repaint of an inner strip only (what a label above the answer asks for).
    image = QImage(200, 120, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    card.render(image, QPoint(20, 20), QRegion(QRect(20, 20, 160, 40)))  # drawn in place
    assert image.pixelColor(100, 40) == base
    assert image.pixelColor(100, 70).alpha() == 0  # nothing painted outside the strip
    # A strip that reaches the edge still gets the border there.
    card.render(image, QPoint(0, 20), QRegion(QRect(0, 20, 50, 40)))
    assert image.pixelColor(0, 40) != base
    assert image.pixelColor(25, 40) == base


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_disabled_primary_button_does_not_look_clickable(qtbot, theme):
    from PySide6.QtWidgets import QPushButton

    from studyapp.ui.theme import COLORS, button_css

    def middle_colour(enabled: bool):
        button = QPushButton("Retry weak")
        button.setObjectName("primary")
        button.setStyleSheet(button_css(theme))
        button.setEnabled(enabled)
        button.resize(160, 36)
        qtbot.addWidget(button)
        return button.grab().toImage().pixelColor(12, 18).name()

    highlight = COLORS[theme].highlight.lower()
    assert middle_colour(True) == highlight
    assert middle_colour(False) != highlight
