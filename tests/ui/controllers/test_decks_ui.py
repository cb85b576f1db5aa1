"""Decks and questions from the tree, by keyboard: F2 on a deck renames it, Remove
Deck… asks (saying what goes) and backs up first, Ctrl+J suspends (dimmed, not
studied), Delete deletes and Ctrl+Z brings the question back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from studyapp.core.backup import list_backups
from studyapp.ui.ui_state import Mode

from ..conftest import qid


def select_deck(window):
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))
    window.tree.setFocus()


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.tree, k, mods)


def test_f2_on_a_deck_row_renames_the_deck(qtbot, make_window, store):
    window = make_window(show=True)
    select_deck(window)
    window.messages.answers.append("  Job   hunt ")
    key(qtbot, window, Qt.Key.Key_F2)
    assert [d.name for d in store.decks()] == ["Job hunt"]
    assert window.tree.current_node().name == "Job hunt"


def test_remove_deck_asks_then_backs_up_and_removes(qtbot, make_window, store, tmp_path):
    window = make_window(show=True, backup_dir=tmp_path / "backups")
    asked = []
    editing = window.controllers["editing"]
    editing.decks.confirm_remove = lambda removal: asked.append(removal) or False
    select_deck(window)
    window.action("remove_deck").trigger()
    assert asked[0].questions == 6 and asked[0].deck_name == "Interview"
    assert len(store.decks()) == 1  # Keep: nothing happened
    assert list_backups(tmp_path / "backups") == []

    editing.decks.confirm_remove = lambda removal: True
    window.action("remove_deck").trigger()
    assert store.decks() == []
    assert window.model.question_count() == 0
    backups = list_backups(tmp_path / "backups")
    assert len(backups) == 1
    assert "Backups" in window.statusBar().currentMessage()


def test_remove_deck_text_says_what_goes():
    from studyapp.core.store import DeckRemoval
    from studyapp.ui.deck_dialogs import removal_text

    text = removal_text(DeckRemoval("Interview", 6, 3))
    assert "6 questions" in text and "3 reviews" in text and "backup" in text


def test_ctrl_j_suspends_and_unsuspends(qtbot, make_window, store):
    window = make_window(show=True)
    momentum = qid(store, "What is momentum?")
    window.controllers["browse"].show_question(momentum)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert store.question(momentum).suspended
    assert window.model.question(momentum).suspended  # the row paints it dimmed
    assert window.current_qid == momentum  # Ctrl+J is not J: no step to the next
    browse = window.controllers["browse"]
    qtbot.waitUntil(lambda: "5 new" in window.totals_label.text())  # no longer to study
    assert browse.index.totals().new == 5
    assert "Suspended" in window.answer.header.meta.text()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not store.question(momentum).suspended
    qtbot.waitUntil(lambda: "6 new" in window.totals_label.text())
    assert "Suspended" not in window.answer.header.meta.text()


def test_ctrl_z_takes_back_the_last_suspension_then_the_deletion_before(qtbot, make_window, store):
    window = make_window(show=True)
    momentum, rate = qid(store, "What is momentum?"), qid(store, "What is a learning rate?")
    window.controllers["browse"].show_question(rate)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    window.controllers["browse"].show_question(momentum)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert store.question(momentum).suspended
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.question(momentum).suspended  # the suspension first, the last done
    assert not window.model.question(momentum).suspended
    assert window.statusBar().currentMessage() == "Unsuspended."
    assert rate not in {q.id for q in store.questions()}
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rate in {q.id for q in store.questions()}  # then the deletion before it
    assert window.statusBar().currentMessage() == "Question back."


def test_ctrl_z_puts_back_the_state_before_the_suspension_not_its_opposite(
    qtbot, make_window, store
):
    """Undone after the question was unsuspended elsewhere (a second window, say), the
    Ctrl+J's undo leaves it unsuspended, as it was before: it does not suspend it."""
    window = make_window(show=True)
    momentum = qid(store, "What is momentum?")
    window.controllers["browse"].show_question(momentum)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    store.set_suspended([momentum], False)  # meanwhile, elsewhere
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.question(momentum).suspended


def test_delete_key_deletes_and_ctrl_z_brings_it_back(qtbot, make_window, store):
    window = make_window(show=True)
    momentum = qid(store, "What is momentum?")
    window.controllers["browse"].show_question(momentum)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert store.question(momentum) is None or momentum not in {q.id for q in store.questions()}
    assert window.model.question(momentum) is None
    assert window.current_qid not in (None, momentum)  # the next question is on show
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert momentum in {q.id for q in store.questions()}
    assert window.model.question(momentum) is not None
    assert window.tree.current_question_id() == momentum


def test_a_deletion_is_undone_after_a_restart_too(qtbot, make_window, store):
    first = make_window(show=True)
    momentum = qid(store, "What is momentum?")
    first.controllers["browse"].show_question(momentum)
    first.tree.setFocus()
    key(qtbot, first, Qt.Key.Key_Delete)
    first.close()
    again = make_window(show=True)  # a new run: nothing deleted in it yet
    again.tree.setFocus()
    key(qtbot, again, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert momentum in {q.id for q in store.questions()}
    assert again.tree.current_question_id() == momentum
    assert again.statusBar().currentMessage() == "Question back."


def test_browse_its_questions_expands_and_selects_the_first(qtbot, make_window, store):
    window = make_window(show=True)
    window.controllers["browse"].collapse_tree()
    select_deck(window)
    first = window.tree.neighbour_question(1)  # the deck's first question, in tree order
    assert first is not None
    buttons = {b.text(): b for b in window.answer.findChildren(QPushButton) if b.isVisible()}
    qtbot.mouseClick(buttons["Browse its questions"], Qt.MouseButton.LeftButton)
    assert window.tree.current_question_id() == first
    assert window.current_qid == first
    index = window.tree.currentIndex()
    assert window.tree.isExpanded(index.parent())  # its topic opened to show it
    assert window.tree.visualRect(index).isValid()


def test_study_this_deck_starts_a_session_on_it(qtbot, make_window, store):
    """The overview page's first button studies the deck."""
    window = make_window(show=True)
    select_deck(window)
    buttons = {b.text(): b for b in window.answer.findChildren(QPushButton) if b.isVisible()}
    (label,) = [text for text in buttons if text.startswith("Study this")]
    qtbot.mouseClick(buttons[label], Qt.MouseButton.LeftButton)
    assert window.mode is Mode.STUDY
    assert window.current_qid is not None
    assert not window.answer.is_answer_visible()  # a study card: the answer waits for Space


def test_a_studied_question_once_suspended_says_suspended_everywhere(qtbot, make_window, store):
    """Graded Good, then suspended: the header said "Learning · learning step due in 10
    minutes · Suspended", the tree row "New" and the grading panel "New · next review in
    10m": three states for one question, two of them due times that do not apply."""
    from tests.ui.window_helpers import start_studying

    window = make_window(show=True)
    start_studying(qtbot, window, store)
    window.reveal()
    graded = window.current_qid
    window.grade(3)
    qtbot.waitUntil(lambda: window.model.state(graded) == "learning")
    window.action("stop").trigger()  # back to browsing
    browse = window.controllers["browse"]
    browse.show_question(graded)
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert store.question(graded).suspended
    assert window.model.state(graded) == "suspended"  # the row's word and dot
    meta = window.answer.header.meta.text()
    assert "Suspended (Ctrl+J to study it again)" in meta and "due" not in meta
    browse.update_panel()
    panel = window.grading.status.text()
    assert "Suspended" in panel and "next review" not in panel and "New" not in panel
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.model.state(graded) == "learning"


def test_deleting_the_only_match_of_a_search_leaves_no_stale_result(qtbot, make_window, store):
    """A new user searched, opened the one match and deleted it: the field still said
    "1 found" and the pane jumped to a question of another topic that did not match."""
    from tests.ui.window_helpers import visible_questions

    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, "What is a learning rate?"))  # remembered as last open
    browse.remember_question()
    window.search.field.setText("p-value")
    browse.apply_search("p-value")
    pvalue = qid(store, "What is a p-value?")
    assert window.current_qid == pvalue and window.search.count.text() == "1 found"
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert window.search.count.text() == "no match"
    assert visible_questions(window) == set()
    assert window.current_qid is None  # no other question in its place
    assert "No question matches" in window.answer.title.text()
    assert window.windowTitle() == "StudyApp"  # a tester's title still named it
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone: found again
    assert window.search.count.text() == "1 found" and window.current_qid == pvalue
    assert window.windowTitle() == "What is a p-value? — StudyApp"


def test_deleting_a_match_moves_to_the_next_match_and_counts_again(qtbot, make_window, store):
    from tests.ui.window_helpers import visible_questions

    window = make_window(show=True)
    browse = window.controllers["browse"]
    window.search.field.setText("What is")
    browse.apply_search("What is")
    before = visible_questions(window)
    shown = window.current_qid
    window.tree.setFocus()
    key(qtbot, window, Qt.Key.Key_Delete)
    assert visible_questions(window) == before - {shown}
    assert window.search.count.text() == f"{len(before) - 1} found"
    assert window.current_qid in before - {shown}


def test_the_panel_and_the_header_say_a_question_s_next_review_alike(qtbot, make_window, store):
    """A new user read "due in 52 days" in the question's header and "next review in
    1.7mo" in the panel below it: one interval, two ways. Both say it in words."""
    import re

    from tests.ui.window_helpers import start_studying

    window = make_window(show=True)
    start_studying(qtbot, window, store)
    window.reveal()
    graded = window.current_qid
    window.grade(4)  # Easy: days away
    window.action("stop").trigger()
    browse = window.controllers["browse"]
    browse.show_question(graded)
    browse.update_panel()
    panel = window.grading.status.text()
    said = re.search(r"due in (\d+ days?)", panel)
    assert said is not None, panel
    assert f"in {said.group(1)}" in window.answer.header.meta.text()


@pytest.mark.parametrize(
    "later",
    [timedelta(minutes=2), timedelta(minutes=4), timedelta(0)],
    ids=["step-past", "step-minutes-past", "step-ahead"],
)
def test_the_panel_names_a_card_in_its_steps_as_the_header_does(
    qtbot, make_window, store, clock, later
):
    """A new user read "learning step due 1 minute ago" in the header and "due for
    review now" in the panel under it: one card, two words for it. Later, "learning
    step due 3 minutes ago" over "learning step due now": the same words, whole."""
    from tests.ui.window_helpers import start_studying

    window = make_window(show=True)
    start_studying(qtbot, window, store)
    graded = window.current_qid
    window.reveal()
    window.grade(1)  # Again: a learning step, minutes away
    window.action("stop").trigger()
    clock.advance(seconds=later.total_seconds())
    browse = window.controllers["browse"]
    browse.show_question(graded)
    browse.update_panel()
    assert "learning step due" in window.answer.header.meta.text()
    status = window.grading.status.text()
    assert "learning step due" in status and "review" not in status, status
    said = status.split("<br>")[-1]
    assert said in window.answer.header.meta.text(), (said, window.answer.header.meta.text())
