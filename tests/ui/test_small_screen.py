"""The main window fits a small screen: 1024×600 at 150 % leaves about 683×400 px to
lay out in, 1366×768 at 200 % about 683×364 under its taskbar. The window's least
size was 704×491 (the tree's and the pane's minimum widths side by side; a mock's
timer, question and typing box one above the other), so it ran off such a screen,
the grade buttons under its edge. Now the answer page scrolls up and down where the
window is too short for it, and the pane puts the grade buttons on a row of their
own where it is narrow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from studyapp.ui.ui_state import Tab
from tests.helpers.idle import until_idle
from tests.ui.window_helpers import GD, LR, QT_WARNINGS_FAIL, start_studying

pytestmark = [*QT_WARNINGS_FAIL, pytest.mark.usefixtures("no_voice")]  # no voice probe

# The room each screen leaves a window, and what its title bar takes of it.
SCREENS = {"1024x600 at 150%": (683, 400), "1366x768 at 200%, taskbar": (683, 364)}
TITLE_BAR = 30


def least_size(window) -> QSize:
    until_idle()  # posted layout requests climb one level per turn
    window.layout().activate()
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def reachable(window, widget: QWidget) -> bool:
    """Whether `widget` is, or can be scrolled, wholly into sight in the window."""
    area, parent = None, widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            area = parent
        parent = parent.parentWidget()
    sight = window.centralWidget()
    if area is not None:
        area.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        sight = area.viewport()
    rect = QRect(widget.mapTo(sight, QPoint(0, 0)), widget.size())
    return widget.isVisible() and sight.rect().contains(rect)


def held_at(qtbot, window, room: tuple[int, int]) -> None:
    width, height = room[0], room[1] - TITLE_BAR
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size() == QSize(width, height))


@pytest.mark.parametrize("room", list(SCREENS.values()), ids=list(SCREENS))
def test_the_window_fits_a_small_screen_browsing_and_studying(qtbot, make_window, store, room):
    window = make_window(show=True)
    seen = {"browsing": least_size(window)}
    window.show_tab(Tab.WEAK)
    seen["weak topics"] = least_size(window)
    window.show_tab(Tab.STATS)
    seen["statistics"] = least_size(window)
    window.show_tab(Tab.QUESTIONS)
    start_studying(qtbot, window, store)
    seen["studying"] = least_size(window)
    window.reveal()
    seen["grading"] = least_size(window)
    too_big = {
        state: size.toTuple()
        for state, size in seen.items()
        if size.width() > room[0] or size.height() + TITLE_BAR > room[1]
    }
    assert not too_big, too_big
    held_at(qtbot, window, room)
    for button in window.grading.grade_buttons.values():
        assert reachable(window, button), button.text()


@pytest.mark.parametrize("room", list(SCREENS.values()), ids=list(SCREENS))
def test_the_window_fits_a_small_screen_in_a_mock(qtbot, make_window, store, room):
    window = make_window(show=True)
    mock = window.controllers["mock"]
    ids = {q.title: q.id for q in store.questions()}
    assert mock.start_mock_on([ids[GD], ids[LR]])
    asking = least_size(window)
    held_at(qtbot, window, room)
    assert reachable(window, mock.mock_panel.reveal_button)
    window.reveal()
    revealed = least_size(window)
    for state, size in (("asking", asking), ("revealed", revealed)):
        assert size.width() <= room[0] and size.height() + TITLE_BAR <= room[1], (state, size)
    for button in mock.mock_panel.grade_buttons.values():
        assert reachable(window, button), button.text()
