"""Anki's words for where a card is: New, Learning (in its steps), Review (graduated),
Relearning (lapsed, in its steps). "Learning" said two things: a graduated card's header
read "Learning · due in 2 days · 100 % recall now" beside a card in its steps reading
"Learning · learning step due in 10 minutes", and `is:review` listed rows saying
"Learning". The tree's rows, the header, the panel and the search now agree."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from tests.ui.conftest import T0, qid
from tests.ui.controllers.test_search_terms_ui import search
from tests.ui.window_helpers import GD, LR, PV, QT_WARNINGS_FAIL, shown_questions

pytestmark = QT_WARNINGS_FAIL

MOMENTUM = "What is momentum?"


def graded(store, title: str, ratings: list[tuple[int, float]]) -> None:
    """`title` graded `ratings` in turn: (rating, hours before T0)."""
    sr = SpacedRepetition()
    card = None
    for rating, hours_ago in ratings:
        at = T0 - timedelta(hours=hours_ago)
        card, due = sr.grade(card, rating, at)
        store.record_review(qid(store, title), rating, 20.0, "study", card, due, to_ms(at))


def header(window) -> str:
    return window.answer.header.meta.text()


def row_word(window, question_id: str) -> str:
    """The row's word, as its tooltip (and the screen reader) says it: its last line."""
    row = window.model.question_index(question_id)
    return row.data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1]


def test_a_graduated_card_says_review_and_one_in_its_steps_says_learning(qtbot, make_window, store):
    graded(store, GD, [(3, 2.0), (3, 1.8)])  # Good, Good 10 minutes on: graduated
    graded(store, LR, [(3, 0.01)])  # Good once: its 10-minute step
    graded(store, PV, [(3, 60.0), (3, 59.8), (1, 0.2), (2, 0.1)])  # lapsed, then Hard
    window = make_window(show=True)
    qtbot.waitUntil(lambda: window.model.counted)
    gd, lr, pv = qid(store, GD), qid(store, LR), qid(store, PV)
    assert SpacedRepetition().phase(store.card_json(gd)) == "review"
    assert row_word(window, gd) == "Review"
    assert row_word(window, lr) == "Learning"
    assert row_word(window, pv) == "Relearning"
    window.controllers["browse"].show_question(gd)
    assert "Review   ·   due in" in header(window) and "Learning" not in header(window)
    assert window.grading.status.text().startswith("<b>Review</b>")
    window.controllers["browse"].show_question(lr)
    assert "Learning   ·   learning step due" in header(window)
    assert window.grading.status.text().startswith("<b>Learning</b>")

    search(qtbot, window, "is:review")
    reviews = shown_questions(window)
    assert gd in reviews and pv in reviews and lr not in reviews  # (Anki's is:review)
    assert all(row_word(window, q) not in ("Learning", "New") for q in reviews)
    window.search.clear()
    search(qtbot, window, "is:learn")
    learning = shown_questions(window)
    assert lr in learning and gd not in learning
    assert {row_word(window, q) for q in learning} <= {"Learning", "Relearning", "Struggling"}
