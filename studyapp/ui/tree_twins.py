"""Rows of one title in one topic of the tree told apart: a quiz's notes may give most
questions one title ("What's the output?" for 108 of 155), and the tree listed rows
no one could tell apart. Each such row shows what core.title_hints finds in its
question (the first words of its body, else its place in the notes, else, for the
bundled deck whose file the person does not have, its answer's first words) muted after its
title, as the Weak Topics list, a mock's summary and the PDF do. A title its topic
lists once shows none: rows of one title in two topics are told apart by their topics.

Only the twins' answers are read (`hints_of`, in one query), once the tree has all
its rows (after the first frame: BrowseController.finish_tree); a deck of distinct
titles costs one set of titles per topic. The reading is the controllers'
(core.title_hints.stored_twin_hints on the store open now): no store here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.model import Question
    from studyapp.ui.topic_tree import TopicTreeModel

# The hints of the twins given (outlines): question id → hint. The controllers give
# core.title_hints.stored_twin_hints on the store open now.
HintsOf = Callable[[list["Question"]], dict[str, str]]


def show_twin_hints(model: TopicTreeModel, hints_of: HintsOf) -> None:
    """Give the tree's rows of a title repeated in their topic their hints (and take
    them from rows no longer repeated: a question moved, edited, deleted)."""
    twins = model.title_twins()
    model.set_hints(hints_of(twins) if twins else {})
