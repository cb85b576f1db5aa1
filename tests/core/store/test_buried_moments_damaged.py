"""A bury's moment written by another tool or damaged: text, a date the calendar has
not, a number past the year 9999, bytes. Every start stopped with a traceback
("invalid literal for int()", "timestamp out of range"), `studyapp decks` too. Such a
moment now reads as no bury, as every other stored time the app cannot read does
(core.store.values), and one written in seconds is made milliseconds by the start's
repair of times, so that question stays buried."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from studyapp import startup
from studyapp.cli import main
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill
from tests.ui.conftest import ScriptedMessages

NOW_MS = int(NOW.timestamp() * 1000)
TOMORROW_MS = int((NOW + timedelta(days=1)).timestamp() * 1000)


def buried_store(folder):
    """A store with two questions buried until tomorrow; their ids."""
    folder.mkdir()
    path = store_path(folder)
    with Store.open(path) as store:
        fill(store, reviews=2)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())
        qids = [q.id for q in store.questions()][:2]
        assert store.bury(qids, TOMORROW_MS) == set(qids)
    return path, qids


def write(path, sql, *args) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(sql, args)


@pytest.mark.parametrize(
    "moment",
    ["soon", "2026-13-45", 1e300, b"\x00\xff\xfe"],
    ids=["word", "no-such-date", "past-9999", "bytes"],
)
def test_an_unreadable_bury_moment_reads_as_no_bury_and_the_app_starts(tmp_path, moment):
    folder = tmp_path / "data"
    path, (damaged, kept) = buried_store(folder)
    write(path, "UPDATE buried SET until_ms = ? WHERE question_id = ?", moment, damaged)

    assert main(["decks", "--data-dir", str(folder)]) in (0, 2)  # no traceback

    opened = startup.open_user_store(folder, ScriptedMessages(), NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert opened.store.buried_until(NOW_MS) == {kept: TOMORROW_MS}
    finally:
        opened.store.close()
        opened.release()


def test_a_bury_moment_written_in_seconds_is_made_milliseconds_and_stays(tmp_path):
    folder = tmp_path / "data"
    path, (in_seconds, kept) = buried_store(folder)
    write(
        path, "UPDATE buried SET until_ms = ? WHERE question_id = ?", TOMORROW_MS / 1000, in_seconds
    )

    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    assert opened is not None and opened.read_only is None
    try:
        assert opened.store.buried_until(NOW_MS) == {in_seconds: TOMORROW_MS, kept: TOMORROW_MS}
    finally:
        opened.store.close()
        opened.release()
