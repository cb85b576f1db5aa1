"""After a damaged store lost rows: each deck's notes imported again, so that the
questions lost with a bad page come back as the files hold them now.

A salvage that could not read every page (core.store.salvage) loses the questions
on the bad pages but keeps their reviews, cards and mock answers waiting: a question's
id comes from its deck and title, so importing the notes again makes it again under
the same id, and its history is its own again. A store restored from a backup lacks
what the files gained since. Either way the person's notes are still there: each
deck whose file or folder still exists (and the bundled deck) is imported again,
forced (its bytes may be those of the last import). A deck whose notes are gone is
named, not touched. No Qt: start-up calls it before the window.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from studyapp.core.deck_sources import source_place
from studyapp.core.format import plural
from studyapp.core.model import StudyAppError
from studyapp.core.store import Store
from studyapp.core.store.row_repairs import made_again

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refill:
    """What importing every deck's notes again did."""

    brought_back: int  # questions there now that were not before
    reviews_back: int  # reviews kept for lost questions, theirs again
    decks: tuple[str, ...]  # decks imported again
    unavailable: tuple[str, ...]  # decks whose notes could not be imported again
    # Decks made again whose name was lost with their row (core.store.row_repairs),
    # with a question of each: the person knows a deck by its name, not by the one
    # it was made again under ("Recovered deck 1").
    nameless: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        """The report's paragraph about it ("" when there were no notes to read)."""
        parts = []
        if self.decks:
            back = "no question was missing"
            if self.brought_back:
                back = f"{plural(self.brought_back, 'question')} came back"
            if self.reviews_back:
                back += f", with {plural(self.reviews_back, 'review')} kept for them"
            parts.append(f"Your notes were imported again ({', '.join(self.decks)}): {back}.")
            if self.brought_back:
                parts.append(
                    "They are as your notes have them: a suspension, a deletion or an edit"
                    " made in StudyApp to a question that was lost is not among them."
                )
        made = {name for name, _title in self.nameless}
        if unavailable := [name for name in self.unavailable if name not in made]:
            parts.append(
                f"The notes of {', '.join(unavailable)} could not be read again: "
                "import them again yourself to bring back what is missing."
            )
        for name, title in self.nameless:
            parts.append(
                f"The name of one of your decks was lost with the damage, and no backup had"
                f" it: it shows as “{name}” (it holds “{title}”). Rename it (Edit → Rename"
                " Topic or Deck…), and import its notes again yourself to bring back what"
                " is missing."
            )
        return " ".join(parts)


def after_recovery(store: Store, may_miss_notes: bool) -> str:
    """What a start (the window's, or a command's) does once it has a recovery report
    to tell: where questions may be missing (the report then tells of the history
    kept waiting for them), the notes imported again, then that history acknowledged
    (core.store.recovery.acknowledge_waiting), so that the next start says no more of
    it. Returns the report's paragraph about the notes."""
    from studyapp.core.store.recovery import acknowledge_waiting

    if not may_miss_notes:  # the report told nothing of history waiting: not now
        return ""
    try:
        said = refill(store).message
    except StudyAppError as exc:
        said = f"Your notes could not be imported again ({exc}): import them yourself."
    acknowledge_waiting(store)
    return said


def refill(store: Store) -> Refill:
    """Import every deck's notes again, where they still exist (see the module)."""
    from studyapp.core.importer import DEFAULT_DECK_SOURCE, import_file, reimport_default_deck

    before = {q.id for q in store.questions()}
    reviews_before = len(store.reviews())
    _relink_bundled_deck(store)
    done: list[str] = []
    unavailable: list[str] = []
    for deck in store.decks():
        source = deck.source_path
        try:
            if source == DEFAULT_DECK_SOURCE:
                reimport_default_deck(store)
            elif source and source_place(source).exists():
                import_file(store, source_place(source), force=True)
            else:
                unavailable.append(deck.name)
                continue
        except StudyAppError:  # unreadable now, or no questions in it any more
            unavailable.append(deck.name)
            continue
        except Exception as exc:  # after a repair the window must still open
            # Rows the repair left in a state the import does not expect (a question id
            # another deck holds): the deck is named as not imported again, and the
            # start goes on with what the repair kept, rather than ending in a traceback.
            log.warning("the notes of %s could not be imported again: %r", deck.name, exc)
            unavailable.append(deck.name)
            continue
        done.append(deck.name)
    back = sum(1 for q in store.questions() if q.id not in before)
    reviews_back = max(0, len(store.reviews()) - reviews_before)
    nameless = []
    for deck in store.decks():
        if deck.name in unavailable and made_again(deck.name) and not deck.source_path:
            titles = [q.title for q in store.questions(deck_id=deck.id)]
            if titles:
                nameless.append((deck.name, min(titles, key=len)))
    return Refill(back, reviews_back, tuple(done), tuple(unavailable), tuple(nameless))


def _relink_bundled_deck(store: Store) -> None:
    """A deck made again without its row (no source: "Recovered deck 1") whose questions
    are the bundled deck's (their ids are those its titles make) becomes it again, so
    that it is imported again with the rest: the questions lost beside its row come
    back. Without this, its notes "could not be read again", though they are in the
    app."""
    from studyapp.core.importer import (
        DEFAULT_DECK_SOURCE,
        default_deck_text,
        titled,
        with_topics,
    )
    from studyapp.core.parse import parse_text
    from studyapp.core.titles import question_ids

    homeless = [d for d in store.decks() if not d.source_path]
    if not homeless:
        return
    name = "AI and ML Questions"
    doc = with_topics(titled(parse_text(default_deck_text(), name=name)))
    bundled = set(question_ids(name, (q.title for q in doc.questions)))
    for deck in homeless:
        ids = {q.id for q in store.questions(deck_id=deck.id)}
        if ids and len(ids & bundled) * 2 >= len(ids):
            store.relink_deck(deck.id, name, DEFAULT_DECK_SOURCE)
            return
