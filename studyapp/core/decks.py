"""Deck operations the window and the command line share: the list of decks with their
counts, renaming, removing (after a backup, so Backups can undo it; the window also
keeps the deck's rows so that Ctrl+Z puts it back: `put_back_deck`) and re-importing
a deck's source. No Qt, no SQL: the store does the writing."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.model import Deck, ImportSummary, StudyAppError
from studyapp.core.progress import ProgressIndex
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import DeckRemoval, Store

if TYPE_CHECKING:
    from studyapp.core.importer import Reading
    from studyapp.core.store.deck_rows import DeckRows
    from studyapp.core.watch import SourceCheck

RESOURCE_PREFIX = "resource:"  # the bundled default deck: no file of the person's
REMOVE_BACKUP_REASON = "before-remove-deck"


@dataclass(frozen=True, slots=True)
class DeckInfo:
    """One line of the deck list."""

    id: int
    name: str
    source: str  # the file or folder it was imported from ("resource:…": bundled)
    questions: int  # not removed, suspended ones included
    due: int  # reviewed questions due now (learning steps included)
    new: int  # never studied (suspended ones not counted)
    suspended: int
    source_missing: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "source": self.source,
            "questions": self.questions,
            "due": self.due,
            "new": self.new,
            "suspended": self.suspended,
            "source_missing": self.source_missing,
        }


@dataclass(frozen=True, slots=True)
class RemovedDeck:
    removal: DeckRemoval
    backup: Path  # the backup taken just before: restoring it brings the deck back
    rows: DeckRows | None = None  # its rows as they were (`keep_rows`): Ctrl+Z


def deck_list(store: Store, now: datetime, scheduler: SpacedRepetition) -> list[DeckInfo]:
    """Every deck with its question, due and new counts (suspended questions not due,
    nor those buried until the next study day). Due is the window's due (the
    `ProgressIndex` figures): learning steps within the learn-ahead limit (Preferences)
    count, as Study shows them now."""
    from datetime import timedelta

    from studyapp.core.settings_schema import LEARN_AHEAD
    from studyapp.core.settings_schema import read as read_setting

    missing = store.missing_sources()
    learn_ahead = timedelta(minutes=read_setting(store, LEARN_AHEAD))
    out = []
    for deck in store.decks():
        figures = ProgressIndex.build(store, scheduler, now, deck.id, learn_ahead).totals()
        out.append(
            DeckInfo(
                deck.id,
                deck.name,
                deck.source_path,
                figures.total,
                figures.due,
                figures.new,
                figures.suspended,
                # A file's own state now: one back since the window marked it is not missing.
                not source_of(deck).exists() if has_file_source(deck) else deck.id in missing,
            )
        )
    return out


def find_deck(store: Store, ident: str | int) -> Deck:
    """A deck by id, or else by name: as written, or in any case where only one deck
    has it (a store from before names had to differ in case may hold "Cards" and
    "cards"). StudyAppError naming the decks if none matches, or several."""
    decks = store.decks()
    text = str(ident).strip()
    if text.isdigit():
        match = [d for d in decks if d.id == int(text)]
    else:
        match = [d for d in decks if d.name.strip() == text] or [
            d for d in decks if d.name.casefold().strip() == text.casefold()
        ]
    if len(match) > 1:
        listed = ", ".join(f'{d.id} "{d.name}"' for d in match)
        raise StudyAppError(f'"{text}" names {len(match)} decks ({listed}): give its id')
    if not match:
        listed = ", ".join(f"{d.id} {d.name}" for d in decks) or "none imported yet"
        raise StudyAppError(f'no deck "{text}" (decks: {listed}; see `studyapp decks`)')
    return match[0]


def remove_deck(
    store: Store, deck_id: int, backup_folder: Path, now: datetime, *, keep_rows: bool = False
) -> RemovedDeck:
    """Back the store up, then remove the deck with its questions and reviews; with
    `keep_rows`, its rows are read first and kept in the result, for `put_back_deck`.

    If the backup cannot be made, nothing is removed (the StoreError says why).
    """
    from studyapp.core.backup import backup_first

    store.deck_removal(deck_id)  # KeyError before a backup for nothing
    backup = backup_first(
        store, backup_folder, now, REMOVE_BACKUP_REASON, nothing="Nothing was removed"
    )
    deck = store.deck(deck_id)
    if deck is not None:  # Backups… names the deck it holds (core.backup_about)
        from studyapp.core import backup_about

        backup_about.note(backup, deck=deck.name)
    rows = None
    if keep_rows:
        from studyapp.core.store.deck_rows import deck_rows

        rows = deck_rows(store, deck_id)
    removed = RemovedDeck(store.remove_deck(deck_id), backup, rows)
    if deck is not None:  # an Anki package's pictures go with it (restoring the backup
        # writes them again from the package: core.anki_media.refill_media)
        from studyapp.core.anki_media import remove_package_media

        remove_package_media(store.path, deck.source_path)
    return removed


def put_back_deck(store: Store, removed: RemovedDeck) -> None:
    """Undo `remove_deck` (made with `keep_rows`): the deck as it was, its questions,
    topics, progress and mock answers; an Anki package's pictures written again from
    the package where it still is. A StoreError, nothing written, where the store
    changed since so that it cannot (restoring `removed.backup` still can)."""
    from studyapp.core.anki_media import refill_media
    from studyapp.core.store.deck_rows import put_back

    if removed.rows is None:
        raise StudyAppError("This removal kept no copy of the deck: restore its backup.")
    put_back(store, removed.rows)
    refill_media(store)


def source_of(deck: Deck) -> Path:
    """The file or folder a deck's notes are read from (core.deck_sources: a deck of
    several read from one Anki package reads that package)."""
    from studyapp.core.deck_sources import source_place

    return source_place(deck.source_path)


def has_file_source(deck: Deck) -> bool:
    """Whether the deck comes from a file or folder of the person's (not the bundled one)."""
    return bool(deck.source_path) and not deck.source_path.startswith(RESOURCE_PREFIX)


def reimport_deck(store: Store, deck: Deck, **options) -> ImportSummary:
    """Import a deck's file or folder again (after it changed on disk): through the one
    import pipeline, with the question unit remembered for it. Unchanged questions are
    left alone; the summary says what changed. Options go to `import_file`."""
    from studyapp.core.importer import import_file

    if not has_file_source(deck):
        raise StudyAppError(f'"{deck.name}" is the bundled deck: it has no notes file to re-read')
    return import_file(store, source_of(deck), **options)


def take_notes_text(store: Store, qid: str) -> ImportSummary:
    """Drop the edit made in the app to question `qid` and read its deck's notes again:
    the question takes the file's text (or leaves, if the notes no longer have it). A
    new user edited a CSV card in the app and found the file's later changes to it
    ignored for good, with no way back."""
    question = store.question(qid)
    if question is None:
        raise StudyAppError("That question is no longer in the store.")
    deck = next((d for d in store.decks() if d.id == question.deck_id), None)
    if deck is None or not has_file_source(deck):
        raise StudyAppError("This question's deck has no notes file to take its text from.")
    if not source_of(deck).exists():
        from studyapp.core.textio import path_text

        raise StudyAppError(f"{path_text(source_of(deck))}: the notes file is not there any more.")
    from studyapp.core.importer import import_file

    with store.transaction():  # the edit is dropped only if the notes are read
        store.forget_edit(qid)
        return import_file(store, source_of(deck), force=True)


# A file that now gives fewer than half its deck's questions, three or more gone, is
# not re-imported unasked: a file saved cut short, or emptied by a sync, looks so. (A
# tester's five-question file saved with one left went through unasked at five.)
SHRUNK_SHARE = 0.5
SHRUNK_FEWEST = 3


@dataclass(frozen=True, slots=True)
class Shrunk:
    """A deck whose notes now give far fewer questions than it has (see `shrunk`)."""

    deck_id: int
    deck_name: str
    source_path: str
    before: int  # questions the deck has
    after: int  # questions its notes give now
    # Or notes whose re-import would take studied questions out of the deck (a file a
    # sync has half written, a file of a folder gone for a while): how many questions
    # it would remove, and the titles of the studied ones among them.
    removed: int = 0
    studied: tuple[str, ...] = ()


def shrunk(store: Store, deck: Deck) -> Shrunk | None:
    """The deck's notes, read as its re-import would read them, when they now give
    none of its questions (emptied: saved as their title alone, say), or fewer than
    half of them (three or more gone); None otherwise, and when the notes cannot be
    read (the re-import says why)."""
    from studyapp.core import textio
    from studyapp.core.importer import remembered_split
    from studyapp.core.parse import NoQuestionsError
    from studyapp.core.reparse import parse_notes_file

    if not has_file_source(deck):
        return None
    before = store.question_count(deck.id)
    if not before:
        return None
    path = source_of(deck)
    try:
        split_at = remembered_split(store, textio.path_key(path.resolve()))
        after = len(parse_notes_file(path, split_at=split_at).questions)
    except NoQuestionsError:
        after = 0
    except (StudyAppError, OSError):
        return None
    if not after or (before - after >= SHRUNK_FEWEST and after < before * SHRUNK_SHARE):
        return Shrunk(deck.id, deck.name, str(path), before, after)
    return None


def studied_gone(store: Store, deck: Deck) -> tuple[Shrunk | None, Reading | None]:
    """Whether the re-import of the deck's notes as they are now would remove studied
    questions from a file that looks saved cut short (core.cut_short: its questions
    the head of what it held; a file of a folder gone): a `Shrunk` saying which (None
    where it would not, the notes were edited, or cannot be read: the re-import says
    why), and the reading of the notes that found it, for the re-import to take
    (core.importer.Reading; None where none was made). Only a deck with progress is
    read for it: the others lose nothing."""
    if not has_file_source(deck) or not store.cards(deck.id):
        return None, None
    from studyapp.core.import_preview import preview_import

    try:
        preview = preview_import(store, source_of(deck))
    except (StudyAppError, OSError):
        return None, None
    counts = preview.counts
    if counts is None or preview.existing_deck != deck.name or not preview.studied_removed:
        return None, preview.reading
    from studyapp.core.cut_short import looks_cut_short

    lost = set(counts.removed_ids) & set(store.cards(deck.id))
    if not looks_cut_short(store.questions(deck_id=deck.id), preview.doc.questions, lost):
        return None, preview.reading  # an edit of the person's (a deletion): it goes in
    before = store.question_count(deck.id)
    after = len(preview.doc.questions)
    held = Shrunk(
        deck.id,
        deck.name,
        str(source_of(deck)),
        before,
        after,
        counts.removed,
        preview.studied_removed,
    )
    return held, None


@dataclass(frozen=True, slots=True)
class SourceSync:
    """What `sync_sources` did: re-imports, decks whose source went or came back,
    sources that changed but could not be imported (deck name → one-line reason), and
    those held back to be asked about (`shrunk`)."""

    imported: tuple[ImportSummary, ...] = ()
    missing: tuple[str, ...] = ()
    back: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    held: tuple[Shrunk, ...] = ()

    def status(self) -> str:
        """One line for the status bar ("" when nothing happened)."""
        parts = [str(s) for s in self.imported if not s.skipped_unchanged_file]
        parts += [f"{name}: source missing (the deck stays)" for name in self.missing]
        parts += [f"{name}: source found again" for name in self.back]
        parts += [f"{name}: not re-imported ({why})" for name, why in self.failed]
        return "; ".join(parts)


def sync_sources(
    store: Store, check: SourceCheck, *, hold_shrunk: bool = False, **options
) -> SourceSync:
    """Act on a `watch.SourceCheck`: mark decks whose source is gone ("source missing",
    the deck and its progress stay) or back, and re-import the changed ones. A source
    that fails to import is reported, not raised, so one broken file does not stop the
    others. With `hold_shrunk` (re-imports nobody asked for), a source that now gives
    far fewer questions, or whose re-import would remove studied questions, is held
    back, to be asked about. Options go to `import_file` (progress, cancelled)."""
    for deck in check.missing:
        store.set_source_missing(deck.id, True)
    for deck in check.back:
        store.set_source_missing(deck.id, False)
    from studyapp.core.format import plural
    from studyapp.core.parse import NoQuestionsError

    imported, failed, held = [], [], []
    for deck in check.changed:
        reading = None
        if hold_shrunk:
            less = shrunk(store, deck)
            if less is None:
                less, reading = studied_gone(store, deck)
            if less is not None:
                held.append(less)
                continue
        try:
            read = {"reading": reading} if reading is not None else {}
            imported.append(reimport_deck(store, deck, **options, **read))
        except NoQuestionsError:  # (its words are the command line's, for one file)
            kept = plural(store.question_count(deck.id), "question")
            failed.append((deck.name, f"its notes give no questions now; it keeps its {kept}"))
        except StudyAppError as exc:
            failed.append((deck.name, str(exc)))
        except Exception as exc:  # a bug: said and logged; the other decks still reload,
            # and so does this one at its notes' next change (the watch goes on)
            logging.getLogger("studyapp.watch").exception("re-import of %s failed", deck.name)
            failed.append((deck.name, f"{type(exc).__name__}: {exc}"))
    return SourceSync(
        tuple(imported),
        tuple(d.name for d in check.missing),
        tuple(d.name for d in check.back),
        tuple(failed),
        tuple(held),
    )
