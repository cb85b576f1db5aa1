"""Between the app's first frame and its figures (BrowseController.finish_tree, after
the paint), a question's state and a topic's counts are not known yet: the window
said every studied question was "New", nothing due, 0 % mastered, a bare "Study"
and nothing in the status bar, for seconds on a loaded machine. Now it says they are
being counted, and the strip says the question's own state, read from its card as
the header reads it."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from studyapp.ui.main_window import K_LAST_QUESTION
from studyapp.ui.recent_folders import data_key
from tests.ui.conftest import T0, qid, topic_id
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL


def _study(store, question: str, rating: int, days_ago: float) -> None:
    at = T0 - timedelta(days=days_ago)
    card, due = SpacedRepetition().grade(None, rating, at)
    store.record_review(qid(store, question), rating, 20.0, "study", card, due, to_ms(at))


def _first_frame(make_window, store, settings_path, question: str):
    """A window as the app makes it, shown: its first frame, the figures not in yet."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(data_key(store.path, K_LAST_QUESTION), qid(store, question))
    settings.sync()
    window = make_window(progress_after_paint=True)
    window.show()  # (the figures come after the paint)
    return window


def _figures_in(window) -> bool:
    """The status bar's totals say the figures."""
    return re.search(r"\d due\b", window.totals_label.text()) is not None


@pytest.mark.parametrize(
    ("question", "rating", "days_ago", "said"),
    # (Good on a new card: its 10-minute step, due for a month: Anki's "Learning")
    [(PV, 1, 0.02, "Struggling"), (LR, 3, 30, "Learning")],
    ids=["failed-an-hour-ago", "good-a-month-ago"],
)
def test_a_studied_question_is_never_called_new_before_the_figures(
    qtbot, make_window, store, settings_path, question, rating, days_ago, said
):
    _study(store, question, rating, days_ago)
    window = _first_frame(make_window, store, settings_path, question)
    model = window.model
    row = model.question_index(qid(store, question))
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "New" not in tip and "being counted" in tip
    # The strip under the answer says the card's state, as the header above it does.
    strip = window.grading.status.text()
    assert said in strip and "New" not in strip
    assert said in window.answer.meta.text()

    qtbot.waitUntil(lambda: _figures_in(window))
    row = model.question_index(qid(store, question))  # (every row loaded anew)
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith(said)


def test_counts_not_known_yet_read_as_being_counted(
    qtbot, make_window, store, settings_path, clock
):
    _study(store, PV, 1, 0.02)  # due again within minutes: one due question
    window = _first_frame(make_window, store, settings_path, PV)
    model = window.model
    topic = model.topic_index(topic_id(store, "Statistics")).data(Qt.ItemDataRole.ToolTipRole)
    assert "being counted" in topic and "0 due" not in topic and "Mastered: 0" not in topic
    assert "being counted" in window.totals_label.text()
    button = window.grading.study_button
    assert button.text().split() != ["Study"]  # not a bare word, as if nothing were known
    assert "counting" in button.text() and button.toolTip()

    clock.advance(minutes=30)  # (the failed question's step is due by now)
    qtbot.waitUntil(lambda: _figures_in(window))
    assert "1 due" in window.totals_label.text()
    assert "counting" not in button.text()


def test_the_figures_come_before_the_rows_the_first_frame_left_out(
    qtbot, make_window, store, settings_path
):
    """The counts are read from the store, not from the rows: they come with the
    first frame's end, and the rows of the other topics after them (on a store of
    44,600 questions the counts had waited seconds for those rows). The rows, once
    in, show the figures already counted."""
    _study(store, LR, 3, 30)  # due now, in a topic the first frame leaves closed
    window = _first_frame(make_window, store, settings_path, PV)
    model = window.model
    seen: list[tuple[bool, str]] = []
    window.controllers["browse"].progress_changed.connect(
        lambda: seen.append((model.complete(), window.totals_label.text()))
    )
    qtbot.waitUntil(model.complete)
    complete, totals = seen[0]
    assert not complete and "1 due" in totals  # the figures, the other rows still to come
    row = model.question_index(qid(store, LR))
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith("Learning")  # a step, due
    assert "1 due" in window.totals_label.text()
    topic = model.topic_index(model.question(qid(store, LR)).topic_id)
    assert "1 due" in topic.data(Qt.ItemDataRole.ToolTipRole)
