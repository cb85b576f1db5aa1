"""Notes an import would make a new deck of that a deck here has already: a copy of its
file (byte for byte: "notes (1).md", the same file in another folder) or the same notes
saved another way (a .docx and its .html, a CSV of them: most questions shared by
title). A moved or renamed file goes into its own deck (core.importer.moved_here);
a copy of one that is still in place made a second deck of the same questions, each
studied apart, without a word. The import and its preview both say so; neither
refuses, as a person may want both (a copy to edit apart, say). So too notes read by
another deck through a folder: a folder whose files were imported one by one, or a
file of a folder imported whole (`held_elsewhere`). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from studyapp.core.model import ParsedDocument
from studyapp.core.parsed import SameNotes
from studyapp.core.store import Store


def same_notes_here(
    store: Store, source: str, digest: str, doc: ParsedDocument
) -> SameNotes | None:
    """The deck that already holds the notes of `doc` (read from `source`, its hash
    `digest`), where importing them makes a new deck; None where they update a deck
    (their own, or one whose notes were moved here) or no deck holds them."""
    from studyapp.core.importer import title_keys

    decks = store.decks()
    if any(d.source_path == source for d in decks) or store.moved_deck_name(doc, digest):
        return None  # a re-import, or a moved deck's notes: their own deck
    copied = next((d for d in decks if d.source_hash == digest), None)
    if copied is not None:
        return SameNotes(copied.name, _shown_source(copied.source_path))
    titles = title_keys(doc.questions)
    best: tuple[int, SameNotes | None] = (0, None)
    for deck in decks:
        shared = held_here(titles, title_keys(store.questions(deck_id=deck.id)))
        if shared > best[0]:
            source = _shown_source(deck.source_path)
            best = (shared, SameNotes(deck.name, source, shared, len(titles)))
    return best[1]


# Of an import's questions (distinct titles), the share one deck must hold, and the
# fewest it must hold, for the preview and the import to say so. Counted on the import's
# side: what a person is told is how many questions importing would repeat, and 4 of
# 7 repeated are 4 repeated whether the deck has 7 questions or 700. Counted on the
# larger side (as for notes moved, core.importer.same_notes) a small file overlapping
# a big deck was never said to. Two unrelated notes sharing a couple of generic titles
# ("What is a closure?" in Python notes and in JavaScript notes) share a small part of
# either; a file of three or four with two such titles shares too few to say it.
HELD_SHARE = 0.5
HELD_FEWEST = 3


def held_here(titles: set[str], theirs: set[str]) -> int:
    """How many of an import's `titles` a deck whose titles are `theirs` holds, where
    that is worth saying: more than HELD_SHARE of the import's and at least HELD_FEWEST,
    or the same notes by the rule notes moved go by (a copy of a deck of two); else 0."""
    from studyapp.core.importer import same_notes

    shared = len(titles & theirs)
    if shared >= HELD_FEWEST and shared > HELD_SHARE * len(titles):
        return shared
    return same_notes(titles, theirs)


def _shown_source(source_path: str) -> str:
    return "" if source_path.startswith("resource:") else source_path


@dataclass(frozen=True, slots=True)
class HeldBy:
    """A deck here read from files an import reads too: a file of the folder being
    imported, or the folder a file being imported is in."""

    deck_name: str
    source: str  # where that deck's notes are
    shared: int  # the import's questions it holds (by title)


def held_elsewhere(store: Store, source: str, titles: set[str]) -> tuple[HeldBy, ...]:
    """The decks other than `source`'s own whose notes are files of `source` (a folder
    whose files were imported one by one) or a folder holding it (a file of a folder
    deck), each with how many of `titles` (importer.title_keys) it holds; most first.
    Imported as well, those questions are a second copy, studied apart, and a save to
    one of the files re-imports both decks. () where none."""
    from studyapp.core.deck_sources import source_file
    from studyapp.core.importer import title_keys

    here = PurePath(source)
    out = []
    for deck in store.decks():
        if deck.source_path.startswith("resource:"):
            continue
        theirs = PurePath(source_file(deck.source_path))
        if theirs == here or not (theirs.is_relative_to(here) or here.is_relative_to(theirs)):
            continue
        shared = len(titles & title_keys(store.questions(deck_id=deck.id)))
        if shared:
            out.append(HeldBy(deck.name, str(theirs), shared))
    return tuple(sorted(out, key=lambda h: (-h.shared, h.deck_name.casefold())))


# Where the decks here hold all but this share of what an import reads, going to them
# is what the person most likely wants (the preview's default); else the import is.
NEARLY_ALL = 0.9


def held_count(held: tuple[HeldBy, ...], questions: int) -> int:
    """How many of an import's `questions` (distinct titles) the decks `held` hold:
    their counts together, at most all (two decks can hold one question)."""
    return min(questions, sum(h.shared for h in held))


def nearly_all_held(held: tuple[HeldBy, ...], questions: int) -> bool:
    """Whether the decks `held` hold (nearly) every one of an import's `questions`: a
    folder whose files were all imported, not one of its five files."""
    return bool(held) and held_count(held, questions) >= NEARLY_ALL * questions


def held_words(held: tuple[HeldBy, ...], *, folder: bool, questions: int = 0) -> str:
    """What an import of notes `held_elsewhere` found says of them, the window's preview
    and the command line alike ("" for none): which decks, how many questions each,
    and of the import's `questions` (distinct titles; 0: not said) how many are in no
    deck yet."""
    if not held:
        return ""
    total = held_count(held, questions) if questions else sum(h.shared for h in held)
    named = ", ".join(f"“{h.deck_name}” ({h.shared:,})" for h in held)
    decks = "the deck" if len(held) == 1 else f"{len(held)} decks"
    what = "questions" if total != 1 else "question"
    where = "its files" if folder else "these notes"
    others = max(0, questions - total)
    rest = ""
    if others:
        rest = "; the other one is" if others == 1 else f"; the other {others:,} are"
        rest += " in no deck"
    them = "it" if total == 1 else f"those {total:,}" if others else "them"
    return (
        f"{total:,} of these {what} are already in {decks} read from {where}: {named}{rest}."
        f" Importing makes a second copy of {them}, studied apart without their progress,"
        " and a save to one of those files then re-imports two decks."
    )


def left_out_words(deck_name: str, held: tuple[HeldBy, ...], questions: int) -> str:
    """What the status bar says once the person went to the deck holding an import's
    notes instead of importing them: true of what was left out (of the import's
    `questions`, how many are in no deck)."""
    kept = held_count(held, questions)
    others = questions - kept if held else 0
    if others <= 0:
        return f"Not imported: {deck_name} has these notes already."
    rest = "the other one is" if others == 1 else f"the other {others:,} are"
    return (
        f"Not imported: {deck_name} has {kept:,} of these {questions:,} questions;"
        f" {rest} in no deck."
    )
