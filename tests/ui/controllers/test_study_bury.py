"""Bury ("-", as in Anki) driven through the window: the question on screen is hidden
until the next study day and the next one shows, the status bar says so, the tree's
counts leave it out, Ctrl+Z takes it back, and it stays buried across a restart until
the day ends. While browsing, "-", the Study menu or the tree's right-click menu
buries the selected question ("-" on a topic or deck row collapses it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from studyapp.core.clock import FakeClock
from studyapp.core.study import day_bounds, to_ms
from studyapp.ui.context import Changes
from studyapp.ui.set_aside import SetAside
from studyapp.ui.topic_tree import DECK, TOPIC
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import GD, LR, QT_WARNINGS_FAIL, press, start_studying

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
NATIVE = QKeySequence.SequenceFormat.NativeText


def figures(window, kind, key) -> tuple[int, int]:
    """(due, new) of a tree row, as the tree shows it."""
    node = next(n for n in window.model._nodes if (n.kind, n.key) == (kind, key))
    return node.due, node.new


def deck_figures(window, store) -> tuple[int, int]:
    return figures(window, DECK, store.decks()[0].id)


def walk_session(qtbot, window) -> list[str]:
    """The questions a session shows, each revealed and graded Easy."""
    seen = []
    while window.controllers["study"].session.current() is not None:
        seen.append(window.current_qid)
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)
    return seen


def test_minus_buries_the_question_on_screen_and_ctrl_z_takes_it_back(qtbot, make_window, store):
    window = make_window(show=True)
    optimization = topic_id(store, "Optimization")
    qtbot.waitUntil(lambda: figures(window, TOPIC, optimization) == (0, 3))
    start_studying(qtbot, window, store)
    buried = window.current_qid
    assert window.act_bury.shortcut().toString(NATIVE) == "-"  # what the Study menu shows
    press(qtbot, window, Qt.Key.Key_Minus)
    assert window.current_qid not in (None, buried)
    assert not window.answer.is_answer_visible()  # the next question, answer hidden
    assert "Buried until tomorrow" in window.statusBar().currentMessage()
    assert set(store.buried_until(0)) == {buried}
    assert store.reviews() == []
    qtbot.waitUntil(lambda: figures(window, TOPIC, optimization) == (0, 2))
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.current_qid == buried
    assert store.buried_until(0) == {}
    assert "Bury undone" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: figures(window, TOPIC, optimization) == (0, 3))


def test_a_buried_question_stays_out_across_a_restart_until_the_next_day(
    qtbot, make_window, store, clock
):
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)
    window.close()

    again = make_window(show=True)  # a restart on the same store
    qtbot.waitUntil(lambda: deck_figures(again, store) == (0, 5))  # six questions, one buried
    again.controllers["study"].start_study(all_topics=True)
    seen = walk_session(qtbot, again)
    assert buried not in seen and len(seen) == 5
    # The next study day: back by itself, in the counts and in a session.
    clock.current = day_bounds(clock.now(), clock.timezone())[1] + timedelta(minutes=1)
    press(qtbot, again, Qt.Key.Key_Escape)
    again.controllers["browse"].current_figures()  # what the day's-end timer runs
    assert deck_figures(again, store)[1] == 1
    again.controllers["study"].start_study(all_topics=True)
    assert again.current_qid == buried


def test_bury_while_browsing_buries_the_selected_question_and_ctrl_z_undoes(
    qtbot, make_window, store
):
    window = make_window(show=True)
    qtbot.waitUntil(lambda: deck_figures(window, store) == (0, 6))
    lr = qid(store, LR)
    window.controllers["browse"].show_question(lr)
    assert window.act_bury.isEnabled()
    window.act_bury.trigger()  # Study → Bury Question
    assert set(store.buried_until(0)) == {lr}
    assert "Buried until tomorrow" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: deck_figures(window, store) == (0, 5))
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.buried_until(0) == {}
    qtbot.waitUntil(lambda: deck_figures(window, store) == (0, 6))
    # Bury again on a buried question takes it back (Anki's toggle in its browser).
    window.act_bury.trigger()
    window.act_bury.trigger()
    assert store.buried_until(0) == {}


def test_minus_while_browsing_buries_a_selected_question_and_collapses_a_topic(
    qtbot, make_window, store
):
    """ "-" did nothing while browsing though Study → Bury Question worked there: the key
    works wherever the action is enabled, and the menu names it. On a topic or deck
    row Bury is off and "-" stays the tree's (collapse)."""
    window = make_window(show=True)
    window.tree.setFocus()
    assert window.act_bury.shortcut().toString(NATIVE) == "-"  # what the Study menu shows
    for question in (LR, "What is a p-value?"):  # two topics' questions
        window.tree.select_question(qid(store, question))
        assert window.act_bury.isEnabled()
        press(qtbot, window, Qt.Key.Key_Minus)
        assert qid(store, question) in store.buried_until(0)
        assert "Buried until tomorrow" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Minus)  # again on a buried one: taken back
    assert set(store.buried_until(0)) == {qid(store, LR)}
    window.search.field.setFocus()  # typed into the search field, "-" is a hyphen
    qtbot.keyClicks(window.search.field, "bias-variance")
    assert window.search.field.text() == "bias-variance"
    assert set(store.buried_until(0)) == {qid(store, LR)}
    window.search.field.clear()
    window.tree.setFocus()

    optimization = topic_id(store, "Optimization")
    window.tree.select_topic(optimization)
    index = window.tree.currentIndex()
    window.tree.expand(index)
    assert not window.act_bury.isEnabled()  # greyed in the menu: nothing to bury
    press(qtbot, window, Qt.Key.Key_Minus)
    assert not window.tree.isExpanded(index)
    window.tree.select_deck(store.decks()[0].id)
    deck = window.tree.currentIndex()
    assert window.tree.isExpanded(deck)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert not window.tree.isExpanded(deck)
    assert set(store.buried_until(0)) == {qid(store, LR)}  # no question buried by it
    start_studying(qtbot, window, store)
    assert window.act_bury.shortcut().toString(NATIVE) == "-"


def test_the_study_day_a_bury_lasts_is_the_local_one(qtbot, make_window, store):
    """At 23:30 in UTC+5 the question comes back at that zone's midnight, half an hour
    on, not at UTC's."""
    clock = FakeClock(datetime(2030, 3, 1, 18, 30, tzinfo=UTC), tz=timezone(timedelta(hours=5)))
    window = make_window(show=True, clock=clock)
    start_studying(qtbot, window, store)
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)
    midnight = datetime(2030, 3, 1, 19, 0, tzinfo=UTC)
    assert store.buried_until(0) == {buried: int(midnight.timestamp() * 1000)}


def test_the_trees_right_click_menu_offers_bury_for_a_question(qtbot, make_window, store):
    window = make_window(show=True)
    gd = qid(store, GD)
    window.controllers["browse"].show_question(gd)
    node = window.tree.current_node()
    menu = window.controllers["editing"].context_menu(node)
    (bury,) = [a for a in menu.actions() if a.text().replace("&", "") == "Bury Question"]
    assert bury.isEnabled()
    bury.trigger()
    assert set(store.buried_until(0)) == {gd}
    topic_menu = window.controllers["editing"].context_menu(window.model.parent_node(node))
    assert "Bury Question" not in [a.text().replace("&", "") for a in topic_menu.actions()]


def test_the_shortcut_help_lists_bury(make_window):
    window = make_window()
    assert ("Bury Question", "-") in window.shortcut_rows()


def test_ctrl_z_right_after_the_session_ends_takes_its_last_bury_back(qtbot, make_window, store):
    """As with a grade: Esc ends the session, Ctrl+Z while browsing brings the session
    back on the question just buried, no longer buried."""
    window = make_window(show=True)
    start_studying(qtbot, window, store)
    buried = window.current_qid
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.mode == "browse"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.mode == "study" and window.current_qid == buried
    assert store.buried_until(0) == {}
    assert "Bury undone" in window.statusBar().currentMessage()


def test_a_buried_question_says_so_in_its_header_and_panel_while_browsing(
    qtbot, make_window, store
):
    """Browsing to a buried question, its header and the panel said "New · never
    studied", as if Study would ask it today."""
    window = make_window(show=True)
    qtbot.waitUntil(lambda: deck_figures(window, store) == (0, 6))
    lr = qid(store, LR)
    browse = window.controllers["browse"]
    browse.show_question(lr)
    window.act_bury.trigger()
    assert "Buried until tomorrow" in window.answer.header.meta.text()  # at once
    browse.show_question(qid(store, GD))  # away and back
    browse.show_question(lr)
    browse.update_panel()
    assert "Buried until tomorrow" in window.answer.header.meta.text()
    assert "Buried" in window.grading.status.text()
    assert "until tomorrow" in window.grading.status.text()
    assert "never studied" not in window.grading.status.text()
    window.act_bury.trigger()  # taken back
    browse.show_question(qid(store, GD))
    browse.show_question(lr)
    browse.update_panel()
    assert "Buried" not in window.answer.header.meta.text()
    assert "never studied" in window.grading.status.text()


def test_a_bury_while_browsing_says_what_changed_through_the_callable_it_is_given(
    make_window, store
):
    """SetAside emits none of the controller's signals: what a bury changed goes to the
    callable it was given (the controller hands it its own `changed`)."""
    window = make_window()
    study = window.controllers["study"]
    said = []
    aside = SetAside(
        study.ctx, window, study, study.pause, burial=lambda: study.store, changed=said.append
    )
    window.tree.select_question(qid(store, GD))
    aside.bury_selected()
    assert qid(store, GD) in store.buried_until(to_ms(study.ctx.clock.now()))
    assert said == [Changes(structure=True)]
