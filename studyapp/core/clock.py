"""The one clock module: the `Clock` protocol, the real clock and a fake one.

Time reaches sessions, schedulers, backups and views only through a `Clock`, so a
test (or the self-test) can stand still or jump ahead without sleeping. The clock
also says where the person's day begins and ends (`timezone`): "today" for the
daily limits, the statistics' calendar and the scheduler's fit.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    def timezone(self) -> tzinfo:
        """The zone the person's days are counted in."""
        ...


def local_timezone() -> tzinfo:
    """The computer's own zone, as it is now (it may change while the app runs)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


class SystemClock:
    """The real clock, in the computer's zone."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def timezone(self) -> tzinfo:
        return local_timezone()


class FakeClock:
    """A clock that moves only when told (`advance(minutes=3)`), or by `step` at every
    reading; its days are counted in `tz` (UTC unless given), wherever the tests run."""

    def __init__(
        self,
        now: datetime | None = None,
        *,
        step: timedelta | None = None,
        tz: tzinfo = UTC,
    ) -> None:
        self.current = now or datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
        self.step = step
        self.tz = tz

    def now(self) -> datetime:
        if self.step is not None:
            self.current += self.step
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)

    def timezone(self) -> tzinfo:
        return self.tz
