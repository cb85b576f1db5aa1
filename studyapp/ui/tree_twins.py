"""Rows of one title in one topic of the tree told apart: a quiz's notes may give most
questions one title ("What's the output?" for 108 of 155), and the tree listed rows
no one could tell apart. Each such row shows what core.title_hints finds in its
question (the first words of its body, else its place in the notes, else, for the
bundled deck whose file the person does not have, its answer's first words) muted after its
title, as the Weak Topics list, a mock's summary and the PDF do. A title its topic
lists once shows none: rows of one title in two topics are told apart by their topics.

Only the twins' answers are read, in one query, once the tree has all its rows (after
the first frame: BrowseController.finish_tree); a deck of distinct titles costs one
set of titles per topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.store import Store
    from studyapp.ui.topic_tree import TopicTreeModel


def show_twin_hints(model: TopicTreeModel, store: Store) -> None:
    """Give the tree's rows of a title repeated in their topic their hints (and take
    them from rows no longer repeated: a question moved, edited, deleted)."""
    twins = model.title_twins()
    hints: dict[str, str] = {}
    if twins:
        from studyapp.core.decks import has_file_source
        from studyapp.core.title_hints import topic_twin_hints

        whole = store.questions_by_id([q.id for q in twins])
        # A line of the bundled deck names no file the person has: no place to them.
        placeless = {deck.id for deck in store.decks() if not has_file_source(deck)}
        hints = topic_twin_hints(whole.values(), placeless)
    model.set_hints(hints)
