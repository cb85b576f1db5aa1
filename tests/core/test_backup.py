"""Backups: made with the online backup API, listed, rotated by the retention rule,
checked and restored without ever losing the store being replaced."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from studyapp.core.backup import (
    AutoBackup,
    BackupInfo,
    BackupScheduler,
    list_backups,
    make_backup,
    parse_backup_name,
    restore_backup,
    retained,
    rotate,
)
from studyapp.core.clock import FakeClock
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import SCHEMA_VERSION, Store, StoreError
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)


def fill(store: Store, reviews: int = 3, *, start_ms: int = 1_000) -> list[str]:
    """Import three questions and record `reviews` reviews; returns the question ids."""
    doc = ParsedDocument(
        "AI",
        "markdown",
        [ParsedQuestion(f"What is thing {i}?", f"Thing {i} is a thing.", i * 3) for i in range(3)],
    )
    store.import_document(doc, "/notes.md", "hash")
    ids = [q.id for q in store.questions()]
    for n in range(reviews):
        record(store, ids[n % 3], 3, 5.0, "study", start_ms + n)
    return ids


def review_rows(path: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT id, question_id, reviewed_at_ms FROM reviews ORDER BY id")
        return [tuple(r) for r in rows]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store_path(tmp_path) -> Path:
    (tmp_path / "data").mkdir(exist_ok=True)
    return tmp_path / "data" / "studyapp.sqlite3"


@pytest.fixture
def backups(tmp_path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def store(store_path):
    with Store.open(store_path) as s:
        yield s


# --- making and listing -------------------------------------------------------------


def test_backup_is_a_checked_single_file_named_by_utc_time_and_reason(store, backups):
    fill(store)
    path = make_backup(store, backups, NOW, "close")
    assert path == backups / "studyapp-20261121T120000Z-close.sqlite3"
    assert sorted(p.name for p in backups.iterdir()) == [path.name]  # no -wal, no .partial
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert review_rows(path) == review_rows(Path(store.path))


def test_backup_times_are_utc_whatever_the_clock_zone(store, backups):
    local = NOW.astimezone(timezone(timedelta(hours=5)))
    assert make_backup(store, backups, local).name == "studyapp-20261121T120000Z-manual.sqlite3"
    with pytest.raises(ValueError, match="timezone-aware"):
        make_backup(store, backups, NOW.replace(tzinfo=None))
    with pytest.raises(ValueError, match="reason"):
        make_backup(store, backups, NOW, "Bad Reason")


def test_two_backups_in_one_second_both_kept_in_the_order_made(store, backups):
    first = make_backup(store, backups, NOW, "close")
    second = make_backup(store, backups, NOW, "close")
    # named a second later: the names keep the order (tests/core/store/test_clock_set_back.py)
    assert second.name == "studyapp-20261121T120001Z-close.sqlite3"
    assert [b.path for b in list_backups(backups)] == [second, first]


def test_list_backups_newest_first_with_date_size_and_reason(store, backups):
    older = make_backup(store, backups, NOW - timedelta(days=1), "auto")
    newer = make_backup(store, backups, NOW, "before-restore")
    (backups / "notes.txt").write_text("not a backup")
    (backups / ".studyapp-20261121T130000Z-auto.sqlite3.partial").write_bytes(b"half")
    infos = list_backups(backups)
    assert [(b.path, b.created, b.reason) for b in infos] == [
        (newer, NOW, "before-restore"),
        (older, NOW - timedelta(days=1), "auto"),
    ]
    assert all(b.size == b.path.stat().st_size > 0 for b in infos)
    assert list_backups(backups / "missing") == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("studyapp-20261121T120000Z.sqlite3", (NOW, "")),
        ("studyapp-20261121T120000Z-auto.sqlite3", (NOW, "auto")),
        ("studyapp-20261121T120000Z-before-restore-3.sqlite3", (NOW, "before-restore")),
        ("studyapp-20261121T120000Z-2.sqlite3", (NOW, "")),
        ("studyapp-2026-11-21.sqlite3", None),
        ("studyapp.sqlite3", None),
        ("studyapp-20261121T120000Z.sqlite3-wal", None),
    ],
)
def test_parse_backup_name(name, expected):
    assert parse_backup_name(name) == expected


def test_a_file_named_like_a_backup_on_a_day_that_does_not_exist_is_left_alone(store, backups):
    """A copy renamed by hand to "studyapp-20260230T…" (30 February) stopped every start
    and every command with a traceback: now it is no backup, listed and rotated never."""
    fill(store)
    good = make_backup(store, backups, NOW)
    odd = backups / "studyapp-20260230T120000Z-manual.sqlite3"
    odd.write_bytes(good.read_bytes())
    store.close()

    assert [b.path for b in list_backups(backups)] == [good]
    assert rotate(backups, NOW + timedelta(days=400)) == []
    assert odd.exists()
    reopened, report = open_store_safely(Path(store.path), backups, NOW)
    reopened.close()
    assert report is None


def test_backup_under_wal_with_an_open_writer_holds_only_committed_data(store, backups):
    fill(store, reviews=5)
    wal = Path(f"{store.path}-wal")
    assert wal.stat().st_size > 0  # the latest commits are still only in the WAL
    with store.transaction():  # a write in progress, not committed
        store._conn.execute("UPDATE reviews SET rating = 1")
        store._conn.execute("DELETE FROM reviews WHERE id = 1")
        path = make_backup(Path(store.path), backups, NOW)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ratings = [r[0] for r in conn.execute("SELECT rating FROM reviews ORDER BY id")]
    assert ratings == [3, 3, 3, 3, 3]


def test_backups_taken_while_another_thread_commits_are_each_consistent(store, backups):
    ids = fill(store, reviews=0)
    stop = threading.Event()
    writer_store = Store.open(store.path)

    def write() -> None:
        n = 0
        while not stop.is_set() and n < 5_000:
            record(writer_store, ids[n % 3], 1 + n % 4, 1.0, "study", n)
            n += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        made = [make_backup(store, backups, NOW + timedelta(seconds=i)) for i in range(10)]
    finally:
        stop.set()
        thread.join()
        writer_store.close()
    for path in made:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = [r[0] for r in conn.execute("SELECT id FROM reviews ORDER BY id")]
        assert rows == list(range(1, len(rows) + 1))  # a prefix of the commits, no gaps


@pytest.mark.parametrize(
    "problem",
    ["missing", "damaged"],
)
def test_nothing_to_back_up_is_a_store_error(tmp_path, backups, problem):
    path = tmp_path / "studyapp.sqlite3"
    if problem == "damaged":
        path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        make_backup(path, backups, NOW)
    assert ("no study database" if problem == "missing" else "damaged") in info.value.message
    assert list_backups(backups) == []


def test_an_unwritable_backup_folder_is_a_store_error(store, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="The backup was not made"):
        make_backup(store, blocker, NOW)


def test_a_full_disk_during_the_copy_leaves_no_backup_and_no_partial(store, backups, monkeypatch):
    fill(store)
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            conn.execute("PRAGMA max_page_count = 2")  # SQLite's own SQLITE_FULL
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(StoreError) as info:
        make_backup(store, backups, NOW)
    assert "full" in info.value.message
    assert "try again" in info.value.hint
    assert list(backups.iterdir()) == []
    store.set_setting("still", "works")  # the store is untouched and usable


def test_a_full_disk_at_the_rename_leaves_no_backup(store, backups, monkeypatch):
    def replace(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", replace)
    # Said as a full disk is said everywhere else, not "cannot write to …/backups".
    with pytest.raises(StoreError, match=r"the disk holding .* is full"):
        make_backup(store, backups, NOW)
    assert list(backups.iterdir()) == []


# --- rotation ------------------------------------------------------------------------

D, H = timedelta(days=1), timedelta(hours=1)

# (case, ages of the backups before NOW, ages expected to survive)
ROTATION_CASES = [
    ("nothing", [], []),
    ("everything within two days stays", [0 * H, 1 * H, 20 * H, 47 * H, 2 * D], None),
    ("one backup of any age stays", [400 * D], [400 * D]),
    ("older than a year goes, unless newest", [1 * H, 366 * D, 500 * D], [1 * H]),
    (
        "day tier: newest per UTC day",
        # NOW is 12:00 on the 21st: the 18th at 11:00 and 02:00 share a day, the 17th
        # at 23:00 is the day before; the 8th at 12:00 and 11:00 share one.
        [3 * D + 1 * H, 3 * D + 10 * H, 3 * D + 13 * H, 13 * D, 13 * D + 1 * H],
        [3 * D + 1 * H, 3 * D + 13 * H, 13 * D],
    ),
    (
        "week tier: newest per ISO week",
        # 2026-11-21 is a Saturday (ISO week 47). 16 and 17 days back are Thu/Wed
        # of week 45; 22 days back is Friday of week 44.
        [16 * D, 17 * D, 22 * D, 23 * D, 60 * D],
        [16 * D, 22 * D, 60 * D],
    ),
    (
        "month tier: newest per month",
        # 70 and 80 days back are both September 2026; 100 days back is August.
        [70 * D, 80 * D, 100 * D, 110 * D, 364 * D],
        [70 * D, 100 * D, 364 * D],
    ),
    (
        "boundaries: 2 days keeps all, 14 days is daily, then weekly, monthly, 365 the end",
        # Each pair just past a limit falls in the next tier, where the newer one wins.
        [
            *(2 * D, 2 * D + 1 * H, 2 * D + 2 * H),
            *(14 * D, 14 * D + 1 * H, 14 * D + 2 * H),
            *(61 * D + 1 * H, 61 * D + 2 * H, 365 * D, 365 * D + 1 * H),
        ],
        [2 * D, 2 * D + 1 * H, 14 * D, 14 * D + 1 * H, 61 * D + 1 * H, 365 * D],
    ),
    ("a backup from the future (clock set back) stays", [-3 * H, 30 * D], [-3 * H, 30 * D]),
]


@pytest.mark.parametrize(
    ("ages", "survivors"), [c[1:] for c in ROTATION_CASES], ids=[c[0] for c in ROTATION_CASES]
)
def test_rotation_keeps_exactly_what_the_rule_says(backups, ages, survivors):
    backups.mkdir(parents=True)
    paths = {}
    for age in ages:  # made by hand: the routine ones are thinned more (below)
        paths[age] = backup_file(backups, NOW - age, database_bytes(), "manual")
    expected = set(ages if survivors is None else survivors)
    removed = rotate(backups, NOW, UTC)  # its days: UTC's, wherever the tests run
    assert sorted(removed) == sorted(paths[a] for a in set(ages) - expected)
    assert {b.path for b in list_backups(backups)} == {paths[a] for a in expected}


def database_bytes() -> bytes:
    """A small, whole SQLite database file."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x)")
        return conn.serialize()


def backup_file(folder: Path, made: datetime, content: bytes, reason: str = "auto") -> Path:
    path = folder / f"studyapp-{made.strftime('%Y%m%dT%H%M%SZ')}-{reason}.sqlite3"
    path.write_bytes(content)
    return path


def test_rotation_keeps_good_backups_over_empty_or_cut_short_ones_of_the_same_day(backups):
    """A good backup each morning and an empty or cut-short one each evening: rotation
    kept the evening's (newest of its day) and deleted every good one. Only the good
    ones may count; the broken ones go."""
    backups.mkdir(parents=True)
    good, bad = [], []
    whole = database_bytes()
    for days in (3, 4, 5, 8, 20, 40):
        morning = (NOW - days * D).replace(hour=8)
        good.append(backup_file(backups, morning, whole))
        broken = b"" if days % 2 else whole[: len(whole) // 2]
        bad.append(backup_file(backups, morning.replace(hour=20), broken, "close"))
    # the newest of all is a file of other bytes: the newest good one is kept instead
    bad.append(backup_file(backups, NOW - H, b"not a database", "close"))
    rotate(backups, NOW)
    left = {b.path for b in list_backups(backups)}
    assert left == set(good)
    assert not any(p.exists() for p in bad)


def test_rotation_keeps_the_newest_backup_when_none_looks_usable(backups):
    backups.mkdir(parents=True)
    newest = backup_file(backups, NOW - 5 * D, b"")
    backup_file(backups, NOW - 6 * D, b"")
    rotate(backups, NOW)
    assert [b.path for b in list_backups(backups)] == [newest]


def test_a_year_of_backups_stays_small_and_spread_out():
    """Four backups a day for 400 days, rotating after each: what is left is bounded
    and still covers every month of the past year."""
    start = NOW - timedelta(days=400)
    kept: list[BackupInfo] = []
    for step in range(400 * 4):
        moment = start + timedelta(hours=6 * step)
        kept.append(BackupInfo(Path(f"b{step}"), moment, 1))
        survivors = retained(kept, moment, UTC)
        kept = [b for b in kept if b.path in survivors]
    end = start + timedelta(hours=6 * (400 * 4 - 1))
    assert len(kept) <= 9 + 12 + 8 + 12  # 2 days, 12 days, ~7 weeks, ~10 months, slack
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) >= 12
    assert min(end - b.created for b in kept) == timedelta(0)
    assert max(end - b.created for b in kept) <= timedelta(days=365)


def test_a_clock_set_back_years_keeps_the_backups_made_before(store, backups):
    """A machine whose clock went back to its firmware's date (a flat clock battery):
    the first backup after it rotated every backup made before away, as dated "in
    the future". They are kept now."""
    fill(store)
    made = [make_backup(store, backups, NOW - timedelta(days=d), "auto") for d in (0, 3, 40)]
    wrong = datetime(2000, 1, 1, tzinfo=UTC)
    after_reset = make_backup(store, backups, wrong, "close")

    assert rotate(backups, wrong) == []
    assert {b.path for b in list_backups(backups)} == {*made, after_reset}
    assert rotate(backups, wrong + timedelta(days=400)) == []  # as long as it stays wrong


def test_rotation_removes_old_partial_files_only(backups, monkeypatch):
    backups.mkdir(parents=True)
    stale = backups / ".studyapp-20261101T000000Z-auto.sqlite3.partial"
    fresh = backups / ".studyapp-20261121T115959Z-auto.sqlite3.partial"
    stale.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(stale, (0, 0))
    rotate(backups, NOW)
    assert not stale.exists()
    assert fresh.exists()


# --- restoring -----------------------------------------------------------------------


def test_restore_keeps_the_current_store_as_a_backup_first(store_path, backups):
    with Store.open(store_path) as s:
        fill(s, reviews=2)
        old = make_backup(s, backups, NOW - timedelta(hours=2))
        fill(s, reviews=4, start_ms=50_000)  # studied after that backup
        current = review_rows(store_path)
    assert len(current) == 6

    kept = restore_backup(old, store_path, backups, NOW)

    assert kept is not None
    assert kept.name == "studyapp-20261121T120000Z-before-restore.sqlite3"
    assert review_rows(kept) == current  # nothing studied is lost
    assert review_rows(store_path) == review_rows(old)
    assert not Path(f"{store_path}-wal").exists()
    assert not Path(f"{store_path}-shm").exists()
    assert old.exists()  # the backup itself is only read
    with Store.open(store_path) as s:
        assert len(s.reviews()) == 2


def test_restore_into_an_empty_data_folder(tmp_path, store_path, backups):
    source = tmp_path / "elsewhere" / "studyapp.sqlite3"
    source.parent.mkdir()
    with Store.open(source) as s:
        fill(s)
    assert restore_backup(source, store_path, backups, NOW) is None
    assert review_rows(store_path) == review_rows(source)


def test_restore_moves_a_damaged_store_aside(store_path, backups, tmp_path):
    with Store.open(store_path) as s:
        fill(s)
        good = make_backup(s, backups, NOW - D)
    store_path.write_bytes(b"\x00garbage" * 1000)
    kept = restore_backup(good, store_path, backups, NOW)
    assert kept == store_path.with_name("studyapp.sqlite3.damaged-20261121T120000Z")
    assert kept.read_bytes() == b"\x00garbage" * 1000
    assert review_rows(store_path) == review_rows(good)


def _garbage(path: Path, good: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flipped(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    for i in range(4096, len(data), 4096):  # the b-tree header of every page but the first
        data[i : i + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def _other_app(path: Path, good: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")


def _newer_version(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _empty(path: Path, good: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("make_bad", "why"),
    [
        (_garbage, "not a database"),
        (_truncated, "damaged"),
        (_flipped, "damaged"),
        (_other_app, "not a StudyApp database"),
        (_newer_version, "newer version"),
        (_empty, "not a StudyApp database"),
        (None, "file not found"),
    ],
    ids=["garbage", "truncated", "flipped-bytes", "other-app", "newer", "empty", "missing"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    store_path, backups, tmp_path, make_bad, why
):
    with Store.open(store_path) as s:
        fill(s)
        good = make_backup(s, backups, NOW - D)
    before = digest(store_path)
    bad = tmp_path / "bad.sqlite3"
    if make_bad is not None:
        make_bad(bad, good)
    with pytest.raises(StoreError) as info:
        restore_backup(bad, store_path, backups, NOW)
    assert why in info.value.message
    assert "\n" not in str(info.value)
    assert digest(store_path) == before
    assert [b.path for b in list_backups(backups)] == [good]
    assert not store_path.with_name("studyapp.sqlite3.restoring").exists()


def test_restore_refuses_while_the_store_is_open(store, backups):
    fill(store)
    good = make_backup(store, backups, NOW - D)
    with pytest.raises(StoreError, match="in use"):
        restore_backup(good, Path(store.path), backups, NOW)
    assert len(store.reviews()) == 3  # still working
    assert [b.path for b in list_backups(backups)] == [good]


# --- scheduling ----------------------------------------------------------------------


def test_scheduler_backs_up_only_after_a_change_and_the_interval():
    clock = FakeClock(NOW)
    scheduler = BackupScheduler(clock)
    assert scheduler.interval == timedelta(minutes=30)
    assert not scheduler.should_backup(changed=False)
    clock.advance(hours=2)
    assert not scheduler.should_backup(changed=False)  # nothing changed: no backup
    assert scheduler.should_backup(changed=True)
    assert scheduler.should_backup()  # the change is remembered until done
    scheduler.mark_done()
    assert not scheduler.changed
    clock.advance(minutes=29)
    assert not scheduler.should_backup(changed=True)  # too soon
    clock.advance(minutes=1)
    assert scheduler.should_backup()
    scheduler.mark_failed()
    assert scheduler.changed
    assert not scheduler.should_backup()  # retried one interval later
    clock.advance(minutes=30)
    assert scheduler.should_backup()


def test_auto_backup_follows_the_store_changes(store, backups):
    clock = FakeClock(NOW)
    auto = AutoBackup(store, backups, clock)
    clock.advance(hours=1)
    assert auto.tick() is None  # nothing changed since start
    fill(store)
    assert auto.tick().name.endswith("-auto.sqlite3")
    clock.advance(minutes=10)
    store.set_setting("theme", "dark")
    assert auto.tick() is None  # changed, but within 30 minutes
    assert auto.on_close() is None  # a small change 10 minutes after a backup
    clock.advance(hours=1)
    closing = auto.on_close()  # closing backs up what changed since, an hour on
    assert closing is not None and closing.name.endswith("-close.sqlite3")
    assert auto.on_close() is None  # nothing new
    assert len(list_backups(backups)) == 2


def test_closing_makes_a_first_backup_even_without_changes(store, backups):
    auto = AutoBackup(store, backups, FakeClock(NOW))
    assert auto.on_close() is not None
    assert auto.on_close() is None


def test_a_failed_automatic_backup_raises_once_and_retries_later(store, tmp_path):
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the folder should be")
    clock = FakeClock(NOW)
    auto = AutoBackup(store, blocker, clock)
    fill(store)
    clock.advance(minutes=31)
    with pytest.raises(StoreError, match="The backup was not made"):
        auto.tick()
    clock.advance(minutes=1)
    assert auto.tick() is None  # not retried on every tick
    blocker.unlink()
    clock.advance(minutes=30)
    assert auto.tick() is not None  # the change was not forgotten


def test_an_import_through_another_connection_is_backed_up(store, store_path, backups):
    """The window imports on a worker with a connection of its own: the automatic and
    the closing backup never saw it, and the only backup left lacked the import."""
    auto = AutoBackup(store, backups, FakeClock(NOW))
    assert auto.on_close() is not None  # the first backup, of an empty store
    with Store.open(store_path) as worker:  # the import worker's own connection
        fill(worker, reviews=0)
    assert store.question_count() == 3
    closing = auto.on_close()
    assert closing is not None
    with Store.open(closing) as copy:
        assert copy.question_count() == 3
    assert auto.on_close() is None  # nothing new since


def test_caching_rendered_answers_is_not_a_change_worth_a_backup(store, backups):
    fill(store)
    clock = FakeClock(NOW)
    auto = AutoBackup(store, backups, clock)
    assert auto.on_close() is not None  # the first backup
    qid = store.questions()[0].id
    store.store_html(qid, "light", "hash", "<p>cached</p>")
    assert auto.on_close() is None  # only the cache was written since
    store.set_setting("theme", "dark")
    clock.advance(minutes=61)  # past the hour a small change may wait
    assert auto.on_close() is not None
