"""A notice left open ("Import did not finish") stayed on top through a whole mock,
and held the keys: the mock's "Quit StudyApp during the mock? Quit (Enter)" did not
quit on Enter. A mock takes the screen: the notices beside the window are hidden for
its length and come back after it, their Import Again kept."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from studyapp.core.mock import MockSettings
from studyapp.ui.messages import Messages
from studyapp.ui.notices_aside import notices_of

from .test_mock import mock_store  # noqa: F401

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),
]


def test_a_notice_is_hidden_through_a_mock_and_enter_quits_from_its_prompt(
    qtbot,
    make_window,
    mock_store,  # noqa: F811
):
    window = make_window(store=mock_store, show=True)
    again = []
    box = Messages(window).notice(
        "Import did not finish", "The import of many2 did not finish.", "Import Again", again.append
    )
    assert notices_of(window) == [box]
    mock = window.controllers["mock"]
    assert mock.start_mock(MockSettings(count=3, counts_as_review=False), rng=random.Random(1))
    assert notices_of(window) == []  # not over the question
    window.actions_by_id["quit"].trigger()  # Ctrl+Q: "Quit StudyApp during the mock?"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Return)
    assert not window.isVisible()  # Enter quit


def test_the_notice_comes_back_when_the_mock_ends(
    make_window,
    mock_store,  # noqa: F811
):
    window = make_window(store=mock_store, show=True)
    box = Messages(window).notice("Import did not finish", "The import of many2 did not finish.")
    mock = window.controllers["mock"]
    assert mock.start_mock(MockSettings(count=3, counts_as_review=False), rng=random.Random(1))
    assert not box.isVisible()
    mock.end_mock_now()
    assert window.mode != "mock" and notices_of(window) == [box]
