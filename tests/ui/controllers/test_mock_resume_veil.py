"""The offer to resume a mock the app was closed in: while it is asked, no answer
shows behind it, since the question on screen may be one the mock is still to ask."""

from __future__ import annotations

import pytest

from studyapp.app import ABANDON, RESUME, offer_resume

from .test_mock import BACKPROP, DROPOUT, KM, TREE, current_title, ids, mock_store, start

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),
]
__all__ = ["mock_store"]  # the fixture, used by name


def answer_text(window) -> str:
    return window.answer.browser.toPlainText() if window.answer.is_answer_visible() else ""


@pytest.mark.parametrize("choice", [ABANDON, RESUME, None])
def test_no_answer_shows_behind_the_offer_to_resume(qtbot, make_window, mock_store, clock, choice):
    """A tester killed the app mid-mock and started it again: behind the "Unfinished
    mock interview" question, the pane showed the model answer of the question the
    mock was about to ask (the one they had browsed before starting it)."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, DROPOUT)
    window.reveal()
    window.grade(3)
    window.close()

    again = make_window(store=mock_store, show=True)
    again.controllers["browse"].show_question(ids(mock_store, TREE)[0])  # the mock's next
    assert "Gini impurity" in answer_text(again)
    seen: list[str] = []

    def ask(parent, text):
        seen.append(answer_text(again))
        again.controllers["browse"].show_question(ids(mock_store, BACKPROP)[0])  # meanwhile
        seen.append(answer_text(again))
        return choice

    assert offer_resume(again, ask) == choice
    assert seen == ["", ""]
    if choice == RESUME:  # the mock's question, its answer hidden while the clock runs
        assert current_title(again) == TREE and not again.answer.is_answer_visible()
    else:  # browsing again: the question on screen shows its answer
        assert "chain rule" in answer_text(again)
