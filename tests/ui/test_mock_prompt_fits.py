"""The prompt over a mock's typing box (the answer hidden, or the clock paused) reads
whole in a small window (683 or 700 × 420), at the usual type and zoomed in.

In a tester's 700 × 420 window it lost its end ("… then press Ctrl+Enter to"): it
wrapped to more lines than the question's box had room for, and the box cut them."""

from __future__ import annotations

import random

import pytest

from studyapp.core.mock import MockSettings, save_settings
from tests.ui.test_mock_small_window import SMALL, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]


def cut_off(label) -> bool:
    """A wrapped label shorter than its lines need (its last lines out of sight)."""
    return label.heightForWidth(label.width()) > label.height()


@pytest.mark.parametrize("zoom", [0, 3])
@pytest.mark.parametrize("width", [683, 700])
def test_the_hidden_answers_prompt_reads_whole_in_the_small_window(
    qtbot, make_window, default_store, zoom, width
):
    """The prompt over the typing box lost its end ("… then press Ctrl+Enter to"): it
    wrapped to more lines than the question's box has room for in a short window."""
    save_settings(default_store, MockSettings(count=3, seconds_per_question=120))
    window = make_window(store=default_store, show=True)
    window.controllers["prefs"].set_zoom(zoom)
    window.resize(width, SMALL[1])
    settle(window)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(1)
    assert mock.start_mock()
    settle(window)
    label = window.answer.hidden_label
    assert label.isVisibleTo(window) and "Ctrl+Enter" in label.text()
    assert not cut_off(label), (label.height(), label.heightForWidth(label.width()))
    mock.toggle_mock_pause()  # the prompt to resume, in the same place
    settle(window)
    assert "resume" in label.text()
    assert not cut_off(label), (label.height(), label.heightForWidth(label.width()))
    assert window.size().toTuple() == (width, SMALL[1])
