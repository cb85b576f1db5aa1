"""The status bar says what is so now, and what it says reads at any width: a study
session that ended no longer says "Studying: …"; a message is cut with " …" to the
room it really has, whatever the labels beside it say after it came, and keeps a
share of the bar at 800 px (it was "…" alone); the labels make way, keeping what
tells them apart (the topic studied, the counts), their whole text in tooltips."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QLabel

from studyapp.core import settings_schema as schema
from tests.helpers.idle import until_idle

MODE = "Studying: AI and ML Questions / Supervised Learning & Classification"
TOTALS = "47 questions · 18 due (18 learning) · 16 new (0 today)"
CLEARED = "Cleared the search “churn prediction” to study Supervised Learning & Classification."
# Another message, of other words and length, and other labels.
SAVED = (
    "Saved in StudyApp only (notes.md would not read back as this edit); re-imports keep "
    "this edit, and Ctrl+Z takes it back."
)
MODE_2 = "Studying: Statistics (2 questions)"
TOTALS_2 = "1,204 questions · 312 due (40 learning) · 96 new (20 today)"


def settle(window) -> None:
    until_idle()
    window.statusBar().layout().activate()


def shown_message_room(window) -> int:
    """The px QStatusBar draws its message in: from 6 px in to 2 px before the first
    permanent widget shown (QStatusBarPrivate::messageRect)."""
    labels = (window.read_only_label, window.mode_label, window.totals_label)
    first = min((w for w in labels if w.isVisible()), key=lambda w: w.x())
    return first.x() - 2 - 6


def shown_text(label) -> str:
    """What a label draws (its `text()` is its whole text)."""
    return QLabel.text(label)


@pytest.mark.parametrize(
    ("width", "message", "mode", "totals"),
    [(1000, CLEARED, MODE, TOTALS), (800, CLEARED, MODE, TOTALS), (800, SAVED, MODE_2, TOTALS_2)],
)
def test_a_message_fits_the_room_the_labels_leave_it_even_when_they_change_after_it(
    qtbot, make_window, width, message, mode, totals
):
    window = make_window(show=True)
    window.resize(width, 600)
    qtbot.waitExposed(window)
    bar = window.statusBar()
    window.status(message, 8000)  # as the search is cleared, before the session starts
    window.mode_label.setText(mode)
    window.totals_label.setText(totals)
    settle(window)
    said = bar.currentMessage()
    metrics = bar.fontMetrics()
    assert metrics.horizontalAdvance(said) <= shown_message_room(window)
    assert said == message or said.endswith(" …")  # never cut off with no sign of it
    assert len(said) > 20  # its start reads: "Cleared the search …", not "…"
    assert html.escape(message, quote=False) in bar.toolTip()  # whole
    for label, whole in ((window.mode_label, mode), (window.totals_label, totals)):
        assert label.text() == whole
        drawn = shown_text(label)
        assert metrics.horizontalAdvance(drawn) <= label.contentsRect().width(), drawn
        if drawn != whole:
            assert whole in label.toolTip()
    # What tells them apart stays: the topic studied, the counts due and new.
    assert "Supervised Learning & Classification" in shown_text(window.mode_label) or (
        mode == MODE_2 and "Statistics" in shown_text(window.mode_label)
    )
    assert " due" in shown_text(window.totals_label)
    # The message gone: the labels have the bar again.
    bar.clearMessage()
    settle(window)
    if width >= 1000:
        assert shown_text(window.mode_label) == mode


@pytest.mark.parametrize("new_per_day", [2, 100])
def test_a_finished_session_no_longer_says_studying(make_window, store, new_per_day):
    """Ended on "Today's plan is done" (a daily limit) or "Nothing left to study"."""
    schema.write(store, schema.NEW_PER_DAY, new_per_day)
    window = make_window()
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    assert window.mode_label.text().startswith("Studying: ")
    while study.session.current() is not None:
        window.reveal()
        window.grade(4)
    page = window.answer.title.text()  # the page's header
    assert ("Today's plan is done" if new_per_day == 2 else "Nothing left to study") in page
    assert not window.mode_label.text().startswith("Studying")
    assert window.mode_label.text().startswith("Session finished: ")
    study.stop_study()
    assert window.mode_label.text() == ""
