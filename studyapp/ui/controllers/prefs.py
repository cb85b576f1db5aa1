"""Preferences and help: the theme (View → Theme, following the system by default),
the answer's zoom, both remembered; the study plan's settings (Edit → Preferences…,
built from core.settings_schema and stored in the store); Optimize Scheduling (FSRS
fitted to the person's reviews, applied only on confirm); the keyboard-shortcut
help (generated from the actions table) and About.

A change to what schedules (desired retention, FSRS weights, learning and
relearning steps) replaces the scheduler in the context and emits
`scheduling_changed`: states and counts are recomputed with it, and the open study
session grades with it from the next grade on (wired in app.py). A change of the
daily limits (one number for every deck, each deck counting its own: Anki's default
preset), the daily goal or the learn-ahead limit emits `plan_changed`: the counts
shown and the open study session follow at once, as in Anki.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal

import studyapp
from studyapp.core import settings_schema as schema
from studyapp.core.html_escape import escape_html
from studyapp.core.model import StudyAppError
from studyapp.core.render import answer_css
from studyapp.core.scheduler import SpacedRepetition
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import K_THEME, K_ZOOM, MainWindow
from studyapp.ui.messages import RichText
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.style import flat_bars_in

SHORTCUT_NOTES = (
    "<p style='margin-top:10px'>Arrow keys move in the tree.</p>"
    "<p>Space and 1–4 reveal and grade in a study session (Ctrl+D); while browsing, "
    "the answer is already shown and they say how to start one.</p>"
    "<p>Ctrl+1–7 flag the question as in Anki (red, orange, green, blue, pink, "
    "turquoise, purple; the same key again takes the flag off); search "
    "<b>flag:1</b> or <b>is:flagged</b> to find flagged questions, <b>tag:sql</b> "
    "those tagged sql (<b>tag:Difficulty</b>: every Difficulty::…).</p>"
    "<p>In a mock interview, Space and 1–4 type into the answer or note box that has "
    "the focus: use <b>Ctrl+Enter</b> to reveal and <b>Ctrl+1–4</b> to grade there. "
    "After the reveal, Space grades Good, as in a study session; in the key points "
    "(Tab to them), Space ticks or unticks the focused point.</p>"
)


# What the scheduler is made from: a change replaces it (the open session's grades
# and the buttons' intervals follow at once; reviews already made stay as they were).
SCHEDULING = {
    schema.DESIRED_RETENTION,
    schema.FSRS_PARAMETERS,
    schema.LEARNING_STEPS,
    schema.RELEARNING_STEPS,
}


class PrefsController(Controller):
    scheduling_changed = Signal()  # ctx.scheduler was replaced (retention, weights, steps)
    plan_changed = Signal()  # the daily limits, the daily goal or the learn-ahead limit

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.preferences_dialog: Any = None
        self.optimize_dialog: Any = None
        self.optimize_runner: Any = None
        self.optimizer: Callable[..., Any] | None = None  # core.optimize.optimize; tests fake it
        # The microphones spoken mocks can record with (probed when Preferences opens;
        # tests pass a fake): the Microphone row shows only where there is one.
        self.find_microphones: Callable[[], tuple[str, ...]] = _microphones
        self.answer = shell.answer
        zoom = ctx.settings.value(K_ZOOM, 0)
        self.answer.set_zoom(int(zoom) if str(zoom).lstrip("-").isdigit() else 0)
        shell.theme_actions[ctx.theme.mode].setChecked(True)
        ctx.theme.changed.connect(self._on_theme_changed)
        shell.closing.connect(self.save)
        self._on_theme_changed(ctx.theme.effective)

    def set_theme_mode(self, mode: str) -> None:
        self.ctx.theme.set_mode(mode)
        self.shell.theme_actions[mode].setChecked(True)
        self.ctx.settings.setValue(K_THEME, mode)

    def _on_theme_changed(self, theme: str) -> None:
        self.shell.apply_theme(theme)
        self.answer.set_css(answer_css(theme))
        self.pane.rerender()  # code colours are rendered per theme

    def set_zoom(self, steps: int) -> None:
        self.ctx.settings.setValue(K_ZOOM, self.answer.set_zoom(steps))

    def zoom_in(self) -> None:
        self.set_zoom(self.answer.zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.answer.zoom - 1)

    def save(self) -> None:
        self.ctx.settings.setValue(K_THEME, self.ctx.theme.mode)
        self.ctx.settings.setValue(K_ZOOM, self.answer.zoom)

    # --- the study plan ------------------------------------------------------------------

    def open_preferences(self) -> Any:
        """Edit → Preferences… (Ctrl+,): the dialog built from the settings list, showing
        the stored values; OK stores them. Returns the dialog (open, not modal-blocking)."""
        if self.refuse_if_read_only("Changing preferences"):
            return None
        from studyapp.ui.preferences_dialog import PreferencesDialog

        microphones = self.find_microphones()
        specs = [
            spec._replace(choices=("", *microphones)) if spec.key == schema.MICROPHONE else spec
            for spec in schema.SETTINGS
            if spec.key != schema.MICROPHONE or microphones
        ]
        dialog = PreferencesDialog(schema.load_settings(self.store), self.shell, specs=specs)
        flat_bars_in(dialog, self.ctx.theme.effective)  # its check box seen, plain buttons
        dialog.accepted.connect(lambda: self.save_preferences(dialog.values()))
        self.preferences_dialog = dialog
        dialog.open()
        return dialog

    def save_preferences(self, values: dict[str, Any]) -> None:
        """Store the settings that changed; a new scheduler if scheduling did."""
        before = schema.load_settings(self.store)
        try:
            # Every value read before any is stored: one refused stores none.
            values = {key: schema.setting(key).coerce(value) for key, value in values.items()}
        except ValueError as exc:
            self.ctx.messages.warn("Preferences not saved", str(exc))
            return
        changed = [key for key, value in values.items() if before.get(key) != value]
        try:
            for key in changed:
                schema.write(self.store, key, values[key])
        except (StudyAppError, ValueError) as exc:
            self.show_write_error("Could not save the preferences", exc)
            return
        if SCHEDULING & set(changed):
            self._reschedule()
        plan = {schema.NEW_PER_DAY, schema.REVIEWS_PER_DAY, schema.DAILY_GOAL, schema.LEARN_AHEAD}
        if plan & set(changed):
            self.plan_changed.emit()
        if schema.LINE_BREAKS_KEY in changed:  # every answer reads its lines anew
            self.pane.forget_rendered()
            self.pane.rerender()
        self.status("Preferences saved." if changed else "Preferences unchanged.", 3000)

    def _reschedule(self) -> None:
        self.ctx.scheduler = SpacedRepetition.from_settings(schema.load_settings(self.store))
        self.scheduling_changed.emit()

    def open_optimize(self) -> Any:
        """Study → Optimize Scheduling…: fit FSRS to the review log on a worker thread,
        show what it changes, apply on confirm. Returns the dialog."""
        if self.refuse_if_read_only("Optimizing the scheduling"):
            return None
        from studyapp.core import optimize
        from studyapp.ui.optimize_dialog import OptimizeDialog, OptimizeRunner

        store = self.store
        reviews = store.reviews()
        settings = schema.load_settings(store)
        deck_size = store.question_count()
        tz = self.ctx.clock.timezone()
        fit = self.optimizer or optimize.optimize

        def compute() -> Any:  # on the worker thread: no Qt, no store
            return fit(reviews, settings, tz, deck_size=deck_size)

        dialog = OptimizeDialog(len(reviews), self.shell)
        flat_bars_in(dialog, self.ctx.theme.effective)  # its Close without the black ✗
        dialog.apply_requested.connect(self.apply_fit)
        self.optimize_dialog = dialog
        dialog.open()
        if len(reviews) < optimize.MIN_REVIEWS:  # no thread for a known answer
            dialog.show_outcome(f"{optimize.NotEnoughReviews(len(reviews))}.")
        else:
            runner = OptimizeRunner(dialog, dialog.show_outcome, self.ctx.thread_pool)
            self.optimize_runner = runner
            runner.start(compute)
        return dialog

    def apply_fit(self, result: Any) -> None:
        from studyapp.core import optimize

        try:
            optimize.apply(self.store, result)
        except (StudyAppError, ValueError) as exc:
            self.show_write_error("Could not apply the fitted parameters", exc)
            return
        self._reschedule()
        self.status("Scheduling uses your fitted FSRS parameters from the next grade on.", 6000)

    # --- help ------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        keys_by_name: dict[str, list[str]] = {}
        for name, keys in self.shell.shortcut_rows():
            keys_by_name.setdefault(name, []).append(keys)
        cells = [
            f"<td nowrap>{escape_html(name)}</td><td nowrap><b>"
            + "</b> or <b>".join(escape_html(k) for k in keys)
            + "</b></td>"
            for name, keys in keys_by_name.items()
        ]
        # Two columns side by side: one list of them all is taller than a laptop's screen.
        half = (len(cells) + 1) // 2
        rows = "".join(
            f"<tr>{left}<td width='24'></td>{right}</tr>"
            for left, right in zip(cells[:half], [*cells[half:], ""], strict=False)
        )
        self.ctx.messages.reference(
            "Keyboard shortcuts", f"<table cellpadding='3'>{rows}</table>{SHORTCUT_NOTES}"
        )

    def show_about(self) -> None:
        self.ctx.messages.info(
            "About StudyApp",
            RichText(
                f"<b>StudyApp {studyapp.__version__}</b><p>Study AI/ML interview questions"
                " offline: your Markdown notes as a question bank, with spaced repetition"
                " (FSRS).</p>"
            ),
        )


def _microphones() -> tuple[str, ...]:
    """The microphones QtMultimedia finds; none without the voice extra or a device."""
    from studyapp.ui.voice import probe

    support = probe()
    return support.microphones if support.recording else ()
