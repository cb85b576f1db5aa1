"""The words deck operations ask with: Remove Deck… says what goes (its questions and
reviews) and that a backup is taken first (the box itself is ui.messages')."""

from __future__ import annotations

from studyapp.core.store import DeckRemoval
from studyapp.ui.messages import Messages


def removal_text(removal: DeckRemoval) -> str:
    return (
        f"The deck {removal} go with it. A backup is taken first: "
        "File → Backups… can bring the deck back."
    )


def confirm_remove(messages: Messages, removal: DeckRemoval) -> bool:
    """Ask before removing a deck; Cancel is the default and Esc."""
    return messages.confirm(
        "Remove Deck", f"Remove “{removal.deck_name}”?", removal_text(removal), "Remove Deck"
    )
