"""A name in the backups folder that is the study database itself: a hard link to the
store (a tool that links rather than copies), or a symbolic link to it. Listed as the
newest backup, it was no snapshot: each grade changed it too, its date was false, and
"restoring" it copied the store onto itself. The start now moves such a name aside
(kept: a link holds no data of its own), so no listed backup is the store."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from studyapp.core.store.backup import list_backups
from studyapp.core.store.backup_writer import make_backup
from tests.core.test_backup import NOW, fill

LINKED = "studyapp-20261120T120000Z-auto.sqlite3"


def hard_link(path, backups) -> None:
    os.link(path, backups / LINKED)


def symbolic_link(path, backups) -> None:
    (backups / LINKED).symlink_to(path)


@pytest.mark.parametrize("link", [hard_link, symbolic_link])
def test_a_backup_that_is_the_store_itself_is_no_longer_listed(tmp_path, link):
    path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    with Store.open(path) as store:
        fill(store)
        make_backup(store, backups, NOW - timedelta(days=3), "auto")
    link(path, backups)
    assert any(os.path.samefile(b.path, path) for b in list_backups(backups))

    store, report = open_store_safely(path, backups, NOW)
    store.close()
    assert report is None
    listed = list_backups(backups)
    assert [b.created for b in listed] == [NOW - timedelta(days=3)]  # the real one
    assert not any(os.path.samefile(b.path, path) for b in listed)
    (aside,) = backups.glob(f"{LINKED}.set-aside-*")  # kept, not deleted
    assert os.path.samefile(aside, path)
    # the next start leaves everything as it is
    store, report = open_store_safely(path, backups, NOW + timedelta(hours=1))
    store.close()
    assert report is None and len(list_backups(backups)) == 1
