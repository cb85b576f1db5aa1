"""The store's file deleted while the app runs, then a restart. The app saved what it
had open as studyapp-open-<time>.sqlite3 (core.store.replaced), yet the start
restored the newest backup (older, one review short) and ran two problems together
in some 150 words; the person had to restore the copy again by hand. Now the start
weighs the app's own copies with the backups and restores the newest sound one that
holds the most, and says so in a few words."""

from __future__ import annotations

import html
import re
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from studyapp import startup
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill
from tests.helpers.cards import record
from tests.ui.conftest import ScriptedMessages


def start(folder, now):
    """Start the app on `folder`: (reviews in the store, each message without its title)."""
    messages = ScriptedMessages()
    opened = startup.open_user_store(folder, messages, now, ask=None)
    assert opened is not None
    reviews = len(opened.store.reviews())
    opened.store.close()
    opened.release()
    return reviews, [
        html.unescape(re.sub(r"<b>.*?</b>|<[^>]+>", " ", t)) for _k, _t, t in messages.shown
    ]


def grade_then_delete(folder, now, *, backed_up: bool):
    """Open a store, grade (a backup made `backed_up`), grade once more, delete the
    file under the open store, grade again (the app saves its copy), close."""
    path = store_path(folder)
    store = Store.open(path)
    ids = fill(store, reviews=3)
    if backed_up:
        make_backup(store, folder / "backups", now - timedelta(hours=1), "auto")
    record(store, ids[0], 4, 2.0, "study", 90_000)  # after the backup: only in the store
    path.unlink()
    with pytest.raises(StoreError, match="deleted"):  # nothing written, a copy saved
        record(store, ids[1], 4, 2.0, "study", 90_001)
    store.close()
    (copy,) = folder.glob("studyapp-open-*.sqlite3")
    return copy


@pytest.mark.parametrize("backed_up", [True, False], ids=["with-backup", "before-any-backup"])
def test_the_copy_the_app_saved_is_restored_with_every_grade(tmp_path, backed_up):
    folder = tmp_path / "data"
    folder.mkdir()
    now = datetime.now(UTC)
    copy = grade_then_delete(folder, now, backed_up=backed_up)

    reviews, said = start(folder, now)
    assert reviews == 4  # every grade saved, the one after the backup with them
    (message,) = said
    assert copy.name in message and "deleted or moved" in message
    if backed_up:
        assert str(folder / "backups") in message  # where the other copies are
    assert len(message.split()) <= 60
    assert sorted(folder.glob(f"{copy.name}*")) == [copy]  # kept as it was, on its own

    assert start(folder, now) == (4, [])  # nothing more to say at the next start


def test_an_empty_file_put_in_the_store_s_place_gives_way_to_the_saved_copy(tmp_path):
    """The file deleted under the app, then an empty one in its place (a sync tool)."""
    folder = tmp_path / "data"
    folder.mkdir()
    now = datetime.now(UTC)
    copy = grade_then_delete(folder, now, backed_up=True)
    store_path(folder).write_bytes(b"")

    reviews, (message,) = start(folder, now)
    assert reviews == 4 and copy.name in message and "empty" in message
    assert len(message.split()) <= 60


def copy_named(source, folder, stamp: datetime):
    target = folder / f"studyapp-open-{stamp:%Y%m%dT%H%M%SZ}.sqlite3"
    shutil.copyfile(source, target)
    return target


def test_of_two_saved_copies_the_newest_is_restored(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    now = datetime.now(UTC)
    path = store_path(folder)
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        make_backup(store, folder / "backups", now - timedelta(days=2), "auto")
        older = make_backup(store, tmp_path / "elsewhere", now)
        record(store, ids[0], 4, 2.0, "study", 90_000)
        record(store, ids[1], 4, 2.0, "study", 90_001)
        newer = make_backup(store, tmp_path / "later", now)
    copy_named(older, folder, now - timedelta(days=1))
    kept = copy_named(newer, folder, now - timedelta(hours=1))
    path.unlink()

    reviews, (message,) = start(folder, now)
    assert reviews == 5 and kept.name in message


def test_a_saved_copy_older_than_the_newest_backup_does_not_outrank_it(tmp_path):
    """A copy saved days ago (the person went on from the file put in its place):
    the backups made since hold the grades after it."""
    folder = tmp_path / "data"
    folder.mkdir()
    now = datetime.now(UTC)
    path = store_path(folder)
    with Store.open(path) as store:
        ids = fill(store, reviews=3)
        old = make_backup(store, tmp_path / "elsewhere", now)
        record(store, ids[0], 4, 2.0, "study", 90_000)
        make_backup(store, folder / "backups", now - timedelta(hours=1), "auto")
    copy_named(old, folder, now - timedelta(days=3))
    path.unlink()

    reviews, (message,) = start(folder, now)
    assert reviews == 4 and "backup" in message
