"""Editing the tree: moving a question to another topic (drag and drop, Ctrl+Shift+M,
the context menu), renaming a topic (F2) and making one (Ctrl+Shift+N). Every edit
is kept by re-imports (core.store); the tree updates in place, and `changed` tells
the figures to recount.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QMenu

from studyapp.core.model import StudyAppError
from studyapp.ui.context import Changes
from studyapp.ui.controllers.base import AppContext, Controller
from studyapp.ui.main_window import MainWindow
from studyapp.ui.question_pane import QuestionPane
from studyapp.ui.topic_tree import QUESTION, TOPIC, Node
from studyapp.ui.ui_state import Mode


class EditingController(Controller):
    changed = Signal(object)  # Changes

    def __init__(self, ctx: AppContext, shell: MainWindow, pane: QuestionPane) -> None:
        super().__init__(ctx, shell)
        self.pane = pane
        self.tree = shell.tree
        self.model = shell.model
        self.tree.context_requested.connect(self._on_context_menu)
        self.model.move_requested.connect(self._on_drop_move)

    def move_question(self, qid: str, topic_id: int) -> bool:
        """Put a question under another topic of its deck (kept by re-imports)."""
        if self.refuse_if_read_only("Moving questions"):
            return False
        try:
            self.store.move_question(qid, topic_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not move the question", exc)
            return False
        self.model.move_question(qid, topic_id)
        if qid == self.pane.current_qid:
            self.pane.select(qid)
            self.pane.update_meta()
        self.status(f"Moved to {self.model.topic_path(topic_id)}.", 4000)
        self.changed.emit(Changes(structure=True))
        return True

    def _on_drop_move(self, qids: list[str], topic_id: int) -> None:
        for qid in qids:
            self.move_question(qid, topic_id)

    def move_current_question(self) -> None:
        node = self.tree.current_node()
        if node is None or node.kind != QUESTION or node.question is None:
            self.status("Select a question to move.", 3000)
            return
        topics = [
            (tid, path)
            for tid, path in self.model.deck_topics(node.question.deck_id)
            if tid != node.question.topic_id
        ]
        choice = self.ctx.messages.ask_choice(
            "Move question", f"Move “{node.name}” to:", [path for _, path in topics]
        )
        if choice is not None:
            self.move_question(node.key, topics[choice][0])

    def rename_topic(self, topic_id: int, name: str) -> bool:
        if self.refuse_if_read_only("Renaming topics"):
            return False
        try:
            self.store.rename_topic(topic_id, name)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not rename the topic", exc)
            return False
        self.model.rename_topic(topic_id, " ".join(name.split()))
        if self.pane.current_qid is not None:
            self.pane.update_meta()
        return True

    def rename_current_topic(self) -> None:
        node = self.tree.current_node()
        if node is not None and node.kind == QUESTION:
            node = self.model.parent_node(node)
        if node is None or node.kind != TOPIC:
            self.status("Select a topic to rename.", 3000)
            return
        name = self.ctx.messages.ask_text("Rename topic", "New name:", node.name)
        if name is not None:
            self.rename_topic(node.key, name)

    def create_topic(self, deck_id: int, name: str, parent_id: int | None = None) -> int | None:
        if self.refuse_if_read_only("New topics"):
            return None
        try:
            topic = self.store.create_topic(deck_id, name, parent_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not create the topic", exc)
            return None
        self.model.add_topic(topic)
        self.pane.syncing = self.shell.mode is Mode.STUDY
        try:
            self.tree.select_topic(topic.id)
        finally:
            self.pane.syncing = False
        return topic.id

    def create_topic_here(self, *, subtopic: bool = False) -> None:
        node = self.tree.current_node()
        if node is None:
            decks = self.store.decks()
            if not decks:
                self.status("Import notes first.", 3000)
                return
            deck_id, parent_id = decks[0].id, None
        else:
            deck_id = self.model.deck_id_of(node)
            parent_id = node.key if subtopic and node.kind == TOPIC else None
        name = self.ctx.messages.ask_text("New topic", "Name of the new topic:")
        if name is not None:
            self.create_topic(deck_id, name, parent_id)

    def _on_context_menu(self, node: Node | None, pos: QPoint) -> None:
        menu = QMenu(self.shell)
        if node is not None and node.kind == QUESTION and node.question is not None:
            move = menu.addMenu("Move to Topic")
            move.setEnabled(not self.read_only)
            for tid, path in self.model.deck_topics(node.question.deck_id):
                action = move.addAction(path)
                action.setEnabled(tid != node.question.topic_id)
                action.triggered.connect(
                    lambda _c=False, q=node.key, t=tid: self.move_question(q, t)
                )
            menu.addSeparator()
        if node is not None and node.kind == TOPIC:
            menu.addAction(self.shell.action("study"))
            menu.addAction(self.shell.action("rename"))
            subtopic = menu.addAction(
                "New Subtopic…", lambda: self.create_topic_here(subtopic=True)
            )
            subtopic.setEnabled(not self.read_only)
        menu.addAction(self.shell.action("new_topic"))
        menu.popup(pos)
