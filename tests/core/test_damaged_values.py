"""Rows the app did not write as they are (a hand-edited store, bit rot, another
version): each reads as absent or as its default, and nothing stops."""

from __future__ import annotations

import pytest

from studyapp.core import settings_schema
from studyapp.core.mock import MockSettings
from studyapp.core.mock import load_settings as load_mock_settings
from studyapp.core.recovery import open_store_safely
from studyapp.core.render import DEFAULT_LINE_BREAKS, line_breaks_for
from studyapp.core.store import Store
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "studyapp.sqlite3"


def write_raw(store: Store, sql: str, params: tuple = ()) -> None:
    with store.transaction():
        store._conn.execute(sql, params)


@pytest.mark.parametrize(
    "raw",
    ["{not json", "1e999", "[NaN, 1]", "Infinity", b"\xff{"],
    ids=["not-json", "overflowing-number", "nan", "infinity", "bytes"],
)
def test_an_unreadable_setting_reads_as_its_default_and_the_app_still_starts(
    store_path, tmp_path, raw
):
    with Store.open(store_path) as store:
        fill(store)
        for key in (
            K_FULL_CHECK_AT,  # read by the start-up check
            settings_schema.REVIEWS_PER_DAY,
            settings_schema.FSRS_PARAMETERS,
            "deck.1.line_breaks",
            "mock.settings",
        ):
            write_raw(store, "INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, raw))

    store, _report = open_store_safely(store_path, tmp_path / "backups", NOW)
    with store:
        assert settings_schema.load_settings(store) == settings_schema.defaults()
        assert line_breaks_for(store.get_setting, 1) == DEFAULT_LINE_BREAKS
        assert load_mock_settings(store) == MockSettings()
        assert len(store.reviews()) == 3
        store.set_setting(settings_schema.REVIEWS_PER_DAY, 50)  # and can be set again
        assert settings_schema.read(store, settings_schema.REVIEWS_PER_DAY) == 50
