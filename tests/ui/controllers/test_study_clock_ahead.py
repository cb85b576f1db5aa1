"""The window on a store whose last review of a question is dated three days ahead
of the clock (the clock was ahead then, or the store comes from a machine whose
clock was): the question counts as due and comes up when studying, instead of
hiding for days."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from tests.ui.conftest import T0, qid

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

GD = "What is gradient descent?"


def test_a_question_reviewed_ahead_of_the_clock_is_due_and_studied(qtbot, make_window, store):
    sr = SpacedRepetition()
    question = qid(store, GD)
    for at in (T0 - timedelta(days=10), T0 + timedelta(days=3)):
        card, due = sr.grade(store.card_json(question), 3, at)
        store.record_review(question, 3, 5.0, "study", card, due, to_ms(at))

    window = make_window()  # its clock says T0
    assert "1 due" in window.totals_label.text()
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    assert window.current_qid == question  # the due review first, before the new ones
    window.reveal()
    window.grade(3)
    assert len(store.reviews(question)) == 3  # the review dated ahead is kept as it was
    # Graded now, it is due again an interval from now (the rows follow in idle time).
    qtbot.waitUntil(lambda: "· 0 due ·" in window.totals_label.text())
