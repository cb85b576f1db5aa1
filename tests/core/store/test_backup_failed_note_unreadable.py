"""The note of a backup that failed on closing (a setting, or the file beside the store
when the full disk refused the store too) that no StudyApp wrote: JSON nested too deep
to decode, or a time past year 9999 once in UTC. Reading it at the next start raised
RecursionError or OverflowError, a traceback over a sound store. It is said with what
can be read of it (the reason, with no time), or not at all."""

from __future__ import annotations

import pytest

from studyapp.core import unfinished
from studyapp.core.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "studyapp.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize("at", ["9999-12-31T23:30:00-05:00", "not a time", 12])
def test_a_note_whose_time_cannot_be_read_is_said_without_it(store, at):
    store.set_setting(unfinished.K_BACKUP_FAILED, {"at": at, "why": "the disk is full"})
    said = unfinished.backup_failed(store)
    assert said is not None and said.why == "the disk is full"


def test_a_note_file_nested_too_deep_is_no_note(store, tmp_path):
    mark = tmp_path / f"studyapp.sqlite3{unfinished.BACKUP_FAILED_MARK}"
    mark.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert unfinished.backup_failed(store) is None
