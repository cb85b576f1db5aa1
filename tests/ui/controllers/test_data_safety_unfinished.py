"""What the last run could not finish, said at the next start: a backup on closing
that failed (a full disk) was a line on a terminal nobody reads, and the next start
said nothing; an import killed mid-way was forgotten, the store whole but the notes
perhaps not all in it, with no word and nothing to retry. Each is now noted, said in
a notice that stops nothing (with why, and Back Up Now or Import Again), and said
once."""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core import unfinished
from studyapp.core.backup import list_backups
from studyapp.core.store import Store, StoreError, backup_writer
from studyapp.ui import backup_worker
from tests.ui.conftest import ScriptedMessages

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

ROOT = Path(__file__).resolve().parents[3]


def notices(window) -> list[tuple[str, str, str]]:
    return [shown for shown in window.messages.shown if shown[0] == "notice"]


def _full(*_args, **_kwargs):
    raise StoreError("The backup was not made: the disk is full (no space left).", "Free space.")


def refuse_the_note(monkeypatch) -> None:
    """The full disk refuses the store's pages: the note cannot go in the store."""
    real = Store.set_setting

    def refused(self, key, value):
        if key == unfinished.K_BACKUP_FAILED:
            raise StoreError("The disk is full.")
        return real(self, key, value)

    monkeypatch.setattr(Store, "set_setting", refused)


@pytest.mark.parametrize("store_takes_the_note", [True, False])
def test_a_backup_that_failed_on_closing_is_said_at_the_next_start_with_why(
    qtbot, make_window, store, monkeypatch, store_takes_the_note, capsys
):
    window = make_window(auto_backup=True)
    window.controllers["editing"].ctx.store.set_setting("touched", 1)  # a change to back up
    monkeypatch.setattr(backup_writer, "make_backup", _full)
    if not store_takes_the_note:  # the full disk refuses the store's pages too
        refuse_the_note(monkeypatch)
    window.close()
    assert "backup on closing failed" in capsys.readouterr().err
    monkeypatch.undo()
    assert not notices(window)  # nothing said in the window that was going

    again = make_window(auto_backup=True)
    ((_kind, title, text),) = notices(again)
    assert "backup failed" in title.lower()
    assert "disk is full" in text  # with why
    assert "disk is full" in again.statusBar().currentMessage()
    action, work = again.messages.actions[title]
    assert action == "Back Up Now"
    work()  # one step: the backup is made
    safety = again.controllers["data_safety"]
    qtbot.waitUntil(lambda: not safety.worker.busy)
    assert [b.reason for b in list_backups(safety.backup_dir)] == ["manual"]
    again.close()

    third = make_window()
    assert not notices(third)  # said once
    assert not Path(f"{store.path}{unfinished.BACKUP_FAILED_MARK}").exists()


@pytest.mark.parametrize("backed_up", [False, True])
def test_the_failed_backup_notice_says_whether_any_backup_is_there(make_window, store, backed_up):
    """With no backup at all (the first closing's failed), the notice said "your newest
    backup is older than it": there was none to turn to."""
    safety = make_window().controllers["data_safety"]
    if backed_up:
        backup_writer.make_backup(store, safety.backup_dir, datetime.now(UTC), "manual")
    unfinished.note_backup_failed(store, datetime.now(UTC), "the disk is full")

    ((_kind, _title, text),) = notices(make_window())
    assert ("your newest backup is older than it" in text) is backed_up
    assert ("there is no backup of it at all" in text) is not backed_up


def test_a_read_only_window_leaves_the_failure_for_the_window_that_writes(make_window, store):
    unfinished.note_backup_failed(store, datetime.now(UTC), "x")
    assert not notices(make_window(read_only="Read-only: another StudyApp is running"))
    assert unfinished.backup_failed(store) is not None
    (_notice,) = notices(make_window())


# An import's process killed at a step (the tester's: "Saving 80%"), as `kill -9` does.
KILLED_AT = """
import os, signal, sys
from studyapp.core.importer import import_file
from studyapp.core.store import Store

def progress(step, percent):
    if step.startswith(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)

store = Store.open(sys.argv[1])
import_file(store, sys.argv[2], progress=progress)
"""


def killed_import(store_path: Path, notes: Path, step: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AT, str(store_path), str(notes), step], cwd=ROOT
    )
    assert done.returncode == -signal.SIGKILL


def notes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "interview notes"
    folder.mkdir()
    for n in range(3):
        (folder / f"part {n}.md").write_text(
            f"# Part {n}\n\n## Q{n}a?\n\nAnswer a.\n\n## Q{n}b?\n\nAnswer b.\n", encoding="utf-8"
        )
    return folder


@pytest.mark.parametrize(
    ("kind", "step", "saved"),
    [("file", "Saving", False), ("folder", "Finding questions", False), ("file", "Done", True)],
)
def test_an_import_killed_mid_way_is_said_at_the_next_start_and_offered_again(
    qtbot, make_window, store, store_path, tmp_path, kind, step, saved
):
    if kind == "file":
        notes = tmp_path / "big.md"
        notes.write_text("# Big\n\n## What is a tree?\n\nA graph.\n", encoding="utf-8")
    else:
        notes = notes_folder(tmp_path)
    decks = [d.name for d in store.decks()]
    killed_import(store_path, notes, step)

    window = make_window()
    ((_kind, title, text),) = notices(window)
    assert title == "Import did not finish"  # short: the text names the file
    assert str(notes) in text
    assert f"The import of {notes.name} did not finish" in window.statusBar().currentMessage()
    # Killed before the import's one transaction committed, nothing of it is in the
    # store, and the notice says so plainly (it said "the notes may not all be in it").
    assert ("Nothing of it was imported" in text) is not saved
    assert ("may not all be in" in text) is saved
    assert ("nothing of it was imported" in window.statusBar().currentMessage()) is not saved
    assert len(window.store.decks()) == len(decks) + saved  # the store is whole
    action, work = window.messages.actions[title]
    assert action == "Import Again"
    files = window.controllers["files"]
    with qtbot.waitSignal(files.importer.finished, timeout=20_000) as blocker:
        work()
    assert blocker.args[0].errors == []
    assert len(window.store.decks()) == len(decks) + 1
    window.close()
    assert not notices(make_window())  # said once


def test_an_import_that_ended_leaves_nothing_to_say(make_window, store, tmp_path):
    from studyapp.core.importer import ImportCancelled, import_file
    from studyapp.core.model import StudyAppError

    good = tmp_path / "good.md"
    good.write_text("# Good\n\n## What is a tree?\n\nA graph.\n", encoding="utf-8")
    import_file(store, good)
    with pytest.raises(ImportCancelled):
        import_file(store, good, force=True, cancelled=lambda: True)
    bad = tmp_path / "nothing.md"
    bad.write_text("just words, no questions\n", encoding="utf-8")
    with pytest.raises(StudyAppError):
        import_file(store, bad)
    assert unfinished.unfinished_import(store) is None
    assert not notices(make_window())


def test_the_notice_comes_once_the_tree_shows_the_stores_figures(qtbot, store, settings_path):
    """A start whose window fills its figures after the first frame (the app's): the
    notice opens after them, never beside a tree of questions all shown as new."""
    from PySide6.QtCore import QSettings

    from studyapp.app import create_window
    from tests.helpers.cards import record

    qid = store.questions()[0].id
    record(store, qid, 3, 5.0, "study", 1_000)
    unfinished.note_backup_failed(store, datetime.now(UTC), "x")
    seen: list[str] = []

    class Watching(ScriptedMessages):
        def notice(self, title, text, action=None, on_action=None):
            seen.append(window.model.state(qid))  # the tree, behind the notice
            super().notice(title, text, action, on_action)

    window = create_window(
        store,
        QSettings(str(settings_path), QSettings.Format.IniFormat),
        messages=Watching(),
        progress_after_paint=True,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(notices(window)))
    assert seen == [window.model.state(qid)] and seen[0] != "new"
    window.close()


def _writes_nothing(self, *_args, **_kwargs):
    """A full disk (a tmpfs): the file is made, then refuses every byte."""
    self.touch()
    raise OSError(28, "No space left on device")


def test_a_failure_whose_note_the_full_disk_left_empty_is_said_and_shown_in_backups(
    make_window, store, monkeypatch
):
    """The tester's full tmpfs: the store refused the note and the file beside it was
    made but left empty; the next start said nothing, and Backups… said "No backups yet.
    The first one is made when you close StudyApp" though that very backup had failed."""
    refuse_the_note(monkeypatch)
    monkeypatch.setattr(Path, "write_text", _writes_nothing)
    unfinished.note_backup_failed(store, datetime.now(UTC), "the disk holding it is full")
    monkeypatch.undo()
    mark = Path(f"{store.path}{unfinished.BACKUP_FAILED_MARK}")
    assert mark.exists() and mark.stat().st_size == 0

    window = make_window()
    ((_kind, title, text),) = notices(window)
    assert "backup failed" in title.lower()
    assert "disk was full" in text
    dialog = window.controllers["data_safety"].show_backups()
    shown = dialog.empty.text()
    assert "No backups yet" not in shown
    assert "last attempt failed" in shown and "disk was full" in shown
    assert not mark.exists()  # said once
    dialog.close()


def test_backups_say_the_last_attempt_failed_and_why_until_one_is_made(
    qtbot, make_window, monkeypatch
):
    """A Back Up Now that failed (a full disk) while no backup exists: the dialog's
    empty list says it failed and why, not "No backups yet"; a backup made clears it."""
    safety = make_window().controllers["data_safety"]
    dialog = safety.show_backups()
    assert "No backups yet" in dialog.empty.text()
    monkeypatch.setattr(backup_worker, "make_backup", _full)
    safety.backup_now()
    qtbot.waitUntil(lambda: not safety.worker.busy)
    assert "last attempt failed" in dialog.empty.text()
    assert "the disk is full (no space left)" in dialog.empty.text()
    monkeypatch.undo()
    safety.backup_now()
    qtbot.waitUntil(lambda: not safety.worker.busy)
    assert dialog.backups  # made: the list shows it
    assert "No backups yet" in dialog.empty.text()
    dialog.close()


def test_a_backup_on_closing_stopped_by_a_file_in_the_backups_place_says_its_way_out(
    make_window, store
):
    """A file where the backups folder goes (a sync tool's conflict copy, a file saved
    under that name): the backup on closing failed, and the next start said so, then
    "Make room if the disk is full", on a disk with room. It says the way out the
    failure gave: move that file away."""
    window = make_window(auto_backup=True)
    safety = window.controllers["data_safety"]
    window.controllers["editing"].ctx.store.set_setting("touched", 1)  # a change to back up
    if safety.backup_dir.is_dir():
        for made in safety.backup_dir.iterdir():
            made.unlink()
        safety.backup_dir.rmdir()
    safety.backup_dir.write_text("not a folder", encoding="utf-8")
    window.close()

    again = make_window(auto_backup=True)
    ((_kind, _title, text),) = notices(again)
    assert "is a file, not a folder" in text
    assert "Move that file away" in text and "disk is full" not in text
    again.close()
