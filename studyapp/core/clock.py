"""The one clock module: the `Clock` protocol, the real clock and a fake one.

Time reaches sessions, schedulers, backups and views only through a `Clock`, so a
test (or the self-test) can stand still or jump ahead without sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told: `advance(minutes=3)`."""

    def __init__(self, now: datetime | None = None) -> None:
        self.current = now or datetime(2030, 1, 1, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)
