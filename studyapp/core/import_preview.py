"""What an import would do, before it does it: the deck name, the question unit found
with the other units and their counts, the questions with their topics, the regions
left out, and for a re-import how many questions are new, updated, unchanged and
removed. Nothing is written: the counts come from the store's own import run inside
a transaction that is rolled back. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core import textio, work_progress
from studyapp.core.format import plural
from studyapp.core.model import ImportSummary, ParsedDocument, ParsedQuestion, StudyAppError
from studyapp.core.same_notes import (
    NEARLY_ALL,
    HeldBy,
    held_words,
    left_out_words,
    nearly_all_held,
)
from studyapp.core.store import Store

if TYPE_CHECKING:
    from studyapp.core.importer import Reading

# The question units in words, for the preview and the command line.
UNIT_NAMES = {
    "h1": "level-1 headings",
    "h2": "level-2 headings",
    "h3": "level-3 headings",
    "h4": "level-4 headings",
    "h5": "level-5 headings",
    "h6": "level-6 headings",
    "list-item": "list items",
    "bold": "bold lines",
    "prefix": "Q: lines",
    "details": "<details> blocks",
    "table": "table rows",
    "card": "cards",
    "row": "rows",
    "asked": "lines that ask",
    "numbered": "numbered lines",
    "chat": "chat turns",
    "comment": "comments over code",
    "note": "Anki notes",
    "file": "one question per file",
}


# A folder's files by their ending, as a person calls them: "9 Markdown notes".
_FILE_TYPES = {
    ".md": "Markdown note",
    ".markdown": "Markdown note",
    ".txt": "text note",
    ".text": "text note",
    ".org": "Org note",
    ".rst": "reStructuredText note",
    ".adoc": "AsciiDoc note",
    ".asciidoc": "AsciiDoc note",
    ".wiki": "wiki note",
    ".mediawiki": "wiki note",
}
_ONE_PER_FILE = "file"
_SAID_BY_TYPE = ("row", "note")  # "3 CSV files", not "3 CSV files (rows)"


def files_read(file_kinds: dict[str, int]) -> str:
    """What a folder read each file its own way found, per kind, in one line: "12 files:
    9 Markdown notes (level-2 headings), 3 one question per file". `file_kinds`: its
    files by ending and unit (`ParsedDocument.file_kinds`); "" for none. A kind of file
    whose files split one way says how; one question per file is a kind of its own,
    whatever the files' endings."""
    by_type: dict[str, dict[str, int]] = {}
    for key, count in file_kinds.items():
        suffix, _, unit = key.partition(":")
        if unit == _ONE_PER_FILE:
            name = UNIT_NAMES[_ONE_PER_FILE]
        else:
            name = _FILE_TYPES.get(suffix) or f"{suffix.lstrip('.').upper()} file"
        units = by_type.setdefault(name, {})
        units[unit] = units.get(unit, 0) + count
    parts = []
    one = UNIT_NAMES[_ONE_PER_FILE]
    for name, units in sorted(  # most first; of as many, by name, one question last
        by_type.items(), key=lambda kv: (-sum(kv[1].values()), kv[0] == one, kv[0])
    ):
        count = sum(units.values())
        if name == one:
            parts.append(f"{count} {name}")
            continue
        (unit,) = units if len(units) == 1 else ("",)
        how = f" ({UNIT_NAMES.get(unit, unit)})" if unit and unit not in _SAID_BY_TYPE else ""
        parts.append(f"{plural(count, name)}{how}")
    total = sum(file_kinds.values())
    return f"{plural(total, 'file')}: {', '.join(parts)}" if parts else ""


def unit_label(
    unit: str,
    count: int,
    *,
    as_read: bool = False,
    word_levels_down: int | None = None,
    beside: int | None = None,
    files: str = "",
) -> str:
    """A way of splitting as the person reads it: "Q: lines — 12 questions". `as_read`:
    the reading the notes got first, which can find more than a split at its unit
    alone (questions in <details> blocks too) or fewer (headings it read as no
    question). `beside`: the count of the other of the two where both are offered
    side by side (the reading as found, the split at its unit alone): each then says
    how it differs ("level-2 headings, as found (4 left out) — 0 questions" beside
    "level-2 headings, every one — 4 questions"); both said "level-2 headings", one
    "as read", and could not be told apart.
    `word_levels_down`: for a word processor's document, how many levels its headings
    read below the styles the person gave them (1 under a Title): its headings are
    named by those ("level-2 headings (Heading 2)", not "level-3 headings").
    `files`: for a folder read each file its own way (no one `unit`), what it found
    (`files_read`)."""
    # A folder whose files split their own ways has no one unit: what it found in them
    # (`files`, from `files_read`), else "each file its own way".
    name = UNIT_NAMES.get(unit, unit) or files or "each file its own way"
    if word_levels_down is not None and unit in _HEADING_UNITS:
        level = int(unit[1:]) - word_levels_down
        name = f"level-{level} headings (Heading {level})" if level > 0 else "the Title"
    how = ", as read" if as_read else ""
    if beside is not None and beside != count:
        if not as_read:
            how = ", every one"
        elif count < beside:
            how = f", as found ({beside - count} left out)"
        else:
            how = f", as found (and {count - beside} written another way)"
    return f"{name}{how} — {plural(count, 'question')}"


_HEADING_UNITS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True, slots=True)
class ImportPreview:
    path: Path
    doc: ParsedDocument
    unit: str  # the unit the questions are split at
    candidates: dict[str, int] = field(default_factory=dict)  # unit → questions it gives
    existing_deck: str | None = None  # the deck a re-import updates (None: a new deck)
    counts: ImportSummary | None = None  # new / updated / unchanged / removed (re-import)
    new_name: str | None = None  # a new deck's name ("Interview (reviewed)": one is taken)
    # A new deck whose notes are, byte for byte, another deck's (a copy, "notes (1).md"):
    # that deck's name, for the preview to say the import would make a second copy.
    same_as: str | None = None
    # Or a new deck most of whose questions another deck has, from other bytes: the same
    # notes saved another way (a .docx and its .html, a CSV of them): how many.
    shared: int = 0
    # A word processor's document: how many levels its headings read below the styles
    # the person gave them (1 under a Title); None for other notes.
    word_levels_down: int | None = None
    # The parse as read, for the import that follows to take (core.importer.Reading).
    reading: Reading | None = None
    same_source: str = ""  # where the deck `same_as` read its notes ("": the sample deck)
    # Of the questions a re-import removes, the titles of those studied (in deck order):
    # their progress is kept, but a person should know before (`removal_words`).
    studied_removed: tuple[str, ...] = ()
    # Questions that do not look like a person's notes (a CV's, an invoice's, a paper's
    # headings read as questions): the sentence saying so (core.notes_look); "" else.
    unlike_notes: str = ""
    # Notes that make several decks (an Anki package of several top-level decks): their
    # names, as the import names them; () for notes of one deck.
    decks: tuple[str, ...] = ()
    # A document read under an ending not its own (a .docx renamed .md): the sentence
    # saying so (core.textio.saved_as); "" else.
    saved_as: str = ""
    # A text file read in a legacy code page guessed from its words (Windows-1251, GBK…):
    # the sentence naming it, for the person to check (core.textio.code_page_said).
    code_page: str = ""
    # A new deck of notes other decks here read too, through a folder (a folder whose
    # files were imported one by one): those decks (core.same_notes.held_elsewhere).
    held_by: tuple[HeldBy, ...] = ()
    held_of: int = 0  # the questions (distinct titles) `held_by` counts among
    # Of notes sharing questions with the deck `same_as` (`shared`), those questions'
    # titles as these notes spell them, in their order: the ones a second deck repeats.
    shared_titles: tuple[str, ...] = ()

    @property
    def same_new(self) -> int:
        """Of notes sharing questions with the deck `same_as`, how many are in no deck
        (0 for a copy, or where all are shared)."""
        return max(0, self.held_of - self.shared) if self.same_as and self.shared else 0

    @property
    def mostly_there(self) -> bool:
        """Whether a deck here has (nearly) all these notes: a copy, the same notes saved
        another way, or a folder whose files are decks. Going there is then the likely
        wish; for notes that share some questions and bring new ones, importing is."""
        if self.same_as:
            return not self.shared or self.shared >= NEARLY_ALL * self.held_of
        return self.nearly_all_held

    @property
    def held_words(self) -> str:
        """The sentence saying which decks hold these notes already, and how many of
        them no deck has ("" for none)."""
        return held_words(self.held_by, folder=self.path.is_dir(), questions=self.held_of)

    @property
    def nearly_all_held(self) -> bool:
        """Whether the decks `held_by` hold (nearly) all these notes: going to them is
        the likely wish, where a folder one of whose files is a deck is an import."""
        return nearly_all_held(self.held_by, self.held_of)

    def gone_to_words(self, deck_name: str) -> str:
        """What the status bar says once the person went to `deck_name` instead of
        importing: how many questions that left in no deck, where some."""
        held = self.held_by
        if self.same_as:  # a copy has them all; notes saved another way, `shared`
            twin = HeldBy(self.same_as, self.same_source, self.shared)
            held = (twin,) if self.shared else ()
        return left_out_words(deck_name, held, self.held_of)

    def unit_label(
        self, unit: str, count: int, *, as_read: bool = False, beside: int | None = None
    ) -> str:
        """`unit_label` for these notes: a Word document's headings by their styles, a
        folder read each file its own way by what it found in them."""
        return unit_label(
            unit,
            count,
            as_read=as_read,
            word_levels_down=self.word_levels_down,
            beside=beside,
            files=files_read(self.doc.file_kinds),
        )

    @property
    def deck_name(self) -> str:
        return self.existing_deck or self.new_name or self.doc.deck_name

    @property
    def understood(self) -> str:
        """What StudyApp takes a question from, in a phrase: for a preview that found
        none in a file it could read. Not the kinds of file it reads (this one was
        read): ten lines of them, every ending listed, buried what to try."""
        heading = (
            "a heading (a Heading style)" if self.word_levels_down is not None else "a heading"
        )
        return (
            f"{heading}, a numbered or bulleted question, a bold question, Q:/A: lines,"
            " a table with a Question column or a flashcard (? / ::)"
        )


def files_gone(reading: Reading, path: Path) -> int:
    """How many of the files of the folder `path` its preview read (`reading`: those
    that gave questions or were listed as giving none) are not there now: moved or
    deleted after the preview. 0 for a file's reading."""
    if not path.is_dir():
        return 0
    read = {q.source_file for q in reading.doc.questions}
    read |= {r.source_file for r in reading.doc.skipped}
    return sum(not (path / name).exists() for name in read if name)


class _RollBack(Exception):
    pass


def preview_import(
    store: Store,
    path: str | Path,
    split_at: str | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> ImportPreview:
    """Parse `path` (a file or a folder) as an import would, split at `split_at` (or the
    unit remembered for it, else the one detected), and count what it would change.
    `progress(step, percent)` is told how far the parse has got, as an import tells it;
    what it raises stops the preview there."""
    from studyapp.core.importer import (
        deck_parts,
        moved_here,
        read_for_import,
        refuse_own_export,
        remembered_split,
        title_keys,
        told_apart,
    )
    from studyapp.core.same_notes import held_elsewhere, same_notes_here

    path = Path(path)
    if not path.exists():
        raise StudyAppError(f"{textio.path_text(path)}: no such file or folder")
    source = textio.path_key(path.resolve())
    # "auto": the unit found, whatever was remembered (as `import_file` takes it).
    split_at = None if split_at == "auto" else split_at or remembered_split(store, source)
    # Read as the import reads it, topics and all: the import that follows the preview
    # takes this reading where the file is unchanged, and reads it no more (a big
    # file's parse and topics took seconds twice).
    shown = textio.path_text(path.name)

    def told(words: str, fraction: float) -> None:
        if progress is not None:
            progress(f"Finding questions in {shown}: {words}", int(95 * fraction))

    with work_progress.telling(told):  # (a folder: file by file, core.parse.folder)
        reading = read_for_import(path, split_at)
    if progress is not None:
        progress(f"Comparing {plural(len(reading.doc.questions), 'question')} with your decks", 95)
    doc = reading.doc
    refuse_own_export(store, path, doc, textio.path_text(path.name))
    parts = deck_parts(store, source, path, doc)
    if parts is not None:
        return _several(store, path, reading, parts)
    deck = next((d for d in store.decks() if d.source_path == source), None)
    if deck is None and doc.questions:  # notes moved or renamed: their deck, by content
        doc = moved_here(store, source, doc)  # (as the import finds it: the store's word)
        moved = store.moved_deck_name(doc, reading.digest)
        deck = next((d for d in store.decks() if d.name == moved), None)
    counts = None
    studied: tuple[str, ...] = ()
    if deck is not None and doc.questions:
        counts = _dry_run(store, doc, source, reading.digest)
        studied = _studied_titles(store, deck.id, counts.removed_ids)
    # A new deck whose name another file's deck has gets the name the import gives it:
    # proposed as the taken one, the import made "Interview (reviewed)" and the rename
    # to the taken name after it failed, leaving that deck out of sight.
    # (a README of a taken title named by its folder first, as the import names it)
    told = None if deck else told_apart(store, source, path, doc, reading.digest)
    fresh = None if told is None else store.free_deck_name(told.deck_name, source)
    twin, held, titles = None, (), set()
    if deck is None and doc.questions:
        twin = same_notes_here(store, source, reading.digest, doc)
        titles = title_keys(doc.questions)
        held = held_elsewhere(store, source, titles)
    return ImportPreview(
        path,
        doc,
        doc.unit,
        _splits(doc),
        deck.name if deck else None,
        counts,
        fresh,
        twin.deck_name if twin else None,
        twin.shared if twin else 0,
        _word_levels_down(path),
        reading,
        twin.source if twin else "",
        studied,
        _unlike_notes(doc),
        saved_as=textio.saved_as(path),
        code_page=textio.code_page_said(path),
        held_by=held,
        held_of=len(titles),
        shared_titles=_shared_titles(store, twin, doc) if twin and twin.shared else (),
    )


def _shared_titles(store: Store, twin, doc: ParsedDocument) -> tuple[str, ...]:
    """The titles of `doc`'s questions the deck `twin` (a SameNotes) has too, once each,
    in `doc`'s order."""
    from studyapp.core.importer import title_keys
    from studyapp.core.title_hints import title_key

    deck = next((d for d in store.decks() if d.name == twin.deck_name), None)
    theirs = title_keys(store.questions(deck_id=deck.id)) if deck else set()
    seen: dict[str, str] = {}
    for q in doc.questions:
        key = title_key(q.title)
        if key in theirs:
            seen.setdefault(key, q.title)
    return tuple(seen.values())


def _several(store: Store, path: Path, reading: Reading, parts: list) -> ImportPreview:
    """The preview of notes that make several decks (`parts`: importer.deck_parts): each
    deck's name as the import gives it; the counts of a re-import, all decks together."""
    from studyapp.core.importer import moved_here, notes_by_key, together

    names, summaries, again = [], [], False
    parts = [(where, moved_here(store, where, part)) for where, part in parts]
    keyed = notes_by_key(parts)
    for where, part in parts:
        deck = next((d for d in store.decks() if d.source_path == where), None)
        again |= deck is not None
        names.append(deck.name if deck else store.free_deck_name(part.deck_name, where))
        summaries.append(_dry_run(store, part, where, reading.digest, keyed))
    doc = reading.doc
    said = ", ".join(names)
    return ImportPreview(
        path,
        doc,
        doc.unit,
        _splits(doc),
        said if again else None,
        together(summaries) if again else None,
        None if again else said,
        reading=reading,
        unlike_notes=_unlike_notes(doc),
        decks=tuple(names),
    )


def _unlike_notes(doc: ParsedDocument) -> str:
    """`notes_look`'s sentence for the questions found ("" where they look like notes)."""
    from studyapp.core.notes_look import notes_look

    titles = [q.title for q in doc.questions]
    return notes_look(titles, [q.answer_markdown for q in doc.questions]).unlike


def _studied_titles(store: Store, deck_id: int, qids: tuple[str, ...]) -> tuple[str, ...]:
    """The titles of those of the deck's questions `qids` that have been studied (a
    card: reviewed at least once), in the deck's order."""
    if not qids:
        return ()
    wanted, reviewed = set(qids), store.cards(deck_id)
    return tuple(
        q.title
        for q in store.question_outlines(deck_id=deck_id)
        if q.id in wanted and q.id in reviewed
    )


SHOWN_TITLES = 3  # the studied questions a removal names; the rest are counted
TITLE_CHARS = 60


def removal_words(removed: int, studied: tuple[str, ...]) -> str:
    """What a re-import that removes studied questions says of them, the import
    preview and the command line alike: "5 questions removed, 4 of them studied:
    “What is a mean?”, “What is a median?”, “What is a mode?” and 1 more" ("" when
    none of them was studied)."""
    if not studied:
        return ""
    shown = ", ".join(
        f"“{t if len(t) <= TITLE_CHARS else t[: TITLE_CHARS - 1].rstrip() + '…'}”"
        for t in studied[:SHOWN_TITLES]
    )
    if len(studied) > SHOWN_TITLES:
        shown += f" and {len(studied) - SHOWN_TITLES} more"
    of_them = "a studied one" if removed == 1 else f"{len(studied)} of them studied"
    return f"{plural(removed, 'question')} removed, {of_them}: {shown}"


def removal_warning(removed: int, studied: tuple[str, ...], split_at: str | None = None) -> str:
    """`removal_words` and `kept_words` as two sentences, on two lines: what the import
    preview shows and the command line asks about before an import that removes
    studied questions ("" when none of them was studied)."""
    said = removal_words(removed, studied)
    if not said:
        return ""
    kept = kept_words(removed, split_at)
    return f"{said}.\n{kept[:1].upper()}{kept[1:]}."


def kept_words(removed: int, split_at: str | None = None) -> str:
    """What became of the questions an import removes: "7 removed" read as 7 lost,
    after a --split-at that read the notes another way (and is remembered for the
    file: importing it again plainly keeps that way). The import preview says it
    too, before."""
    which = "the one removed keeps its" if removed == 1 else f"the {removed} removed keep their"
    said = f"{which} progress in the store"
    them = "it" if removed == 1 else "them"
    if split_at and split_at != "auto":
        return f"{said}: --split-at auto (the app's own split) brings {them} back with it"
    return (
        f"{said}, and come{'s' if removed == 1 else ''} back with it if the notes give {them} again"
    )


def _splits(doc: ParsedDocument) -> dict[str, int]:
    """The units the notes can be split at, each with its count, and the one they were
    read by. A folder's "one question per file" beside its files read another way is a
    part of its reading, not another: offered as one, it read as a second reading (and
    splitting at it read the folder as before)."""
    from studyapp.core.parse import SPLIT_KINDS

    return {u: n for u, n in doc.candidates.items() if u in SPLIT_KINDS or u == doc.unit}


def _word_levels_down(path: Path) -> int | None:
    """For a word processor's document, how many levels its headings read below their
    styles (`wordproc.levels_down`); None for any other notes."""
    from studyapp.core.note_kinds import WORD_SUFFIXES

    if not path.is_file() or path.suffix.lower() not in WORD_SUFFIXES:
        return None
    from studyapp.core.parse.wordproc import levels_down

    try:
        return levels_down(path.read_bytes(), textio.path_text(path.name))
    except (OSError, StudyAppError):
        return None  # (the parse above read it: a file changed since says so on import)


def _dry_run(
    store: Store,
    doc: ParsedDocument,
    source: str,
    digest: str,
    siblings: Mapping[str, ParsedQuestion] | None = None,
) -> ImportSummary:
    """The store's import of `doc`, rolled back: its summary is what a real one does
    (`siblings`: the questions of the file's decks by key, importer.notes_by_key)."""
    summary: list[ImportSummary] = []
    try:
        with store.transaction():
            summary.append(
                store.import_document(doc, source, digest, force=True, siblings=siblings)
            )
            raise _RollBack
    except _RollBack:
        pass
    return summary[0]
