"""The Study button while a learning step is due soon: it says so and studies it. A
new user failed a question, ended the session and saw "Study   daily limits reached"
(or, with no new question held back, "nothing due here", disabled) while that
question was due again in under a minute, which a session shows at once (learn
ahead, 20 minutes by default)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from studyapp.core import settings_schema as schema
from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

PV = "What is a p-value?"
SAFE = "Is this answer safe?"


def fail_first_and_stop(qtbot, window, store, topic):
    window.tree.select_topic(topic_id(store, topic))
    window.controllers["study"].start_study()
    failed = window.current_qid
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_1)  # Again: its step is due in a minute
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.mode == "browse"
    return failed


@pytest.mark.parametrize(
    ("topic", "title", "new_per_day"),
    [("Statistics", PV, 1), ("Security", SAFE, 20)],
    ids=["the new one held back by the daily limit", "the topic's only question"],
)
def test_a_step_due_soon_is_what_the_study_button_offers(
    qtbot, make_window, store, clock, topic, title, new_per_day
):
    schema.write(store, schema.NEW_PER_DAY, new_per_day)
    window = make_window(show=True)
    failed = fail_first_and_stop(qtbot, window, store, topic)
    assert failed == qid(store, title)
    clock.advance(seconds=15)
    window.tree.select_topic(topic_id(store, topic))
    button = window.grading.study_button
    due_at = window.scheduler.due(store.card_json(failed))
    assert timedelta(0) < due_at - clock.now() < timedelta(minutes=1)
    # Within the learn-ahead limit a session shows it at once: it is due, as Anki
    # counts it, and the status bar says so (it said "0 due", and the button "1 coming
    # back at" a time that soon was past).
    qtbot.waitUntil(lambda: button.text() == "Study   1 due · 0 new")
    assert button.isEnabled()
    assert " 1 due (1 learning) · " in window.totals_label.text()
    if new_per_day == 20:  # its step falls due: still one due, never a time gone by
        clock.advance(minutes=1)
        window.controllers["browse"].figures._clock_timer.timeout.emit()  # the one timer, fired
        assert button.text() == "Study   1 due · 0 new"
        assert " 1 due (1 learning) · " in window.totals_label.text()
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == "study" and window.current_qid == failed
    assert window.grading.face == "hidden"


def test_two_steps_coming_back_at_two_times_say_from_the_first(qtbot, make_window, store, clock):
    """Two failed questions due at 16:17 and 16:22 read "2 coming back at 16:17" (past
    the learn-ahead limit: within it they are due)."""
    schema.write(store, schema.LEARN_AHEAD, 0)
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Statistics"))
    window.controllers["study"].start_study()
    failed = []
    for rating in (Qt.Key.Key_1, Qt.Key.Key_2):  # Again: back in a minute; Hard: later
        failed.append(window.current_qid)
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, rating)
    assert len(set(failed)) == 2
    press(qtbot, window, Qt.Key.Key_Escape)
    window.tree.select_topic(topic_id(store, "Statistics"))
    first, second = sorted(window.scheduler.due(store.card_json(q)) for q in failed)
    assert second - first >= timedelta(minutes=3)  # two times of day
    button = window.grading.study_button
    qtbot.waitUntil(lambda: "coming back" in button.text())
    assert button.text() == f"Study   2 coming back from {first:%H:%M}"
    assert f"the first at {first:%H:%M}" in button.toolTip()
    # The topic's page says it too, and offers its Study button for them.
    notice = window.answer.notice_label
    qtbot.waitUntil(lambda: f"2 coming back from {first:%H:%M}" in notice.text())
    assert any(
        b.text() == "Study this topic" and b.isVisible()
        for b in window.answer.findChildren(QPushButton)
    )


def test_without_learn_ahead_the_button_says_study_waits_for_it(qtbot, make_window, store):
    schema.write(store, schema.LEARN_AHEAD, 0)
    window = make_window(show=True)
    failed = fail_first_and_stop(qtbot, window, store, "Security")
    window.tree.select_topic(topic_id(store, "Security"))
    button = window.grading.study_button
    qtbot.waitUntil(lambda: "coming back" in button.text())
    assert button.isEnabled() and "Study waits for it" in button.toolTip()
    window.controllers["study"].start_study()
    assert window.grading.face == "waiting" and window.current_qid is None
    assert store.card_json(failed) is not None


def test_a_question_done_for_days_is_not_coming_back(qtbot, make_window, store, clock):
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Security"))
    window.controllers["study"].start_study()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4)  # Easy: days away
    press(qtbot, window, Qt.Key.Key_Escape)
    window.tree.select_topic(topic_id(store, "Security"))
    button = window.grading.study_button
    qtbot.waitUntil(lambda: button.text() == "Study   nothing due here")
    assert not button.isEnabled()


@pytest.mark.parametrize("topic", ["Security", "Statistics"])
def test_the_overview_says_it_too_and_its_button_studies_it(
    qtbot, make_window, store, clock, topic
):
    """The topic's page said "0 due · 0 new" and offered no Study button beside the
    panel's "1 coming back"."""
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, topic))
    study = window.controllers["study"]
    study.start_study()
    # the other question (Statistics has two) done for days, then one failed
    ratings = [Qt.Key.Key_1] if topic == "Security" else [Qt.Key.Key_4, Qt.Key.Key_1]
    for rating in ratings:
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, rating)
    failed = store.reviews()[-1].question_id
    study.stop_study()
    window.tree.select_topic(topic_id(store, topic))
    due_at = window.scheduler.due(store.card_json(failed))
    assert clock.now() < due_at  # not due yet, but within the learn-ahead limit: due
    qtbot.waitUntil(lambda: "1 due (1 learning) · 0 new ·" in window.answer.notice_label.text())
    # The one shown: an overview drawn again meanwhile (its figures refreshed) hides
    # its old buttons at once and deletes them at the next turn of the event loop.
    [study_button] = [
        b
        for b in window.answer.findChildren(QPushButton)
        if b.text() == "Study this topic" and b.isVisible()
    ]
    qtbot.mouseClick(study_button, Qt.MouseButton.LeftButton)
    assert window.mode == "study" and window.current_qid == failed
