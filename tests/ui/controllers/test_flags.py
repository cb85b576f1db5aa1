"""Anki's flags in the window: a person with Anki's habits presses Ctrl+1 for a red
flag, in a study session or while browsing. StudyApp graded the card Again there
(Ctrl+1–4 were its grades). Ctrl+1–7 now flag, never grade outside a mock; the same
key again takes the flag off; the tree's row and the answer's header show it; Ctrl+Z
takes it back, in a session too; the search finds flagged questions ("flag:1")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studyapp.ui.theme import FLAG_COLORS
from tests.ui.conftest import qid
from tests.ui.window_helpers import (
    LR,
    PV,
    QT_WARNINGS_FAIL,
    click_question,
    press,
    shown_questions,
    start_studying,
    tree_index,
)

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 8)}


def flag(store, question_id) -> int:
    return store.question(question_id).flag


def row_tip(window, question_id) -> str:
    return tree_index(window, question_id).data(Qt.ItemDataRole.ToolTipRole)


def row_has_color(window, question_id, color: str) -> bool:
    """Whether the question's row, as the tree paints it, holds a pixel of `color`."""
    index = tree_index(window, question_id)
    window.tree.scrollTo(index)
    window.tree.viewport().repaint()
    rect = window.tree.visualRect(index)
    assert rect.height() > 0
    image = window.tree.viewport().grab(rect).toImage()
    want = QColor(color)
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 8 for a, b in zip(pixel.getRgb()[:3], want.getRgb()[:3], strict=True)
            ):
                return True
    return False


def test_ctrl_1_while_browsing_flags_red_and_again_takes_it_off(qtbot, make_window, store):
    window = make_window(show=True)
    shown = qid(store, PV)
    click_question(qtbot, window, shown)
    other = qid(store, LR)
    window.tree.scrollTo(tree_index(window, other))
    press(qtbot, window, KEYS[1], CTRL)
    assert flag(store, shown) == 1
    assert "Red flag" in row_tip(window, shown)
    assert "Red flag" in window.answer.header.meta.text()
    assert FLAG_COLORS[1] in window.answer.header.title.text()  # the pennant, in red
    assert "Red flag" not in row_tip(window, other)
    press(qtbot, window, KEYS[4], CTRL)  # another colour replaces it
    assert flag(store, shown) == 4
    assert "Blue flag" in window.answer.header.meta.text()
    press(qtbot, window, KEYS[4], CTRL)  # the same key again: no flag
    assert flag(store, shown) == 0
    assert "flag" not in window.answer.header.meta.text()
    assert store.reviews() == []  # nothing graded


def test_the_row_paints_the_flags_colour_and_a_plain_row_does_not(qtbot, make_window, store):
    window = make_window(show=True)
    flagged, plain = qid(store, PV), qid(store, LR)
    click_question(qtbot, window, plain)  # the flagged row not selected: its own colour
    store.set_flag([flagged], 6)
    window.model.set_question(store.question(flagged))
    assert row_has_color(window, flagged, FLAG_COLORS[6])
    assert not row_has_color(window, plain, FLAG_COLORS[6])


def test_in_a_session_ctrl_1_flags_and_never_grades_while_1_still_grades(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    first = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)  # revealed: where Ctrl+1 graded Again
    press(qtbot, window, KEYS[1], CTRL)
    assert store.reviews() == []
    assert window.current_qid == first and flag(store, first) == 1
    assert "Red flag" in window.answer.header.meta.text()
    press(qtbot, window, Qt.Key.Key_1)  # 1 alone grades Again, as in Anki
    assert [(r.question_id, r.rating) for r in store.reviews()] == [(first, 1)]


def test_ctrl_z_in_a_session_takes_back_flags_before_the_grade(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    graded = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    flagged = window.current_qid
    assert flagged != graded
    press(qtbot, window, KEYS[2], CTRL)
    press(qtbot, window, KEYS[3], CTRL)
    assert flag(store, flagged) == 3
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert flag(store, flagged) == 2
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the second flag step: still Ctrl+Z's
    assert flag(store, flagged) == 0
    assert [r.question_id for r in store.reviews()] == [graded]  # the grade stays
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # then the grade before them
    assert store.reviews() == []


def test_ctrl_z_while_browsing_puts_back_the_flag_before(qtbot, make_window, store):
    window = make_window(show=True)
    shown = qid(store, PV)
    click_question(qtbot, window, shown)
    press(qtbot, window, KEYS[5], CTRL)
    press(qtbot, window, KEYS[7], CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert flag(store, shown) == 5
    assert "Pink flag" in row_tip(window, shown)
    assert "Pink flag" in window.answer.header.meta.text()


def test_the_search_field_finds_the_flagged_questions(qtbot, make_window, store):
    window = make_window(show=True)
    red, blue = qid(store, PV), qid(store, LR)
    for question_id, key in ((red, KEYS[1]), (blue, KEYS[4])):
        click_question(qtbot, window, question_id)
        press(qtbot, window, key, CTRL)
    browse = window.controllers["browse"]
    browse.apply_search("flag:1")
    assert shown_questions(window) == [red]
    assert window.controllers["pane"].search_terms == []  # "flag" is no word of the answer to mark
    browse.apply_search("is:flagged")
    assert set(shown_questions(window)) == {red, blue}
    browse.apply_search("is:flagged learning")
    assert shown_questions(window) == [blue]
    assert window.controllers["pane"].search_terms == ["learning"]


def test_two_flags_before_any_grade_are_both_taken_back_in_a_session(qtbot, make_window, store):
    """Ctrl+Z went off after the first: the session had no grade of its own to undo."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    shown = window.current_qid
    press(qtbot, window, KEYS[1], CTRL)
    press(qtbot, window, KEYS[6], CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert flag(store, shown) == 0


def test_a_flag_after_a_session_ended_is_what_ctrl_z_takes_back(qtbot, make_window, store):
    """Ctrl+Z right after a session takes back its last grade, unless something was
    done since: a flag then is the last step, and the grade stays."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    graded = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_Escape)  # the session stopped
    assert window.mode == "browse"
    click_question(qtbot, window, graded)
    press(qtbot, window, KEYS[2], CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert flag(store, graded) == 0
    assert [r.question_id for r in store.reviews()] == [graded]
