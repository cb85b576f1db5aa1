"""After File → Remove Deck, the way back is said where the person looks: the status
bar names the backup made just before as the Backups window lists it, and Ctrl+Z
says it again instead of "Nothing to undo" (a removed deck's rows are deleted: Ctrl+Z
cannot put them back; the backup's Restore does). What Ctrl+Z undid before the
removal still comes next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.core.backup import list_backups
from studyapp.ui.backups_dialog import kind_label
from tests.ui.conftest import make_doc
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
OTHER = (("What is a hash map?", ("Data structures",), "Buckets of keys."),)


@pytest.mark.parametrize("removed", ["Interview", "Other"])
def test_ctrl_z_after_removing_a_deck_says_how_to_bring_it_back(
    qtbot, make_window, store, tmp_path, removed
):
    store.import_document(make_doc(OTHER, deck="Other"), str(tmp_path / "other.md"), "h2")
    window = make_window(show=True, backup_dir=tmp_path / "backups")
    editing = window.controllers["editing"]
    decks = {d.name: d.id for d in store.decks()}
    (kept,) = set(decks) - {removed}
    kept_topic = next(t for t in store.topics(decks[kept]) if t.parent_id is None)
    editing.rename_topic(kept_topic.id, "Renamed")  # undoable, in the deck that stays
    gone = store.questions(deck_id=decks[removed])[0]
    window.tree.select_question(gone.id)
    editing.delete_current_question()  # undoable, in the deck that goes
    window.tree.select_deck(decks[removed])
    editing.confirm_remove = lambda removal: True
    window.action("remove_deck").trigger()
    assert [d.name for d in store.decks()] == [kept]
    (backup,) = list_backups(tmp_path / "backups")
    listed = kind_label(backup.reason)  # what the Backups window calls it
    said = window.statusBar().currentMessage()
    assert f"File → Backups…, the backup “{listed}” of 09:00, Restore" in said
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Ctrl+Z cannot bring back the deck “{removed}”: File → Backups…")
    assert f"“{listed}”" in said
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the deletion: its question went with the deck
    assert window.statusBar().currentMessage() == "Nothing to undo: that question is gone."
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the rename in the deck that stayed
    assert window.model.topic_name(kept_topic.id) == kept_topic.name
    assert "crash" not in window.messages.kinds()
