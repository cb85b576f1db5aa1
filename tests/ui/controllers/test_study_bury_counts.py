"""The counts a person sees agree after a bury: the study session's "left in this
session" and the status bar's "today" figures (what the daily limits still let
through) count the same questions, after a bury, after its undo and across the day's
rollover. Before, a bury under a daily limit took a question out of the session for
good (its place stayed empty) while the status bar still offered the limit's full
count: "5 new (3 today)" beside "2 new left in this session"."""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.core import settings_schema as schema
from studyapp.core.clock import FakeClock
from studyapp.core.study import next_day_start
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
LATE = datetime(2030, 3, 1, 23, 50, tzinfo=UTC)


def bar_today(window) -> tuple[int, int]:
    """(due, new) today as the status bar says them: "5 new (3 today)" is 3."""
    text = window.totals_label.text()
    found = []
    for what in ("due", "new"):
        match = re.search(rf"(\d+) {what}(?: \((\d+) today\))?", text)
        assert match, text
        found.append(int(match.group(2) or match.group(1)))
    return found[0], found[1]


def panel_left(window) -> tuple[int, int] | str:
    """(learning + review, new) left in the session as its panel says them (what it
    says instead when it shows no counts: the session is done)."""
    text = re.sub("<[^>]+>", "", window.grading.status.text())
    found = [re.search(rf"(\d+) {w}", text) for w in ("new", "learning", "review")]
    if not all(found):
        return text
    new, learning, review = (int(match.group(1)) for match in found)
    return learning + review, new


def agree(qtbot, window) -> tuple[int, int]:
    """The panel's counts once the status bar has caught up with them (the tree's
    figures are counted again in idle time after a bury)."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: bar_today(window) == panel_left(window), timeout=2000)
    left = panel_left(window)
    assert left == bar_today(window), window.totals_label.text()
    return left


@pytest.mark.parametrize("per_day", [3, 4])
def test_a_bury_under_a_daily_limit_leaves_the_session_and_the_bar_agreeing(
    qtbot, make_window, store, per_day
):
    schema.write(store, schema.NEW_PER_DAY, per_day)
    window = make_window(show=True)
    qtbot.waitUntil(lambda: "6 new" in window.totals_label.text())
    window.controllers["study"].start_study(all_topics=True)
    assert agree(qtbot, window) == (0, per_day)
    press(qtbot, window, Qt.Key.Key_Minus)  # bury: the next new question takes its place
    assert agree(qtbot, window) == (0, per_day)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert agree(qtbot, window) == (0, per_day)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the bury undone: still the limit, not more
    assert agree(qtbot, window) == (0, per_day)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4)  # one new question studied: one fewer today
    assert agree(qtbot, window) == (0, per_day - 1)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert agree(qtbot, window) == (0, per_day - 1)
    # Of six, one studied and two buried: three left. Two more buried leave fewer
    # than the limit allows: the counts fall together.
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert agree(qtbot, window) == (0, 1)


def test_what_was_buried_comes_back_in_both_at_the_day_s_rollover(qtbot, make_window, store):
    schema.write(store, schema.NEW_PER_DAY, 2)
    clock = FakeClock(LATE)
    window = make_window(show=True, clock=clock)
    qtbot.waitUntil(lambda: "6 new" in window.totals_label.text())
    window.controllers["study"].start_study(all_topics=True)
    for _ in range(5):
        press(qtbot, window, Qt.Key.Key_Minus)
    assert agree(qtbot, window) == (0, 1)  # one question is not buried
    clock.current = next_day_start(clock) + timedelta(seconds=1)
    window.controllers["study"].day_timer.timeout.emit()  # what the day timer does
    window.controllers["browse"].figures._clock_timer.timeout.emit()
    assert agree(qtbot, window) == (0, 2)  # the new day's two, the buried ones back
    assert "6 new (2 today)" in window.totals_label.text()
