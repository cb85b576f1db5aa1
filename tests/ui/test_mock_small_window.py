"""A mock in a small window (700 × 420: a 1024 × 600 screen at 150 % less its panel)
keeps the window's size: its pages scroll rather than make the window taller.

A tester's window grew by itself from 700 × 420 to 700 × 558 when a mock started, and
reopened at that size: a mock's summary, once shown, stayed in the questions tab's
stack of pages, and the stack was as tall as its tallest page, shown or not."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

from studyapp.core.mock import MockSettings, save_settings

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

SMALL = (700, 420)


def settle(qtbot, window) -> None:
    qtbot.wait(1)  # posted LayoutRequest events
    window.layout().activate()


def out_of_sight(window, root: QWidget) -> list[str]:
    """Visible buttons under `root` not whole inside the window; one a scroll area
    holds counts where the scroll area is (scrolled to, it shows)."""
    problems = []
    inside = QRect(QPoint(0, 0), window.size())
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(window):
            continue
        seen: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                seen = parent
                break
            parent = parent.parentWidget()
        rect = QRect(seen.mapTo(window, QPoint(0, 0)), seen.size())
        if not inside.contains(rect):
            problems.append(f"{button.text()!r} at {rect.getRect()}")
    return problems


def run_through(qtbot, window, clock) -> None:
    """A whole three-question mock, each answer typed and graded: its summary shows."""
    mock = window.controllers["mock"]
    assert mock.start_mock()
    for rating in (1, 3, 2):
        clock.advance(seconds=30)
        mock.mock_panel.typed.setPlainText("the model fits the noise")
        window.reveal()
        window.grade(rating)
    assert window.mode == "browse" and window.current_page() is mock.summary_view


def test_a_mock_after_a_summary_keeps_the_small_window_as_it_is(
    qtbot, make_window, default_store, clock
):
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(3)
    run_through(qtbot, window, clock)  # in the window's first, large size
    mock.leave_mock_pages()
    window.resize(*SMALL)
    settle(qtbot, window)
    assert window.size().toTuple() == SMALL
    assert mock.start_mock()
    settle(qtbot, window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    window.reveal()
    settle(qtbot, window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []


def test_the_summary_and_the_history_scroll_in_the_small_window(
    qtbot, make_window, default_store, clock
):
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    window.resize(*SMALL)
    settle(qtbot, window)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(5)
    run_through(qtbot, window, clock)
    settle(qtbot, window)
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    mock.show_mock_history()
    settle(qtbot, window)
    assert window.current_page() is mock.history_view
    assert window.size().toTuple() == SMALL
    assert out_of_sight(window, window.centralWidget()) == []
    mock.leave_mock_pages()
    assert mock.start_mock()  # and the next mock, after both pages were shown
    settle(qtbot, window)
    assert window.size().toTuple() == SMALL
