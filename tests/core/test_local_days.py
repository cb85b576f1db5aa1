"""The person's days where the clocks change for summer: the computer's zone was read
as today's fixed offset, so an answer made in the other season landed on the day
before or after its own (a review at 00:30 on 15 July counted for 14 July in a
Berlin winter), the day the clocks change was 24 hours long, and backups were kept
one per UTC day. Each case runs in zones of both hemispheres: summer is July in
Berlin and New York, January in Sydney."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from studyapp.core.backup import AUTOMATIC, AutoBackup, BackupInfo, list_backups, retained
from studyapp.core.clock import FakeClock, SystemClock
from studyapp.core.daily_plan import day_bounds
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.study import to_ms
from tests.core.test_backup import backup_file, database_bytes
from tests.history import SCHEDULER, doc, ids

zoneinfo = pytest.importorskip("zoneinfo")
if not hasattr(time, "tzset"):
    pytest.skip("the process's zone is set through TZ and time.tzset()", allow_module_level=True)

# zone: (the day its clocks go forward, the day they go back) in 2026
CHANGES = {
    "Europe/Berlin": (date(2026, 3, 29), date(2026, 10, 25)),
    "America/New_York": (date(2026, 3, 8), date(2026, 11, 1)),
    "Australia/Sydney": (date(2026, 10, 4), date(2026, 4, 5)),
}


@contextmanager
def system_zone(name: str) -> Iterator[zoneinfo.ZoneInfo]:
    """The computer's zone is `name` (as the TZ variable sets it) until the block ends."""
    try:
        zone = zoneinfo.ZoneInfo(name)
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip(f"no zone data for {name} here")
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield zone
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(params=sorted(CHANGES))
def zone(request) -> Iterator[zoneinfo.ZoneInfo]:
    with system_zone(request.param) as zone:
        yield zone


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc((("What is Adam?", "x", ("Optimization",)),)), "/n.md", "h1")
        yield s


def answer(store: Store, at: datetime) -> None:
    qid = ids(store)["What is Adam?"]
    card, due = SCHEDULER.grade(store.card_json(qid), 3, at)
    store.record_review(qid, 3, 5.0, "study", card, due, to_ms(at))


def test_answers_just_after_and_before_midnight_count_for_their_day_in_both_seasons(store, zone):
    """At 00:30 and at 23:30 on 15 January and on 15 July: two answers on each of those
    days of the calendar, whichever season the computer is in now."""
    for month in (1, 7):
        for hour, minute in ((0, 30), (23, 30)):
            answer(store, datetime(2026, month, 15, hour, minute, tzinfo=zone))
    now = datetime(2026, 7, 15, 23, 45, tzinfo=zone)
    stats = collect_stats(store, None, now, SCHEDULER, tz=SystemClock().timezone(), daily_goal=5)
    assert stats.calendar is not None
    assert stats.calendar.counts == {date(2026, 1, 15): 2, date(2026, 7, 15): 2}
    assert stats.goal.done == 2  # both of today's answers
    assert stats.streaks.longest == 1


def test_a_day_and_the_next_are_two_days_of_a_streak_in_summer_and_winter(store, zone):
    """00:30 on one day and 23:30 on the next: a streak of two days, not two days
    apart (an offset an hour short or an hour over moves one of them)."""
    for month in (1, 7):
        answer(store, datetime(2026, month, 14, 0, 30, tzinfo=zone))
        answer(store, datetime(2026, month, 15, 23, 30, tzinfo=zone))
    stats = collect_stats(
        store,
        None,
        datetime(2026, 7, 15, 23, 45, tzinfo=zone),
        SCHEDULER,
        tz=SystemClock().timezone(),
    )
    assert stats.streaks.current == 2 and stats.streaks.longest == 2


@pytest.mark.parametrize(("change", "hours"), [(0, 23), (1, 25)])
def test_the_days_the_clocks_change_are_23_and_25_hours_long(zone, change, hours):
    """Today's limits and "buried until tomorrow" count from the day's own midnight: on
    the day the clocks go forward the day has 23 hours, on the day they go back 25."""
    day = CHANGES[zone.key][change]
    tz = SystemClock().timezone()
    for now in (time_on(day, 0, 30, zone), time_on(day, 12, 0, zone), time_on(day, 23, 30, zone)):
        start, end = day_bounds(now, tz)
        assert start == time_on(day, 0, 0, zone)
        assert end == time_on(day + timedelta(days=1), 0, 0, zone)
        assert end - start == timedelta(hours=hours)
    # An answer late the evening before is not one of that day's answers.
    start, _ = day_bounds(time_on(day, 12, 0, zone), tz)
    assert time_on(day - timedelta(days=1), 23, 30, zone) < start


def time_on(day: date, hour: int, minute: int, zone: zoneinfo.ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def test_the_local_zone_reads_each_hour_around_a_change_as_the_zone_data_does(zone):
    """Every quarter hour of the two days the clocks change, both ways: the same local
    time (and `fold`, for the hour the clocks pass twice) for an instant, and the same
    instant for a local time, as Python's own zone data gives."""
    tz = SystemClock().timezone()
    for day in CHANGES[zone.key]:
        start = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=14)
        for quarter in range(4 * 52):
            moment = start + timedelta(minutes=15 * quarter)
            local, expected = moment.astimezone(tz), moment.astimezone(zone)
            assert (local.replace(tzinfo=None), local.fold) == (
                expected.replace(tzinfo=None),
                expected.fold,
            )
            assert local.utcoffset() == expected.utcoffset()
            for fold in (0, 1):
                wall = expected.replace(tzinfo=None, fold=fold)
                assert wall.replace(tzinfo=tz).utcoffset() == wall.replace(tzinfo=zone).utcoffset()


def backup_at(moment: datetime, label: str) -> BackupInfo:
    return BackupInfo(Path("/backups") / label, moment.astimezone(UTC), 1024, AUTOMATIC)


@pytest.mark.parametrize("month", [1, 7])
def test_backups_are_kept_one_per_local_day(zone, month):
    """Backups at 23:30 on the 10th, 00:30 and 18:00 on the 11th, six days ago: the 10th
    keeps its backup and the 11th its newest (by UTC the first two were one day in
    Berlin and Sydney, and all three one day in New York)."""
    late = backup_at(datetime(2026, month, 10, 23, 30, tzinfo=zone), "late")
    early = backup_at(datetime(2026, month, 11, 0, 30, tzinfo=zone), "early")
    evening = backup_at(datetime(2026, month, 11, 18, 0, tzinfo=zone), "evening")
    now = datetime(2026, month, 17, 12, 0, tzinfo=zone)
    newest = backup_at(now - timedelta(hours=1), "newest")
    kept = retained([late, early, evening, newest], now)
    assert kept == {late.path, evening.path, newest.path}


def test_backups_are_kept_by_the_days_of_the_zone_given():
    """The clock's zone, where one is given (a fake clock's in a test), over the
    computer's: Tokyo's days while the computer counts in UTC."""
    with system_zone("UTC"):
        tokyo = zoneinfo.ZoneInfo("Asia/Tokyo")
        late = backup_at(datetime(2026, 5, 10, 23, 30, tzinfo=tokyo), "late")
        early = backup_at(datetime(2026, 5, 11, 0, 30, tzinfo=tokyo), "early")
        now = datetime(2026, 5, 17, 12, 0, tzinfo=tokyo)
        newest = backup_at(now - timedelta(hours=1), "newest")
        assert retained([late, early, newest], now, tokyo) == {late.path, early.path, newest.path}
        assert retained([late, early, newest], now) == {early.path, newest.path}


def test_automatic_backups_thin_by_the_days_of_their_clock(store, tmp_path):
    """The app's automatic backup rotates by its clock's zone: a fake clock in Tokyo
    keeps a backup of each Tokyo day on a computer counting in UTC."""
    tokyo = zoneinfo.ZoneInfo("Asia/Tokyo")
    folder = tmp_path / "backups"
    folder.mkdir()
    late, early = (
        backup_file(folder, made, database_bytes())
        for made in (
            datetime(2026, 5, 10, 23, 30, tzinfo=tokyo).astimezone(UTC),
            datetime(2026, 5, 11, 0, 30, tzinfo=tokyo).astimezone(UTC),
        )
    )
    clock = FakeClock(datetime(2026, 5, 17, 12, 0, tzinfo=UTC), tz=tokyo)
    with system_zone("UTC"):
        auto = AutoBackup(store, folder, clock)
        auto.note_change()
        clock.advance(days=1)
        made = auto.tick()
    assert made is not None
    assert {b.path for b in list_backups(folder)} == {late, early, made}
