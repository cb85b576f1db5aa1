"""Edit → Preferences… and Study → Optimize Scheduling…: the dialog is built from the
settings list and round-trips through the store; the optimizer runs on a worker
thread and applies only on confirm (a fake optimizer result here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from studyapp.core import optimize
from studyapp.core import settings_schema as schema
from studyapp.core.optimize import Fit, OptimizeResult, Workload
from studyapp.core.scheduler import SpacedRepetition
from studyapp.ui.optimize_dialog import OptimizeDialog, OptimizeRunner
from studyapp.ui.preferences_dialog import PreferencesDialog

DEFAULTS = SpacedRepetition().parameters
FITTED = (DEFAULTS[0] * 1.5, *DEFAULTS[1:])


def fake_result(improved: bool = True) -> OptimizeResult:
    return OptimizeResult(
        reviews=512,
        items=400,
        before_parameters=DEFAULTS,
        parameters=FITTED,
        before=Fit(0.40, 0.06),
        after=Fit(0.30 if improved else 0.45, 0.03),
        workload_before=Workload(0.9, 31.0, 20.0),
        workload=Workload(0.9, 24.0, 20.0),
    )


def prefs(window, microphones=()):
    controller = window.controllers["prefs"]
    controller.find_microphones = lambda: tuple(microphones)  # no system probe in tests
    return controller


def test_one_editor_per_setting_by_its_type(make_window):
    window = make_window()
    assert QKeySequence("Ctrl+,") in window.actions_by_id["preferences"].shortcuts()
    dialog = prefs(window).open_preferences()
    # no microphone here: its row is not offered
    assert set(dialog.editors) == {s.key for s in schema.SETTINGS} - {schema.MICROPHONE}
    assert isinstance(dialog.editors[schema.NEW_PER_DAY], QSpinBox)
    retention = dialog.editors[schema.DESIRED_RETENTION]
    assert isinstance(retention, QDoubleSpinBox)
    assert (retention.minimum(), retention.maximum()) == (0.70, 0.97)
    assert isinstance(dialog.editors[schema.WATCH_SOURCES], QCheckBox)  # the one bool
    dialog.reject()


def test_every_help_line_of_the_preferences_shows_whole(qtbot, make_window):
    window = make_window(show=True)
    dialog = prefs(window).open_preferences()
    qtbot.waitExposed(dialog)
    notes = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert notes
    for label in notes:  # each as tall as its wrapped text (none cut in half)
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    dialog.reject()


def test_the_microphone_is_chosen_from_those_found(make_window, store):
    window = make_window()
    dialog = prefs(window, microphones=("USB mic", "Built-in")).open_preferences()
    microphone = dialog.editors[schema.MICROPHONE]
    assert isinstance(microphone, QComboBox)
    assert [microphone.itemText(i) for i in range(microphone.count())] == [
        "",
        "USB mic",
        "Built-in",
    ]
    assert microphone.currentText() == ""  # empty: the system's default
    microphone.setCurrentText("USB mic")
    dialog.accept()
    assert schema.load_settings(store)[schema.MICROPHONE] == "USB mic"


def test_a_text_setting_with_choices_is_a_combo_box(qtbot):
    spec = schema.Setting("test.pick", str, "b", "Pick", "One of three.", choices=("a", "b", "c"))
    dialog = PreferencesDialog({"test.pick": "c"}, specs=[spec])
    qtbot.addWidget(dialog)
    combo = dialog.editors["test.pick"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["a", "b", "c"]
    assert dialog.values() == {"test.pick": "c"}
    dialog.restore_defaults()
    assert dialog.values() == {"test.pick": "b"}
    assert spec.coerce("a") == "a"
    with pytest.raises(ValueError):
        spec.coerce("d")  # not one of the choices


def test_preferences_round_trip(make_window, store):
    window = make_window()
    dialog = prefs(window).open_preferences()
    dialog.editors[schema.NEW_PER_DAY].setValue(5)
    dialog.editors[schema.DESIRED_RETENTION].setValue(0.85)
    dialog.editors[schema.DAILY_GOAL].setValue(40)
    dialog.accept()
    stored = schema.load_settings(store)
    assert stored[schema.NEW_PER_DAY] == 5
    assert stored[schema.DESIRED_RETENTION] == 0.85
    assert stored[schema.DAILY_GOAL] == 40
    assert window.scheduler.desired_retention == 0.85  # scheduling follows at once
    again = prefs(window).open_preferences()
    assert again.values() == {k: v for k, v in stored.items() if k != schema.MICROPHONE}
    again.restore_defaults()
    again.reject()  # Cancel stores nothing
    assert schema.load_settings(store) == stored


def test_a_new_daily_plan_shows_at_once_in_the_counts_and_the_statistics(qtbot, make_window):
    window = make_window(show=True)
    stats = window.controllers["insights"].show_statistics()
    qtbot.waitUntil(lambda: stats.heatmap.goal.goal == 20)
    assert "(" not in window.totals_label.text()  # 6 new, within 20 a day
    dialog = prefs(window).open_preferences()
    dialog.editors[schema.NEW_PER_DAY].setValue(2)
    dialog.editors[schema.DAILY_GOAL].setValue(40)
    dialog.accept()
    assert window.totals_label.text() == "6 questions · 0 due · 6 new (2 today)"
    qtbot.waitUntil(lambda: stats.heatmap.goal.goal == 40)


def test_optimize_below_the_minimum_says_how_many_more(make_window):
    window = make_window()
    dialog = prefs(window).open_optimize()
    assert f"{optimize.MIN_REVIEWS} more" in dialog.text.text()
    assert not dialog.apply_button.isEnabled()


def test_optimize_runs_on_a_worker_and_applies_only_on_confirm(
    qtbot, make_window, store, monkeypatch
):
    monkeypatch.setattr(optimize, "MIN_REVIEWS", 0)
    window = make_window()
    calls = []

    def fake(reviews, settings, tz, *, deck_size):
        calls.append((len(reviews), deck_size))
        return fake_result()

    prefs(window).optimizer = fake
    dialog = prefs(window).open_optimize()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert calls == [(0, 6)]
    text = dialog.text.text()
    assert "Log loss 0.4000 → 0.3000" in text and "RMSE 6.00 % → 3.00 %" in text
    assert "about 24 reviews a day" in text
    assert schema.read(store, schema.FSRS_PARAMETERS) is None  # nothing until Apply
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert schema.read(store, schema.FSRS_PARAMETERS) == list(FITTED)
    assert window.scheduler.parameters == FITTED


def test_a_fit_that_does_not_improve_cannot_be_applied(qtbot):
    dialog = OptimizeDialog(512)
    qtbot.addWidget(dialog)
    runner = OptimizeRunner(dialog, dialog.show_outcome)
    runner.start(lambda: fake_result(improved=False))
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert "no better" in dialog.text.text()
    assert not dialog.apply_button.isEnabled()


def test_the_first_setting_takes_the_keys_when_preferences_open(qtbot):
    """A new user opened Preferences (Ctrl+,) and typed a daily limit: nothing had the
    focus, and the number went nowhere. The first setting has it, its value selected,
    so typing replaces it."""
    dialog = PreferencesDialog({}, specs=schema.SETTINGS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = next(iter(dialog.editors.values()))
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    focused = dialog.focusWidget()
    assert focused is first or first.isAncestorOf(focused)
    assert isinstance(first, QSpinBox)  # new questions a day: typed over
    qtbot.keyClicks(focused, "7")
    assert first.value() == 7


def test_line_breaks_in_answers_are_chosen_in_preferences(qtbot, make_window, tmp_path):
    # Two formula lines of a GitHub-style Markdown deck read as one run-on line, and
    # only a setting inside the store could change that.
    from studyapp.core.render import DECK_LINE_BREAKS
    from studyapp.core.store import Store
    from tests.ui.conftest import make_doc

    with Store.open(tmp_path / "lines.sqlite3") as store:
        answer = "Precision = TP / (TP + FP)\nRecall = TP / (TP + FN)"
        store.import_document(
            make_doc([("What are precision and recall?", ("Metrics",), answer)]),
            str(tmp_path / "metrics.md"),
            "h",
        )
        (deck,) = store.decks()
        store.set_setting(DECK_LINE_BREAKS.format(deck_id=deck.id), "space")
        window = make_window(store=store, show=True)
        window.controllers["pane"].select(store.questions()[0].id)
        text = window.answer.browser.toPlainText()
        assert "TP + FP) Recall" in text  # joined, as the deck's Markdown means

        dialog = prefs(window).open_preferences()
        lines = dialog.editors[schema.LINE_BREAKS_KEY]
        assert lines.currentText() == "As each notes file writes them"
        lines.setCurrentIndex(lines.findText("Always a new line"))
        dialog.accept()
        assert schema.load_settings(store)[schema.LINE_BREAKS_KEY] == "break"
        shown = window.answer.browser.toPlainText()
        assert "TP + FP) Recall" not in shown and "Recall = TP / (TP + FN)" in shown
        window.close()


def _wheel(widget, steps: int = -1) -> bool:
    """One notch of the mouse wheel over `widget`; whether the widget took it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_scrolls_past_the_editors_it_passes_over(qtbot, make_window):
    """Scrolling the form over a spin box or combo box left its value alone (Desired
    retention 0.90 went 0.88, Line breaks flipped): an editor not being edited lets
    the wheel go on to the scroll area; one clicked into still takes it."""
    window = make_window(show=True)
    dialog = prefs(window).open_preferences()
    qtbot.waitExposed(dialog)
    wheeled = [
        e for e in dialog.editors.values() if isinstance(e, QSpinBox | QDoubleSpinBox | QComboBox)
    ]
    assert any(isinstance(e, QComboBox) for e in wheeled)
    dialog.editors[schema.WATCH_SOURCES].setFocus()  # the focus on no wheeled editor
    before = dialog.values()
    for editor in wheeled:
        assert editor.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
        assert not _wheel(editor), editor.objectName()  # left for the scroll area
        assert not _wheel(editor, steps=1), editor.objectName()
    assert dialog.values() == before
    retention = dialog.editors[schema.DESIRED_RETENTION]
    retention.setFocus()
    qtbot.waitUntil(retention.hasFocus)
    _wheel(retention)
    assert dialog.values()[schema.DESIRED_RETENTION] == pytest.approx(
        before[schema.DESIRED_RETENTION] - 0.01
    )
    dialog.reject()
