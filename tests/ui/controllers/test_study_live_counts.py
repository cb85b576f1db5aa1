"""Live counts on a fake clock: the status bar, the tree and the Study button follow
a grade at once and the clock through one timer set to the next change."""

from __future__ import annotations

from datetime import timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from studyapp.core import settings_schema as schema
from studyapp.core.clock import FakeClock
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.study import to_ms
from studyapp.ui.topic_tree import DECK, TOPIC

from ..conftest import T0, topic_id


def totals(window) -> str:
    return window.totals_label.text()


def test_counts_follow_a_grade_and_the_clock(qtbot, make_window, store, clock):
    window = make_window()
    assert totals(window) == "6 questions · 0 due · 6 new"
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    window.controllers["study"].start_study()
    window.reveal()
    # Again: due again in a minute, within the learn-ahead limit: due, as Study shows
    # it at once (as Anki counts it); the session's panel says 1 learning.
    window.grade(1)
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 1 due (1 learning) · 5 new")
    window.controllers["study"].stop_study()
    browse = window.controllers["browse"]
    timer = browse.figures._clock_timer
    # One timer, set to the moment the failed question falls due (no polling).
    assert timer.isActive() and timer.isSingleShot()
    assert 55_000 <= timer.remainingTime() <= 61_000
    clock.advance(minutes=2)
    timer.timeout.emit()  # what the timer does when that minute is up
    assert totals(window) == "6 questions · 1 due (1 learning) · 5 new"
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   1 due · 1 new"
    node = window.tree.current_node()
    assert (node.due, node.new) == (1, 1)


def test_the_study_button_and_the_status_bar_count_within_today_s_limits(
    qtbot, make_window, store, clock
):
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window()
    browse = window.controllers["browse"]
    browse.refresh_progress()
    assert totals(window) == "6 questions · 0 due · 6 new (1 today)"
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   0 due · 1 new"
    window.controllers["study"].start_study()
    window.reveal()
    window.grade(4)  # Easy: today's one new question is done
    window.controllers["study"].stop_study()
    window.tree.select_topic(statistics)
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 0 due · 5 new (0 today)")
    # What a session would offer: nothing today, and the button says why (it said a
    # bare "Study", as if the topic had nothing left).
    assert window.grading.study_button.text() == "Study   daily limits reached"
    # At midnight the limits start again: the timer wakes for it.
    timer = browse.figures._clock_timer
    assert timer.isActive() and timer.remainingTime() <= 15 * 3_600_000 + 100
    clock.advance(hours=15)  # T0 is 09:00 UTC
    timer.timeout.emit()
    assert totals(window) == "6 questions · 0 due · 5 new (1 today)"
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   0 due · 1 new"


def test_today_is_the_clock_s_day_where_the_person_is(make_window, store):
    # 09:00 UTC is 19:00 ten hours east. A new question first studied at 20:00 UTC the
    # evening before was studied this morning there: today's one new question is taken.
    schema.write(store, schema.NEW_PER_DAY, 1)
    studied = T0 - timedelta(hours=13)
    qid = store.questions()[0].id
    card, due = SpacedRepetition().grade(None, 3, studied)
    store.record_review(qid, 3, 20.0, "study", card, due, to_ms(studied))
    east = make_window(clock=FakeClock(T0, tz=timezone(timedelta(hours=10))))
    assert totals(east).endswith("5 new (0 today)")
    east.close()
    at_greenwich = make_window(clock=FakeClock(T0))
    assert totals(at_greenwich).endswith("5 new (1 today)")


def test_a_deck_overview_follows_the_clock_and_a_done_page_leaves_space_alone(
    qtbot, make_window, store, clock
):
    """A new user left a deck's overview open while learning steps fell due: the tree
    and the Study button said "1 due", the page still "0 due". The overview follows
    the figures as the tree does. And the page that ends a session gives its first
    button the focus for Return, not for Space: pressed to reveal out of habit, it
    opened Preferences."""
    schema.write(store, schema.NEW_PER_DAY, 1)
    window = make_window(show=True)
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    study = window.controllers["study"]
    study.start_study()
    window.reveal()
    window.grade(4)  # Easy: today's one new question is done
    assert "Today's plan is done" in window.answer.notice_label.text()
    buttons = [b for b in window.answer.findChildren(QPushButton) if b.isVisible()]
    assert any(b.text() == "Raise the daily limits…" for b in buttons)
    assert [b.text() for b in buttons if b.hasFocus()] == ["Raise the daily limits…"]
    # Space pressed where the focus is, as a person revealing out of habit would:
    # Preferences does not open.
    opened: list[bool] = []
    study.preferences_requested.connect(lambda: opened.append(True))
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert opened == []
    assert "Today's plan is done" in window.answer.notice_label.text()
    study.stop_study()

    schema.write(store, schema.NEW_PER_DAY, 20)
    schema.write(store, schema.LEARN_AHEAD, 0)  # a step due in a minute: not due yet
    browse = window.controllers["browse"]
    browse.plan_changed()
    window.tree.select_topic(statistics)
    study.start_study()
    window.reveal()
    window.grade(1)  # Again: due in a minute
    study.stop_study()
    window.tree.select_topic(statistics)
    qtbot.waitUntil(lambda: "0 due · 0 new" in window.answer.notice_label.text())
    clock.advance(minutes=2)
    browse.figures._clock_timer.timeout.emit()  # what the timer does when that minute is up
    assert " 1 due (1 learning) · " in window.answer.notice_label.text()


def test_the_study_button_is_disabled_and_says_why_where_nothing_is_to_study(
    qtbot, make_window, store
):
    """A new user pressed Study on a topic with no questions, and on one all studied,
    and got a "Nothing left to study" page: the button said a bare "Study". Now it
    says why there is nothing, is disabled, and its tooltip explains."""
    deck = store.decks()[0]
    empty = store.create_topic(deck.id, "Empty").id
    window = make_window(show=True)
    study = window.controllers["study"]
    button = window.grading.study_button

    window.tree.select_topic(empty)
    assert button.text() == "Study   no questions"
    assert not button.isEnabled() and button.isVisible()
    assert "no questions" in button.toolTip()

    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    assert button.isEnabled()
    study.start_study()
    for _ in range(2):
        window.reveal()
        window.grade(4)  # Easy: not due again for days
    study.stop_study()
    window.tree.select_topic(statistics)
    qtbot.waitUntil(lambda: button.text() == "Study   nothing due here")
    assert not button.isEnabled()
    assert "all caught up" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.mode.value == "browse"
    assert "Nothing left to study" not in window.answer.title.text()

    window.tree.select_topic(topic_id(store, "Optimization"))
    assert button.text() == "Study   0 due · 3 new" and button.isEnabled()


def test_a_question_s_topic_with_nothing_due_says_so_beside_a_due_elsewhere(
    qtbot, make_window, store, clock
):
    """One question selected, its topic all caught up, one question due in another
    topic: the button said a bare "nothing due" while the tree and the status bar said
    "1 due". It says the nothing is here; the tip says where the due one is."""
    from ..window_helpers import click_question

    window = make_window(show=True)
    study = window.controllers["study"]
    window.tree.select_topic(topic_id(store, "Statistics"))
    study.start_study()
    caught_up = window.current_qid
    for _ in range(2):
        window.reveal()
        window.grade(4)  # Easy: not due again for days
    study.stop_study()
    window.tree.select_topic(topic_id(store, "Optimization"))
    study.start_study()
    window.reveal()
    window.grade(1)  # Again: due again in a minute
    study.stop_study()
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 1 due (1 learning) · 3 new")
    clock.advance(minutes=2)
    window.controllers["browse"].figures._clock_timer.timeout.emit()
    assert totals(window).startswith("6 questions · 1 due")
    click_question(qtbot, window, caught_up)
    button = window.grading.study_button
    assert button.text() == "Study   nothing due here" and not button.isEnabled()
    assert "1 question is due in other topics" in button.toolTip()  # and where to go


def _tree_due(window, kind: str, key: int) -> int:
    """The Due the tree paints on a deck's or a topic's row."""
    return next(n.due for n in window.model._nodes if (n.kind, n.key) == (kind, key))


def _status_due(window) -> int:
    return int(totals(window).split(" · ")[1].split()[0])


def test_the_tree_counts_a_learning_step_due_as_the_status_bar_does(
    qtbot, make_window, store, clock
):
    """Again on a new question: due in a minute, within the learn-ahead limit, so the
    status bar and Study say 1 due; the tree's Due said 0 on the same screen."""
    window = make_window()
    statistics = topic_id(store, "Statistics")
    deck = store.decks()[0].id
    window.tree.select_topic(statistics)
    window.controllers["study"].start_study()
    window.reveal()
    window.grade(1)  # Again
    window.controllers["study"].stop_study()
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 1 due (1 learning) · 5 new")
    assert _tree_due(window, DECK, deck) == _tree_due(window, TOPIC, statistics) == 1
    window.tree.select_topic(statistics)
    assert window.grading.study_button.text() == "Study   1 due · 1 new"


def test_a_step_coming_within_the_learn_ahead_limit_is_due_in_both_at_once(
    qtbot, make_window, store, clock
):
    """A 10-minute step with a 4-minute limit: due to both 6 minutes on, when one timer
    wakes for it (it woke at the step's own moment, 4 minutes late for the status bar
    and the tree alike); a limit changed in Preferences counts it again."""
    schema.write(store, schema.LEARN_AHEAD, 4)
    window = make_window()
    statistics = topic_id(store, "Statistics")
    window.tree.select_topic(statistics)
    window.controllers["study"].start_study()
    window.reveal()
    window.grade(3)  # Good on a new question: a 10-minute step
    window.controllers["study"].stop_study()
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 0 due · 5 new")
    assert _tree_due(window, TOPIC, statistics) == 0
    browse = window.controllers["browse"]
    timer = browse.figures._clock_timer
    assert 6 * 60_000 - 1_000 <= timer.remainingTime() <= 6 * 60_000 + 1_000
    clock.advance(minutes=6)
    timer.timeout.emit()  # what the timer does when the 6 minutes are up
    assert totals(window) == "6 questions · 1 due (1 learning) · 5 new"
    assert _tree_due(window, TOPIC, statistics) == _status_due(window) == 1
    schema.write(store, schema.LEARN_AHEAD, 0)  # Preferences: no learning ahead
    browse.plan_changed()
    qtbot.waitUntil(lambda: totals(window) == "6 questions · 0 due · 5 new")
    assert _tree_due(window, TOPIC, statistics) == 0
