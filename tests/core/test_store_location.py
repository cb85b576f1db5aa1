"""A store whose path is a symbolic link (the file kept on another drive), a link that
leads nowhere, and other things in the store's place (core.store.location)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.backup import make_backup, restore_backup
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store, StoreError
from tests.core.test_backup import fill
from tests.core.test_recovery import garbage
from tests.helpers.cards import record
from tests.test_cli import NOTES, run

NOW = datetime(2026, 11, 21, 12, 0, 0, tzinfo=UTC)


def reviews(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


@pytest.fixture
def linked(tmp_path) -> tuple[Path, Path, Path]:
    """(the link in the data folder, the file on the "drive", the backups folder): a store
    with 3 reviews, a backup holding 2 of them."""
    drive = tmp_path / "drive"
    drive.mkdir()
    real = drive / "studyapp.sqlite3"
    data = tmp_path / "data"
    data.mkdir()
    link = data / "studyapp.sqlite3"
    link.symlink_to(real)
    backups = data / "backups"
    with Store.open(link) as store:
        ids = fill(store, reviews=2)
        make_backup(store, backups, NOW, "auto")
        record(store, ids[0], 4, 1.0, "study", 50_000)
    return link, real, backups


def test_a_store_linked_to_a_drive_not_mounted_is_refused_and_the_link_kept(linked, tmp_path):
    link, real, backups = linked
    unplugged = tmp_path / "unplugged"
    real.parent.rename(unplugged)  # the drive is not mounted

    with pytest.raises(StoreError) as raised:
        open_store_safely(link, backups, NOW)

    assert str(real) in raised.value.message and "not available" in raised.value.message
    assert link.is_symlink() and not link.exists()  # no backup put in its place
    unplugged.rename(real.parent)  # the drive comes back: the real store, all of it
    store, report = open_store_safely(link, backups, NOW)
    with store:
        assert report is None and len(store.reviews()) == 3
    assert link.is_symlink()


def test_a_damaged_linked_store_is_restored_where_the_link_points(linked):
    link, real, backups = linked
    garbage(real)

    store, report = open_store_safely(link, backups, NOW)
    store.close()

    assert report is not None and report.restored is not None
    assert link.is_symlink() and link.resolve() == real
    assert reviews(real) == 2  # the backup, on the drive, used through the link
    assert report.damaged_path.parent == real.parent  # moved aside beside the file


def test_restoring_a_backup_through_a_link_keeps_the_link(linked):
    link, real, backups = linked
    backup = next(backups.iterdir())

    kept = restore_backup(backup, link, backups, NOW)

    assert link.is_symlink() and link.resolve() == real
    assert reviews(link) == 2
    assert kept is not None and reviews(kept) == 3


@pytest.mark.parametrize("command", [("decks",), ("backup",), ("import", "notes.md")])
def test_commands_name_the_unavailable_target_and_leave_the_link(linked, tmp_path, command):
    link, real, _backups = linked
    real.parent.rename(tmp_path / "unplugged")
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    args = [str(tmp_path / a) if a.endswith(".md") else a for a in command]

    result = run(*args, data_dir=link.parent)

    assert result.returncode == 2
    assert f"is a link to {real}, which is not available" in result.stderr
    assert "Traceback" not in result.stderr
    assert link.is_symlink() and not link.exists()


def _folder(path: Path) -> None:
    path.mkdir()


def _self_link(path: Path) -> None:
    path.symlink_to(path)


@pytest.mark.parametrize(
    ("make", "said"),
    [(_folder, "is a folder, not StudyApp's study database file"), (_self_link, "(a loop)")],
    ids=["folder", "link-loop"],
)
def test_a_store_path_that_cannot_be_a_database_says_what_it_is(tmp_path, make, said):
    """A folder said "disk I/O error… check that the disk is connected"; a link to
    itself was called a deleted store, and a backup restored in its place."""
    data = tmp_path / "data"
    data.mkdir()
    store = data / "studyapp.sqlite3"
    with Store.open(tmp_path / "old.sqlite3") as old:
        fill(old)
        make_backup(old, data / "backups", NOW, "auto")
    make(store)

    with pytest.raises(StoreError) as info:
        open_store_safely(store, data / "backups", NOW)
    assert said in info.value.message and "I/O" not in info.value.message
    assert store.is_symlink() or store.is_dir()  # left as it was
    result = run("decks", data_dir=data)
    assert result.returncode == 2 and said in result.stderr


@pytest.mark.parametrize(
    ("make", "said"),
    [(_folder, "is a folder, not StudyApp's study database file"), (_self_link, "(a loop)")],
    ids=["folder", "link-loop"],
)
def test_the_window_says_what_the_store_path_is_once(tmp_path, make, said):
    """The window's start tries a read-only window after the writing one fails: the
    same reason stopped both, and its message said it twice ("… It cannot be read
    either: …" and the same words again)."""
    from studyapp import startup
    from tests.ui.conftest import ScriptedMessages

    data = tmp_path / "data"
    data.mkdir()
    make(data / "studyapp.sqlite3")
    with pytest.raises(StoreError) as info:
        startup.open_user_store(data, ScriptedMessages(), NOW, ask=None)
    assert info.value.message.count(said) == 1 and "either" not in info.value.message


@pytest.mark.parametrize("state", ["missing", "damaged"])
def test_backups_on_a_drive_not_connected_are_waited_for_not_taken_for_none(tmp_path, state):
    """The backups folder a link to another drive, not connected, and the store missing
    or damaged beyond saving: taken for a store with no backup, a new, empty one started
    in its place (or, missing, silently: a first start), and once the drive was back no
    backup ever replaced it. Now nothing changes until the drive is connected."""
    data, drive = tmp_path / "data", tmp_path / "drive"
    data.mkdir()
    (drive / "backups").mkdir(parents=True)
    store_path, backups = data / "studyapp.sqlite3", data / "backups"
    backups.symlink_to(drive / "backups")
    with Store.open(store_path) as store:
        fill(store, reviews=3)
        make_backup(store, backups, NOW, "auto")
    if state == "missing":
        store_path.unlink()
    else:
        garbage(store_path)
    before = sorted(p.name for p in data.iterdir())
    unplugged = tmp_path / "unplugged"
    drive.rename(unplugged)

    with pytest.raises(StoreError) as raised:
        open_store_safely(store_path, backups, NOW)
    assert "not available" in raised.value.message and str(backups) in raised.value.message
    assert sorted(p.name for p in data.iterdir()) == before  # nothing moved, nothing new

    unplugged.rename(drive)  # connected again: the backup is restored
    store, report = open_store_safely(store_path, backups, NOW)
    with store:
        assert len(store.reviews()) == 3
    assert report is not None and report.restored is not None


def test_a_backup_to_a_drive_not_connected_says_so(tmp_path):
    """It said "cannot write to …/backups (File exists). Free some space or check the
    folder's permissions", which sent the person to the wrong place."""
    store_path, backups = tmp_path / "studyapp.sqlite3", tmp_path / "backups"
    backups.symlink_to(tmp_path / "unplugged" / "backups")
    with Store.open(store_path) as store:
        fill(store)
        with pytest.raises(StoreError) as raised:
            make_backup(store, backups, NOW)
    assert "not available" in raised.value.message and "Free some space" not in raised.value.hint
