"""Asking before a running mock interview ends: Esc ("end now?") and Ctrl+Q or the
close button ("quit now?") stop the clock and ask in the timer panel; Enter does it,
Esc keeps going, and a person who goes on typing, presses a grade key or clicks in
the answer box meant to keep going: the mock goes on and the key or the click does
what it would have done without the question.

The mock controller owns one `MockEnding` and is its `MockEndingHost`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from studyapp.core.mock import MockSession
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.mock_panel import MockPanel
    from studyapp.ui.timer_panel import TimerPanel


class MockEndingHost(Protocol):
    """What the question needs of the mock controller."""

    mock: MockSession | None  # the running mock interview

    @property
    def timer_panel(self) -> TimerPanel: ...
    @property
    def mock_panel(self) -> MockPanel: ...
    def show_pause(self) -> None: ...  # the asking prompt and the box as paused or not
    def push_state(self) -> None: ...  # the window's state follows the mock's
    def status(self, text: str, ms: int = 0) -> None: ...


class MockEnding(QObject):
    def __init__(self, shell: MainWindow, host: MockEndingHost) -> None:
        super().__init__(shell)
        self.shell = shell
        self.host = host
        self._paused_before = False
        self._note_before = False  # the note had the focus when the question opened
        self._focus_before: QWidget | None = None  # what had it then

    def ask(self, kind: str) -> None:
        """Stop the clock and ask in the timer panel: "end" now, or "quit" now; Esc
        goes back to the mock as it was (paused or not)."""
        host = self.host
        session = host.mock
        assert session is not None
        if not host.timer_panel.asking_end:
            self._paused_before = session.paused
            self._note_before = host.mock_panel.note.hasFocus()
            self._focus_before = QApplication.focusWidget()
            # After the reveal a grade key on the question grades (press_on).
            grades = self.shell.grade_actions.values() if session.state == "revealed" else ()
            host.timer_panel.keys_through = [keys for a in grades for keys in a.shortcuts()]
        session.pause()
        host.timer_panel.show_session(session)
        host.timer_panel.ask_end(kind)
        host.mock_panel.show_question_asked(kind)
        host.push_state()

    def type_on(self, text: str) -> None:
        """A character typed while "end now?" (or "quit now?") is open: the person goes
        on typing. The mock keeps going and the character goes where they typed (the
        answer box; the note after the reveal); only Enter or a click ends it."""
        if self.host.mock is None or not self.host.timer_panel.asking_end:
            return
        into_note = self._note_before
        self.cancel()
        if not self.host.mock_panel.type_on(text, into_note=into_note):
            self._say_kept_going()

    def press_on(self, event: QKeyEvent) -> None:
        """A grade key pressed on "end now?" (or "quit now?") after the reveal: the person
        meant to grade. The mock keeps going and the key does what it would have done
        without the question, from where the focus was (key_replay): it grades, from
        the note Ctrl+1–4 grade and a digit is typed, and from the answer as typed
        (read-only after a time-up) a digit does nothing."""
        if self.host.mock is None or not self.host.timer_panel.asking_end:
            return
        focus = self._focus_before
        self.cancel()
        from shiboken6 import Shiboken

        from studyapp.ui.key_replay import press_again

        focus = focus if focus is not None and Shiboken.isValid(focus) else None
        if not press_again(event, focus, self.shell.grade_actions.values()):
            self._say_kept_going()

    def _say_kept_going(self) -> None:
        session = self.host.mock
        assert session is not None
        if session.paused:  # it was paused before Esc: paused it stays, the box greyed
            from studyapp.ui.timer_panel import PAUSE_KEY

            self.host.status(f"Kept going, still paused: {PAUSE_KEY} resumes.", 4000)
        else:
            self.host.status("Kept going: the mock goes on.", 3000)

    def keep_going_in_box(self) -> None:
        """A click in the answer box or the note while "end now?" is open: the mock
        keeps going there, the focus where the person put it."""
        box = QApplication.focusWidget()
        self.cancel()
        if box is not None:
            box.setFocus(Qt.FocusReason.MouseFocusReason)

    def cancel(self) -> None:
        """Esc on the question: back to the mock as it was."""
        host = self.host
        session = host.mock
        if session is None or not host.timer_panel.asking_end:
            return
        host.timer_panel.close_end_question()
        host.mock_panel.show_question_asked("")
        if not self._paused_before:
            session.resume()
        host.show_pause()
        if session.state == "revealed":
            self.shell.answer.take_focus()
        host.timer_panel.show_session(session)
        host.push_state()
