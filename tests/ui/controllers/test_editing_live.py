"""An edit written back from F4 into notes that are not Markdown (a phone's Q:/A:
lines, a CSV row), then the window's live watch: the watch takes the written file in
as the same question (no new card, its progress kept), and a later save in another
editor reaches that question."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from studyapp.core import note_versions
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.cards import record

from ..conftest import qid
from .test_files_live import run_check

PHONE = (
    "Q: what does evrything re-render in react? 🤔\n"
    "A: the component and its children\n"
    "Q: wat is a closure\n"
    "A: fn + its scope 😅\n"
)
CARDS = 'question,answer\nWhat is a GAN?,Two networks.\n"What is RL, really?",Rewards.\n'

CASES = [
    (  # the reported case: a typo fixed in a title
        "phone_notes.txt",
        PHONE,
        "what does evrything re-render in react?",
        "what does everything re-render in react?",
        None,
        PHONE.replace("evrything", "everything"),
    ),
    (  # a CSV row's answer, a comma in it: written in quotes
        "cards.csv",
        CARDS,
        "What is RL, really?",
        None,
        "Rewards, and a policy.",
        CARDS.replace("Rewards.", '"Rewards, and a policy."'),
    ),
]


@pytest.fixture(params=CASES, ids=["q-a-lines", "csv-row"])
def case(request, tmp_path):
    name, text, title, new_title, new_answer, written = request.param
    notes = tmp_path / "mine" / name
    notes.parent.mkdir()
    notes.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    yield store, notes, text, title, new_title, new_answer, written
    store.close()


def test_a_written_edit_is_taken_in_by_the_watch_as_the_same_question(qtbot, make_window, case):
    store, notes, text, title, new_title, new_answer, written = case
    question = store.question(qid(store, title))
    record(store, question.id, 3, 5.0, "study", 1)
    count = len(store.questions())
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.controllers["browse"].show_question(question.id)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F4)
    dialog = window.controllers["editing"].edit_dialog
    assert dialog is not None and dialog.isVisible()
    if new_title is not None:
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, new_title)
    if new_answer is not None:
        dialog.answer_edit.selectAll()
        qtbot.keyClicks(dialog.answer_edit, new_answer)
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    said = window.statusBar().currentMessage()  # (its folder elided to the bar's width)
    assert said.startswith(f"Saved in {notes.name} (its previous version is kept in ")
    kept = note_versions.versions_root(store.path)
    assert [
        p.read_text(encoding="utf-8") for p in note_versions.previous_versions(kept, notes)
    ] == [text]
    assert notes.read_text(encoding="utf-8") == written

    run_check(qtbot, live)  # the watch sees the file the edit was written into
    assert len(store.questions()) == count
    edited = store.question(question.id)  # the same question: its review stays with it
    assert edited is not None and not edited.edited
    assert edited.title == (new_title or title)
    assert [r.question_id for r in store.reviews()] == [question.id]
    assert window.current_qid == question.id

    # A later save in another editor reaches the same question.
    tmp = notes.with_name(f".{notes.name}.swp")
    tmp.write_text(written.replace("Two networks.", "Two nets.").replace("fn +", "a fn +"))
    os.replace(tmp, notes)
    run_check(qtbot, live)
    assert window.statusBar().currentMessage().endswith("1 updated")
    assert len(store.questions()) == count
    assert [r.question_id for r in store.reviews()] == [question.id]
