"""Opening a mock interview's set-up: the dialog filled with what the set-up offers
(core.mock_choice.SetupOffer: decks, topics, what each can ask, today's new-question
allowance per deck), on the deck or topic selected in the window's tree; and the
words when today's limit kept new questions out of a mock. The mock controller reads
the store and calls these, handing the choices remembered per deck as callables
(core.mock_settings); no widget of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from studyapp.core.format import plural
from studyapp.ui.topic_tree import DECK, QUESTION, TOPIC

if TYPE_CHECKING:
    from studyapp.core.mock_choice import SetupOffer
    from studyapp.core.mock_settings import DeckChoice
    from studyapp.ui.main_window import MainWindow
    from studyapp.ui.mock_setup import MockSetupDialog
    from studyapp.ui.mock_voice import SpokenMocks
    from studyapp.ui.topic_tree import Node

# deck id → the topics its last mock was set up on (core.mock_settings.remembered_choice)
LastChoice = Callable[[int], "DeckChoice | None"]
# (topics ticked, their decks, the row selected) kept (core.mock_settings.remember_choice)
Remember = Callable[[tuple[int, ...], list[int], "tuple[int, int | str] | None"], object]


def setup_dialog(
    offer: SetupOffer,
    shell: MainWindow,
    spoken: SpokenMocks,
    last: LastChoice,
    remember: Remember,
) -> MockSetupDialog:
    """The set-up dialog on the last choices (`last`), or on the tree's selection (see
    `choose_selection`); Start remembers its choice (`remember_setup`)."""
    from studyapp.ui.mock_setup import MockSetupDialog

    dialog = MockSetupDialog(
        offer.decks,
        offer.topics,
        offer.counts,
        offer.settings,
        shell,
        voice=spoken.support(),
        voice_choice=spoken.choice(),
        new_counts=offer.new_counts,
        new_left=offer.new_left,
    )
    choose_selection(dialog, shell.tree.current_node(), last)
    dialog.accepted.connect(lambda: remember_setup(remember, dialog))
    return dialog


def choose_selection(
    dialog: MockSetupDialog, node: Node | None, last: LastChoice | None = None
) -> None:
    """The set-up starts on the topics last chosen for the deck of the row selected in
    the window's tree (`keeps_last`) while that row is the one selected then or lies
    among them; else on the row, as Study Due in Selection (Ctrl+D) does: a deck (all
    of it), a topic (its sub-topics with it), or a question's topic (the one its row
    sits under, as Study takes it), never every deck for a single question. With
    nothing selected the last set-up's topics stay.

    The next Ctrl+M fell back to the row selected in the tree, which is mostly where
    browsing or studying left it: three topics ticked by hand came back as one. A row
    selected since, outside those topics, is a new choice, and the set-up opens on it."""
    if node is None:
        return
    place = _place(dialog, node)
    if place is None:
        return
    row = (node.kind, node.key)
    dialog.opened_on = (row, place[0])
    if last is not None and keeps_last(dialog, last(place[0]), row, *place):
        return
    if node.kind == DECK:
        dialog.set_checked_deck(node.key)
    elif node.kind == TOPIC:
        dialog.set_checked_topics([node.key])
    elif node.kind == QUESTION and node.question is not None:
        dialog.set_checked_topics([node.question.topic_id])


def _place(dialog: MockSetupDialog, node: Node) -> tuple[int, int | None] | None:
    """The row's deck and topic (None: the deck row); None: not a row of a deck."""
    if node.kind == DECK:
        return int(node.key), None
    topic = node.key if node.kind == TOPIC else None
    if node.kind == QUESTION and node.question is not None:
        topic = node.question.topic_id
    deck = dialog.deck_of_topic(topic) if topic is not None else None
    return None if deck is None else (deck, topic)


def keeps_last(
    dialog: MockSetupDialog,
    last: DeckChoice | None,
    row: tuple[int, int | str],
    deck_id: int,
    topic_id: int | None,
) -> bool:
    """Tick the topics last chosen for this deck (`last`: core.mock_settings.
    remembered_choice) when the row selected is the one selected then, or is among
    them (all of it: a deck row, only when the whole deck was); True when so."""
    if last is None:
        return False
    same_row = last.selected == row
    known = [t for t in last.topic_ids if dialog.deck_of_topic(t) is not None]
    if not known and (last.topic_ids or not same_row):  # all gone; every topic, moved
        return False
    dialog.set_checked_topics(known)
    return same_row or dialog.is_ticked(deck_id, topic_id)


def remember_setup(remember: Remember, dialog: MockSetupDialog) -> None:
    """Remember the topics ticked when Start is pressed, for the decks they are in and
    the deck of the row selected then (everything chosen: for that deck alone, kept
    only while that row stays selected; `keeps_last`)."""
    topic_ids = dialog.checked_topic_ids()
    opened = dialog.opened_on
    decks = dialog.ticked_decks() if topic_ids else []
    if opened is not None:
        decks.append(opened[1])
    if decks:
        remember(topic_ids, decks, opened[0] if opened else None)


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
