"""A grade key (1–4) or Space pressed where it cannot act (browsing; a question not
yet revealed; a study session with nothing left to grade) says what to do instead,
in the status bar; before, the key did nothing and said nothing. Space still scrolls
an answer that can scroll.

The study controller owns one `KeyHints`, filtering the tree's and the answer
pane's keys, and clears its hint once the advice is followed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from studyapp.ui.ui_state import Mode, Tab

if TYPE_CHECKING:
    from studyapp.ui.context import AppContext
    from studyapp.ui.main_window import MainWindow

GRADE_KEYS = frozenset({Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4})
KEYPAD = Qt.KeyboardModifier.KeypadModifier
HINT_MS = 6000


class KeyHints(QObject):
    def __init__(self, ctx: AppContext, shell: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell
        self._hint: str | None = None  # the hint in the status bar, until followed
        for widget in (shell.tree, shell.answer, shell.answer.browser):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        grade = key in GRADE_KEYS
        if not (grade or key == Qt.Key.Key_Space) or event.modifiers() & ~KEYPAD:
            return False
        hint = self.hint(grade, watched)
        if hint is None:
            return False
        self._hint = hint
        self.shell.status(hint, HINT_MS)
        return True

    def clear(self) -> None:
        """The hint's advice is followed (the answer revealed): it goes."""
        bar = self.shell.statusBar()
        if self._hint and bar.currentMessage() == self._hint:
            bar.clearMessage()
        self._hint = None

    def hint(self, grade: bool, watched: QObject) -> str | None:
        """What a grade key (`grade`) or Space pressed on `watched` should say; None
        where the key acts, or has nothing to say."""
        shell = self.shell
        state = shell.state
        if state.tab is not Tab.QUESTIONS or not shell.on_main_page():
            return None
        action = shell.action("grade_1" if grade else "reveal")
        if action.isEnabled():
            return None  # the shortcut acts (it did not reach here)
        if state.mode is Mode.STUDY:
            if not grade:
                return None
            if state.on_question:
                return "Reveal the answer first (Space), then grade it (1–4)."
            if shell.grading.face == "waiting":
                return "Nothing to grade until the next learning step is due; Esc ends the session."
            return "Nothing left to grade in this session; Esc goes back to browsing."
        if state.mode is not Mode.BROWSE:
            return None
        if state.session_paused and grade:
            resume = shell.key_text("resume")
            return f"The study session is paused while you browse: {resume} goes back to it."
        bar = shell.answer.browser.verticalScrollBar()
        if not grade and watched is shell.answer.browser and bar.value() < bar.maximum():
            return None  # Space pages down the answer being read
        if self.ctx.read_only:
            return f"{self.ctx.read_only}: nothing can be graded in this window."
        keys = [shell.key_text(name) for name in ("study", "study_all")]
        start = f"Press {keys[0]} to study this topic ({keys[1]}: everything due)"
        if grade:
            return f"Grades are given while studying. {start}, then Space reveals and 1–4 grade."
        return f"The answer is shown while browsing. {start} with the answers hidden."
