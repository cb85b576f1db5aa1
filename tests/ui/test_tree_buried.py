"""A buried question's row in the topic tree, driven through the window: after Bury
("-" in a session, Study → Bury Question while browsing) its row says "Buried" with
a muted ring for a dot, not its card's state (a blue "New" made it look untouched),
until the next study day; an unbury (Ctrl+Z, or Bury again) shows its real state."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from studyapp.core.progress import ROW_STATES
from studyapp.core.study import day_bounds
from studyapp.ui.theme import COLORS, STATE_LABELS
from tests.ui.conftest import qid
from tests.ui.window_helpers import LR, QT_WARNINGS_FAIL, press, start_studying, tree_index

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier


def row_says(window, question_id) -> str:
    """The state word of a question's row, as the tree shows it (its tooltip and what
    a screen reader hears say the same word the row paints)."""
    index = tree_index(window, question_id)  # the row the view shows
    return index.data(Qt.ItemDataRole.ToolTipRole).split("\n")[-1]


def dot_color(window, state) -> str:
    """The colour of a state's dot as the tree paints it: its most opaque pixel's."""
    image = window.model.pixmap("dot", state).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # not premultiplied
    pixels = [
        QColor.fromRgba(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
    ]
    return max(pixels, key=QColor.alpha).name()


def test_minus_in_a_session_shows_the_row_as_buried_and_ctrl_z_shows_new_again(
    qtbot, make_window, store
):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    buried = window.current_qid
    assert row_says(window, buried) == "New"
    press(qtbot, window, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: window.model.state(buried) == "buried")
    assert row_says(window, buried) == "Buried"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the bury taken back
    qtbot.waitUntil(lambda: window.model.state(buried) == "new")
    assert row_says(window, buried) == "New"


def test_a_buried_review_shows_buried_then_its_real_state_when_bury_is_undone(
    qtbot, make_window, store, clock
):
    """The same for a question already studied, buried while browsing: "Buried", not
    "Due"; Bury again on it shows "Due" again."""
    window = make_window(show=True)
    start_studying(qtbot, window, store, topic="Security")  # one question
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4)  # Easy: a review, days away
    press(qtbot, window, Qt.Key.Key_Escape)
    clock.advance(days=60)
    safe = qid(store, "Is this answer safe?")
    browse = window.controllers["browse"]
    browse.refresh_progress()
    assert window.model.state(safe) == "due"
    browse.show_question(safe)
    window.act_bury.trigger()  # Study → Bury Question
    qtbot.waitUntil(lambda: window.model.state(safe) == "buried")
    assert row_says(window, safe) == "Buried"
    assert "Buried" in window.grading.status.text()  # the panel beside the tree agrees
    window.act_bury.trigger()  # Bury again: taken back
    qtbot.waitUntil(lambda: window.model.state(safe) == "due")
    assert row_says(window, safe) == "Due"


def test_a_buried_row_comes_back_by_itself_at_the_next_study_day(qtbot, make_window, store, clock):
    window = make_window(show=True)
    lr = qid(store, LR)
    window.controllers["browse"].show_question(lr)
    window.act_bury.trigger()
    qtbot.waitUntil(lambda: window.model.state(lr) == "buried")
    clock.current = day_bounds(clock.now(), clock.timezone())[1] + timedelta(minutes=1)
    window.controllers["browse"].current_figures()  # what the day's-end timer runs
    assert window.model.state(lr) == "new" and row_says(window, lr) == "New"


def test_a_buried_row_stays_buried_across_a_restart(qtbot, make_window, store):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)
    window.close()
    again = make_window(show=True)
    qtbot.waitUntil(lambda: again.model.state(buried) == "buried")


def test_the_buried_dot_is_muted_and_told_apart_from_new_and_learning(make_window):
    window = make_window()
    for theme in ("light", "dark"):
        window.model.set_theme(theme)
        assert dot_color(window, "buried") == COLORS[theme].muted
        assert dot_color(window, "new") == COLORS[theme].new  # (the blue it showed)
        ring = window.model.pixmap("dot", "buried").toImage()
        middle = QColor.fromRgba(ring.pixel(ring.width() // 2, ring.height() // 2))
        assert middle.alpha() == 0  # a ring: a learning question's muted dot is filled
        dot = window.model.pixmap("dot", "learning").toImage()
        assert QColor.fromRgba(dot.pixel(dot.width() // 2, dot.height() // 2)).alpha() == 255
    assert STATE_LABELS["buried"] == "Buried"


def test_every_state_a_row_can_show_has_its_word():
    assert set(ROW_STATES) <= set(STATE_LABELS)
