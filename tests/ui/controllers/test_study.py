"""Studying by keyboard and buttons: reveal, grade, undo, stop (StudyController)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from tests.ui.conftest import qid
from tests.ui.window_helpers import GD, LR, QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL


def test_study_hides_the_answer_until_space(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    assert not window.answer.is_answer_visible()
    assert window.grading.face == "hidden"
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.answer.is_answer_visible()
    assert window.grading.face == "grade"
    # Each grade button names the interval it would give.
    for rating, button in window.grading.grade_buttons.items():
        assert button.text().split("\n")[1], rating


def test_studying_a_topic_names_its_deck_too(qtbot, make_window, store):
    """Many decks have a "General": "Studying: General" said nothing of which."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    assert window.mode_label.text() == "Studying: Interview / Optimization"


@pytest.mark.parametrize(
    ("key", "rating"), [(Qt.Key.Key_1, 1), (Qt.Key.Key_2, 2), (Qt.Key.Key_3, 3), (Qt.Key.Key_4, 4)]
)
def test_keys_1_to_4_write_one_review_row(qtbot, make_window, store, clock, key, rating):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    clock.advance(seconds=12)
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(seconds=3)
    press(qtbot, window, key)
    reviews = store.reviews()
    assert len(reviews) == 1
    review = reviews[0]
    assert (review.question_id, review.rating, review.mode) == (first, rating, "study")
    assert review.seconds == pytest.approx(15.0)
    assert store.card_json(first) is not None
    assert window.current_qid != first  # the next question, already committed before


def test_a_whole_session_by_keyboard(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_4):
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, key)
    assert [r.rating for r in store.reviews()] == [3, 1, 4]
    # The Good and the Again are in learning steps (10 and 1 minutes), within the
    # learn-ahead limit: the Again one, due first, shows at once (no wait).
    again = store.reviews()[1].question_id
    assert window.grading.face == "hidden" and window.current_qid == again
    assert window.search.text() == ""  # no key went astray into the search field


def test_grade_keys_do_nothing_before_reveal(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_3)
    assert store.reviews() == []


@pytest.mark.parametrize(
    ("focus", "key", "said"),
    [
        ("tree", Qt.Key.Key_3, "Grades are given while studying. Press Ctrl+D"),
        ("answer", Qt.Key.Key_1, "Grades are given while studying. Press Ctrl+D"),
        ("tree", Qt.Key.Key_Space, "The answer is shown while browsing. Press Ctrl+D"),
    ],
    ids=["3 in the tree", "1 in the answer", "Space in the tree"],
)
def test_grade_and_reveal_keys_while_browsing_say_how_to_study(
    qtbot, make_window, store, focus, key, said
):
    """Before: 1–4 and Space did nothing and said nothing while browsing."""
    window = make_window(show=True)
    window.controllers["browse"].show_question(qid(store, LR))
    target = window.tree if focus == "tree" else window.answer.browser
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    shown = window.current_qid
    qtbot.keyClick(target, key)
    assert window.statusBar().currentMessage().startswith(said)
    assert "Ctrl+Shift+D" in window.statusBar().currentMessage()
    assert store.reviews() == [] and window.current_qid == shown


def test_space_after_the_reveal_grades_good_as_in_anki(qtbot, make_window, store):
    """An Anki user's hands: Space shows the answer, Space again is Good. It scrolled
    the answer instead."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    window.answer.take_focus()  # where the reveal leaves the keys: the answer
    qtbot.keyClick(window.answer.browser, Qt.Key.Key_Space)
    assert [(r.question_id, r.rating) for r in store.reviews()] == [(first, 3)]
    assert window.current_qid != first and not window.answer.is_answer_visible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter], ids=["Return", "keypad"])
def test_enter_reveals_then_grades_good_as_in_anki(qtbot, make_window, store, key):
    """An Anki user's other hand: Enter shows the answer, Enter again is Good, as Space.
    Before, Enter did neither."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    press(qtbot, window, key)
    assert window.answer.is_answer_visible() and store.reviews() == []
    press(qtbot, window, key)
    assert [(r.question_id, r.rating) for r in store.reviews()] == [(first, 3)]
    assert window.current_qid != first and not window.answer.is_answer_visible()
    # The help says so, from the actions' table.
    help_keys = [keys for name, keys in window.shortcut_rows() if name == "Reveal Answer"]
    assert help_keys[:3] == ["Space", "Return", "Enter"]


def test_enter_in_the_search_field_before_the_reveal_reveals_nothing(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    window.search.field.setFocus()
    press(qtbot, window.search.field, Qt.Key.Key_Return)
    assert not window.answer.is_answer_visible()
    press(qtbot, window, Qt.Key.Key_Return)  # now in the tree: Enter is the session's
    assert window.answer.is_answer_visible()


def test_enter_in_the_search_field_after_the_reveal_grades_nothing(qtbot, make_window, store):
    """Enter in the search field goes into its results: it must not grade."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_Space)
    window.search.field.setFocus()
    press(qtbot, window.search.field, Qt.Key.Key_Return)
    assert store.reviews() == []


def test_space_still_pages_down_a_long_answer_while_browsing(qtbot, make_window, store):
    window = make_window(show=True)
    window.resize(900, 420)
    window.controllers["browse"].show_question(qid(store, GD))  # the long answer
    bar = window.answer.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    window.answer.browser.setFocus()
    qtbot.keyClick(window.answer.browser, Qt.Key.Key_Space)
    assert bar.value() > 0 and window.statusBar().currentMessage() == ""


def test_a_grade_key_before_reveal_says_to_reveal_first(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    press(qtbot, window, Qt.Key.Key_3)
    assert window.statusBar().currentMessage().startswith("Reveal the answer first (Space)")
    assert store.reviews() == []
    press(qtbot, window, Qt.Key.Key_Space)  # the advice followed: it goes (it stayed 6 s)
    assert window.grading.face != "waiting" and window.statusBar().currentMessage() == ""


@pytest.mark.parametrize(
    ("ratings", "face", "said"),
    [
        ((1,), "waiting", "Nothing to grade until the next learning step is due"),
        ((4,), "done", "Nothing left to grade in this session"),
    ],
    ids=["waiting for a step", "session done"],
)
def test_a_grade_key_with_nothing_to_grade_says_so(qtbot, make_window, store, ratings, face, said):
    """Before: 1–4 said nothing on the waiting and the done pages."""
    schema.write(store, schema.LEARN_AHEAD, 0)  # the step is waited for, not learned ahead
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Security")  # one question
    for rating in ratings:  # Again: back in a minute; Easy: done for today
        window.reveal()
        window.grade(rating)
    assert window.grading.face == face
    reviews = len(store.reviews())
    press(qtbot, window, Qt.Key.Key_3)
    assert window.statusBar().currentMessage().startswith(said)
    assert len(store.reviews()) == reviews


def test_study_walks_the_topic_then_says_it_is_empty(qtbot, make_window, store):
    window = make_window(show=True)
    study = window.controllers["study"]
    start_studying(qtbot, window, store, topic="Statistics")
    assert "2 new" in re.sub("<[^>]+>", "", window.grading.status.text())
    for _ in range(2):
        window.reveal()
        window.grade(4)  # Easy: straight to review (Good would come back in its step)
    assert window.grading.face == "done"
    assert not window.answer.is_answer_visible()
    assert "All caught up" in window.answer.notice_label.text()
    assert len(store.reviews()) == 2
    # What to do next is offered: all topics, or back to browsing.
    study.start_study(all_topics=True)
    assert study.session is not None and study.session.remaining() == (0, 4)


def test_undo_restores_the_card_and_removes_the_log_row(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4)
    assert len(store.reviews()) == 1
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.reviews() == []
    assert store.card_json(first) is None
    assert window.current_qid == first
    assert not window.answer.is_answer_visible()  # asked again from the start


def test_a_study_question_a_search_hides_leaves_no_other_question_marked(qtbot, make_window, store):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.apply_search("bias")  # the tree shows only "What is bias-variance?"
    bias = qid(store, "What is bias-variance?")
    assert window.tree.current_question_id() == bias
    start_studying(qtbot, window, store, topic="Optimization")
    assert window.current_qid != bias  # a question of the topic studied, hidden by the search
    # never the search's question: the session's own, marked (tests/ui/controllers/
    # test_study_search.py: the session cleared the search)
    assert window.tree.current_question_id() == window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)  # the next question: it is the one marked
    assert window.tree.current_question_id() == window.current_qid


def test_esc_in_the_search_field_during_a_session_clears_it_and_the_session_goes_on(
    qtbot, make_window, store
):
    """Esc is also the key that stops studying: in the search field it is the field's,
    clearing the search and leaving the field in one press; the session goes on."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Optimization")
    studied = window.current_qid
    window.search.field.setFocus()
    qtbot.keyClicks(window.search.field, "sql")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == "" and window.mode == "study"
    assert window.current_qid == studied
    assert not window.search.field.hasFocus()
    press(qtbot, window, Qt.Key.Key_Space)  # the session's keys work again
    assert window.answer.is_answer_visible() and window.mode == "study"


def test_enter_in_the_search_field_during_a_session_keeps_the_sessions_question(
    qtbot, make_window, store
):
    window = make_window(show=True)
    window.controllers["browse"].apply_search("bias")
    start_studying(qtbot, window, store, topic="Optimization")
    studied = window.current_qid
    window.search.field.setFocus()
    press(qtbot, window.search.field, Qt.Key.Key_Return)
    assert window.current_qid == studied  # not the search's match
    assert not window.answer.is_answer_visible()  # nor any answer revealed
    assert window.mode == "study"


def test_suspending_the_question_on_screen_in_a_session_moves_on(qtbot, make_window, store):
    """Ctrl+J during a session, as in Anki: the next question shows; the suspended one
    is neither graded nor waited for."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    suspended = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert store.question(suspended).suspended
    assert window.current_qid not in (None, suspended)
    assert not window.answer.is_answer_visible()  # the next question, answer hidden
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    assert [r.question_id for r in store.reviews()] != [suspended]
    assert suspended not in {r.question_id for r in store.reviews()}
