"""A study session waiting for a learning step: only steps due later are left, so
the answer pane says when the next one shows and offers to end the session. One
single-shot timer is set to that moment (nothing polls) and the question shows when
it fires; meanwhile the page's "in 8 minutes" is said again as each clock minute
begins, in step with the "(at 06:34)" beside it.

The study controller (ui.controllers.study) owns one `StepWait`, given the clock,
the window and what it calls back: the session on show (`active`), showing it again
once the step is due (`due`), and ending it (`end`, the page's button).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from studyapp.core.html_escape import escape_html
from studyapp.ui.main_window import APP_TITLE
from studyapp.ui.study_pages import learning_words

if TYPE_CHECKING:
    from datetime import datetime

    from studyapp.core.clock import Clock
    from studyapp.core.study import StudySession
    from studyapp.ui.main_window import MainWindow


class StepWait(QObject):
    """The waiting page of a study session and its timers (see the module)."""

    def __init__(
        self,
        clock: Clock,
        shell: MainWindow,
        *,
        active: Callable[[], StudySession | None],
        due: Callable[[], None],
        end: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.shell = shell
        self._active = active
        self._due = due
        self._end = end
        # Set to the next learning step's due moment while the session waits for it.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % early (30 s on a 10-minute step): precise.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._over)
        # While it waits, the page's "in 8 minutes" is said again as each clock minute
        # begins (`_arm_tick`), in step with the "(at 06:34)" beside it.
        self.tick = QTimer(self)
        self.tick.setSingleShot(True)
        self.tick.setTimerType(Qt.TimerType.PreciseTimer)
        self.tick.timeout.connect(self._say_again)
        self._until: datetime | None = None

    def show(self, session: StudySession, until: datetime, name: str) -> None:
        """Only learning steps are left, none due: say when the next is, offer to end,
        and set one timer to that moment. `name`: what the session studies."""
        now = self.clock.now()
        local = until.astimezone(self.clock.timezone())
        self.shell.setWindowTitle(APP_TITLE)
        self.shell.answer.set_header("Waiting for a learning step", name)
        counts = session.counts()
        self.shell.answer.show_notice(
            self._html(until, session),
            [("End session", self._end)],
            focus_first=False,  # Space, pressed to reveal out of habit, must not end it
        )
        self._until = until
        self._arm_tick()
        # The pane says when, in full; the panel beside it only where things stand.
        self.shell.grading.show_waiting(f"Waiting · next at {local:%H:%M}", counts)
        wait_ms = max(0.0, (until - now).total_seconds() * 1000)
        self.timer.start(int(min(wait_ms, 2**31 - 1)) + 1)

    def stop(self) -> None:
        """The session shows something else, or ends: no more waiting."""
        self.timer.stop()
        self.tick.stop()
        self._until = None

    def _over(self) -> None:
        """The next learning step is due: the session shows it (if it still waits)."""
        if self._active() is not None:
            self._due()

    def _html(self, until: datetime, session: StudySession) -> str:
        from studyapp.core.study import waiting_words

        clock = self.clock
        text = waiting_words(until, clock.now(), session.learn_ahead, clock.timezone())
        return (
            f"<p style='font-size:x-large'>{escape_html(text)}</p>"
            f"<p>{learning_words(session.counts().learning)}</p>"
        )

    def _arm_tick(self) -> None:
        """The next redraw of the waiting page, as the next clock minute begins: every
        60 s from when the page appeared, it lagged the clock by up to a minute. (Timed
        from the clock each time: a tick a little early only draws once more.)"""
        now = self.clock.now()
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        self.tick.start(60_000 - into_minute_ms)

    def _say_again(self) -> None:
        """A minute on, still waiting: the page's words again (the button kept)."""
        session = self._active()
        if session is None or self._until is None:
            self.tick.stop()
            return
        self.shell.answer.notice_label.setText(self._html(self._until, session))
        self._arm_tick()
