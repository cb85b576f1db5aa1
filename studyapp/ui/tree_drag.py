"""Dragging questions onto another topic of their deck, the tree model's side: the
rows' flags (a question drags, a topic takes a drop), the dragged questions as MIME
data, and a drop's target checked. A drop is not applied here: it emits the model's
`move_requested` and the window writes the move to the store, then calls the
model's `move_question`.

`QuestionDrags` is mixed into ui.topic_tree.TopicTreeModel, whose nodes it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

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


class QuestionDrags:
    """The drag-and-drop part of the tree's model (Qt's model interface for it)."""

    _nodes: list[Node]
    _by_question: dict[str, Node]
    move_requested: Any  # Signal(list, int): question ids, the target topic's id
    node: Callable[[ModelIndex], Node | None]  # the model's row → its node

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return KIND_FLAGS[self._nodes[index.internalId()].kind]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_QUESTIONS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        qids: list[str] = []
        for index in indexes:
            node = self.node(index)
            if node is not None and node.kind == QUESTION and node.key not in qids:
                qids.append(node.key)
        mime = QMimeData()
        mime.setData(MIME_QUESTIONS, QByteArray("\n".join(qids).encode("utf-8")))
        return mime

    def _drop_target(self, data: QMimeData, parent: ModelIndex) -> tuple[list[str], int] | None:
        if not data.hasFormat(MIME_QUESTIONS):
            return None
        target = self.node(parent)
        if target is None or target.kind != TOPIC:
            return None
        deck = target
        while deck.parent is not None:
            deck = self._nodes[deck.parent]
        qids = [
            qid
            for qid in bytes(data.data(MIME_QUESTIONS).data()).decode("utf-8").split("\n")
            if (node := self._by_question.get(qid)) is not None
            and node.question is not None
            and node.question.deck_id == deck.key
            and node.parent != target.id
        ]
        return (qids, target.key) if qids else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        return self._drop_target(data, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        target = self._drop_target(data, parent)
        if target is None:
            return False
        self.move_requested.emit(*target)
        # False: the move is done by the window through the store, not by the view
        # removing the dragged rows.
        return False
