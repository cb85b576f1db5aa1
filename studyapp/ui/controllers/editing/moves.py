"""Moving questions between the topics of their deck, a part the editing controller
owns: a drag onto a topic, Edit → Move (its list of the deck's topics), the tree's
menu, and Ctrl+Z of a move (a step of the window's history: Ctrl+Z had reached past
a move to the step before it, an edit saved into the notes file among them).

EditingController (this package) makes one `QuestionMoves` and hands it what it uses,
as it does `DeckEditing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studyapp.core.model import StudyAppError
from studyapp.ui.context import Changes
from studyapp.ui.controllers.editing.part import EditingPart
from studyapp.ui.topic_tree import QUESTION
from studyapp.ui.tree_twins import HintsOf, show_twin_hints

if TYPE_CHECKING:
    pass


class QuestionMoves(EditingPart):
    """A question put under another topic (kept by re-imports), and put back."""

    def __init__(self, *args: Any, twin_hints: HintsOf, **given: Any) -> None:
        super().__init__(*args, **given)  # (EditingPart)
        self.twin_hints = twin_hints  # the hints of the tree's rows of one title

    def move(self, qid: str, topic_id: int, *, remember: bool = True) -> bool:
        """Put a question under another topic of its deck (kept by re-imports); a step
        Ctrl+Z takes back (`remember`): it had reached past the move to the step
        before, an edit saved into the notes file among them."""
        if self.refuse_if_read_only("Moving questions"):
            return False
        question = self.ctx.store.question(qid)
        try:
            self.ctx.store.move_question(qid, topic_id)
        except (StudyAppError, KeyError, ValueError) as exc:
            self.show_write_error("Could not move the question", exc)
            return False
        self.model.move_question(qid, topic_id)
        # moved among or away from its twins
        show_twin_hints(self.model, self.twin_hints)
        if qid == self.pane.current_qid:
            self.pane.select(qid)
            self.pane.update_meta()
        self.status(f"Moved to {self.model.topic_path(topic_id)}.", 4000)
        self.changed(Changes(moved=((qid, topic_id),)))
        if remember and question is not None and question.topic_id != topic_id:
            self.remember(("move", ((qid, question.topic_id),)))
        return True

    def drop(self, qids: list[str], topic_id: int) -> None:
        """Questions dropped on a topic: one step for Ctrl+Z, however many moved."""
        moved = []
        for qid in qids:
            question = self.ctx.store.question(qid)
            if question is not None and self.move(qid, topic_id, remember=False):
                moved.append((qid, question.topic_id))
        if any(before != topic_id for _, before in moved):
            self.remember(("move", tuple(moved)))

    def undo(self, moves: tuple[tuple[str, int], ...]) -> None:
        """Each question of a move put back under the topic it left, last first."""
        for qid, topic_id in reversed(moves):
            if not self.move(qid, topic_id, remember=False):
                return
        self.status(f"Move undone: back in {self.model.topic_path(moves[0][1])}.", 4000)

    def move_current(self) -> None:
        node = self.tree.current_node()
        if node is None or node.kind != QUESTION or node.question is None:
            self.status("Select a question to move.", 3000)
            return
        # The question's own topic is listed and chosen: the list opens where the
        # question is, and OK without a change moves nothing.
        here = node.question.topic_id
        topics = list(self.model.deck_topics(node.question.deck_id))
        if len(topics) < 2:  # the list would offer only where it is: a dead end
            self.status(
                "Its deck has one topic: make another first (Ctrl+Shift+N), then move it.",
                6000,
            )
            return
        current = next((i for i, (tid, _) in enumerate(topics) if tid == here), 0)
        choice = self.ctx.messages.ask_choice(
            "Move question", f"Move “{node.name}” to:", [path for _, path in topics], current
        )
        if choice is not None and topics[choice][0] != here:
            self.move(node.key, topics[choice][0])
