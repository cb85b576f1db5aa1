"""The app's first frame: the tree's topics with their counts and the question last
open (shown once the window is laid out, so its answer is laid out once, at the
pane's width), the other rows and the figures once the frame is out
(BrowseController)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from studyapp import collector
from studyapp.ui.main_window import K_LAST_QUESTION
from studyapp.ui.recent_folders import data_key
from studyapp.ui.ui_state import Tab
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import PV, QT_WARNINGS_FAIL, press, shown_questions

pytestmark = QT_WARNINGS_FAIL


def _remember(settings_path, question: str, store) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(data_key(store.path, K_LAST_QUESTION), question)
    settings.sync()


def test_the_first_frame_shows_the_last_question_and_every_topic_s_count(
    qtbot, make_window, store, settings_path
):
    _remember(settings_path, qid(store, PV), store)
    window = make_window(progress_after_paint=True)
    model = window.model
    assert window.current_qid is None  # not before the window is shown
    window.show()
    # Before the first paint: one topic's rows, every topic's count and arrow.
    assert not model.complete()
    assert window.current_qid == qid(store, PV)
    assert "H0" in window.answer.answer_html()
    optimization = model.node(model.topic_index(topic_id(store, "Optimization")))
    assert optimization.total == 3  # its two questions and Variants' one, not loaded yet
    assert [child.name for child in optimization.children] == ["Variants"]
    assert model.hasChildren(model.topic_index(topic_id(store, "Security")))
    deck = model.node(model.index(0, 0))
    assert deck.total == 6
    qtbot.waitUntil(model.complete)
    # Then every row, the same question still open, and the figures.
    assert window.current_qid == qid(store, PV)
    assert window.tree.current_question_id() == qid(store, PV)
    window.controllers["browse"].expand_tree()
    assert len(shown_questions(window)) == 6
    assert window.totals_label.text().startswith("6 questions")


def test_a_first_start_or_a_forgotten_question_loads_every_row_at_once(
    make_window, store, settings_path
):
    _remember(settings_path, "no-such-question", store)
    window = make_window(progress_after_paint=True)
    window.show()
    assert window.model.complete()
    assert window.current_qid == window.model.first_question()


def test_the_first_answer_is_laid_out_at_the_pane_s_own_width(
    qtbot, make_window, store, settings_path
):
    # Set into a pane not yet shown, an answer was laid out at a hidden widget's
    # default width (a hundred pixels: a line per word), then again at each resize.
    _remember(settings_path, qid(store, PV), store)
    window = make_window(progress_after_paint=True)
    browser = window.answer.browser
    widths: list[int] = []
    set_document = browser.setDocument
    browser.setDocument = lambda document: (  # type: ignore[method-assign]
        widths.append(browser.viewport().width()),
        set_document(document),
    )
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(window.model.complete)
    assert window.current_qid == qid(store, PV)
    assert widths == [browser.viewport().width()]
    assert widths[0] > 300


@pytest.mark.parametrize(
    ("key", "modifiers", "tab"),
    [
        (
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            Tab.STATS,
        ),
        (
            Qt.Key.Key_W,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            Tab.WEAK,
        ),
    ],
    ids=["statistics", "weak-topics"],
)
def test_the_app_s_window_answers_its_keys_once_the_first_frame_is_out(
    qtbot, make_window, key, modifiers, tab
):
    """The app's window is given its keys after its first frame (MainWindow.finish_start),
    on the event loop's next turn: a key pressed then acts as in any window."""
    window = make_window(progress_after_paint=True)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window, key, modifiers)
    assert window.current_tab() is tab


def test_the_cycle_collector_paused_for_the_start_runs_again_after_the_first_frame(
    qtbot, make_window
):
    """The start pauses Python's cycle collector (studyapp/collector.py); a window left
    without it would keep every reference cycle of a long session in memory."""
    collector.pause()
    try:
        window = make_window(progress_after_paint=True)
        window.show()
        assert not gc.isenabled()  # not before the first frame
        qtbot.waitUntil(gc.isenabled)
    finally:
        collector.resume()
