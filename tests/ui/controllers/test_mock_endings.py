"""How a mock interview ends, as a tester met it: Enter pressed again after "End now"
starts nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.controllers.test_mock import (
    KM,
    TREE,
    mock_store,
    press,
    start,
    type_text,
)

__all__ = ["mock_store"]  # the fixture, used by name

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]


def sessions(store) -> int:
    return store._conn.execute("SELECT count(*) FROM mock_sessions").fetchone()[0]


def end_with_keys(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Return)  # End now


@pytest.mark.parametrize("titles", [(KM,), (KM, TREE)])
def test_enter_again_after_end_now_leaves_the_summary_and_starts_no_mock(
    qtbot, make_window, mock_store, clock, titles
):
    """Esc, Enter, Enter: the summary's Retry weak had the focus, so the second Enter
    started a new timed mock at once and a third typed a line into its answer."""
    window = start(make_window, mock_store, *titles, show=True)
    mock = window.controllers["mock"]
    type_text(qtbot, "half an answer")  # kept as skipped: a weak question to retry
    clock.advance(seconds=8)
    end_with_keys(qtbot, window)
    view = mock.summary_view
    assert window.current_page() is view and view.retry_button.isEnabled()
    assert view.done_button.hasFocus() and not view.retry_button.hasFocus()
    before = sessions(mock_store)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.mode == "browse" and mock.mock is None
    assert sessions(mock_store) == before  # no new mock started
    assert window.current_page() is window.main_page  # Done: back to browsing
