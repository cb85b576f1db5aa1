"""Keeping a running mock interview when the person leaves it, and bringing it back:
what is typed and noted is kept as the session's draft (on edits and ticks, at once
on a pause, a quit or the window closing); Ctrl+Q and the window's close button ask
first in the timer panel, the clock stopped, and yes closes the window with the mock
still running in the store; the next start offers to resume it at its next question
not yet answered (or to leave it as abandoned).

The mock controller owns one `MockKeeper` and is its `MockHost`. Start-up loads no
core.mock through this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QEvent, QObject

from studyapp.core.format import format_clock, local_minute
from studyapp.core.model import StudyAppError

if TYPE_CHECKING:
    from studyapp.core.mock import MockSession
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.timer_panel import TimerPanel

RESUME, ABANDON = "resume", "abandon"


class Unfinished(NamedTuple):
    """A mock interview the app was closed in, as the store has it (read by the mock
    controller at the start, for `MockKeeper.offer_resume`)."""

    session: MockSession  # resumed at its next question not yet answered
    started_at_ms: int | None
    skipped: int  # of its questions answered


class MockHost(Protocol):
    """What the keeper needs of the mock controller."""

    @property
    def timer_panel(self) -> TimerPanel: ...
    def running(self) -> MockSession | None: ...  # the mock under way in the window
    def ask_first(self, kind: str) -> None: ...  # pause and ask "end" / "quit" in the panel
    def resume_mock(self, session: MockSession) -> bool: ...


class QuitGuard(QObject):
    """Holds back the window's close button (a close from the window system) while
    `ask` asks, during a mock; closes the app makes itself go through."""

    def __init__(self, shell: MainWindow, ask: Callable[[], bool]) -> None:
        super().__init__(shell)
        self._ask = ask
        shell.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and event.spontaneous() and self._ask():
            event.ignore()
            return True
        return False


class MockKeeper(QObject):
    def __init__(self, shell: MainWindow, host: MockHost) -> None:
        super().__init__(shell)
        self.shell = shell
        self.host = host
        self.quitting = False  # the person said yes to quitting during the mock
        self.quit_guard = QuitGuard(shell, self.ask_to_quit)  # the close button asks too

    def save_draft(
        self,
        session: MockSession | None,
        *,
        typed: str | None = None,
        note: str | None = None,
        now: bool = False,
    ) -> None:
        """Keep what is typed and noted as the session's draft: on every edit and tick
        (the session writes it every few seconds), at once on a pause or a quit. A
        failed write says so in the status bar and the mock goes on."""
        if session is None or not session.is_active:
            return
        try:
            session.save_draft(typed, note, now=now)
        except StudyAppError:
            self.report_draft_error(session)

    def report_draft_error(self, session: MockSession) -> None:
        """Say in the status bar why the draft could not be kept (a reveal goes on
        without it), if it could not."""
        if session.draft_error is not None:
            self.shell.status(f"Could not keep a draft of your answer: {session.draft_error}", 5000)

    def ask_to_quit(self) -> bool:
        """File → Quit (Ctrl+Q) or the window's close button during a mock: ask in the
        timer panel first, the clock stopped, as Esc does. Returns True when it asked
        (the window stays open), False when there is nothing to ask (quit)."""
        session = self.host.running()
        if session is None or self.quitting:
            return False
        if self.host.timer_panel.asking != "quit":
            self.host.ask_first("quit")
            self.save_draft(session, now=True)
        return True

    def quit_now(self) -> None:
        """Yes to "quit now?": the window closes, the mock stays running in the store."""
        self.quitting = True
        self.host.timer_panel.close_end_question()
        self.shell.close()

    def offer_resume(self, left: Unfinished, ask: Callable[[str], str | None]) -> str | None:
        """The app was closed during a mock interview (`left`: read by the mock controller): ask
        to resume it (at its next question not yet answered) or leave it as abandoned;
        its graded answers are kept either way. Returns "resume", "abandon", or None
        (no answer: the session stays as it is and is offered again at the next start)."""
        session, started_at_ms, skipped = left
        answered, total = session.position()  # the skipped ones among them
        started = f" (started {local_minute(started_at_ms)})" if started_at_ms is not None else ""
        done = _done_words(answered - skipped, skipped, total)
        kept = "with nothing answered to keep"
        if answered > skipped:
            kept = "keeping what you answered"
        typed = session.resumes_typed()  # Resume puts it back; leaving throws it away
        draft = f"; what you typed for question {answered + 1} is kept as a draft" if typed else ""
        closes = "closes it and discards the draft" if typed else "closes it"
        left = " with your draft" if typed else ""
        if session.resumes_revealed():  # read already: it comes back for the grade
            left += ", its answer shown as you left it, for your grade"
        elif carried := session.carried_seconds():  # its countdown goes on, not again
            remaining = format_clock(
                max(0.0, session.seconds_per_question - carried), countdown=True
            )
            left += f" and {remaining}" if typed else f", with {remaining}"
            left += " left on its clock"
        text = (
            f"Your mock interview{started} was left with {done}{draft}."
            f"<br><br><b>Resume</b> continues at question {answered + 1}{left};"
            f" <b>Leave as abandoned</b> {closes}, {kept}."
        )
        choice = ask(text)
        if choice == RESUME:
            self.host.resume_mock(session)
        elif choice == ABANDON:
            session.abandon()
        return choice


def _done_words(graded: int, skipped: int, total: int) -> str:
    """What an unfinished mock holds: "2 of its 5 questions answered and 1 skipped, and
    saved". A skipped question was counted as answered."""
    if not graded:
        none = f"none of its {total} questions answered yet"
        return f"{none} ({skipped} skipped)" if skipped else none
    also = f" and {skipped} skipped" if skipped else ""
    return f"{graded} of its {total} questions answered{also}, and saved"
