"""Times written by another tool in another unit than StudyApp's milliseconds since 1970:
a script that logged reviews with `time.time()` (seconds, with a fraction), a hand edit
in a database browser that typed dates as text ('2026-11-21T09:00:00Z'), a tool that
counts in microseconds.

A date in text left the review out of every view (the history, the statistics, the
weak-topic report): the window showed none of the person's grades and said nothing.
A time in seconds dated each review in January 1970. Now the start finds them (read
through the index on time, so it costs nothing on a sound store), keeps a copy of the
file as it was, rewrites them in milliseconds and says so."""

from __future__ import annotations

import contextlib
import html
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from studyapp import startup
from studyapp.cli import main
from studyapp.core.clock import FakeClock
from studyapp.core.paths import store_path
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.stats import collect_stats
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.store.test_values_out_of_range import mocked
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages

# (how another tool wrote reviewed_at_ms, from the milliseconds in it; how exactly the
# repair can give the time back, in ms)
DAMAGE = {
    "iso-text": ("strftime('%Y-%m-%dT%H:%M:%SZ', {c} / 1000, 'unixepoch')", 1000),
    "iso-text-local-offset": (
        "strftime('%Y-%m-%d %H:%M:%f', {c} / 1000.0 + 7200, 'unixepoch') || '+02:00'",
        1,
    ),
    "seconds": ("{c} / 1000", 1000),
    "seconds-with-fraction": ("{c} / 1000.0", 1),
    "microseconds": ("{c} * 1000", 1),
}


def studied(folder: Path) -> tuple[Path, dict[int, int]]:
    """A store with reviews and mock interviews; its reviews' times by id."""
    folder.mkdir()
    path = store_path(folder)
    clock = FakeClock(NOW - timedelta(hours=1))
    with Store.open(path) as store:
        fill(store, reviews=5, start_ms=int((NOW - timedelta(days=2)).timestamp() * 1000) + 123)
        mocked(store, clock)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # the daily check was done
        times = {r.id: r.reviewed_at_ms for r in store.reviews()}
    return path, times


def write(path: Path, sql: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(sql)


@pytest.mark.parametrize("how", sorted(DAMAGE))
def test_times_in_another_unit_are_made_milliseconds_and_every_review_shows(tmp_path, how):
    folder = tmp_path / "data"
    path, times = studied(folder)
    convert, within = DAMAGE[how]
    write(path, f"UPDATE reviews SET reviewed_at_ms = {convert.format(c='reviewed_at_ms')}")
    write(path, f"UPDATE mock_sessions SET started_at_ms = {convert.format(c='started_at_ms')}")

    assert main(["decks", "--data-dir", str(folder)]) == 2  # left for the window to repair

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        store = opened.store
        seen = {r.id: r.reviewed_at_ms for r in store.reviews()}
        assert seen.keys() == times.keys()
        assert all(abs(seen[i] - times[i]) < within for i in times)
        stats = collect_stats(store, None, NOW, SpacedRepetition(), tz=UTC)
        assert stats.total_ratings == len(times)
        assert len(store.mock_session_stats()) == 1  # the finished mock is back
        for session in store.mock_session_stats():
            started = datetime.fromtimestamp(session.session.started_at_ms / 1000, UTC)
            assert abs(started - (NOW - timedelta(hours=1))) < timedelta(minutes=5)
    finally:
        opened.store.close()
        opened.release()
    (kind, _title, text), *_ = messages.shown
    text = html.unescape(text)
    assert kind == "warn" and "milliseconds" in text and "reviews and progress are kept" in text
    kept = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert kept, "a copy of the file as it was"


def test_a_time_no_unit_explains_is_left_out_without_a_check_at_every_start(tmp_path):
    """'yesterday' is no time in any unit: read as absent as before, and the start does
    not run the full check for it again and again."""
    folder = tmp_path / "data"
    path, times = studied(folder)
    write(path, "UPDATE reviews SET reviewed_at_ms = 'yesterday' WHERE id = 1")
    for _ in range(2):
        messages = ScriptedMessages()
        opened = startup.open_user_store(folder, messages, NOW, ask=None)
        assert opened is not None
        try:
            assert {r.id for r in opened.store.reviews()} == times.keys() - {1}
        finally:
            opened.store.close()
            opened.release()
        assert messages.shown == []
    with Store.open(path) as store:
        assert store.get_setting(K_FULL_CHECK_AT) == NOW.isoformat()  # not run again
