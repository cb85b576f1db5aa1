"""Notes an import would make a new deck of that a deck here has already: a copy of its
file (byte for byte: "notes (1).md", the same file in another folder) or the same notes
saved another way (a .docx and its .html, a CSV of them: most questions shared by
title). A moved or renamed file goes into its own deck (core.importer.moved_here);
a copy of one that is still in place made a second deck of the same questions, each
studied apart, without a word. The import and its preview both say so; neither
refuses, as a person may want both (a copy to edit apart, say). No Qt here.
"""

from __future__ import annotations

from studyapp.core.model import ParsedDocument
from studyapp.core.parsed import SameNotes
from studyapp.core.store import Store


def same_notes_here(
    store: Store, source: str, digest: str, doc: ParsedDocument
) -> SameNotes | None:
    """The deck that already holds the notes of `doc` (read from `source`, its hash
    `digest`), where importing them makes a new deck; None where they update a deck
    (their own, or one whose notes were moved here) or no deck holds them."""
    from studyapp.core.importer import same_notes, title_keys

    decks = store.decks()
    if any(d.source_path == source for d in decks) or store.moved_deck_name(doc, digest):
        return None  # a re-import, or a moved deck's notes: their own deck
    copied = next((d for d in decks if d.source_hash == digest), None)
    if copied is not None:
        return SameNotes(copied.name, _shown_source(copied.source_path))
    titles = title_keys(doc.questions)
    best: tuple[int, SameNotes | None] = (0, None)
    for deck in decks:
        shared = same_notes(titles, title_keys(store.questions(deck_id=deck.id)))
        if shared > best[0]:
            best = (shared, SameNotes(deck.name, _shown_source(deck.source_path), shared))
    return best[1]


def _shown_source(source_path: str) -> str:
    return "" if source_path.startswith("resource:") else source_path
