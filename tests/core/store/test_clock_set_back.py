"""The clock set back between two backups: by hand, by a network time correction, by a
machine whose battery let its clock drift ahead and then was put right.

A backup is named with the time it is made, and the backups are tried newest first by
those names. A backup made after the clock went back less than a day (further is
"dated in the future", and handled as such) was named before the one made just
earlier, though it held more: when the store then needed a backup restored, the
earlier one was restored and the grades between the two were lost. Two backups in one
second were ordered by their reasons' letters. And the automatic backups waited until
the clock passed the last one again, plus their interval: hours of grades with no
backup. Names now follow the order backups are made in, and a clock that went back
restarts the interval."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.backup import BackupScheduler, list_backups, make_backup
from studyapp.core.clock import FakeClock
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import fill, review_rows
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "set_back",
    [timedelta(hours=3), timedelta(hours=23), timedelta(0), timedelta(milliseconds=400)],
    ids=["3-hours", "23-hours", "same-second", "less-than-a-second"],
)
def test_the_backup_made_after_the_clock_went_back_is_the_one_restored(tmp_path, set_back):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        earlier = make_backup(store, backups, NOW, "auto")
        record(store, ids[0], 4, 2.0, "study", 9_000)
        later = make_backup(store, backups, NOW - set_back, "manual")
    kept = review_rows(later)
    assert len(kept) == 4 and len(review_rows(earlier)) == 3
    assert [b.path for b in list_backups(backups)] == [later, earlier]

    path.write_bytes(os.urandom(64 * 1024))  # the store lost: a backup must be restored
    store, report = open_store_safely(path, backups, NOW - set_back)
    store.close()
    assert report is not None and report.restored is not None
    assert report.restored.path == later
    assert review_rows(path) == kept


def test_a_backup_dated_far_ahead_is_not_followed(tmp_path):
    """A backup dated more than a day ahead was made while the clock was wrong: the next
    one is named with the clock's time, not after it (every later one would be)."""
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store, reviews=1)
        make_backup(store, backups, NOW + timedelta(days=30), "auto")
        made = make_backup(store, backups, NOW, "auto")
    assert made.name == "studyapp-20261121T120000Z-auto.sqlite3"


def test_the_automatic_backups_go_on_after_the_clock_went_back():
    clock = FakeClock(NOW)
    scheduler = BackupScheduler(clock, timedelta(minutes=30))
    clock.advance(minutes=31)
    assert scheduler.should_backup(changed=True)
    scheduler.mark_done()
    clock.advance(hours=-5)  # set back
    assert not scheduler.should_backup(changed=True)
    clock.advance(minutes=31)  # one interval since the clock went back, not five hours
    assert scheduler.should_backup()
