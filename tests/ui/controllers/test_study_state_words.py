"""One word per measure: a question whose last answer was Again (or whose chance of
recall sank below one half) is "Struggling" in its tree row, its header and the
panel beside the tree; "Weak" stays the Weak Topics tab's weakness score, another
measure (the two read as one when both said "Weak")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyapp.ui.theme import STATE_LABELS
from studyapp.ui.weak_view import COLUMNS
from tests.ui.conftest import qid
from tests.ui.window_helpers import LR, QT_WARNINGS_FAIL, press, start_studying, tree_index

pytestmark = QT_WARNINGS_FAIL


def row_says(window, question_id) -> str:
    return tree_index(window, question_id).data(Qt.ItemDataRole.ToolTipRole).split("\n")[-1]


def answer(qtbot, window, key) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, key)


def words_shown(qtbot, window, question_id) -> tuple[str, str, str]:
    """(the row's word, the header's line, the panel beside the tree) while browsing."""
    window.controllers["browse"].show_question(question_id)
    return (
        row_says(window, question_id),
        window.answer.header.meta.text(),
        window.grading.status.text(),
    )


def test_a_question_after_one_again_is_struggling_not_weak(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Security")  # one question
    failed = window.current_qid
    answer(qtbot, window, Qt.Key.Key_1)  # Again
    assert "Struggling" in window.answer.header.meta.text()  # in the session too
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.state(failed) == "weak")
    row, header, panel = words_shown(qtbot, window, failed)
    assert row == "Struggling"
    assert "Struggling" in header and "<b>Struggling</b>" in panel
    assert not any("Weak" in text for text in (row, header, panel))


def test_a_question_whose_recall_sank_below_half_is_struggling_too(
    qtbot, make_window, store, clock
):
    window = make_window(show=True)
    lr = qid(store, LR)
    start_studying(qtbot, window, store)  # Optimization: the learning rate is second
    answer(qtbot, window, Qt.Key.Key_4)
    assert window.current_qid == lr
    answer(qtbot, window, Qt.Key.Key_3)  # Good: not failed
    press(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(days=400)  # long unreviewed: recall far below one half
    window.controllers["browse"].refresh_progress()
    row, header, panel = words_shown(qtbot, window, lr)
    assert row == "Struggling" and "Struggling" in header and "<b>Struggling</b>" in panel


def test_weak_is_left_to_the_weak_topics_score():
    assert "Weak" not in STATE_LABELS.values()
    assert "Weakness" in COLUMNS  # the Weak Topics tab's score keeps its word
