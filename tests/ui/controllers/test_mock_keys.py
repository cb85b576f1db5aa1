"""The keys of a mock interview say one thing everywhere: each action has the one key
its button names, and the menu and the shortcut help show that key; after the reveal,
Space grades Good as it does in a study session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.controllers import test_mock as mock_tests
from tests.ui.controllers.test_mock import KM, TREE, current_title, press, start, type_text

mock_store = mock_tests.mock_store  # the fixtures of the mock's tests

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("no_voice"),  # no voice probe (tests/ui/conftest.py)
]

NATIVE = QKeySequence.SequenceFormat.NativeText
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    ("action", "button"),
    [("mock_pause", "pause_button"), ("mock_skip", "skip_button"), ("mock_end", "end_button")],
)
def test_the_menu_and_the_help_show_the_one_key_the_mock_screen_names(
    make_window, mock_store, action, button
):
    window = start(make_window, mock_store, KM, TREE)
    panel = window.controllers["mock"].timer_panel
    named = getattr(panel, button).text().split()[-1]
    qaction = getattr(window, f"act_{action}")
    assert qaction.shortcut().toString(NATIVE) == named  # what the menu shows
    text = qaction.text().replace("&", "")
    assert [keys for name, keys in window.shortcut_rows() if name == text] == [named]


def test_the_paused_prompt_names_the_key_that_resumes(qtbot, make_window, mock_store):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    key = window.act_mock_pause.shortcut().toString(NATIVE)
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert mock.mock.paused
    assert f"Press <b>{key}</b> to resume" in window.answer.hidden_label.text()
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    assert not mock.mock.paused


@pytest.mark.parametrize("typed", ["an outline", ""])
def test_after_the_reveal_space_grades_good_and_moves_on(
    qtbot, make_window, mock_store, clock, typed
):
    window = start(make_window, mock_store, KM, TREE, seconds=30, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    if typed:
        type_text(qtbot, typed)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed" and len(panel.ticks()) > 1
    assert panel.points.selectedItems() == []  # no point looks focused: none is
    press(qtbot, window, Qt.Key.Key_Tab)  # one Tab to the key points, and back
    assert QApplication.focusWidget() is panel.points
    press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.points.selectedItems() == []
    press(qtbot, window, Qt.Key.Key_Space)
    session_id = mock.mock.session_id
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.rating == 3  # Good, as in a study session, not a key point ticked
    assert mock.mock.current().title == TREE and mock.mock.state == "asking"
    # The clock runs out while the person types on: the next word's space is no grade.
    type_text(qtbot, "still typing")
    clock.advance(seconds=31)
    mock.tick_mock()
    assert mock.mock.state == "revealed" and mock.mock.overtime
    assert "grade it with Ctrl+1–4" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Space)
    assert mock.mock.state == "revealed"
    # The key points, once the person goes to them: Space ticks one; 1–4 still grade.
    ticks = panel.ticks()
    press(qtbot, window, Qt.Key.Key_Tab)  # one Tab, past the answer as typed
    assert QApplication.focusWidget() is panel.points
    assert [panel.points.row(i) for i in panel.points.selectedItems()] == [0]
    press(qtbot, window, Qt.Key.Key_Space)
    assert panel.ticks() == [not ticks[0], *ticks[1:]]
    assert mock.mock.state == "revealed"
    press(qtbot, window, Qt.Key.Key_2)
    assert [a.rating for a in mock_store.mock_answers(session_id)] == [3, 2]


def test_in_a_mock_enter_types_a_line_and_grades_nothing(qtbot, make_window, mock_store):
    """Enter reveals and grades Good in a study session, as in Anki; in a mock it is the
    typed answer's and the note's new line, before the reveal and after it."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    box = QApplication.focusWidget()
    type_text(qtbot, "first line")
    press(qtbot, window, Qt.Key.Key_Return)
    type_text(qtbot, "second")
    assert mock.mock.state == "asking"
    assert box.toPlainText() == "first line\nsecond"
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed"
    press(qtbot, window, Qt.Key.Key_Return)
    assert mock.mock.state == "revealed"
    assert mock_store.mock_answers(mock.mock.session_id) == []


def test_typing_on_after_the_time_ran_out_neither_grades_nor_skips(
    qtbot, make_window, mock_store, clock
):
    """The clock runs out mid-sentence: "top 2 layers" went on into the read-only
    answer, and its "2" graded the question Hard and moved on. What is typed there now
    types nothing anywhere; Ctrl+2 grades, as the status bar says."""
    window = start(make_window, mock_store, KM, TREE, seconds=30, show=True)
    mock = window.controllers["mock"]
    session_id = mock.mock.session_id
    type_text(qtbot, "freeze the")
    clock.advance(seconds=31)
    mock.tick_mock()
    assert mock.mock.state == "revealed" and mock.mock.overtime
    assert QApplication.focusWidget() is mock.mock_panel.typed
    type_text(qtbot, " top 2 layers, then 3 more; s p")
    assert mock.mock.state == "revealed" and not mock.mock.paused
    assert mock.mock.current().title == KM
    assert mock_store.mock_answers(session_id) == []
    assert mock.mock_panel.typed.toPlainText() == "freeze the"  # as it was at time-up
    assert "Ctrl+1–4" in window.statusBar().currentMessage()
    # The hint under the answer says so too, not "1–4 grade" (a tester pressed 2).
    hint = mock.mock_panel.grading_hint.text()
    assert "Ctrl+1–4</b> grade here" in hint and "<b>1–4</b>" not in hint
    press(qtbot, window, Qt.Key.Key_Tab)  # to the key points, where 1–4 grade
    assert "<b>1–4</b> grade" in mock.mock_panel.grading_hint.text()
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    assert [a.rating for a in mock_store.mock_answers(session_id)] == [2]
    assert mock.mock.current().title == TREE


# --- the Study menu's keys say what works in each mode ------------------------------


def press_sequence(qtbot, window, sequence: QKeySequence) -> None:
    """The key combination `sequence` names, pressed where the focus is."""
    combo = sequence[0]
    press(qtbot, window, combo.key(), combo.keyboardModifiers())


def help_keys(window, name: str) -> list[str]:
    return [keys for row, keys in window.shortcut_rows() if row == name]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_in_a_mock_the_menus_reveal_keys_reveal_from_the_answer_box(
    qtbot, make_window, mock_store, index
):
    """The Study menu named Space for Reveal during a mock, where Space types into the
    answer box: each key the menu and the help give for Reveal in a mock reveals with
    the answer box focused, and types nothing into it."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    assert panel.typed.hasFocus()
    type_text(qtbot, "k means")
    sequences = window.act_reveal.shortcuts()
    shown = [s.toString(NATIVE) for s in sequences]
    assert shown[0] == window.act_reveal.shortcut().toString(NATIVE)  # the menu's
    assert "Space" not in shown
    assert help_keys(window, "Reveal Answer, in a mock") == shown
    press_sequence(qtbot, window, sequences[index])
    assert mock.mock.state == "revealed", shown[index]
    assert panel.typed_text() == "k means"


@pytest.mark.parametrize("rating", [1, 4])
def test_in_a_mock_the_menus_grade_key_grades_from_the_note_too(
    qtbot, make_window, mock_store, rating
):
    """After the reveal the note takes the focus a person gives it: the key the menu
    shows for a grade grades there, and types nothing into the note."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed"
    panel.note.setFocus()
    type_text(qtbot, "shaky")
    action = getattr(window, f"act_grade_{rating}")
    press_sequence(qtbot, window, action.shortcut())
    (answer,) = mock_store.mock_answers(mock.mock.session_id)
    assert (answer.rating, answer.note) == (rating, "shaky")
    name = action.text().replace("&", "")
    assert help_keys(window, f"{name}, in a mock")[0] == action.shortcut().toString(NATIVE)


def test_after_a_mock_the_study_menu_shows_space_and_digits_again_and_they_work(
    qtbot, make_window, mock_store
):
    """Back in a study session the menu says Space and 1–4, the keys that work there."""
    window = start(make_window, mock_store, KM, show=True)
    mock = window.controllers["mock"]
    assert window.act_reveal.shortcut().toString(NATIVE) != "Space"
    mock.end_mock_now()
    assert window.mode != "mock"
    window.controllers["study"].start_study(all_topics=True)
    assert window.mode == "study"
    assert window.act_reveal.shortcut().toString(NATIVE) == "Space"
    assert window.act_grade_3.shortcut().toString(NATIVE) == "3"
    first = window.current_qid
    press_sequence(qtbot, window, window.act_reveal.shortcut())
    assert window.answer.is_answer_visible()
    press_sequence(qtbot, window, window.act_grade_3.shortcut())
    assert [(r.question_id, r.rating) for r in mock_store.reviews()][-1] == (first, 3)
    assert help_keys(window, "Reveal Answer")[0] == "Space"


# --- "End the mock interview now?" met while typing ---------------------------------
# The "End the mock interview now?" question, met while typing an answer: a keyboard
# tester pressed Esc mid-answer, typed on ("xyz" went nowhere) and the next Space
# pressed "End now": the mock ended, the question counted as skipped, and the hint
# under the box still said "Space types a space here". Only Enter (or a click) ends
# it; a character typed meanwhile keeps going and lands where the person was typing.


def type_keys(qtbot, text: str) -> None:
    """Each character to whatever has the focus as it comes, as a person types."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


@pytest.mark.parametrize(("typed_on", "then"), [("xyz", " more"), ("7", "s"), (" ", "p")])
def test_typing_on_after_esc_keeps_going_and_keeps_every_character(
    qtbot, make_window, mock_store, typed_on, then
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    type_keys(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end and mock.mock.paused
    hint = panel.typing_hint.text()
    assert "<b>Enter</b> ends" in hint and "Space types" not in hint
    type_keys(qtbot, typed_on)  # the person goes on typing: the mock goes on too
    assert window.mode == "mock" and not mock.timer_panel.asking_end
    assert not mock.mock.paused and mock.mock.state == "asking"
    type_keys(qtbot, then)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.mode == "mock" and mock.mock.state == "asking"
    assert panel.typed_text() == f"abc{typed_on}{then} "
    assert "Space types a space here" in panel.typing_hint.text()
    assert mock_store.mock_answers(mock.mock.session_id) == []


@pytest.mark.parametrize(
    ("key", "left"), [(Qt.Key.Key_Backspace, "ab"), (Qt.Key.Key_Delete, "abc")]
)
def test_backspace_on_the_question_keeps_going_and_takes_back_a_character(
    qtbot, make_window, mock_store, key, left
):
    """Esc, then Backspace did nothing and left the question open: it is the person
    typing on too (Delete at the end of the answer takes nothing back)."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    type_keys(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end
    press(qtbot, window, key)
    assert not mock.timer_panel.asking_end and mock.mock.state == "asking"
    assert mock.mock_panel.typed_text() == left
    type_keys(qtbot, "d")
    assert mock.mock_panel.typed_text() == f"{left}d"


def test_space_on_the_question_never_ends_the_mock_and_enter_does(qtbot, make_window, mock_store):
    """The tester's keys: Esc, then Space straight away. Space types a space and goes
    on; Esc again, then Enter ends, keeping what was typed."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    type_keys(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.mode == "mock" and mock.mock_panel.typed_text() == "abc "
    session_id = mock.mock.session_id
    press(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is mock.timer_panel.confirm_button
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.mode == "browse"
    (answer,) = mock_store.mock_answers(session_id)
    assert answer.typed_answer == "abc "


def test_after_the_reveal_typing_on_the_question_goes_to_the_note_or_grades_nothing(
    qtbot, make_window, mock_store
):
    """Revealed, Space grades Good: Space or a letter typed on the question keeps going
    and grades nothing; typed from the note, it goes into the note. (A grade key
    grades: see below.)"""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert "<b>Enter</b> ends" in panel.grading_hint.text()
    press(qtbot, window, Qt.Key.Key_Space)  # neither ends nor grades Good
    assert mock.mock.state == "revealed" and not mock.timer_panel.asking_end
    assert window.mode == "mock" and mock_store.mock_answers(mock.mock.session_id) == []
    panel.note.setFocus()
    type_keys(qtbot, "recall")
    press(qtbot, window, Qt.Key.Key_Escape)
    type_keys(qtbot, " inertia")
    assert not mock.timer_panel.asking_end and panel.note_text() == "recall inertia"
    assert panel.note.hasFocus()


def test_typing_on_the_question_of_a_paused_mock_keeps_it_paused_and_says_so(
    qtbot, make_window, mock_store
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    type_keys(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_P, CTRL)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end
    type_keys(qtbot, "x")
    assert not mock.timer_panel.asking_end and mock.mock.paused and window.mode == "mock"
    assert mock.mock_panel.typed_text() == "abc"  # greyed while paused: nothing typed
    assert "still paused" in window.statusBar().currentMessage()


def test_typing_on_the_quit_question_keeps_going_and_quits_nothing(qtbot, make_window, mock_store):
    """Ctrl+Q during a mock asks "quit now?" in the same place: typed on, it keeps
    going as "end now?" does, and the window stays."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    type_keys(qtbot, "abc")
    press(qtbot, window, Qt.Key.Key_Q, CTRL)
    assert mock.timer_panel.asking == "quit"
    assert "<b>Enter</b> quits StudyApp" in mock.mock_panel.typing_hint.text()
    type_keys(qtbot, "d e")
    assert window.isVisible() and not mock.timer_panel.asking_end
    assert mock.mock_panel.typed_text() == "abcd e" and not mock.mock.paused


@pytest.mark.parametrize("revealed", [False, True])
def test_a_click_in_the_answer_or_the_note_while_asked_keeps_going_there(
    qtbot, make_window, mock_store, revealed
):
    """Clicked into the answer box, "end now?" stayed open, the clock stopped, and the
    hint said Enter ends the mock while Enter typed a new line there."""
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    type_keys(qtbot, "abc")
    if revealed:
        press(qtbot, window, Qt.Key.Key_Return, CTRL)
    box = panel.note if revealed else panel.typed
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end
    qtbot.mouseClick(box.viewport() if box is panel.typed else box, Qt.MouseButton.LeftButton)
    assert not mock.timer_panel.asking_end and not mock.mock.paused
    assert box.hasFocus() and "<b>Enter</b> ends" not in panel.typing_hint.text()
    type_keys(qtbot, "x")
    assert (panel.note_text() if revealed else panel.typed_text()) == ("x" if revealed else "abcx")


# --- a grade key on "end now?" after the reveal ---------------------------------------
# Revealed, the person pressed Esc, then a grade key: the mock kept going and the grade
# was lost, though a grade key after the reveal says what they meant. It keeps going
# and the key does what it would have done without the question, from where the focus
# was: it grades (Ctrl+1–4 from the note too); from the note a digit is typed.


PLAIN = Qt.KeyboardModifier.NoModifier


@pytest.mark.parametrize(
    ("asked_by", "from_note", "key", "modifier", "rating", "note"),
    [
        pytest.param("end", False, Qt.Key.Key_3, PLAIN, 3, None, id="3 grades Good"),
        pytest.param("end", False, Qt.Key.Key_1, CTRL, 1, None, id="Ctrl+1 grades Again"),
        pytest.param("end", True, Qt.Key.Key_4, CTRL, 4, "recall", id="Ctrl+4 from the note"),
        pytest.param("end", True, Qt.Key.Key_2, PLAIN, None, "recall2", id="2 types in the note"),
        pytest.param("quit", False, Qt.Key.Key_2, PLAIN, 2, None, id="2 on 'quit now?'"),
    ],
)
def test_a_grade_key_on_the_question_after_the_reveal_keeps_going_and_grades(
    qtbot, make_window, mock_store, asked_by, from_note, key, modifier, rating, note
):
    window = start(make_window, mock_store, KM, TREE, show=True)
    mock = window.controllers["mock"]
    panel = mock.mock_panel
    session_id = mock.mock.session_id
    type_keys(qtbot, "k means")
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert mock.mock.state == "revealed"
    if from_note:
        panel.note.setFocus()
        type_keys(qtbot, "recall")
    if asked_by == "quit":
        press(qtbot, window, Qt.Key.Key_Q, CTRL)
    else:
        press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking == asked_by and mock.mock.paused
    press(qtbot, window, key, modifier)
    assert window.isVisible() and window.mode == "mock" and not mock.timer_panel.asking_end
    assert not mock.mock.paused
    answers = mock_store.mock_answers(session_id)
    if rating is None:  # typed into the note, as the digit is without the question
        assert answers == [] and mock.mock.state == "revealed"
        assert panel.note_text() == note and panel.note.hasFocus()
        return
    (answer,) = answers
    assert (answer.rating, answer.typed_answer, answer.note) == (rating, "k means", note)
    assert current_title(window) == TREE and mock.mock.state == "asking"
    assert [r.rating for r in mock_store.reviews()] == [rating]
    assert window.statusBar().currentMessage().startswith("Saved:")


def test_a_digit_on_the_question_after_a_time_up_in_the_answer_grades_nothing(
    qtbot, make_window, mock_store, clock
):
    """Run out while typing, the answer as typed keeps the focus and a digit there grades
    nothing (the person was typing): nor does it through the question."""
    window = start(make_window, mock_store, KM, TREE, seconds=30, show=True)
    mock = window.controllers["mock"]
    type_keys(qtbot, "still typing")
    clock.advance(seconds=31)
    mock.tick_mock()
    assert mock.mock.state == "revealed" and mock.mock_panel.typed.hasFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert mock.timer_panel.asking_end
    type_keys(qtbot, "3")
    assert not mock.timer_panel.asking_end and mock.mock.state == "revealed"
    assert mock_store.mock_answers(mock.mock.session_id) == []
    assert mock.mock_panel.typed_text() == "still typing"
    press(qtbot, window, Qt.Key.Key_3, CTRL)  # Ctrl+3 grades from there, as it says
    assert [r.rating for r in mock_store.reviews()] == [3]
