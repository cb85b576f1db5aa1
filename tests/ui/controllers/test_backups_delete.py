"""In File → Backups… "Delete…" stayed off whichever backup was chosen, with no word
of why. It now deletes the backup chosen, once asked in the dialog, and its note
with it; the only usable backup left is never deleted, and its tooltip says so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.core import backup_about
from studyapp.core.backup import ONLY_BACKUP, kind_label, list_backups, make_backup
from studyapp.core.decks import remove_deck
from tests.ui.conftest import T0, make_doc

from .test_data_safety import backups as backups  # (the fixture)
from .test_data_safety import rows

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def delete_through_the_dialog(qtbot, dialog, path) -> None:
    assert dialog.select(path)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.confirming and dialog.confirm_panel.isVisible()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("reason", ["manual", "auto"])
def test_a_backup_chosen_is_deleted_once_asked(qtbot, make_window, store, backups, reason):
    older = make_backup(store, backups, T0 - timedelta(hours=2), reason)
    newer = make_backup(store, backups, T0, "manual")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()

    assert dialog.select(older)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    asked = dialog.confirm_text.text()
    assert asked.startswith(f"<b>Delete the backup “{kind_label(reason)}” of")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    assert not older.exists() and newer.exists()
    assert [b.path for b in list_backups(backups)] == [newer]
    assert len(rows(dialog)) == 1
    assert f"Deleted {older.name}." in dialog.status.text()
    window.close()


def test_cancel_deletes_nothing(qtbot, make_window, store, backups):
    older = make_backup(store, backups, T0 - timedelta(hours=2), "manual")
    make_backup(store, backups, T0, "manual")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    assert dialog.select(older)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert older.exists() and len(rows(dialog)) == 2
    window.close()


def test_the_only_backup_left_is_not_deleted_and_says_why(qtbot, make_window, store, backups):
    only = make_backup(store, backups, T0, "manual")
    junk = backups / "studyapp-20300301T080000Z-auto.sqlite3"
    junk.write_bytes(b"not a database")  # no backup of anything: not counted as one
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()

    assert dialog.select(only)
    assert not dialog.delete_button.isEnabled()
    assert dialog.delete_button.toolTip() == ONLY_BACKUP
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirming and only.exists()

    delete_through_the_dialog(qtbot, dialog, junk)  # the junk may go
    assert not junk.exists() and only.exists()
    window.close()


def test_a_backup_s_note_goes_with_it(qtbot, make_window, store, backups):
    store.import_document(make_doc(deck="SRE flashcards"), "/sre.md", "h1")
    deck = next(d.id for d in store.decks() if d.name == "SRE flashcards")
    removed = remove_deck(store, deck, backups, T0 - timedelta(hours=1))
    make_backup(store, backups, T0, "manual")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()

    delete_through_the_dialog(qtbot, dialog, removed.backup)

    assert not removed.backup.exists()
    assert not backup_about.about_path(removed.backup).exists()
    window.close()


def test_a_read_only_window_says_why_it_deletes_nothing(qtbot, make_window, store, backups):
    older = make_backup(store, backups, T0 - timedelta(hours=2), "manual")
    make_backup(store, backups, T0, "manual")
    window = make_window(read_only="Another StudyApp window is open")
    dialog = window.controllers["data_safety"].show_backups()
    assert dialog.select(older)
    assert not dialog.delete_button.isEnabled()
    assert "Another StudyApp window is open" in dialog.delete_button.toolTip()
    window.close()
