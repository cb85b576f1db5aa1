"""Key points ticked in a mock are on screen again when it resumes, after a crash or a
quit, with their coverage; the grade records that coverage.

A tester ticked key points, quit (or killed the app) and resumed: the typed answer and
the note came back, every key point unticked ("0 % · 0 of 8"), and the grade recorded
a coverage of 0 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.app import RESUME, offer_resume
from tests.ui.controllers.test_mock import BIAS, CTRL, KM, TREE, mock_store, press, start

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]
__all__ = ["mock_store"]  # the fixture, used by name


def test_ticks_come_back_after_a_crash_and_count_in_the_grade(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText("k-means moves each centroid")
    clock.advance(seconds=30)
    window.reveal()
    panel = mock.mock_panel
    assert panel.ticks() == [True, True, False, False]
    mock.toggle_mock_point(0)  # untick one the typed answer matched,
    mock.toggle_mock_point(2)  # tick two by hand
    mock.toggle_mock_point(3)
    assert panel.ticks() == [False, True, True, True]
    assert "75 %" in panel.coverage_label.text()
    session_id = mock.mock.session_id
    # The app dies: no quit, no close, no tick of the timer after the last click.

    again = make_window(store=mock_store, show=True)  # the first window never closed
    assert offer_resume(again, lambda *_: RESUME) == RESUME
    resumed = again.controllers["mock"]
    assert resumed.mock.state == "revealed"
    assert resumed.mock_panel.ticks() == [False, True, True, True]
    assert "75 %" in resumed.mock_panel.coverage_label.text()
    assert "3 of 4" in resumed.mock_panel.coverage_label.text()
    again.grade(3)
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.coverage == pytest.approx(0.75)


def test_ticks_by_keyboard_come_back_after_quit_and_resume(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, BIAS, TREE, show=True)
    mock = window.controllers["mock"]
    clock.advance(seconds=20)
    window.reveal()  # nothing typed: said aloud
    panel = mock.mock_panel
    assert panel.ticks() == [False, False]
    while not panel.points.hasFocus():
        press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Space)  # "Variance"
    assert panel.ticks() == [False, True]
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    assert not window.isVisible()
    session_id = mock.mock.session_id

    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda *_: RESUME) == RESUME
    resumed = again.controllers["mock"]
    assert resumed.mock_panel.ticks() == [False, True]
    assert "50 %" in resumed.mock_panel.coverage_label.text()
    again.grade(2)
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.coverage == pytest.approx(0.5)
    summary = resumed.end_mock_now()  # the summary's rows (and its weakest) say so too
    assert summary is not None and summary.rows[0].coverage == pytest.approx(0.5)
