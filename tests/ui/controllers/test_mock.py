"""Mock interviews in the main window, on a fake clock: set-up, countdown, pause,
time-up, key points, grading, skipping, ending early, summary, retry, history,
resuming after a restart, and a whole mock by keyboard alone. Nothing waits in real
time: the clock is advanced and the timer's slot called."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import QApplication, QFileDialog

from studyapp.app import ABANDON, RESUME, offer_resume
from studyapp.core.keyterms import key_terms
from studyapp.core.mock import MockSettings, load_settings, mock_history, save_settings
from studyapp.core.store import Store
from studyapp.ui.mock_setup import MockSetupDialog
from studyapp.ui.theme import COLORS
from tests.ui.conftest import make_doc, qid

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KMEANS = (
    "**K-Means** groups points around a **Centroid**; **Inertia** measures the fit.\n\n"
    "Use the **Elbow Method** to pick K."
)
QUESTIONS = (
    ("Which algorithm splits unlabelled data into groups?", ("Clustering",), KMEANS),
    ("What is a decision tree?", ("Trees",), "A **decision tree** splits on **Gini impurity**."),
    ("What is backpropagation?", ("Deep",), "**Backpropagation** applies the **chain rule**."),
    ("What is bias?", ("Basics",), "**Bias** and **Variance** trade off."),
    ("What is dropout?", ("Deep",), "**Dropout** randomly zeroes **activations**."),
    ("What is a plain answer?", ("Basics",), "Nothing bold here."),
)
KM, TREE, BACKPROP, BIAS, DROPOUT, PLAIN = (title for title, _, _ in QUESTIONS)


@pytest.fixture
def mock_store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "mock.sqlite3") as s:
        s.import_document(make_doc(QUESTIONS, deck="Mock deck"), str(tmp_path / "m.md"), "h")
        yield s


def ids(store: Store, *titles: str) -> list[str]:
    by_title = {q.title: q.id for q in store.questions()}
    return [by_title[t] for t in titles]


def topic(store: Store, name: str) -> int:
    return next(t.id for t in store.topics(store.decks()[0].id) if t.name == name)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the person presses it: to whatever has the focus (else the window)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def start(make_window, store, *titles, seconds=100, counts_as_review=True, show=True):
    """A window on `store` running a mock over the named questions, in that order."""
    save_settings(
        store, MockSettings(seconds_per_question=seconds, counts_as_review=counts_as_review)
    )
    window = make_window(store=store, show=show)
    mock = window.controllers["mock"]
    assert mock.start_mock_on(ids(store, *titles))
    assert window.mode == "mock"
    return window


def current_title(window) -> str:
    mock = window.controllers["mock"]
    return mock.mock.current().title


# --- set-up -----------------------------------------------------------------------


def test_ctrl_m_opens_the_setup_and_move_question_moved_to_ctrl_shift_m(
    qtbot, make_window, mock_store
):
    window = make_window(store=mock_store, show=True)
    mock = window.controllers["mock"]
    assert window.act_mock.shortcut().toString() == "Ctrl+M"
    assert window.act_move.shortcut().toString() == "Ctrl+Shift+M"
    assert window.tree.current_node().name == KM  # the first question, at the start
    press(qtbot, window, Qt.Key.Key_M, CTRL)
    dialog = mock.mock_setup
    assert isinstance(dialog, MockSetupDialog) and dialog.isVisible()
    settings = dialog.settings()
    # Defaults: 5, 2:00, weakest first, on the selected question's topic.
    assert settings == MockSettings(topic_ids=(topic(mock_store, "Clustering"),))
    assert dialog.time.text() == "02:00"
    dialog.reject()
    assert window.mode == "browse" and mock.mock is None


def test_setup_remembers_the_last_choices(qtbot, make_window, mock_store):
    window = make_window(store=mock_store)
    mock = window.controllers["mock"]
    dialog = mock.open_mock_setup()
    assert dialog is not None
    dialog.set_checked_topics([topic(mock_store, "Deep"), topic(mock_store, "Trees")])
    dialog.count.setValue(2)
    dialog.time.setValue(90)
    dialog.order.setCurrentIndex(dialog.order.findData("random"))
    dialog.counts_as_review.setChecked(False)
    assert "2 of the 3 questions" in dialog.available.text()
    dialog.accept()
    assert window.mode == "mock"
    assert {q.title for q in mock.mock.questions} <= {TREE, BACKPROP, DROPOUT}
    assert mock.mock.position() == (1, 2)
    mock.end_mock_now()

    remembered = load_settings(mock_store)
    assert set(remembered.topic_ids) == {topic(mock_store, "Deep"), topic(mock_store, "Trees")}
    assert remembered == MockSettings(
        topic_ids=remembered.topic_ids,
        count=2,
        seconds_per_question=90,
        order="random",
        counts_as_review=False,
    )
    window.tree.setCurrentIndex(QModelIndex())  # nothing selected: the last topics
    again = mock.open_mock_setup()
    assert again is not None and again is not dialog
    shown = again.settings()
    assert set(shown.topic_ids) == {topic(mock_store, "Deep"), topic(mock_store, "Trees")}
    assert (shown.count, shown.seconds_per_question, shown.order, shown.counts_as_review) == (
        2,
        90,
        "random",
        False,
    )
    assert again.time.text() == "01:30"
    again.reject()


def test_setup_counts_only_the_questions_a_mock_can_ask(make_window, mock_store):
    """A suspended question is never asked: the set-up said "6 of the 6 questions"
    and the mock asked 5 (a new user's report)."""
    suspended = qid(mock_store, TREE)
    mock_store.set_suspended([suspended])
    window = make_window(store=mock_store)
    assert window.tree.select_deck(mock_store.decks()[0].id)
    dialog = window.controllers["mock"].open_mock_setup()
    assert dialog is not None
    dialog.count.setValue(len(QUESTIONS))
    assert dialog.available_count() == len(QUESTIONS) - 1
    dialog.accept()
    asked = window.controllers["mock"].mock.questions
    assert len(asked) == len(QUESTIONS) - 1 and suspended not in {q.id for q in asked}
    window.controllers["mock"].end_mock_now()


def test_setup_with_no_topic_ticked_cannot_start(qtbot, make_window, mock_store):
    window = make_window(store=mock_store)
    mock = window.controllers["mock"]
    dialog = mock.open_mock_setup()
    for i in range(dialog.tree.topLevelItemCount()):
        dialog.tree.topLevelItem(i).setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.available_count() == 0
    qtbot.waitUntil(lambda: not dialog.start_button.isEnabled())  # once the ticks settle
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.checked_topic_ids() == ()  # everything: whatever is imported later too
    assert dialog.available_count() == len(QUESTIONS)
    qtbot.waitUntil(dialog.start_button.isEnabled)
    dialog.reject()


# --- the countdown ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("advance", "text", "look", "session"),
    [
        (0, "01:40", "normal", "00:00"),
        (0.4, "01:40", "normal", "00:00"),  # a countdown rounds up, elapsed time down
        (45, "00:55", "normal", "00:45"),
        (79.9, "00:21", "normal", "01:19"),
        (80, "00:20", "warning", "01:20"),  # the last 20 % of 100 s
        (99.5, "00:01", "warning", "01:39"),
    ],
)
def test_countdown_text_and_warning_colour(
    make_window, mock_store, clock, advance, text, look, session
):
    window = start(make_window, mock_store, KM, TREE, seconds=100)
    mock = window.controllers["mock"]
    clock.advance(seconds=advance)
    mock.tick_mock()
    panel = mock.timer_panel
    assert panel.countdown_text() == text
    assert panel.look == look
    colors = COLORS[window.theme.effective]
    expected = colors.due if look == "warning" else colors.text
    assert panel.countdown_color() == QColor(expected)
    assert panel.bar.value() == round((100 - advance) / 100 * 1000)
    assert panel.position_label.text() == "Question 1 of 2"
    assert f"Session {session}" in panel.session_text()


def test_timer_panel_sits_above_the_answer_and_the_tree_steps_aside(make_window, mock_store):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    assert window.timer_slot.isVisible() and mock.timer_panel.isVisible()
    assert mock.mock_panel.isVisible() and not window.grading.isVisible()
    assert not window.side.isVisible()
    assert not window.answer.is_answer_visible()  # hidden while the clock runs
    assert mock.mock_panel.typed.hasFocus()
    mock.end_mock_now()
    assert window.side.isVisible() and not window.timer_slot.isVisible()


def test_p_pauses_and_the_clock_then_changes_nothing(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, seconds=100)
    mock = window.controllers["mock"]
    clock.advance(seconds=10)
    mock.tick_mock()
    press(qtbot, window, Qt.Key.Key_P, CTRL)  # the typing box has the focus: Ctrl+P
    assert mock.mock.paused
    assert not mock.mock_panel.typed.isEnabled()
    clock.advance(seconds=500)
    mock.tick_mock()
    assert mock.timer_panel.countdown_text() == "01:30"
    assert mock.timer_panel.look == "paused"
    assert mock.mock.elapsed() == pytest.approx(10)
    assert not mock.mock_panel.typed.isEnabled()
    press(qtbot, window, Qt.Key.Key_P, CTRL)  # the typing box waits: Ctrl+P resumes
    assert not mock.mock.paused
    assert mock.mock_panel.typed.hasFocus()
    clock.advance(seconds=5)
    mock.tick_mock()
    assert mock.timer_panel.countdown_text() == "01:25"
    press(qtbot, window, Qt.Key.Key_P)  # in the typing box, P is a letter
    assert not mock.mock.paused
    assert mock.mock_panel.typed_text() == "p"


def press_named(qtbot, button):
    """The key a button's label names after its word ("Pause\nCtrl+P"), pressed."""
    from PySide6.QtGui import QKeySequence

    named = button.text().split()[-1]
    combination = QKeySequence.fromString(named, QKeySequence.SequenceFormat.NativeText)[0]
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_the_keys_the_timer_buttons_name_work_while_typing(qtbot, make_window, mock_store, clock):
    """The answer box has the focus during a mock: a key named on a button must act
    from there, not type a letter into the answer ("Pause   P" typed a 'p')."""
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    panel = mock.timer_panel
    type_text(qtbot, "half a thought")
    named = [
        b
        for b in (panel.pause_button, panel.skip_button, panel.end_button)
        if len(b.text().split()) > 1
    ]
    # all three name their key (Skip named none, beside Pause's Ctrl+P and End's Esc)
    assert named == [panel.pause_button, panel.skip_button, panel.end_button]
    press_named(qtbot, panel.pause_button)
    assert mock.mock.paused
    press_named(qtbot, panel.pause_button)  # "Resume\nCtrl+P"
    assert not mock.mock.paused and mock.mock_panel.typed.hasFocus()
    press_named(qtbot, panel.end_button)
    assert panel.asking_end
    assert mock.mock_panel.typed_text() == "half a thought"
    mock.end_mock()  # Esc again: keep going
    first = mock.mock.current().title
    press_named(qtbot, panel.skip_button)
    assert mock.mock.current().title != first
    assert "half a thought" not in mock.mock_panel.typed_text()  # nothing typed in


def test_time_up_reveals_says_over_time_and_saves_it(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, seconds=60)
    mock = window.controllers["mock"]
    type_text(qtbot, "k-means uses centroids")
    clock.advance(seconds=61)
    mock.tick_mock()
    assert mock.mock.state == "revealed" and mock.mock.overtime
    assert window.answer.is_answer_visible()
    assert "Centroid" in window.answer.browser.toPlainText()
    assert mock.timer_panel.look == "up"
    assert "Over time" in mock.timer_panel.status_label.text()
    assert "over time" in window.statusBar().currentMessage()
    assert mock.timer_panel.countdown_text() == "00:00"
    window.grade(3)
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert answer.overtime and answer.seconds == pytest.approx(60)  # capped at the limit
    assert answer.typed_answer == "k-means uses centroids"


# --- key points -------------------------------------------------------------------------


def test_typed_answer_ticks_key_points_and_shows_coverage(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "KMEANS puts points near centroids; the elbow-method picks k")
    clock.advance(seconds=30)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal from the typing box
    panel = mock.mock_panel
    assert panel.face == "grade"
    assert [panel.points.item(i).text() for i in range(panel.points.count())] == [
        "K-Means",
        "Centroid",
        "Inertia",
        "Elbow Method",
    ]
    assert panel.ticks() == [True, True, False, True]  # case, plural, hyphen insensitive
    assert "75 %" in panel.coverage_label.text()
    assert "3 of 4" in panel.coverage_label.text()
    assert panel.typed.isReadOnly()


def test_toggling_a_point_by_hand_changes_the_coverage(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "k means")
    press(qtbot, window, Qt.Key.Key_Space, CTRL)  # Ctrl+Space reveals too
    panel = mock.mock_panel
    assert panel.ticks() == [True, False, False, False]
    assert mock.mock.coverage() == pytest.approx(0.25)
    # Keyboard: Tab to the key points; Down, Space ticks "Centroid".
    while not panel.points.hasFocus():
        press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Space)
    assert panel.ticks() == [True, True, False, False]
    assert mock.mock.coverage() == pytest.approx(0.5)
    assert "50 %" in panel.coverage_label.text()
    # And by the window's method: untick "K-Means".
    assert mock.toggle_mock_point(0) == pytest.approx(0.25)
    assert panel.ticks() == [False, True, False, False]
    window.grade(3)
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert answer.coverage == pytest.approx(0.25)


def test_an_answer_without_key_terms_has_no_coverage_and_1_to_4_still_grade(
    qtbot, make_window, mock_store
):
    window = start(make_window, mock_store, PLAIN, KM, show=True)
    mock = window.controllers["mock"]
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock_panel.points.count() == 0
    assert "No key terms" in mock.mock_panel.coverage_label.text()
    assert not mock.mock_panel.note.hasFocus()  # there a 2 would be typed, not graded
    session_id = mock.mock.session_id
    press(qtbot, window, Qt.Key.Key_2)
    assert mock.mock_panel.note_text() == ""
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.rating == 2
    assert current_title(window) == KM


@pytest.mark.parametrize("where", ["typed", "points", "note", "timer"])
def test_grading_keys_work_wherever_the_focus_is(qtbot, make_window, mock_store, where):
    """1–4 outside the note and the answer as typed, Ctrl+1–4 anywhere; a plain digit in
    the note is text, and in the answer as typed (read-only now) nothing: the person
    typing on there when the clock ran out graded the question with a digit."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    panel = window.controllers["mock"].mock_panel
    target = {
        "typed": panel.typed,
        "points": panel.points,
        "note": panel.note,
        "timer": window.controllers["mock"].timer_panel.pause_button,
    }[where]
    target.setFocus()
    if where == "note":
        press(qtbot, window, Qt.Key.Key_3)
        assert panel.note_text() == "3" and window.controllers["mock"].mock.state == "revealed"
        press(qtbot, window, Qt.Key.Key_4, CTRL)
    elif where == "typed":
        press(qtbot, window, Qt.Key.Key_3)
        assert window.controllers["mock"].mock.state == "revealed"
        press(qtbot, window, Qt.Key.Key_4, CTRL)
    else:
        press(qtbot, window, Qt.Key.Key_4)
    (answer,) = mock_store.mock_answers(window.controllers["mock"].mock.session_id)
    assert answer.rating == 4
    assert answer.note == ("3" if where == "note" else None)


# --- grading, skipping, ending ----------------------------------------------------


@pytest.mark.parametrize("rating", [1, 2, 3, 4])
def test_keys_1_to_4_save_an_answer_and_a_mock_review_then_move_on(
    qtbot, make_window, mock_store, clock, rating
):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "centroid")
    clock.advance(seconds=42)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    clock.advance(seconds=5)  # reading the answer is not answer time
    press(qtbot, window, getattr(Qt.Key, f"Key_{rating}"))
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert answer.rating == rating
    assert answer.seconds == pytest.approx(42)
    assert not answer.overtime
    assert answer.coverage == pytest.approx(0.25)
    assert answer.typed_answer == "centroid"
    (review,) = mock_store.reviews()
    assert (review.question_id, review.rating, review.mode) == (answer.question_id, rating, "mock")
    assert mock_store.card_json(answer.question_id) is not None
    assert current_title(window) == TREE  # the next question, asked afresh
    assert mock.mock_panel.face == "asking" and mock.mock_panel.typed_text() == ""
    assert not window.answer.is_answer_visible()


def test_grade_keys_do_nothing_before_the_reveal(qtbot, make_window, mock_store):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    window.answer.hidden_face.setFocus()
    press(qtbot, window, Qt.Key.Key_3)
    assert mock_store.mock_answers(mock.mock.session_id) == []
    assert mock.mock.state == "asking"


def test_a_note_is_saved_and_ctrl_digits_grade_from_it(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, counts_as_review=False)
    mock = window.controllers["mock"]
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    mock.mock_panel.note.setFocus()
    type_text(qtbot, "say 1 inertia")  # the digit is typed, not a grade
    assert mock_store.mock_answers(mock.mock.session_id) == []
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert (answer.rating, answer.note) == (2, "say 1 inertia")
    assert mock_store.reviews() == []  # the setting turned the review off


@pytest.mark.parametrize(
    ("key", "modifier", "focus"),
    [
        (Qt.Key.Key_S, SHIFT | CTRL, "typing"),
        (Qt.Key.Key_S, SHIFT | CTRL, "hidden"),
    ],
)
def test_skip_saves_a_skipped_answer_and_moves_on(
    qtbot, make_window, mock_store, clock, key, modifier, focus
):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "half a thought")
    if focus == "hidden":
        window.answer.hidden_face.setFocus()
    clock.advance(seconds=12)
    press(qtbot, window, key, modifier)
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert answer.rating is None and answer.seconds == pytest.approx(12)
    assert answer.typed_answer == "half a thought"
    assert mock_store.reviews() == []
    assert current_title(window) == TREE


def test_esc_asks_then_enter_ends_early_with_a_summary(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, BACKPROP)
    mock = window.controllers["mock"]
    type_text(qtbot, "centroids")
    clock.advance(seconds=20)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_4)
    clock.advance(seconds=5)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end and mock.mock.paused
    clock.advance(seconds=100)  # the question waits while the person decides
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.mode == "browse" and mock.mock is None
    assert window.current_page() is mock.summary_view
    view = mock.summary_view
    assert view.title.text() == "Mock interview ended early"
    assert view.rows_text() == [
        ["1", KM, "00:20", "", "4 Easy", "25 %"],
    ]  # TREE on screen untouched: not asked, as BACKPROP
    assert "1 of 3 graded" in view.totals_text()
    assert "0 skipped · 2 not asked" in view.totals_text()
    assert view.summary.not_asked == 2
    # Esc on the summary: back to browsing.
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_page() is window.main_page
    assert window.side.isVisible()


def test_esc_twice_keeps_going(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not mock.timer_panel.asking_end and not mock.mock.paused
    assert window.mode == "mock" and mock.mock_panel.typed.hasFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_3)  # typed on: keeps going, a "3" of the answer
    assert not mock.timer_panel.asking_end and mock.mock.state == "asking"
    assert mock.mock_panel.typed_text() == "abc3"
    clock.advance(seconds=10)
    mock.tick_mock()
    assert mock.timer_panel.countdown_text() == "01:30"


def test_summary_rows_after_a_whole_mock(make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, BACKPROP, seconds=60)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText("k-means, centroid, inertia, elbow method")
    clock.advance(seconds=30)
    window.reveal()
    window.grade(4)
    clock.advance(seconds=61)
    mock.tick_mock()  # time up: over time
    window.grade(2)
    clock.advance(seconds=5)
    mock.skip_mock_question()
    view = mock.summary_view
    assert window.current_page() is view
    assert view.title.text() == "Mock interview finished"
    assert view.rows_text() == [
        ["1", KM, "00:30", "", "4 Easy", "100 %"],
        ["2", TREE, "01:00", "over time", "2 Hard", "–"],  # nothing typed: not measured
        ["3", BACKPROP, "00:05", "", "skipped", ""],
    ]
    assert view.score.text() == "67 %"  # mean of Easy and Hard
    # Rated Hard with nothing typed (time ran out) weighs as Hard says, and over time
    # besides: above the skipped one (it had weighed in as over time alone).
    assert view.summary.weak_question_ids == ids(mock_store, TREE, BACKPROP)
    assert TREE in view.weak_list.text() and "over time" in view.weak_list.text()
    assert view.done_button.hasFocus()  # Enter leaves: nothing starts


def test_retry_weak_starts_a_new_mock_on_the_weak_questions(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, BACKPROP)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText("k-means: centroids, inertia, the elbow method")
    for rating in (4, 1, None):
        clock.advance(seconds=10)
        if rating is None:
            mock.skip_mock_question()
        else:
            window.reveal()
            window.grade(rating)
    first_session = mock.summary_view.summary.session_id
    weak = mock.summary_view.summary.weak_question_ids
    assert weak == ids(mock_store, TREE, BACKPROP)  # Again, then skipped: the tab's order
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    assert window.mode == "mock"
    assert mock.mock.session_id != first_session
    assert [q.id for q in mock.mock.questions] == weak
    assert mock.mock.position() == (1, 2)


def test_export_weak_emits_the_weak_ids(qtbot, make_window, mock_store, clock, monkeypatch):
    asked = []  # the window then asks where to save the PDF: cancelled here
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or ("", "")
    )
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    mock.skip_mock_question()
    mock.mock_panel.typed.setPlainText("a decision tree splits on gini impurity")
    window.reveal()
    window.grade(4)
    assert mock.summary_view.export_button.isVisible()
    with qtbot.waitSignal(mock.export_weak_requested) as signal:
        mock.summary_view.export_button.click()
    assert signal.args == [ids(mock_store, KM)]
    assert len(asked) == 1 and window.messages.shown == []


def test_history_lists_sessions_with_their_trend(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    for ratings in ((1, 2), (3, 3), (4, 4)):
        if window.mode != "mock":
            mock.start_mock_on(ids(mock_store, KM, TREE))
        for rating in ratings:
            clock.advance(seconds=20)
            window.reveal()
            window.grade(rating)
        clock.advance(days=1)
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    view = mock.history_view
    assert window.current_page() is view
    rows = view.rows_text()
    assert [row[2] for row in rows] == ["100 %", "67 %", "17 %"]  # newest first
    # Each a mock on chosen questions: named by their topics.
    assert all(row[1] == "Mock deck: Clustering, Trees" and row[3] == "2 of 2" for row in rows)
    assert rows[0][4] == "00:20"
    assert view.trend.direction == "up"
    assert "improving" in view.trend_label.text()
    # how it is worked out, where the words are
    assert "against the mean score of the ones before it" in view.trend_label.toolTip()
    assert view.chart.scores == pytest.approx((100 / 6, 200 / 3, 100.0))
    # Enter on a session shows its summary.
    assert view.table.hasFocus()
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page() is mock.summary_view
    assert mock.summary_view.score.text() == "67 %"
    assert len(mock_history(mock_store)) == 3


GIL = "What is the GIL?"
GIL_ANSWER = "The **Global Interpreter Lock** lets one thread run Python bytecode at a time."
PASTED_TWICE = (
    (GIL, ("Python",), GIL_ANSWER),
    ("What is a closure?", ("Python",), "A **closure** keeps the **enclosing scope**."),
    (GIL, ("Python",), GIL_ANSWER),  # the same question pasted again further down
    # the same title over another answer: another question, asked too
    (GIL, ("Ruby",), "Ruby's **Global VM Lock** (GVL) does the same for Ruby threads."),
)


@pytest.fixture
def twice_store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "twice.sqlite3") as s:
        s.import_document(make_doc(PASTED_TWICE, deck="Notes"), str(tmp_path / "n.md"), "h")
        yield s


@pytest.mark.parametrize("order", ["random", "weakest", "due"])
def test_a_question_pasted_twice_is_asked_once_in_a_mock(make_window, twice_store, order):
    """A new user's notes held "What is the GIL?" twice (the tree: "— line 51",
    "— line 67"), and one mock asked it as question 7 and again as question 9."""
    window = make_window(store=twice_store, show=True)
    mock = window.controllers["mock"]
    settings = MockSettings(count=10, order=order, counts_as_review=False)
    assert mock.start_mock(settings, rng=random.Random(7))
    seen: list[tuple[str, str]] = []
    while window.mode == "mock":
        title = window.answer.header.title.text()
        window.reveal()
        seen.append((title, window.answer.browser.toPlainText()))
        window.grade(3)
    titles = [title for title, _ in seen]
    assert sorted(titles) == sorted([GIL, GIL, "What is a closure?"]), titles
    assert len(set(seen)) == len(seen), seen  # never one question text twice


def weak_why(qtbot, window, question_id: str) -> str:
    """The Weak Topics tab's "Why" of a question, as its tooltip shows it whole."""
    window.action("weak").trigger()
    view = window.controllers["insights"].weak_view
    qtbot.waitUntil(lambda: view.question_item(question_id) is not None)
    return view.question_item(question_id).toolTip(2)


def test_a_question_rated_again_with_every_point_said_is_weak_for_its_grade(
    qtbot, make_window, mock_store
):
    """A new user rated "What is a closure?" Again in a practice mock, having said
    every key point; the Weak Topics tab's whole why was "covered 100 % of the key
    points in its mock": no reason for it to be weak."""
    window = start(make_window, mock_store, KM, counts_as_review=False)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText(
        "K-Means groups points around a centroid; inertia measures the fit. "
        "Use the elbow method to pick K."
    )
    window.reveal()
    window.grade(1)
    assert "rated Again" in mock.summary_view.weak_list.text()
    why = weak_why(qtbot, window, ids(mock_store, KM)[0])
    assert why.startswith("rated Again in its last mock"), why
    assert "its grade left the schedule as it was" in why and "covered 100 %" not in why, why


def test_a_practice_mock_s_summary_says_its_own_grade_not_an_older_one(
    qtbot, make_window, mock_store, clock
):
    """Rated Hard (none of its points said) in a mock that counts, then Good with every
    point said in a practice mock: that mock's summary said "rated Hard last time;
    covered 0 % of the key points in its mock" of it."""
    window = start(make_window, mock_store, TREE)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText("no idea")
    window.reveal()
    window.grade(2)
    clock.advance(seconds=60)
    save_settings(mock_store, MockSettings(seconds_per_question=100, counts_as_review=False))
    assert mock.start_mock_on(ids(mock_store, TREE))
    mock.mock_panel.typed.setPlainText("A decision tree splits on Gini impurity.")
    window.reveal()
    window.grade(3)
    listed = mock.summary_view.weak_list.text()
    assert "What is a decision tree?" in listed, listed  # still weak: the Hard before
    assert "last time" not in listed and "in its mock" not in listed, listed
    assert "rated Good, 100 % of the key points here" in listed, listed
    assert "its grade left the schedule as it was" in listed, listed


def test_a_mock_left_before_its_first_answer_shows_its_topics_in_the_history(
    make_window, mock_store
):
    """A new user's history showed Topics "–" beside a mock abandoned at its first
    question: it names the topics of the questions it was started with."""
    first = start(make_window, mock_store, KM, TREE)
    first.close()
    window = make_window(store=mock_store)
    mock = window.controllers["mock"]
    assert offer_resume(window, lambda *_: ABANDON) == ABANDON
    mock.show_mock_history()
    ((_date, topics, *_rest, state),) = mock.history_view.rows_text()
    assert state == "abandoned"
    assert topics == "Mock deck: Clustering, Trees"


def test_the_trend_waits_for_three_finished_mocks_and_ignores_abandoned_ones(
    make_window, mock_store, clock
):
    first = start(make_window, mock_store, KM, TREE)
    first.reveal()
    first.grade(4)  # a perfect start, then the app closed and the mock left as abandoned
    first.close()
    window = make_window(store=mock_store)
    mock = window.controllers["mock"]
    assert offer_resume(window, lambda *_: ABANDON) == ABANDON
    for rating in (1, 3):
        assert mock.start_mock_on(ids(mock_store, KM, TREE))
        for _ in range(2):
            clock.advance(seconds=20)
            window.reveal()
            window.grade(rating)
        mock.show_mock_history()
        text = mock.history_view.trend_label.text()
        assert "↑" not in text and "↓" not in text and "The trend shows once 3" in text
    assert "2 finished mock interviews so far" in text and "Not counted: 1 abandoned" in text
    assert mock.start_mock_on(ids(mock_store, KM, TREE))
    for _ in range(2):
        window.reveal()
        window.grade(2)
    mock.show_mock_history()
    # 0 %, 67 %, 33 %: the three finished, the abandoned 100 % left out; the last is
    # the mean of the two before it: steady.
    assert mock.history_view.trend.scores == pytest.approx((0.0, 200 / 3, 100 / 3))
    assert "Trend → <b>steady</b>" in mock.history_view.trend_label.text()


# --- closing and resuming -----------------------------------------------------------


def test_a_mock_closed_before_its_first_answer_is_offered_without_saying_none_was_saved(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE)
    window.close()
    asked: list[str] = []
    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda _parent, text: asked.append(text) or RESUME) == RESUME
    assert "none of its 2 questions answered yet" in asked[0]
    assert "saved" not in asked[0] and "with nothing answered to keep" in asked[0]


def test_the_store_deleted_while_the_resume_question_is_open_is_said_in_the_window(
    qtbot, make_window, mock_store, clock, monkeypatch
):
    # The person deleted the database while "closed during a mock" was asked, then
    # chose Leave as abandoned: the window vanished, the reason on stderr only.
    window = start(make_window, mock_store, KM, TREE)
    window.reveal()
    window.grade(3)
    window.close()
    again = make_window(store=mock_store, show=True)
    said: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: said.append(exc))

    def delete_then_abandon(_parent, _text):
        Path(mock_store.path).unlink()
        return ABANDON

    assert offer_resume(again, delete_then_abandon) is None
    assert len(said) == 1 and "was deleted while StudyApp had it open" in str(said[0])
    assert again.isVisible()


def test_the_resume_offer_tells_skipped_questions_from_answered_ones(
    qtbot, make_window, mock_store, clock
):
    """ "was left with 2 of its 4 questions answered", one of them skipped."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP, DROPOUT)
    mock = window.controllers["mock"]
    window.reveal()
    window.grade(3)
    mock.skip_mock_question()
    window.close()
    asked: list[str] = []
    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda _parent, text: asked.append(text) or ABANDON) == ABANDON
    assert "1 of its 4 questions answered and 1 skipped, and saved" in asked[0]
    assert "question 3" in asked[0] and "keeping what you answered" in asked[0]


def test_closing_mid_mock_then_restart_offers_resume_at_the_next_question(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE, BACKPROP, DROPOUT)
    mock = window.controllers["mock"]
    for rating in (3, 2):
        clock.advance(seconds=15)
        window.reveal()
        window.grade(rating)
    clock.advance(seconds=7)  # typing on the third when the app closes
    session_id = mock.mock.session_id
    window.close()
    assert len(mock_store.mock_answers(session_id)) == 2  # the graded ones are kept

    again = make_window(store=mock_store, show=True)
    assert again.current_qid == ids(mock_store, KM)[0]  # the question browsed, not the mock's
    assert not again.answer.title.text().endswith(BACKPROP)
    asked: list[str] = []

    def ask(parent, text):
        asked.append(text)
        return RESUME

    assert offer_resume(again, ask) == RESUME
    mock = again.controllers["mock"]
    assert "2 of its 4 questions answered, and saved" in asked[0] and "question 3" in asked[0]
    assert again.mode == "mock" and mock.mock.session_id == session_id
    assert current_title(again) == BACKPROP
    assert mock.mock.position() == (3, 4)
    assert mock.timer_panel.position_label.text() == "Question 3 of 4"
    assert mock.mock.elapsed() == pytest.approx(37)  # the graded ones' 30 s and the 7 s on it
    assert mock.timer_panel.countdown_text() == "01:33"  # its countdown goes on
    for _ in range(2):
        again.reveal()
        again.grade(4)
    assert mock.summary_view.summary.graded == 4
    assert mock_store.mock_session(session_id).state == "finished"
    assert offer_resume(make_window(store=mock_store), ask) is None  # nothing left to offer
    assert len(asked) == 1


class WindowSystemClose(QCloseEvent):
    """The close a window manager sends (its close button): spontaneous."""

    def spontaneous(self) -> bool:
        return True


def test_ctrl_q_during_a_mock_asks_first_then_quits_keeping_it(
    qtbot, make_window, mock_store, clock
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    session = mock.mock
    type_text(qtbot, "centroids and inertia")
    clock.advance(seconds=20)
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    assert window.isVisible() and mock.timer_panel.asking == "quit"
    assert session.paused  # the clock waits for the answer
    assert "resume" in mock.timer_panel.confirm_button.toolTip()
    press(qtbot, window, Qt.Key.Key_Escape)  # keep going
    assert mock.timer_panel.asking == "" and not session.paused
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    assert not window.isVisible()
    assert mock.mock is session  # quitting leaves the mock running, not ended
    session_id = session.session_id
    assert mock_store.mock_session(session_id).state == "running"  # resumable
    draft = mock_store.mock_draft(session_id)
    assert draft is not None and draft.typed_answer == "centroids and inertia"


def test_the_window_close_button_during_a_mock_asks_first(make_window, mock_store):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    event = WindowSystemClose()
    assert mock.quit_guard.eventFilter(window, event)  # held back
    assert not event.isAccepted() and mock.timer_panel.asking == "quit"
    mock.timer_panel.confirm_button.click()
    assert not window.isVisible()
    mock.mock.reveal()  # still the running session, never ended
    assert mock.mock.state == "revealed"
    outside = make_window(store=mock_store)  # no mock running: the close goes through
    assert not outside.controllers["mock"].quit_guard.eventFilter(outside, WindowSystemClose())


def test_what_was_typed_and_noted_comes_back_on_resume(qtbot, make_window, mock_store, clock):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    type_text(qtbot, "k-means moves each centroid")
    clock.advance(seconds=5)
    mock.tick_mock()
    session_id = mock.mock.session_id
    assert mock_store.mock_draft(session_id).typed_answer == "k-means moves each centroid"
    type_text(qtbot, " to the mean")  # written again only a few seconds on
    assert mock_store.mock_draft(session_id).typed_answer == "k-means moves each centroid"
    clock.advance(seconds=6)
    mock.tick_mock()
    assert mock_store.mock_draft(session_id).typed_answer.endswith("to the mean")
    window.reveal()
    mock.mock_panel.note.setFocus()
    type_text(qtbot, "say inertia")
    clock.advance(seconds=6)
    mock.tick_mock()
    window.close()  # the app goes away mid-question (a crash keeps the last draft)

    again = make_window(store=mock_store, show=True)
    assert offer_resume(again, lambda *_: RESUME) == RESUME
    resumed = again.controllers["mock"]
    assert current_title(again) == KM
    assert resumed.mock_panel.typed_text() == "k-means moves each centroid to the mean"
    again.reveal()
    assert resumed.mock_panel.note_text() == "say inertia"
    assert resumed.mock_panel.ticks()[:2] == [True, True]  # K-Means, Centroid
    again.grade(3)
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.typed_answer.endswith("to the mean") and answer.note == "say inertia"


@pytest.mark.parametrize(("choice", "state"), [(ABANDON, "abandoned"), (None, "running")])
def test_leave_as_abandoned_or_decide_later(make_window, mock_store, clock, choice, state):
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    window.reveal()
    window.grade(3)
    session_id = mock.mock.session_id
    window.close()
    again = make_window(store=mock_store)
    assert offer_resume(again, lambda *_: choice) == choice
    assert again.mode == "browse"
    assert mock_store.mock_session(session_id).state == state
    assert len(mock_store.mock_answers(session_id)) == 1


# --- menus and the keyboard -------------------------------------------------------------


def test_every_mock_action_is_in_the_study_menu_with_its_keys(qtbot, make_window):
    window = make_window()
    prefs = window.controllers["prefs"]
    study = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Study"
    )
    in_study = {a.text().replace("&", "") for a in study.actions()}
    for name in (
        "Mock Interview…",
        "Reveal Answer",
        "Grade: Good",
        "Pause / Resume Mock",
        "Skip Question",
        "End Mock Early…",
        "Retry Weak Questions",
        "Mock History",
    ):
        assert name in in_study, name
    rows = set(window.shortcut_rows())
    for row in (
        ("Mock Interview…", "Ctrl+M"),
        ("Move Question to Topic…", "Ctrl+Shift+M"),
        ("Reveal Answer", "Space"),
        ("Reveal Answer", "Ctrl+Return"),
        ("Grade: Easy", "4"),
        ("Grade: Easy, in a mock", "Ctrl+4"),  # outside a mock Ctrl+4 is Anki's blue flag
        ("Blue Flag", "Ctrl+4"),
        ("Pause / Resume Mock", "Ctrl+P"),
        ("Skip Question", "Ctrl+Shift+S"),
        ("End Mock Early…", "Esc"),
    ):
        assert row in rows, row
    prefs.show_shortcuts()
    _, title, text = window.messages.shown[-1]
    assert title == "Keyboard shortcuts" and "Ctrl+Enter" in text
    # It fits a laptop's screen (768 px high), its Close button on it, and scrolls.
    from studyapp.ui.messages import reference_dialog

    dialog = reference_dialog(window, title, text)
    qtbot.addWidget(dialog)
    screen = window.screen().availableGeometry()
    assert dialog.height() <= max(screen.height() * 0.8, 240) and dialog.height() < 760


def test_a_five_question_mock_on_the_default_deck_by_keyboard_alone(
    qtbot, make_window, default_store, clock
):
    window = make_window(store=default_store, show=True)
    mock = window.controllers["mock"]
    mock.mock_rng = random.Random(3)
    assert window.tree.select_deck(default_store.decks()[0].id)  # the deck's row
    press(qtbot, window, Qt.Key.Key_M, CTRL)  # Study → Mock Interview…
    dialog = mock.mock_setup
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, dialog, Qt.Key.Key_Return)  # Start, on the defaults: 5 questions, 2:00
    assert window.mode == "mock"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    asked = [q.id for q in mock.mock.questions]
    assert len(asked) == 5
    assert all(key_terms(q.answer_markdown) for q in mock.mock.questions)

    # 1: type, reveal with Ctrl+Enter, Tab to the key points, tick one with Space,
    # grade Good with 3.
    type_text(qtbot, "my outline of the answer")
    clock.advance(seconds=50)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    ticks = mock.mock_panel.ticks()
    while not mock.mock_panel.points.hasFocus():
        press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Space)  # the first key point, ticked by hand
    assert mock.mock_panel.ticks() == [not ticks[0], *ticks[1:]]
    press(qtbot, window, Qt.Key.Key_3)
    # 2: pause and resume, then reveal with Space from outside the typing box.
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    clock.advance(seconds=300)
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    clock.advance(seconds=30)
    press(qtbot, window, Qt.Key.Key_Tab)  # out of the typing box, to Reveal
    press(qtbot, window, Qt.Key.Key_Space)
    assert mock.mock.state == "revealed"
    press(qtbot, window, Qt.Key.Key_4)
    # 3: let the time run out, write a note, grade Hard from the note.
    clock.advance(seconds=121)
    mock.tick_mock()
    assert mock.mock.overtime
    while not mock.mock_panel.note.hasFocus():  # Tab to the note
        press(qtbot, window, Qt.Key.Key_Tab)
    type_text(qtbot, "revise this")
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    # 4: skip from the typing box.
    clock.advance(seconds=9)
    press(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)
    # 5: reveal and grade Again.
    type_text(qtbot, "no idea")
    clock.advance(seconds=40)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_1)

    assert window.current_page() is mock.summary_view
    session_id = mock.summary_view.summary.session_id
    answers = default_store.mock_answers(session_id)
    assert [a.question_id for a in answers] == asked
    assert [a.rating for a in answers] == [3, 4, 2, None, 1]
    assert [a.seconds for a in answers] == pytest.approx([50, 30, 120, 9, 40])
    assert [a.overtime for a in answers] == [False, False, True, False, False]
    assert answers[0].typed_answer == "my outline of the answer"
    assert answers[2].note == "revise this"
    assert [r.mode for r in default_store.reviews()] == ["mock"] * 4
    assert default_store.mock_session(session_id).state == "finished"
    assert len(mock.summary_view.rows_text()) == 5
    # The summary's keys: Ctrl+H the history, Esc back to browsing.
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    assert window.current_page() is mock.history_view
    assert len(mock.history_view.rows_text()) == 1
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_page() is window.main_page
    assert window.search.text() == ""  # no key went astray


def test_revealed_with_nothing_typed_the_answer_box_no_longer_asks_for_typing(
    qtbot, make_window, mock_store
):
    window = start(make_window, mock_store, KM, TREE)
    panel = window.controllers["mock"].mock_panel
    assert panel.typed.placeholderText().startswith("Type or outline your answer")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal without typing a word
    assert panel.typed.isReadOnly() and panel.typed.toPlainText() == ""
    # the box can no longer be typed in: it said "Type or outline your answer here…"
    assert panel.typed.placeholderText() == "Nothing typed for this question."
    window.grade(3)  # the next question: typing again
    assert not panel.typed.isReadOnly()
    assert panel.typed.placeholderText().startswith("Type or outline your answer")


def test_quitting_and_resuming_keeps_the_countdown_and_session_time(
    qtbot, make_window, mock_store, clock
):
    """Quitting mid-question gave the question's full time back on resume, and the
    session clock went back to the last answer: quitting bought extra time."""
    window = start(make_window, mock_store, KM, TREE, seconds=100, show=True)
    mock = window.controllers["mock"]
    clock.advance(seconds=30)
    window.reveal()
    window.grade(3)  # the session's time so far is saved with the answer: 0:30
    clock.advance(seconds=40)  # 40 s into the second question, nothing typed
    mock.tick_mock()
    assert mock.timer_panel.countdown_text() == "01:00"
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    assert not window.isVisible()
    clock.advance(hours=3)  # the app stays closed a while: that time counts for nothing

    again = make_window(store=mock_store, show=True)
    asked: list[str] = []
    assert offer_resume(again, lambda _parent, text: asked.append(text) or RESUME) == RESUME
    assert "continues at question 2, with 01:00 left on its clock;" in asked[0]
    resumed = again.controllers["mock"]
    assert current_title(again) == TREE
    panel = resumed.timer_panel
    assert panel.countdown_text() == "01:00"  # not the full 01:40 again
    assert panel.session_text().startswith("Session 01:10")
    clock.advance(seconds=50)
    resumed.tick_mock()
    assert panel.countdown_text() == "00:10" and panel.look == "warning"
    clock.advance(seconds=10)
    resumed.tick_mock()  # the rest of the minute: time is up
    assert resumed.mock.state == "revealed" and resumed.mock.overtime
    resumed.mock.grade(2)
    assert mock_store.mock_session(resumed.mock.session_id).elapsed_seconds == pytest.approx(130)


def test_quitting_on_a_revealed_question_resumes_it_revealed_for_the_grade(
    qtbot, make_window, mock_store, clock
):
    """A mock quit with the model answer on screen came back asking: the answer hidden
    again, the clock running from where it stopped, the typed answer open to improve."""
    window = start(make_window, mock_store, KM, TREE, seconds=100, show=True)
    mock = window.controllers["mock"]
    mock.mock_panel.typed.setPlainText("k-means assigns each point to the nearest centroid")
    clock.advance(seconds=25)
    window.reveal()
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    press(qtbot, window, Qt.Key.Key_Return)  # quit now
    assert not window.isVisible()
    clock.advance(hours=1)

    again = make_window(store=mock_store, show=True)
    asked: list[str] = []
    assert offer_resume(again, lambda _parent, text: asked.append(text) or RESUME) == RESUME
    assert "its answer shown as you left it, for your grade" in asked[0]
    resumed = again.controllers["mock"]
    assert current_title(again) == KM and resumed.mock.state == "revealed"
    assert again.answer.is_answer_visible()
    assert resumed.mock_panel.typed.isReadOnly()
    assert resumed.mock_panel.typed_text().startswith("k-means assigns")
    clock.advance(seconds=90)
    resumed.tick_mock()
    assert resumed.timer_panel.countdown_text() == "01:15"  # stopped at the reveal
    again.grade(3)
    (answer,) = mock_store.mock_answers(resumed.mock.session_id)
    assert (answer.seconds, answer.overtime, answer.rating) == (25.0, False, 3)
    assert current_title(again) == TREE and resumed.mock.state == "asking"


def test_a_crash_mid_question_keeps_the_time_used_to_the_last_few_seconds(
    qtbot, make_window, mock_store, clock
):
    """No quit, no close: the app dies. The time written with the draft on the ticks
    comes back, so a crash gives back at most a few seconds."""
    window = start(make_window, mock_store, KM, TREE, seconds=100, show=True)
    mock = window.controllers["mock"]
    for _ in range(9):  # 45 s of ticks, nothing typed
        clock.advance(seconds=5)
        mock.tick_mock()
    clock.advance(seconds=2)  # the last two seconds are never written: the app dies here
    session_id = mock.mock.session_id
    assert mock_store.mock_session(session_id).state == "running"

    again = make_window(store=mock_store, show=True)  # the first window never closed
    assert offer_resume(again, lambda *_: RESUME) == RESUME
    resumed = again.controllers["mock"]
    assert resumed.timer_panel.countdown_text() == "00:55"
    assert resumed.timer_panel.session_text().startswith("Session 00:45")


def test_a_full_disk_during_a_mock_still_reveals_and_keeps_the_question_to_grade(
    qtbot, make_window, mock_store, clock
):
    """The draft written at the reveal failed on a full disk and took the reveal with
    it: Space (or the time running out) ended in the crash dialog, again and again,
    and the answer could not be seen."""
    from tests.core.test_disk_errors import fill_until_full

    window = start(make_window, mock_store, KM, TREE, seconds=100, show=True)
    mock = window.controllers["mock"]
    fill_until_full(mock_store)  # SQLite's own "database or disk is full"
    writes: list[int] = []
    real_save = mock_store.save_mock_draft
    mock_store.save_mock_draft = lambda *a, **k: writes.append(1) or real_save(*a, **k)
    mock.mock_panel.typed.setPlainText("k-means moves each centroid to the mean " * 200)
    for _ in range(8):  # two seconds of ticks: one failed write, not one a tick
        clock.advance(seconds=0.25)
        mock.tick_mock()
    assert len(writes) == 1
    assert "Could not keep a draft of your answer" in window.statusBar().currentMessage()
    # (Cut at the bar's width before the pytest folder's long name ends: the bar's
    # tooltip holds it whole.)
    assert "is full" in window.statusBar().currentMessage() + window.statusBar().toolTip()

    clock.advance(seconds=10)
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # reveal
    assert mock.mock.state == "revealed"  # the model answer shows
    assert mock.mock_panel.ticks()[:2] == [True, True]  # K-Means, Centroid
    assert "is full" in window.statusBar().currentMessage() + window.statusBar().toolTip()
    assert not [m for m in window.messages.shown if m[0] == "crash"]

    press(qtbot, window, Qt.Key.Key_3, CTRL)  # the grade cannot be saved either: said so
    kind, title, text = window.messages.shown[-1]
    assert (kind, title) == ("error", "Could not save the grade") and "is full" in text
    assert current_title(window) == KM and mock.mock.state == "revealed"

    mock_store._conn.execute("PRAGMA max_page_count = 1000000")  # space freed
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    assert current_title(window) == TREE
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert answer.rating == 3 and answer.typed_answer.startswith("k-means moves")


def test_ending_early_keeps_the_question_on_screen_when_it_was_answered_in_part(
    qtbot, make_window, mock_store, clock
):
    """A new user revealed a question, ended the mock, and found their typed answer gone
    and the question counted as 'not asked'."""
    window = start(make_window, mock_store, KM, TREE, BACKPROP)
    mock = window.controllers["mock"]
    type_text(qtbot, "split the data on features")
    clock.advance(seconds=30)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)  # revealed, not graded
    session_id = mock.mock.session_id
    mock.end_mock_now()
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.rating is None and answer.typed_answer == "split the data on features"
    view = mock.summary_view
    assert view.summary.ungraded == 1 and view.summary.not_asked == 2
    assert view.summary.skipped == 0 and view.summary.graded == 0
    assert mock_store.reviews() == []  # not graded: no review for the scheduler
    assert view.title.text() == "Mock interview ended early"


def test_ending_early_keeps_the_question_on_screen_only_when_typed(
    qtbot, make_window, mock_store, clock
):
    """Typed, the question on screen is kept with its answer; left untouched, it is not
    asked, as the rest (it was saved as skipped, and so weak)."""
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    type_text(qtbot, "centroids")
    session_id = mock.mock.session_id
    mock.end_mock_now()
    assert [a.typed_answer for a in mock_store.mock_answers(session_id)] == ["centroids"]
    window = start(make_window, mock_store, KM, TREE)
    mock = window.controllers["mock"]
    session_id = mock.mock.session_id
    clock.advance(seconds=8)
    mock.end_mock_now()  # nothing typed, not revealed: not asked after its 8 s
    assert mock_store.mock_answers(session_id) == []
    assert "0 skipped · 2 not asked" in mock.summary_view.totals_text()


def test_the_key_point_checker_loads_while_the_first_question_is_read(
    qtbot, make_window, mock_store, monkeypatch
):
    """The first Space of a session loaded and compiled the checker: about 110 ms
    before the answer showed. It is loaded once the first question is on screen."""
    import sys

    import studyapp.core

    monkeypatch.delitem(sys.modules, "studyapp.core.keyterms")  # as in a fresh app
    monkeypatch.delattr(studyapp.core, "keyterms")
    window = start(make_window, mock_store, KM, TREE)
    assert "studyapp.core.keyterms" not in sys.modules  # not before the question shows
    qtbot.waitUntil(lambda: "studyapp.core.keyterms" in sys.modules, timeout=5000)
    assert window.mode == "mock"
