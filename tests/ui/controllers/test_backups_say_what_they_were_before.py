"""A tester removed two decks and found two "Before remove deck" backups in Backups…:
which one held "SRE flashcards" meant guessing by the time. A backup made before a
change now names what it was made before, noted beside it (core.backup_about): the
deck a removal took away, the backup a restore put in the data's place. Backups made
before such notes list as they did."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from studyapp.core import backup_about
from studyapp.core.backup import kind_label, list_backups, make_backup, rotate
from studyapp.core.decks import REMOVE_BACKUP_REASON, remove_deck
from studyapp.core.format import local_time
from tests.ui.conftest import T0, make_doc

from .test_data_safety import backups as backups  # (the fixture)
from .test_data_safety import restore_through_the_dialog, rows

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

SRE = (("What is an SLO?", ("Reliability",), "A target for an SLI."),)
K8S = (("What is a Pod?", ("Kubernetes",), "Containers scheduled together."),)


def _deck(store, name: str) -> int:
    return next(d.id for d in store.decks() if d.name == name)


@pytest.mark.parametrize(
    "names", [("SRE flashcards", "Kubernetes spreadsheet"), ("Système & “quotes”", "日本語")]
)
def test_each_backup_before_removing_a_deck_names_its_deck(make_window, store, backups, names):
    first, second = names
    store.import_document(make_doc(SRE, deck=first), "/sre.md", "h1")
    store.import_document(make_doc(K8S, deck=second), "/k8s.md", "h2")
    remove_deck(store, _deck(store, first), backups, T0)
    remove_deck(store, _deck(store, second), backups, T0 + timedelta(minutes=5))
    window = make_window()

    dialog = window.controllers["data_safety"].show_backups()

    assert [r[2] for r in rows(dialog)] == [
        f"Before removing “{second}”",
        f"Before removing “{first}”",
    ]
    window.close()


def test_a_backup_before_a_restore_names_the_backup_restored(qtbot, make_window, store, backups):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    store.import_document(make_doc(SRE, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True)

    dialog = restore_through_the_dialog(qtbot, window, older)

    made = local_time(T0 - timedelta(hours=1))
    assert rows(dialog)[0][2] == f"Before restoring {made}"
    assert f"“Before restoring {made}”" in dialog.status.text()
    window.close()
    window.store.close()


def test_a_restore_of_a_file_not_named_as_a_backup_names_the_file(
    qtbot, make_window, store, backups, tmp_path
):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    copy = tmp_path / "my-copy.sqlite3"
    shutil.copy(older, copy)
    store.import_document(make_doc(SRE, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True)
    window.controllers["data_safety"].restore_from_backup(copy)

    dialog = window.controllers["data_safety"].show_backups()

    assert "Before restoring my-copy.sqlite3" in [r[2] for r in rows(dialog)]
    window.close()
    window.store.close()


def test_backups_without_a_note_list_as_before(make_window, store, backups):
    made = make_backup(store, backups, T0, REMOVE_BACKUP_REASON)
    unread = make_backup(store, backups, T0 + timedelta(minutes=1), "before-restore")
    backup_about.about_path(unread).write_text("{not json", encoding="utf-8")
    window = make_window()

    dialog = window.controllers["data_safety"].show_backups()

    assert [r[2] for r in rows(dialog)] == [
        kind_label("before-restore"),
        kind_label(REMOVE_BACKUP_REASON),
    ]
    assert made.exists()
    window.close()


def test_a_note_goes_with_its_backup(store, backups):
    store.import_document(make_doc(SRE, deck="SRE flashcards"), "/sre.md", "h1")
    old = remove_deck(store, _deck(store, "SRE flashcards"), backups, T0 - timedelta(days=40))
    kept = make_backup(store, backups, T0, "manual")
    assert backup_about.about_path(old.backup).exists()
    stray = backup_about.about_path(backups / "studyapp-20300101T000000Z-manual.sqlite3")
    stray.write_text('{"deck": "Gone"}', encoding="utf-8")

    old.backup.unlink()  # deleted by hand (or by a StudyApp from before notes)
    rotate(backups, T0)

    assert sorted(p.name for p in backups.iterdir()) == [kept.name]
    assert [b.path for b in list_backups(backups)] == [kept]
