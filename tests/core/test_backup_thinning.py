"""Backups that fit any store: a heavy user's store (179 MB) made six closing backups
of 122-177 MB in 11 minutes, all kept for 2 days (a gigabyte). Quitting after a few
grades no longer copies the store when the newest backup is recent; the routine
backups of the last 2 days are thinned to the newest few and one a day; and the
backups kept stay under a bound relative to the store's size, never at the cost of
the newest good backup or one the person may come back for."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.core.backup import (
    SIZE_FACTOR,
    AutoBackup,
    BackupInfo,
    list_backups,
    restore_backup,
    retained,
    rotate,
)
from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from tests.core import test_backup
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)
MB = 1024 * 1024
# the fixtures of the backups' own tests: a store in a data folder, its backups folder
store_path, backups, store = test_backup.store_path, test_backup.backups, test_backup.store


def import_notes(store: Store, name: str, count: int) -> list[str]:
    doc = ParsedDocument(
        name,
        "markdown",
        [
            ParsedQuestion(f"What is {name} {i}?", f"{name} {i} is a thing.", i * 3)
            for i in range(count)
        ],
    )
    store.import_document(doc, f"/{name}.md", name)
    return [q.id for q in store.questions() if q.title.startswith(f"What is {name} ")]


def grade(store: Store, ids: list[str], times: int, at_ms: int) -> None:
    for n in range(times):
        record(store, ids[n % len(ids)], 3, 5.0, "study", at_ms + n)


def quit_after(store: Store, backups: Path, clock: FakeClock, change) -> Path | None:
    """One session: the window opens (AutoBackup made), `change` runs, the window closes."""
    auto = AutoBackup(store, backups, clock)
    change()
    return auto.on_close()


def names(backups: Path) -> list[str]:
    return [b.path.name for b in list_backups(backups)]


def test_quitting_after_a_few_grades_soon_after_a_backup_copies_nothing(store, backups):
    ids = import_notes(store, "tree", 5)
    clock = FakeClock(NOW)
    first = quit_after(store, backups, clock, lambda: grade(store, ids, 3, 1_000))
    assert first is not None  # the first backup of all
    for n in range(5):  # five quits in the next 50 minutes, a few grades each
        clock.advance(minutes=10)
        assert (
            quit_after(store, backups, clock, lambda n=n: grade(store, ids, 4, 2_000 + n * 10))
            is None
        )
    assert names(backups) == [first.name]
    # an hour past the newest backup, a small change is backed up again
    clock.advance(minutes=11)
    later = quit_after(store, backups, clock, lambda: grade(store, ids, 2, 9_000))
    assert later is not None and names(backups) == [later.name, first.name]


def test_quitting_after_a_big_change_backs_up_however_recent_the_last_backup(store, backups):
    import_notes(store, "tree", 5)
    clock = FakeClock(NOW)
    assert quit_after(store, backups, clock, lambda: None) is not None
    clock.advance(minutes=5)
    made = quit_after(store, backups, clock, lambda: import_notes(store, "graph", 300))
    assert made is not None and made.name.endswith("-close.sqlite3")
    # an import by another connection (the import worker's) counts too, however small
    clock.advance(minutes=5)

    def other_connection() -> None:
        with Store.open(store.path) as other:
            import_notes(other, "heap", 1)

    assert quit_after(store, backups, clock, other_connection) is not None


def test_many_quits_keep_the_newest_three_and_one_a_day(store, backups):
    """Big changes at every quit, every 3 hours for 2 days: 16 closing backups."""
    clock = FakeClock(NOW - timedelta(days=2))
    made = []
    for n in range(16):
        clock.advance(hours=3)
        made.append(
            quit_after(store, backups, clock, lambda n=n: import_notes(store, f"d{n}", 120))
        )
    assert all(made)
    kept = [b.created for b in list_backups(backups)]
    newest_three = sorted(b.created for b in list_backups(backups))[-3:]
    days = {c.date() for c in kept}
    assert len(kept) == 3 + len(days - {c.date() for c in newest_three})
    assert kept[:3] == sorted(newest_three, reverse=True)
    assert {c.date() for c in kept} == {
        m.date()
        for m in (NOW - timedelta(days=2) + timedelta(hours=3 * (n + 1)) for n in range(16))
    }


def info(name: str, size: int) -> BackupInfo:
    path = Path("/backups") / name
    created = datetime.strptime(name.split("-")[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return BackupInfo(path, created, size, name.split("-", 2)[2].rsplit(".", 1)[0])


def test_the_testers_six_closing_backups_of_eleven_minutes_keep_three():
    """The backups folder of the report (names and sizes as found): 895 MB in 11 minutes."""
    found = [
        info("studyapp-20261207T011057Z-close.sqlite3", 122_331_136),
        info("studyapp-20261207T011344Z-close.sqlite3", 122_331_136),
        info("studyapp-20261207T011907Z-close.sqlite3", 166_330_368),
        info("studyapp-20261207T012018Z-close.sqlite3", 175_198_208),
        info("studyapp-20261207T012036Z-close.sqlite3", 175_230_976),
        info("studyapp-20261207T012100Z-close.sqlite3", 176_910_336),
    ]
    now = datetime(2026, 12, 7, 1, 22, tzinfo=UTC)
    kept = retained(found, now)
    assert kept == {b.path for b in found[3:]}


def test_the_backups_kept_stay_under_a_bound_of_the_stores_size():
    """A 200 MB store's daily closing backups of two weeks (2.8 GB) with a backup made
    by hand and one before a restore: the routine ones go, oldest first, until all
    kept take at most SIZE_FACTOR times the store; the newest, the manual and the
    before-restore backups stay whatever they weigh."""
    size = 200 * MB
    daily = [
        info(f"studyapp-{(NOW - timedelta(days=d)).strftime('%Y%m%dT%H%M%SZ')}-close.sqlite3", size)
        for d in range(14)
    ]
    by_hand = info(
        f"studyapp-{(NOW - timedelta(days=1, hours=3)).strftime('%Y%m%dT%H%M%SZ')}-manual.sqlite3",
        size,
    )
    before = info(
        f"studyapp-{(NOW - timedelta(days=1, hours=5)).strftime('%Y%m%dT%H%M%SZ')}-before-restore.sqlite3",
        size,
    )
    kept = retained([*daily, by_hand, before], NOW)
    assert len(kept) * size <= SIZE_FACTOR * size
    assert daily[0].path in kept and by_hand.path in kept and before.path in kept
    kept_daily = [b for b in daily if b.path in kept]
    assert kept_daily == daily[: len(kept_daily)]  # the newest ones
    # the same two weeks of a small store (2 MB): all kept, as the tiers say
    small = [b._replace(size=2 * MB) for b in (*daily, by_hand, before)]
    assert retained(small, NOW) == {b.path for b in small}


def test_only_routine_backups_over_the_bound_stay_when_nothing_else_can_go():
    """Backups made by hand alone over the bound: none is deleted for size."""
    size = 300 * MB
    manual = [
        info(
            f"studyapp-{(NOW - timedelta(days=d)).strftime('%Y%m%dT%H%M%SZ')}-manual.sqlite3", size
        )
        for d in range(8)
    ]
    assert retained(manual, NOW) == {b.path for b in manual}


def review_count(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_a_thinned_backup_left_is_restored_whole(store, store_path, backups):
    """What rotation keeps restores: the newest closing backup, after fifteen others went."""
    clock = FakeClock(NOW)
    for n in range(15):
        clock.advance(hours=2)
        ids = import_notes(store, f"r{n}", 110)
        quit_after(
            store, backups, clock, lambda ids=ids, n=n: grade(store, ids, 2, 1_000 * (n + 1))
        )
    rotate(backups, clock.now())
    reviews = review_count(store_path)
    newest = list_backups(backups)[0]
    store.close()
    restore_backup(newest.path, store_path, backups, clock.now())
    assert review_count(store_path) == reviews
