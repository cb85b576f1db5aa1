"""A rename (F2) shows at once in the header on screen, and Ctrl+Z takes it back as it
takes back a deletion: one stack, last first. Before, the header kept the old name
until another page showed, and Ctrl+Z said "Nothing to undo"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import qid, topic_id
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL

CTRL = Qt.KeyboardModifier.ControlModifier
MOMENTUM = "What is momentum?"


def header(window) -> tuple[str, str]:
    return window.answer.header.title.text(), window.answer.header.meta.text()


def rename_by_f2(qtbot, window, name):
    window.messages.answers.append(name)
    window.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_F2)


@pytest.mark.parametrize(
    ("title", "topic", "renamed", "meta_before", "meta_after"),
    [
        (PV, "Statistics", "Stats", "Statistics", "Stats"),
        # a parent topic: its name is the first part of the subtopic's path
        (MOMENTUM, "Optimization", "Optim", "Optimization / Variants", "Optim / Variants"),
    ],
    ids=["its topic", "its parent topic"],
)
def test_renaming_a_questions_topic_shows_in_its_header_and_ctrl_z_takes_it_back(
    qtbot, make_window, store, title, topic, renamed, meta_before, meta_after
):
    window = make_window(show=True)
    tid = topic_id(store, topic)
    window.tree.select_topic(tid)
    window.controllers["browse"].show_question(qid(store, title))
    assert header(window)[1].startswith(f"{meta_before}   ·")
    if topic == "Optimization":  # the parent topic, renamed from its row's menu
        window.controllers["editing"].rename_topic(tid, renamed)
    else:
        rename_by_f2(qtbot, window, renamed)  # F2 on a question renames its topic
    assert window.model.topic_name(tid) == renamed
    assert header(window)[1].startswith(f"{meta_after}   ·")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert {t.name for t in store.topics(store.decks()[0].id) if t.id == tid} == {topic}
    assert window.model.topic_name(tid) == topic
    assert header(window)[1].startswith(f"{meta_before}   ·")
    assert "Rename undone" in window.statusBar().currentMessage()


@pytest.mark.parametrize("topic", ["Statistics", "Security"])
def test_a_topics_overview_says_its_new_name_at_once(qtbot, make_window, store, topic):
    window = make_window(show=True)
    tid = topic_id(store, topic)
    window.tree.select_topic(tid)
    assert header(window) == (topic, "Topic")
    rename_by_f2(qtbot, window, f"{topic} (renamed)")
    assert header(window) == (f"{topic} (renamed)", "Topic")
    assert window.windowTitle().startswith(f"{topic} (renamed)")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert header(window) == (topic, "Topic")


def test_ctrl_z_takes_back_a_rename_then_the_deletion_before_it(qtbot, make_window, store):
    window = make_window(show=True)
    editing = window.controllers["editing"]
    lr = qid(store, LR)
    window.tree.select_question(lr)
    editing.delete_current_question()
    assert store.question(lr) is None
    stats = topic_id(store, "Statistics")
    window.tree.select_topic(stats)
    rename_by_f2(qtbot, window, "Stats")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the rename first
    assert window.model.topic_name(stats) == "Statistics" and store.question(lr) is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # then the deletion
    assert store.question(lr) is not None


def test_ctrl_z_gives_a_renamed_deck_its_name_back(qtbot, make_window, store):
    window = make_window(show=True)
    deck = store.decks()[0]
    window.tree.select_deck(deck.id)
    rename_by_f2(qtbot, window, "Job hunt")
    assert store.deck(deck.id).name == "Job hunt"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert store.deck(deck.id).name == "Interview"
    assert window.tree.current_node().name == "Interview"


def test_a_rename_is_what_ctrl_z_takes_back_after_a_session(qtbot, make_window, store):
    """Right after a session Ctrl+Z takes its last grade back; a rename made since is
    the last thing done, so Ctrl+Z is about the rename."""
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Statistics"))
    window.controllers["study"].start_study()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_3)
    press(qtbot, window, Qt.Key.Key_Escape)
    stats = topic_id(store, "Statistics")
    window.tree.select_topic(stats)
    rename_by_f2(qtbot, window, "Stats")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.mode == "browse" and len(store.reviews()) == 1
    assert window.model.topic_name(stats) == "Statistics"
