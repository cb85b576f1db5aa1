"""The one clock module: the `Clock` protocol, the real clock and a fake one.

Time reaches sessions, schedulers, backups and views only through a `Clock`, so a
test (or the self-test) can stand still or jump ahead without sleeping. The clock
also says where the person's day begins and ends (`timezone`): "today" for the
daily limits, the statistics' calendar and the scheduler's fit.
"""

from __future__ import annotations

import time
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


_EPOCH = datetime(1970, 1, 1)
_EPOCH_DAY = _EPOCH.toordinal()
_SECOND = timedelta(seconds=1)
_DAY = 86400  # seconds: two changes of a zone's offset are always further apart
_REMEMBERED_DAYS = 100_000  # some 270 years of days' offsets


def _local(seconds: int) -> time.struct_time:
    """The computer's local time at `seconds` since the epoch (UTC); where the system
    cannot say (before 1970 on Windows, out of its range), the local time now."""
    try:
        return time.localtime(seconds)
    except (OverflowError, OSError, ValueError):
        return time.localtime()


def _offset(seconds: int) -> timedelta:
    return timedelta(seconds=_local(seconds).tm_gmtoff)


class LocalZone(tzinfo):
    """The computer's zone, asked of the system at each instant: its summer time and
    any other change of offset included (a fixed offset, as `datetime.astimezone()`
    gives, is right only for the season it was read in). Its two sides of a change are
    found a day before and a day after: a wall time the clocks pass twice is the
    earlier instant with `fold=0`, the later with `fold=1`; one they skip is read with
    the offset before the change (`fold=0`) or after it (`fold=1`), as PEP 495 has it."""

    def __init__(self) -> None:
        self._zone: tuple[str, str] | None = None
        self._days: dict[int, timedelta | None] = {}

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return _offset(int(time.time()))
        wall = (dt.replace(tzinfo=None) - _EPOCH) // _SECOND
        before, after = _offset(wall - _DAY), _offset(wall + _DAY)
        if before == after:
            return before
        first, second = (after, before) if dt.fold else (before, after)
        for offset in (first, second):
            if _offset(wall - offset // _SECOND) == offset:
                return offset
        return first  # skipped by the clocks

    def dst(self, dt: datetime | None) -> timedelta:
        local = self._at(dt)
        if local.tm_isdst <= 0:
            return timedelta(0)
        return timedelta(seconds=local.tm_gmtoff + time.timezone) or timedelta(hours=1)

    def tzname(self, dt: datetime | None) -> str:
        return self._at(dt).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        steady = self._steady(dt.toordinal() - _EPOCH_DAY)
        if steady is not None:
            return dt + steady
        moment = (dt.replace(tzinfo=None) - _EPOCH) // _SECOND
        offset = _offset(moment)
        # The later of two instants that read the same on the clock (the hour after
        # the clocks went back) is fold=1.
        earlier = _offset(moment - _DAY)
        shift = (earlier - offset) // _SECOND
        fold = int(shift > 0 and _offset(moment - shift) == earlier)
        return (dt + offset).replace(fold=fold)

    def _steady(self, day: int) -> timedelta | None:
        """The offset of every instant of the UTC `day` (counted from the epoch) and of
        the day before it, or None where it changes then: a statistics' year of answers
        asks the system once a day, not twice an answer. Forgotten when `time.tzset()`
        has changed the zone."""
        if time.tzname is not self._zone or len(self._days) > _REMEMBERED_DAYS:
            self._zone, self._days = time.tzname, {}  # tzset() makes a new tzname
        try:
            return self._days[day]
        except KeyError:
            start = day * _DAY
            before, after = _offset(start - _DAY), _offset(start + _DAY - 1)
            steady = self._days[day] = before if before == after else None
            return steady

    def _at(self, dt: datetime | None) -> time.struct_time:
        if dt is None:
            return time.localtime()
        utc = dt.replace(tzinfo=None) - self.utcoffset(dt)
        return _local((utc - _EPOCH) // _SECOND)

    def __repr__(self) -> str:
        return "LocalZone()"


_LOCAL_ZONE = LocalZone()


def local_timezone() -> tzinfo:
    """The computer's own zone: the offset of each instant as the system says it then
    (summer or winter), and a change of the system's zone once `time.tzset()` is told."""
    return _LOCAL_ZONE


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


def days_from_today(moment: datetime, now: datetime, tz: tzinfo) -> int:
    """How many of the person's days (calendar days in `tz`) `moment` is after today:
    0 later today (or earlier today), 1 tomorrow, -1 yesterday. Anki counts a
    card's due day so (``prop:due=1`` is due tomorrow, the Future Due graph)."""
    return (moment.astimezone(tz).date() - now.astimezone(tz).date()).days
