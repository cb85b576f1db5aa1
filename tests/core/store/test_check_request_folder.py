"""A folder under the name of the full check's request (``<store>.needs-check``: a
sync tool's conflict copy, a hand edit). The request is a file the app removes once
the check is done; a folder could not be removed that way (the error was ignored),
so the full check ran at every start, silently, and no request could be written
where it stood. It is now moved aside once the check is done (kept, with whatever it
holds), the log says where, and the next start is the quick one again."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.errors import check_marker, request_check
from studyapp.core.store.recovery import K_FULL_CHECK_AT
from tests.core.test_backup import NOW, fill


def folder(marker, tmp_path) -> None:
    marker.mkdir()


def folder_with_a_file(marker, tmp_path) -> None:
    marker.mkdir()
    (marker / "notes.txt").write_text("someone's file")


def link_to_a_folder(marker, tmp_path) -> None:
    (tmp_path / "elsewhere").mkdir()
    marker.symlink_to(tmp_path / "elsewhere")


@pytest.mark.parametrize("make", [folder, folder_with_a_file, link_to_a_folder])
def test_a_folder_named_as_the_check_request_is_moved_aside_once(tmp_path, make, caplog):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        fill(store)
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # the daily check is not due
    marker = check_marker(path)
    make(marker, tmp_path)
    held = sorted(p.name for p in marker.iterdir())

    later = NOW + timedelta(hours=1)
    with caplog.at_level(logging.WARNING):
        store, report = open_store_safely(path, tmp_path / "backups", later)
    with store:
        assert report is None
        assert store.get_setting(K_FULL_CHECK_AT) == later.isoformat()  # asked, so it ran
    assert not marker.exists() and not marker.is_symlink()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(f"{marker.name}.set-aside")]
    if make is link_to_a_folder:
        assert kept == [] and (tmp_path / "elsewhere").is_dir()  # the link only, removed
    else:
        (aside,) = kept
        assert sorted(p.name for p in aside.iterdir()) == held  # kept, with what it held
        assert str(aside) in caplog.text

    # the next start, the same day: the quick one
    store, report = open_store_safely(path, tmp_path / "backups", later + timedelta(hours=1))
    with store:
        assert report is None
        assert store.get_setting(K_FULL_CHECK_AT) == later.isoformat()
    request_check(path)  # and a request can be made again
    assert marker.is_file()
