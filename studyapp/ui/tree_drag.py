"""Dragging questions onto another topic of their deck, the tree model's side: the
rows' flags (a question drags, a topic takes a drop), the dragged questions as MIME
data, and a drop's target checked. A drop is not applied here: it asks for the move
(the model's `move_requested`) and the window writes the move to the store, then
calls the model's `move_question`.

ui.topic_tree.TopicTreeModel owns one `QuestionDrags` (`drags`): Qt asks the model
itself for drags and drops, and its overrides answer through it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from studyapp.ui.tree_nodes import DECK, QUESTION, TOPIC

if TYPE_CHECKING:
    from studyapp.ui.tree_nodes import Node

MIME_QUESTIONS = "application/x-studyapp-questions"
ModelIndex = QModelIndex | QPersistentModelIndex

# Item flags per kind of row, combined once: Qt asks for them on every row it lays
# out, and or-ing enum members in Python costs more than the rest of the call.
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
KIND_FLAGS = {
    DECK: _BASE_FLAGS,
    TOPIC: _BASE_FLAGS | Qt.ItemFlag.ItemIsDropEnabled,
    QUESTION: _BASE_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren,
}


class TreeRows(Protocol):
    """What a drag reads of the tree's model."""

    def node(self, index: ModelIndex) -> Node | None: ...
    def question_index(self, qid: str) -> QModelIndex: ...
    def deck_id_of(self, node: Node) -> int: ...


class QuestionDrags:
    """The dragged questions as MIME data, and where a drop of them may go."""

    def __init__(self, rows: TreeRows, request_move: Callable[[list[str], int], None]) -> None:
        self.rows = rows
        self.request_move = request_move  # question ids, the target topic's id

    def mime_data(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        qids: list[str] = []
        for index in indexes:
            node = self.rows.node(index)
            if node is not None and node.kind == QUESTION and node.key not in qids:
                qids.append(node.key)
        mime = QMimeData()
        mime.setData(MIME_QUESTIONS, QByteArray("\n".join(qids).encode("utf-8")))
        return mime

    def target(self, data: QMimeData, parent: ModelIndex) -> tuple[list[str], int] | None:
        """The questions of `data` that a drop on `parent` moves (those of the topic's
        deck not already under it) and the topic's id; None: no drop there."""
        if not data.hasFormat(MIME_QUESTIONS):
            return None
        target = self.rows.node(parent)
        if target is None or target.kind != TOPIC:
            return None
        deck_id = self.rows.deck_id_of(target)
        qids = [
            qid
            for qid in bytes(data.data(MIME_QUESTIONS).data()).decode("utf-8").split("\n")
            if (node := self.rows.node(self.rows.question_index(qid))) is not None
            and node.question is not None
            and node.question.deck_id == deck_id
            and node.parent != target.id
        ]
        return (qids, target.key) if qids else None

    def drop(self, data: QMimeData, parent: ModelIndex) -> bool:
        target = self.target(data, parent)
        if target is not None:
            self.request_move(*target)
        # False: the move is done by the window through the store, not by the view
        # removing the dragged rows.
        return False
