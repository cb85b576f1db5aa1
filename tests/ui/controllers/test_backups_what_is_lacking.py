"""File → Backups… says what is at stake by counting, not in general words: the copy
beside the data holding the most of what the data lacks is the one chosen, and a
restore's question says what the backup lacks (core.store.holdings)."""

from __future__ import annotations

import shutil

import pytest

from studyapp.core.backup import make_backup
from studyapp.core.store import Store
from tests.helpers.cards import record
from tests.ui.conftest import T0, make_doc

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

T0_MS = int(T0.timestamp() * 1000)


def copy_with_grades(store: Store, tmp_path, name: str, grades: int):
    """The store as it is, with `grades` more, saved beside it under `name`."""
    made = make_backup(store, tmp_path / "made", T0)
    target = tmp_path / name
    shutil.move(made, target)
    with Store.open(target) as copy:
        qid = copy.questions()[0].id
        for n in range(grades):
            record(copy, qid, 3, 5.0, "study", T0_MS + n * 1000)
        copy.close()
    with Store.open(target) as copy:  # one file, as a saved copy is
        copy._conn.execute("PRAGMA journal_mode = DELETE")
    return target


@pytest.mark.parametrize(("older", "newer"), [(9, 2), (4, 1)])
def test_the_copy_holding_the_most_the_data_lacks_is_chosen(
    make_window, store, tmp_path, older, newer
):
    # A sync tool put an older file in the store's place: what StudyApp saved then holds
    # every grade the store lacks; the copy a later start saved holds only the last
    # session's. The newest was chosen, above the right one.
    most = copy_with_grades(store, tmp_path, "store-open-20300301T084000Z.sqlite3", older)
    copy_with_grades(store, tmp_path, "store-open-20300301T085000Z.sqlite3", newer)
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()

    chosen = dialog.selected()
    assert chosen is not None and chosen.path == most
    row = dialog.list.currentItem().text(2)
    assert f"{older} " in row
    dialog.close()


def test_the_restore_question_says_what_the_backup_lacks(make_window, store, tmp_path):
    before = make_backup(store, tmp_path / "backups", T0)
    qid = store.questions()[0].id
    for n in range(3):
        record(store, qid, 3, 5.0, "study", T0_MS + n * 1000)
    big = make_doc(deck="Big Deck")
    store.import_document(big, "/notes/big.md", "hash-big")
    store.create_mock_session({}, [qid], T0_MS + 10_000)
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    assert dialog.select(before)

    assert dialog.ask_restore()
    words = dialog.confirm_text.text()
    questions = len(big.questions)
    assert (
        f"This backup lacks 3 reviews, 1 mock interview and the deck “Big Deck”"
        f" ({questions} questions)" in words
    )
    assert "kept first" in words
    dialog.close()
