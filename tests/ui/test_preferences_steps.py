"""Learning and relearning steps in Preferences (Ctrl+,), typed as in Anki: a round trip
through the store, a bad entry refused by name with nothing saved, and the grade
buttons' intervals of an open study session following the new steps at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from studyapp.core import settings_schema as schema
from studyapp.ui.preferences_dialog import PreferencesDialog
from tests.helpers.idle import until_idle
from tests.ui.conftest import topic_id

STEP_KEYS = {schema.LEARNING_STEPS, schema.RELEARNING_STEPS}


def open_prefs(window):
    controller = window.controllers["prefs"]
    controller.find_microphones = lambda: ()  # no system probe in tests
    return controller.open_preferences()


def hints(window) -> str:
    """The four grade buttons' intervals ("1m / 6m / 10m / 8d")."""
    buttons = window.grading.grade_buttons
    return " / ".join(buttons[rating].text().split("\n")[1] for rating in (1, 2, 3, 4))


def test_steps_round_trip_through_preferences(make_window, store):
    window = make_window()
    dialog = open_prefs(window)
    learning = dialog.editors[schema.LEARNING_STEPS]
    assert isinstance(learning, QLineEdit)
    assert learning.text() == "1m 10m"
    assert dialog.editors[schema.RELEARNING_STEPS].text() == "10m"
    learning.setText("2M 15 1h")  # Anki's way of writing them, a bare number is minutes
    dialog.editors[schema.RELEARNING_STEPS].setText("")  # none: a lapse keeps days
    dialog.accept()
    assert not dialog.isVisible()
    stored = schema.load_settings(store)
    assert stored[schema.LEARNING_STEPS] == "2m 15m 1h"
    assert stored[schema.RELEARNING_STEPS] == ""
    minutes = [td.total_seconds() / 60 for td in window.scheduler.learning_steps]
    assert minutes == [2, 15, 60] and window.scheduler.relearning_steps == ()
    again = open_prefs(window)  # shown as stored
    assert again.editors[schema.LEARNING_STEPS].text() == "2m 15m 1h"
    assert again.editors[schema.RELEARNING_STEPS].text() == ""
    # An empty field says what it means, not the default it does not use.
    assert again.editors[schema.RELEARNING_STEPS].placeholderText() == "none"
    again.restore_defaults()
    assert again.editors[schema.LEARNING_STEPS].text() == "1m 10m"
    again.accept()
    assert schema.load_settings(store)[schema.LEARNING_STEPS] == "1m 10m"


@pytest.mark.parametrize(
    ("key", "typed", "named"),
    [
        (schema.LEARNING_STEPS, "1m 5x", "5x"),
        (schema.LEARNING_STEPS, "-1m", "-1m"),
        (schema.LEARNING_STEPS, "0m 10m", "0m"),
        (schema.RELEARNING_STEPS, "10 minutes", "minutes"),
    ],
)
def test_a_bad_step_is_refused_by_name_and_nothing_is_saved(make_window, store, key, typed, named):
    window = make_window()
    before = schema.load_settings(store)
    dialog = open_prefs(window)
    dialog.editors[schema.NEW_PER_DAY].setValue(7)  # changed too: not saved either
    dialog.editors[key].setText(typed)
    dialog.accept()
    assert dialog.isVisible()  # OK did not close it
    problem = dialog.problems[key]
    assert not problem.isHidden()
    assert f'"{named}" is not a step' in problem.text()
    assert schema.setting(key).label in problem.text()
    assert schema.load_settings(store) == before
    # Put right, OK saves everything and the message goes.
    dialog.editors[key].setText("3m")
    dialog.accept()
    assert not dialog.isVisible() and problem.isHidden()
    stored = schema.load_settings(store)
    assert stored[key] == "3m" and stored[schema.NEW_PER_DAY] == 7


@pytest.mark.parametrize(
    ("key", "typed", "retyped", "named"),
    [
        (schema.LEARNING_STEPS, "1m 5x", "1m 5y", "5y"),
        (schema.RELEARNING_STEPS, "10 minutes", "10 mins", "mins"),
    ],
)
def test_a_refused_step_says_so_only_until_it_is_put_right(qtbot, key, typed, retyped, named):
    """A tester put a refused step right and the red line stayed until OK. It follows
    the text once OK has refused it: a new reason while it is still wrong, gone as
    soon as it reads."""
    dialog = PreferencesDialog({}, specs=schema.SETTINGS)
    qtbot.addWidget(dialog)
    dialog.editors[key].setText(typed)
    dialog.accept()
    problem = dialog.problems[key]
    assert not problem.isHidden()
    dialog.editors[key].setText(retyped)
    assert not problem.isHidden() and f'"{named}" is not a step' in problem.text()
    dialog.editors[key].setText("2m 20m")
    assert problem.isHidden()
    # Before OK has said anything, typing does not scold a step half written.
    other = next(k for k in dialog.problems if k != key)
    dialog.editors[other].setText("1")
    dialog.editors[other].setText("1q")
    assert dialog.problems[other].isHidden()


@pytest.mark.parametrize(
    "refused",
    [(schema.LEARNING_STEPS,), (schema.RELEARNING_STEPS,), tuple(sorted(STEP_KEYS))],
)
def test_every_help_line_stays_whole_beside_a_refused_step(qtbot, refused):
    """After OK refused a step, the help line of a row further down was squeezed to a
    line and a half (the form kept the rows' old heights). Every wrapped line of the
    dialog is as tall as its text, while refused and once put right."""
    dialog = PreferencesDialog({}, specs=schema.SETTINGS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    until_idle()  # as the person sees it, before typing
    for key in refused:
        dialog.editors[key].setText("1m 5x")
    dialog.accept()
    assert all(not dialog.problems[key].isHidden() for key in refused)
    until_idle()
    assert all(dialog.problems[key].height() > 0 for key in refused)
    assert not cut_lines(dialog)
    for key in refused:
        dialog.editors[key].setText("1m")
    assert all(dialog.problems[key].isHidden() for key in refused)
    until_idle()
    assert not cut_lines(dialog)


def cut_lines(dialog) -> list[str]:
    """The wrapped lines shown shorter than their text."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisible()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_a_refused_value_reaching_the_controller_saves_nothing(make_window, store):
    """What the dialog would refuse, given straight to save_preferences (another caller):
    one bad value stores none of the others."""
    window = make_window()
    before = schema.load_settings(store)
    window.controllers["prefs"].save_preferences(
        {**before, schema.DAILY_GOAL: 55, schema.RELEARNING_STEPS: "10m 2y"}
    )
    assert schema.load_settings(store) == before
    kind, _title, text = window.messages.shown[-1]
    assert kind == "warn" and '"2y" is not a step' in text


def test_the_grade_buttons_follow_the_steps_set_mid_session(make_window, store, clock):
    window = make_window()
    window.tree.select_topic(topic_id(store, "Statistics"))
    window.controllers["study"].start_study()
    window.reveal()
    assert hints(window) == "1m / 6m / 10m / 8d"
    dialog = open_prefs(window)
    dialog.editors[schema.LEARNING_STEPS].setText("2m 15m")
    dialog.accept()
    assert hints(window) == "2m / 8m / 15m / 8d"  # the answer still shown, new intervals
    first = window.current_qid
    window.grade(3)  # Good: the 15-minute step, as the button said
    assert window.scheduler.due(store.card_json(first)) == clock.now() + timedelta(minutes=15)
    window.reveal()
    dialog = open_prefs(window)
    dialog.editors[schema.LEARNING_STEPS].setText("")  # no steps: straight to days
    dialog.accept()
    assert hints(window) == "1d / 1d / 2d / 8d"
