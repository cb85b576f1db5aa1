"""What the core's session tests (study, mock, progress, bury) share: the moment
their fake clock starts at, a store with one notes file imported, and each
question's state read afresh from the store (what the app's ProgressIndex, kept up
to date one grade at a time, must agree with)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from studyapp.core.model import ParsedDocument
from studyapp.core.progress import question_state
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)


def open_deck(path: Path, document: ParsedDocument) -> Iterator[Store]:
    """A fixture's body: the store at `path` with `document` imported, then closed."""
    with Store.open(path) as s:
        s.import_document(document, "x.md", "hash")
        yield s


def question_states(
    store: Store, deck_id: int | None, now: datetime, scheduler: SpacedRepetition
) -> dict[str, str]:
    """Question id → its state, for the deck's questions (all decks' when `deck_id`
    is None), each read on its own from its stored card."""
    cards = store.cards(deck_id)
    result: dict[str, str] = {}
    for q in store.question_outlines(deck_id=deck_id):
        info = cards.get(q.id)
        result[q.id] = (
            "new"
            if info is None
            else question_state(info.card_json, info.last_rating, now, scheduler)
        )
    return result
