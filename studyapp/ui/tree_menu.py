"""The topic tree's right-click menu: for a question, Move to Topic, Use the Notes'
Text (an edit kept in StudyApp), Bury; for a topic, Study, Rename and New Subtopic;
and New Topic. Built here from what the editing controller hands in (its slots and
the shell's actions); the controller decides what each entry does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from studyapp.ui.literal_text import literal
from studyapp.ui.topic_tree import QUESTION, TOPIC, Node


def tree_menu(
    parent: QWidget,
    node: Node | None,
    *,
    topics: Callable[[int], Sequence[tuple[int, str]]],
    action: Callable[[str], Any],
    read_only: bool,
    move: Callable[[str, int], object],
    take_notes_text: Callable[[str], object],
    new_subtopic: Callable[[], object],
) -> QMenu:
    """The menu for `node` (a question, a topic, or nothing), not yet shown.
    `topics(deck id)`: (topic id, path) of a deck's topics; `action(id)`: the shell's
    action of that id."""
    menu = QMenu(parent)
    if node is not None and node.kind == QUESTION and node.question is not None:
        to_topic = menu.addMenu("Move to Topic")
        to_topic.setEnabled(not read_only)
        for tid, path in topics(node.question.deck_id):
            entry = to_topic.addAction(literal(path))  # "&" in a name is no mnemonic
            entry.setEnabled(tid != node.question.topic_id)
            entry.triggered.connect(lambda _c=False, q=node.key, t=tid: move(q, t))
        if node.question.edited:  # kept over re-imports: the way back to the file
            notes = menu.addAction("Use the Notes' Text…", lambda q=node.key: take_notes_text(q))
            notes.setEnabled(not read_only)
        menu.addAction(action("bury"))  # Anki's Bury: until tomorrow
        menu.addSeparator()
    if node is not None and node.kind == TOPIC:
        menu.addAction(action("study"))
        menu.addAction(action("rename"))
        subtopic = menu.addAction("New Subtopic…", new_subtopic)
        subtopic.setEnabled(not read_only)
    menu.addAction(action("new_topic"))
    return menu
