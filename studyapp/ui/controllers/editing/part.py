"""What the editing controller hands each of its parts (`DeckEditing`, `QuestionMoves`):
the tree and its model, the answer pane, the controller's status bar, refusals and
write errors, its Ctrl+Z history and its `changed` signal. Written once here, as the
parts' common base, not in each part's constructor."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studyapp.ui.context import AppContext, Changes
    from studyapp.ui.question_pane import QuestionPane
    from studyapp.ui.topic_tree import TopicTreeModel
    from studyapp.ui.topic_tree_view import TopicTree


class EditingPart:
    """A part of the editing controller, given what it uses (see the module)."""

    def __init__(
        self,
        ctx: AppContext,
        tree: TopicTree,
        model: TopicTreeModel,
        pane: QuestionPane,
        *,
        status: Callable[[str, int], None],
        refuse_if_read_only: Callable[[str], bool],
        show_write_error: Callable[[str, BaseException], None],
        remember: Callable[[tuple[str, Any]], None],  # a step for Ctrl+Z
        changed: Callable[[Changes], None],
    ) -> None:
        self.ctx, self.tree, self.model, self.pane = ctx, tree, model, pane
        self.status = status
        self.refuse_if_read_only = refuse_if_read_only
        self.show_write_error = show_write_error
        self.remember = remember
        self.changed = changed
