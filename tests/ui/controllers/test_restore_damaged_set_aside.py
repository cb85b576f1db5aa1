"""File → Backups… lists the damaged file a start set aside ("Damaged data, set aside").
Chosen, it asked "Restore the backup made …?" and then refused: "is not a usable
StudyApp backup: it is damaged … Choose another file.", though the rows it still
held were what the person came for. The question now says up front that it is
damaged and what a restore of it does, and the restore copies what can still be read
of it (core.store.salvage_restore), the study data from before kept as a backup."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from studyapp.core.store import Store
from tests.core.store.test_newer_backup_damaged_too import zero_page
from tests.helpers.cards import record
from tests.ui.conftest import make_doc, qid
from tests.ui.controllers.test_data_safety import EXTRA, GD, restore_through_the_dialog, rows

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def set_aside_damaged(store: Store, table: str):
    """A copy of `store` as a start sets a damaged one aside: `table`'s page zeroed."""
    aside = store.path.with_name(f"{store.path.name}.damaged-20300301T080000Z")
    with contextlib.closing(sqlite3.connect(aside)) as copy:
        store._conn.backup(copy)
    zero_page(aside, table)
    return aside


@pytest.mark.parametrize("table", ["reviews", "mock_sessions"])
def test_the_damaged_data_set_aside_is_restored_by_what_can_be_read(
    qtbot, make_window, store, table
):
    graded = qid(store, GD)
    record(store, graded, 4, 3.0, "study", 1_000)
    questions, card = store.question_count(), store.card_json(graded)
    aside = set_aside_damaged(store, table)
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")  # since
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    assert [r[2] for r in rows(dialog) if "Damaged" in r[2]] == ["Damaged data, set aside"]
    dialog.close()

    dialog = restore_through_the_dialog(qtbot, window, aside)

    assert [m for m in window.messages.shown if m[0] == "error"] == []
    assert window.store.question_count() == questions  # the file's, not the data's since
    assert window.store.card_json(graded) == card  # where the question stood
    assert "Restored what could be read of the file" in dialog.status.text()
    assert "Before restoring" in dialog.status.text()
    window.close()
    window.store.close()


def test_the_question_says_up_front_that_the_file_is_damaged(qtbot, make_window, store):
    aside = set_aside_damaged(store, "reviews")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    assert dialog.select(aside)
    dialog.ask_restore()
    said = dialog.confirm_text.text()
    assert "Restore what can still be read of the damaged data set aside" in said
    assert "rows on its damaged pages will be missing" in said
    dialog.cancel_restore()
    window.close()
