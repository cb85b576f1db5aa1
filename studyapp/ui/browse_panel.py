"""The grading panel's words while browsing (`BrowseController.update_panel`): the
question's state and when it is next reviewed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.progress import buried_till
from studyapp.core.scheduler import span_words
from studyapp.ui.theme import STATE_LABELS

if TYPE_CHECKING:
    from studyapp.ui.context import AppContext
    from studyapp.ui.topic_tree import TopicTreeModel


def question_words(ctx: AppContext, model: TopicTreeModel, qid: str) -> str:
    """ "<b>State</b><br>next review in 6 days" for the question on screen."""
    now = ctx.clock.now()
    state = model.state(qid)
    if state != "suspended" and buried_till(ctx.store, qid, now):
        state = "buried"  # (the row says so once the tree has caught up)
    words = f"<b>{STATE_LABELS[state]}</b><br>"
    due = ctx.scheduler.due(ctx.store.card_json(qid))
    if state == "suspended":
        return words + "not studied until Ctrl+J takes it back"
    if state == "buried":
        return words + "until tomorrow (Bury again takes it back)"
    if due is None:
        return words + "never studied"
    wait = due - now
    # in words, as the question's header says it ("due in 52 days")
    return words + (
        f"next review in {span_words(wait)}" if wait.total_seconds() > 0 else "due for review now"
    )
