"""Preferences and help: the theme (View → Theme, following the system by default),
the answer's zoom, both remembered; the keyboard-shortcut help (generated from the
actions table) and About."""

from __future__ import annotations

import html

import studyapp
from studyapp.core.render import answer_css
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import K_THEME, K_ZOOM, MainWindow
from studyapp.ui.question_pane import QuestionPane

SHORTCUT_NOTES = (
    "<p>Arrow keys move in the tree.</p>"
    "<p>In a mock interview, Space, 1–4, P and S type into the answer or note box "
    "that has the focus: use <b>Ctrl+Enter</b> to reveal, <b>Ctrl+1–4</b> to grade, "
    "<b>Ctrl+P</b> to pause and <b>Ctrl+Shift+S</b> to skip there. In the key "
    "points, Space ticks or unticks the focused point.</p>"
)


class PrefsController(Controller):
    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
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

    # --- help ------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        keys_by_name: dict[str, list[str]] = {}
        for name, keys in self.shell.shortcut_rows():
            keys_by_name.setdefault(name, []).append(keys)
        rows = "".join(
            f"<tr><td>{html.escape(name)}</td><td><b>"
            + "</b> or <b>".join(html.escape(k) for k in keys)
            + "</b></td></tr>"
            for name, keys in keys_by_name.items()
        )
        self.ctx.messages.info(
            "Keyboard shortcuts", f"<table cellpadding='3'>{rows}</table>{SHORTCUT_NOTES}"
        )

    def show_about(self) -> None:
        self.ctx.messages.info(
            "About StudyApp",
            f"<b>StudyApp {studyapp.__version__}</b><p>Study AI/ML interview questions offline: "
            "your Markdown notes as a question bank, with spaced repetition (FSRS).</p>",
        )
