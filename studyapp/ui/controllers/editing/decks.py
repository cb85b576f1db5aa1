"""Editing decks, a part the editing controller owns: renaming a deck (F2 on its
row), removing one (after a backup; its rows are kept, and Ctrl+Z puts it back while
the window is open) and putting a removed one back.

EditingController (this package) makes one `DeckEditing` and hands it what it uses:
the tree and its model, the answer pane, the controller's status bar, refusals and
write errors, its Ctrl+Z history and its `changed` and `reloaded` signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from studyapp.core.model import StudyAppError
from studyapp.ui.context import Changes
from studyapp.ui.controllers.editing.part import EditingPart
from studyapp.ui.topic_tree import DECK, Node

if TYPE_CHECKING:
    pass


class DeckEditing(EditingPart):
    """Rename Deck…, Remove Deck… and Ctrl+Z after a removal."""

    def __init__(self, *args: Any, reloaded: Callable[[], None], **given: Any) -> None:
        super().__init__(*args, **given)  # (EditingPart)
        self.reloaded = reloaded  # the store changed under the tree
        self.confirm_remove: Callable[[object], bool] | None = None  # tests answer here

    def _current_deck(self) -> int | None:
        node = self.tree.current_node()
        if node is None:
            self.status("Select a deck.", 3000)
            return None
        return self.model.deck_id_of(node)

    def rename_current_deck(self, node: Node | None = None) -> None:
        node = node or self.tree.current_node()
        if node is None or node.kind != DECK:
            self.status("Select a deck to rename.", 3000)
            return
        if self.refuse_if_read_only("Renaming decks"):
            return
        deck = self.ctx.store.deck(node.key)
        old = deck.name if deck is not None else node.name
        name = self.ctx.messages.ask_text("Rename deck", f"Rename the deck “{old}” to:", old)
        if name is None or not self.rename_deck(node.key, name):
            return
        if old != " ".join(name.split()):
            self.remember(("rename_deck", (node.key, old)))
        self.status(f"Deck renamed to {' '.join(name.split())} (Ctrl+Z undoes).", 5000)

    def rename_deck(self, deck_id: int, name: str) -> bool:
        """The deck renamed in the store, the tree read again with the deck current."""
        try:
            self.ctx.store.rename_deck(deck_id, name)
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not rename the deck", exc)
            return False
        self.reloaded()
        self.tree.setCurrentIndex(self.tree.from_source(self._deck_index(deck_id)))
        self.changed(Changes())  # Ctrl+Z is about this now
        return True

    def _deck_index(self, deck_id: int):
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            node = self.model.node(index)
            if node is not None and node.key == deck_id:
                return index
        return self.model.index(0, 0)

    def remove_current_deck(self) -> bool:
        """Remove Deck…: asks (how many questions and reviews go), backs up, removes."""
        deck_id = self._current_deck()
        if deck_id is None or self.refuse_if_read_only("Removing decks"):
            return False
        from studyapp.core.decks import remove_deck
        from studyapp.ui.deck_dialogs import confirm_remove

        store = self.ctx.store
        try:
            removal = store.deck_removal(deck_id)
        except KeyError:
            return False
        ask = self.confirm_remove or (lambda r: confirm_remove(self.ctx.messages, r))
        if not ask(removal):
            return False
        self.pane.flush()  # answers rendered for its questions go in before they go
        try:
            removed = remove_deck(
                store, deck_id, self.ctx.backup_dir, self.ctx.clock.now(), keep_rows=True
            )
        except (StudyAppError, KeyError) as exc:
            self.show_write_error("Could not remove the deck", exc)
            return False
        way_back = self._way_back(removed.removal.deck_name)
        self.remember(("remove_deck", (removed, way_back)))
        self.reloaded()
        self.status(
            f"Removed {removed.removal}. Ctrl+Z brings it back (after a restart: {way_back}).",
            15000,
        )
        self.changed(Changes(structure=True))
        return True

    def put_back_deck(self, removed: Any, way_back: str) -> None:
        """Ctrl+Z after Remove Deck: the deck as it was (core.decks.put_back_deck),
        its questions, topics, progress and mock answers; where the store changed
        since so that it cannot, the message says so and names the backup."""
        if self.refuse_if_read_only("Bringing a deck back"):
            return
        from studyapp.core.decks import put_back_deck

        try:
            put_back_deck(self.ctx.store, removed)
        except StudyAppError as exc:
            self.show_write_error("Could not bring the deck back", exc)
            self.status(f"Could not bring the deck back. {way_back} can.", 15000)
            return
        deck_id = removed.rows.deck_id
        self.reloaded()
        self.tree.select_deck(deck_id)
        self.status(f"Deck back: {removed.removal}.", 5000)
        self.changed(Changes(structure=True))

    def _way_back(self, deck: str) -> str:
        """Where a removed deck is kept for good: the backup made just before, as the
        Backups window lists it, by the deck it was made before removing (Ctrl+Z's copy
        lives only while the window is open)."""
        clock = self.ctx.clock
        at = clock.now().astimezone(clock.timezone())
        return f"File → Backups…, the backup of {at:%H:%M} “Before removing ‘{deck}’”, Restore"
