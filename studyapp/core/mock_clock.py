"""A mock interview's clocks (core.mock's `MockSession` owns a `MockClocks` and runs
on it): the active time of the session and of the question on screen, the time a
revealed question took and whether it went over, the countdown and its warning, and
pausing, which stops both.
Time comes from the session's injected clock; the session's state is read through
`TimedSession`, its public face. No Qt.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

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


class TimedSession(Protocol):
    """What the clocks read of the session they time: its public state."""

    @property
    def state(self) -> str: ...

    @property
    def is_active(self) -> bool: ...

    @property
    def seconds_per_question(self) -> int: ...


class MockClocks:
    """The clocks a `MockSession` owns: the session's and the question's stopwatches,
    the time a revealed question took and whether it went over, and the pause flag.
    The countdown is per question, frozen while paused or revealed; what it counts
    down depends on the session's state, read through `TimedSession`. The session
    tells them when a question is asked or revealed and when it ends."""

    def __init__(self, clock: Clock, session: TimedSession) -> None:
        self._clock = clock
        self._session = session
        self._paused = False
        self._session_watch = Stopwatch()
        self._question_watch = Stopwatch()
        self._answer_seconds: float | None = None  # once revealed
        self._overtime = False

    # --- what the session and its view read ---------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def overtime(self) -> bool:
        """Whether the current question went over time (known once revealed)."""
        return self._overtime

    def elapsed(self, now: datetime | None = None) -> float:
        """Active seconds in the whole session (pauses excluded; carried over on resume)."""
        return self._session_watch.seconds(self._clock.now() if now is None else now)

    def question_elapsed(self, now: datetime | None = None) -> float:
        """Active seconds on the current question until now, or until it was revealed."""
        if self._answer_seconds is not None:
            return self._answer_seconds
        return self._question_watch.seconds(self._clock.now() if now is None else now)

    def time_left(self) -> float:
        """Seconds left on the countdown (0 when up); frozen while paused or revealed."""
        if self._session.state == "ready":
            return float(self._session.seconds_per_question)
        if not self._session.is_active:
            return 0.0
        return max(0.0, self._session.seconds_per_question - self.question_elapsed())

    def fraction_left(self) -> float:
        """time_left() as a fraction 0–1 of the time per question (for a progress bar)."""
        return self.time_left() / self._session.seconds_per_question

    def is_warning(self) -> bool:
        """True in the countdown's last 20 % while the answer is still hidden."""
        return self._session.state == "asking" and self.fraction_left() <= WARNING_FRACTION

    # --- pausing --------------------------------------------------------------------

    def pause(self) -> None:
        """Stop the clocks. No-op when already paused or when no question is on screen."""
        if not self._session.is_active or self._paused:
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
        if self._session.state == "asking":
            self._question_watch.run(now)

    def toggle_pause(self) -> bool:
        """Pause or resume; returns whether the session is now paused."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused

    # --- what the session tells them ------------------------------------------------

    def carry_over(self, seconds: float) -> None:
        """Start the session's time from `seconds` (a reopened session's, as saved)."""
        self._session_watch = Stopwatch(seconds)

    def start(self, now: datetime) -> None:
        """The session starts (or a reopened one goes on): its time runs."""
        self._session_watch.run(now)

    def ask(self, now: datetime, used: float = 0.0) -> None:
        """A question is shown: its time runs from `used` (a resumed question's, else 0)."""
        self._question_watch = Stopwatch(used)
        self._question_watch.run(now)
        self._answer_seconds = None
        self._overtime = False

    def reveal(self, now: datetime, overtime: bool = False) -> None:
        """The answer is shown: the question's time stops and is kept as its answer's,
        capped at the time per question; over time when `overtime` says so or the
        time was up."""
        self._question_watch.stop(now)
        self._answer_seconds, time_up = self._capped(self._question_watch.seconds(now))
        self._overtime = overtime or time_up

    def time_taken(self, now: datetime) -> tuple[float, bool]:
        """The question's time and whether it went over: as revealed, or (still asking)
        as a reveal at `now` would count them."""
        if self._answer_seconds is not None:
            return self._answer_seconds, self._overtime
        return self._capped(self._question_watch.seconds(now))

    def _capped(self, seconds: float) -> tuple[float, bool]:
        """`seconds` capped at the time per question, and whether they reached it."""
        limit = float(self._session.seconds_per_question)
        return min(seconds, limit), seconds >= limit

    def stop(self, now: datetime) -> None:
        """The session is over: both clocks stop, and a pause ends."""
        self._paused = False
        self._session_watch.stop(now)
        self._question_watch.stop(now)
