"""A bit flipped in the header's file format numbers (offsets 18 and 19: the versions
of SQLite's file format that may write and read the file, 1 or 2 in every file any
SQLite wrote), by a failing disk or a bad copy of the folder.

A write version past 2 makes SQLite open the file read-only: every start said "the
study database is read-only … Check the file's permissions", permissions that were
fine, and nothing could be graded. A read version past 2 makes SQLite refuse the file
as no database: the repair read it page by page and said rows on damaged pages were
missing, of a file whose every page was sound. Both are damage to the header now,
said as such, and every row is copied into a new store."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from tests.conftest import REPO_ROOT
from tests.core.store.test_flipped_version import studied
from tests.core.store.test_log_damaged_part_way import KILLED
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def with_format(path, offset: int, number: int) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(bytes([number]))


@pytest.mark.parametrize(("offset", "number"), [(18, 3), (18, 0x82), (19, 3), (19, 0)])
def test_a_flipped_format_number_is_damage_and_every_review_is_kept(
    tmp_path, capsys, offset, number
):
    path = studied(tmp_path)
    with_format(path, offset, number)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        assert "read-only" not in report.message and "permissions" not in report.message
        assert "the header is damaged" in report.message
        assert report.whole and "Your reviews and progress are kept" in report.message
        assert len(store.reviews()) == 5 and len(store.questions()) == 3
        # The store in use takes grades again.
        record(store, store.questions()[0].id, 3, 4.0, "study", 50_000)
        assert len(store.reviews()) == 6
    assert main(["decks", "--data-dir", str(path.parent)]) == 0
    assert "3 questions" in capsys.readouterr().out


def test_grades_only_in_the_log_beside_a_flipped_read_version_are_kept(tmp_path):
    path = studied(tmp_path)  # 5 reviews in the file itself
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    # Ten grades more, left in the log by a session that ended without closing.
    subprocess.run([sys.executable, "-c", KILLED, str(path)], check=True, env=env, cwd=REPO_ROOT)
    assert os.path.getsize(f"{path}-wal") > 0
    with_format(path, 19, 3)
    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None and "the header is damaged" in report.message
        assert len(store.reviews()) == 15
