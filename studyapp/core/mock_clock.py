"""A mock interview's clocks (core.mock's `MockSession` runs on them): the active time
of the session and of the question on screen, the countdown and its warning, and
pausing, which stops both. Time comes from the session's injected clock. No Qt.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.clock import Clock

WARNING_FRACTION = 0.2  # the countdown turns to a warning in its last fifth


class Stopwatch:
    """Active seconds: runs, stops (pause, reveal), runs again; stopped spans never count."""

    def __init__(self, base: float = 0.0) -> None:
        self._base = base
        self._since: datetime | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def run(self, now: datetime) -> None:
        if self._since is None:
            self._since = now

    def stop(self, now: datetime) -> None:
        if self._since is not None:
            self._base += max(0.0, (now - self._since).total_seconds())
            self._since = None

    def seconds(self, now: datetime) -> float:
        if self._since is None:
            return self._base
        return self._base + max(0.0, (now - self._since).total_seconds())


class MockClocks:
    """The clock half of `MockSession`: what it reads of the time, and pause and resume.
    The session sets these attributes; the countdown is per question, frozen while
    paused or revealed."""

    _clock: Clock
    _state: str
    _paused: bool
    _session_watch: Stopwatch
    _question_watch: Stopwatch
    _answer_seconds: float | None
    seconds_per_question: int
    is_active: bool

    @property
    def paused(self) -> bool:
        return self._paused

    def elapsed(self) -> float:
        """Active seconds in the whole session (pauses excluded; carried over on resume)."""
        return self._session_watch.seconds(self._clock.now())

    def question_elapsed(self) -> float:
        """Active seconds on the current question until now, or until it was revealed."""
        if self._answer_seconds is not None:
            return self._answer_seconds
        return self._question_watch.seconds(self._clock.now())

    def time_left(self) -> float:
        """Seconds left on the countdown (0 when up); frozen while paused or revealed."""
        if self._state == "ready":
            return float(self.seconds_per_question)
        if not self.is_active:
            return 0.0
        return max(0.0, self.seconds_per_question - self.question_elapsed())

    def fraction_left(self) -> float:
        """time_left() as a fraction 0–1 of the time per question (for a progress bar)."""
        return self.time_left() / self.seconds_per_question

    def is_warning(self) -> bool:
        """True in the countdown's last 20 % while the answer is still hidden."""
        return self._state == "asking" and self.fraction_left() <= WARNING_FRACTION

    def pause(self) -> None:
        """Stop the clocks. No-op when already paused or when no question is on screen."""
        if not self.is_active or self._paused:
            return
        now = self._clock.now()
        self._session_watch.stop(now)
        self._question_watch.stop(now)
        self._paused = True

    def resume(self) -> None:
        """Restart the clocks after `pause()`. No-op when not paused."""
        if not self._paused:
            return
        now = self._clock.now()
        self._paused = False
        self._session_watch.run(now)
        if self._state == "asking":
            self._question_watch.run(now)

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether the session is now paused."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused
