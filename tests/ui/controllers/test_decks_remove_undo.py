"""Ctrl+Z after File → Remove Deck brings the deck back as it was, as it brings back
a deleted question (it said "Nothing to undo": only Backups → Restore, replacing the
whole store, could). What Ctrl+Z undid before the removal comes next. The status bar
also names the backup made before the removal: the way back after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.core.backup import list_backups, source_label
from tests.ui.conftest import make_doc
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
OTHER = (
    ("What is a hash map?", ("Data structures",), "Buckets of keys."),
    ("What is a heap?", ("Data structures",), "A tree kept in order."),
)


def two_decks(store, tmp_path):
    store.import_document(make_doc(OTHER, deck="Other"), str(tmp_path / "other.md"), "h2")
    return {d.name: d.id for d in store.decks()}


def remove(window, deck_id):
    window.tree.select_deck(deck_id)
    editing = window.controllers["editing"]
    editing.decks.confirm_remove = lambda removal: True
    window.action("remove_deck").trigger()
    window.tree.setFocus()


@pytest.mark.parametrize("removed", ["Interview", "Other"])
def test_ctrl_z_brings_a_removed_deck_back_then_what_came_before(
    qtbot, make_window, store, tmp_path, removed
):
    decks = two_decks(store, tmp_path)
    window = make_window(show=True, backup_dir=tmp_path / "backups")
    editing = window.controllers["editing"]
    (kept,) = set(decks) - {removed}
    kept_topic = next(t for t in store.topics(decks[kept]) if t.parent_id is None)
    editing.rename_topic(kept_topic.id, "Renamed")  # undoable, in the deck that stays
    questions = store.questions(deck_id=decks[removed])
    window.tree.select_question(questions[0].id)
    editing.delete_current_question()  # undoable, in the deck that goes
    studied = questions[1].id
    card, due = window.scheduler.grade(None, 3, window.clock.now())
    store.record_review(studied, 3, 4.0, "study", card, due, 0)  # progress, to come back
    remove(window, decks[removed])
    assert [d.name for d in store.decks()] == [kept]
    (backup,) = list_backups(tmp_path / "backups")
    said = window.statusBar().currentMessage()
    assert "Ctrl+Z brings it back" in said
    listed = source_label(backup)  # as the Backups window lists it
    assert listed == f"Before removing “{removed}”"
    assert f"the backup of 09:00 “Before removing ‘{removed}’”" in said

    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the deck, its progress, its place
    assert {d.name for d in store.decks()} == set(decks)
    assert window.tree.current_node().name == removed
    assert [r.question_id for r in store.reviews()] == [studied]
    assert window.model.question(studied) is not None
    assert store.question(questions[0].id) is None  # still deleted, as it was
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # then the deletion before it
    assert store.question(questions[0].id) is not None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # then the rename in the deck that stayed
    assert window.model.topic_name(kept_topic.id) == kept_topic.name
    assert window.messages.kinds() == []


def test_a_deck_imported_again_since_cannot_come_back_and_the_backup_is_named(
    qtbot, make_window, store, tmp_path
):
    decks = two_decks(store, tmp_path)
    window = make_window(show=True, backup_dir=tmp_path / "backups")
    remove(window, decks["Other"])
    # the same notes imported again: a new deck with the same questions
    store.import_document(make_doc(OTHER, deck="Other"), str(tmp_path / "other.md"), "h3")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.messages.kinds() == ["error"]
    assert "cannot be put back" in window.messages.shown[0][2]
    said = window.statusBar().currentMessage()
    assert "File → Backups…, the backup of 09:00 “Before removing ‘Other’”" in said
    assert [d.name for d in store.decks()].count("Other") == 1


def test_after_a_restore_ctrl_z_does_not_reach_the_data_from_before(
    qtbot, make_window, store, tmp_path
):
    """The deck removed, then its backup restored (the deck back that way): Ctrl+Z
    must not try to put it back a second time, nor undo a rename made before."""
    decks = two_decks(store, tmp_path)
    window = make_window(show=True, backup_dir=tmp_path / "backups")
    stats = next(t for t in store.topics(decks["Interview"]) if t.name == "Statistics")
    window.controllers["editing"].rename_topic(stats.id, "Stats")
    remove(window, decks["Other"])
    (backup,) = list_backups(tmp_path / "backups")
    assert window.controllers["data_safety"].restore_from_backup(backup.path)
    assert {d.name for d in window.store.decks()} == set(decks)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.messages.kinds() == []
    assert window.model.topic_name(stats.id) == "Stats"
    assert window.statusBar().currentMessage() == "Nothing to undo."
