"""Opening a mock interview's set-up: the dialog filled from the store (decks, topics,
what each can ask, today's new-question allowance per deck), on the deck or topic
selected in the window's tree; and the words when today's limit kept new questions
out of a mock. The mock controller calls these; no widget of its own.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from studyapp.core.format import plural
from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC

if TYPE_CHECKING:
    from studyapp.core.clock import Clock
    from studyapp.core.store import Store
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.mock_setup import MockSetupDialog
    from studyapp.ui.mock_voice import SpokenMocks
    from studyapp.ui.topic_tree import Node


def setup_dialog(
    store: Store, clock: Clock, shell: MainWindow, spoken: SpokenMocks
) -> MockSetupDialog | None:
    """The set-up dialog on the last choices, or on the tree's selection (see
    `choose_selection`); None when there is no question to ask."""
    # The counts per topic (one query) of what a mock can ask: not suspended.
    counts = store.question_counts(suspended=False)
    if not counts:
        return None
    from studyapp.core.mock import load_settings
    from studyapp.core.mock_choice import new_by_topic, todays_new_limits
    from studyapp.ui.mock_setup import MockSetupDialog

    decks = store.decks()
    limits = todays_new_limits(store, clock)
    dialog = MockSetupDialog(
        decks,
        {deck.id: store.topics(deck.id) for deck in decks},
        Counter(counts),
        load_settings(store),
        shell,
        voice=spoken.support(),
        voice_choice=spoken.choice(),
        new_counts=new_by_topic(store),
        new_left={deck.id: limits.of(deck.id).new_left for deck in decks},
    )
    choose_selection(dialog, shell.tree.current_node())
    return dialog


def choose_selection(dialog: MockSetupDialog, node: Node | None) -> None:
    """The set-up starts on what the window's tree has selected, as Study Due in
    Selection (Ctrl+D) does: a deck (all of it), a topic (its sub-topics with it), or
    a question's topic (the one its row sits under, as Study takes it), never every
    deck for a single question. With nothing selected the last set-up's topics stay."""
    if node is None:
        return
    if node.kind == DECK:
        dialog.set_checked_deck(node.key)
    elif node.kind == TOPIC:
        dialog.set_checked_topics([node.key])
    elif node.kind == QUESTION and node.question is not None:
        dialog.set_checked_topics([node.question.topic_id])


def held_words(held: int) -> str:
    """The status line when today's new-question limit kept new questions out."""
    return (
        f"{plural(held, 'new question')} left out of this mock: today's new-question"
        " limit (Preferences) is reached, and its grades count as reviews."
    )


def buried_words(buried: int) -> str:
    """The status line when a mock asks buried questions, for want of others."""
    are = "is" if buried == 1 else "are"
    return (
        f"{plural(buried, 'buried question')} {are} asked last: the ticked topics hold"
        " too few others."
    )


def start_words(held: int, buried: int) -> str:
    """What the status bar says as a mock starts: why questions were left out, or
    why buried ones are in ("" when neither)."""
    parts = []
    if held:
        parts.append(held_words(held))
    if buried:
        parts.append(buried_words(buried))
    return " ".join(parts)
