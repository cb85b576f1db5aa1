"""Preferences whose stored value cannot be read (a hand edit, another tool): text
where a number belongs, JSON cut short, a list of words for the FSRS parameters. Each
read as its default, so the app studied on, but with no word: the person's 50
reviews a day became 200, their fitted parameters the defaults. The full check now
names them as the Preferences dialog does, keeps the file as it was, and takes the
unreadable values out, so they are said once; readable ones are left as they are."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from studyapp.core import settings_schema
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.test_backup import NOW, fill

UNREAD = {
    settings_schema.REVIEWS_PER_DAY: ('"fifty"', "Maximum reviews per day, per deck"),
    settings_schema.FSRS_PARAMETERS: ("[0.4, 1.2", "FSRS parameters"),
    settings_schema.WATCH_SOURCES: ('"yes"', "Re-import notes when they change"),
}


def stored(path, values: dict[str, str]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for key, raw in values.items():
            conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, raw))


@pytest.mark.parametrize("keys", [sorted(UNREAD), [settings_schema.REVIEWS_PER_DAY]])
def test_unreadable_preferences_are_named_once_and_readable_ones_kept(tmp_path, keys):
    opened_and_said(tmp_path, keys, UNREAD)


# Numbers FSRS refuses: fitted by another version (19 weights) or edited out of bounds.
REFUSED = {
    "another version's count": "[" + ", ".join(["0.5"] * 19) + "]",
    "a weight out of bounds": "[-5" + ", 1.0" * 20 + "]",
}


@pytest.mark.parametrize("raw", REFUSED.values(), ids=REFUSED.keys())
def test_fsrs_parameters_fsrs_refuses_are_said_not_used_in_silence(tmp_path, raw):
    opened_and_said(
        tmp_path,
        [settings_schema.FSRS_PARAMETERS],
        {settings_schema.FSRS_PARAMETERS: (raw, "FSRS parameters")},
    )


def opened_and_said(tmp_path, keys, unread) -> None:
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
        settings_schema.write(store, settings_schema.NEW_PER_DAY, 35)  # the person's own
    stored(path, {key: unread[key][0] for key in keys})

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and report.damaged_path is not None
        for key in keys:
            assert f"“{unread[key][1]}”" in report.message
        assert "set them again in Preferences" in report.message
        values = settings_schema.load_settings(store)
        assert values[settings_schema.NEW_PER_DAY] == 35
        for key in keys:
            assert values[key] == settings_schema.setting(key).default
        assert len(store.reviews()) == 3
    with contextlib.closing(sqlite3.connect(report.damaged_path)) as kept:
        assert (
            dict(kept.execute("SELECT key, value FROM settings").fetchall())[keys[0]]
            == (unread[keys[0]][0])
        )
    store, again = open_store_safely(path, tmp_path / "backups", NOW + timedelta(days=2))
    store.close()
    assert again is None  # said once


def test_a_value_out_of_range_is_no_unreadable_preference(tmp_path):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
    stored(path, {settings_schema.NEW_PER_DAY: "100000"})  # read clamped to the maximum
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is None
        assert settings_schema.read(store, settings_schema.NEW_PER_DAY) == 9999
