"""A blank answer's coverage reads the same at its reveal and in the summary.

A tester revealed with nothing typed: "Coverage 0 %" over the key points, then "–"
in the summary's table. Nothing typed and nothing ticked measures nothing (it may
have been said aloud: `MockSession.measured_coverage`), and is saved so; the reveal
now says so too, until a point is ticked by hand, which is a measure again."""

from __future__ import annotations

import pytest

from tests.ui.controllers.test_mock import BIAS, KM, TREE, mock_store, start

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]
__all__ = ["mock_store"]  # the fixture, used by name


def _shown(label_text: str) -> str:
    """The coverage mark in the reveal's line ("Coverage <b>–</b> · …" → "–")."""
    return label_text.split("<b>")[1].split("</b>")[0]


def test_a_blank_answer_s_coverage_reads_the_same_at_its_reveal_and_in_the_summary(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, BIAS, TREE, show=True)
    mock = window.controllers["mock"]
    shown = []
    for typed, tick, rating in (("", False, 1), ("", True, 2), ("a decision tree", False, 3)):
        mock.mock_panel.typed.setPlainText(typed)
        clock.advance(seconds=20)
        window.reveal()
        if tick:
            mock.toggle_mock_point(0)
        shown.append(_shown(mock.mock_panel.coverage_label.text()))
        window.grade(rating)
    assert window.current_page() is mock.summary_view
    in_table = [row[-1] for row in mock.summary_view.rows_text()]
    assert shown == in_table
    assert shown[:2] == ["–", "50 %"]  # nothing typed: none measured, until a tick
