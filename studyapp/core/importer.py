"""Notes file (or folder) → question bank: read, repair, parse, assign topics, store.

The one pipeline every entry point uses (the CLI, the GUI's import dialog, the
first start's default deck). It never touches widgets; progress goes through a
plain callback, and a cancel flag is checked between steps so a cancelled
import writes nothing. The question unit a person chose for a file
(``split_at``) is remembered in the store's settings, keyed by the file's path,
so a re-import splits it the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from studyapp.core import repair, textio, unfinished, work_progress
from studyapp.core.deck_names import deck_title
from studyapp.core.format import plural
from studyapp.core.model import (
    ImportSummary,
    ParsedDocument,
    ParsedQuestion,
    SkippedRegion,
    StudyAppError,
)
from studyapp.core.moved_notes import MOVED_SHARE
from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES
from studyapp.core.parse import (
    SPLIT_KINDS,
    NoQuestionsError,
    no_questions_message,
    nothing_readable,
    parse_path,
    parse_text,
)
from studyapp.core.paths import notes_gone
from studyapp.core.reading import READING
from studyapp.core.reparse import parse_to_import, read_by_import
from studyapp.core.same_notes import same_notes_here
from studyapp.core.settings_schema import DEFAULT_DECK_GIVEN
from studyapp.core.store import Store
from studyapp.core.title_hints import title_key
from studyapp.core.topic_names import one_spelling
from studyapp.core.topics import assign_topics
from studyapp.resource_files import resource

DEFAULT_DECK_FILE = "ai-ml-questions.md"

Progress = Callable[[str, int], None]  # (step description, percent done)


class ImportCancelled(StudyAppError):
    """The user cancelled an import; nothing was written."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A file's parse as its import preview read it, handed on to the import that
    follows it: the import of notes unchanged since (the same hash) takes it instead of
    reading, parsing and sorting them into topics again (a 30,000-question file spent
    seconds on each of those twice)."""

    source: str  # the resolved path, as decks keep it
    digest: str  # the source's hash, taken before it was parsed
    split_at: str | None  # the unit asked for (chosen or remembered; None: found)
    parsed_name: str  # the deck name the parse gave, before `titled`
    doc: ParsedDocument  # titled, its topics assigned

    def fits(self, source: str, digest: str, split_at: str | None) -> bool:
        """Whether an import of `source` as it is now, split at `split_at`, would read
        exactly this: the same file, the same bytes, the same unit asked for."""
        return (self.source, self.digest, self.split_at) == (source, digest, split_at)


@textio.reading_once()  # its hash, then its parse: one read of each file
def read_for_import(path: Path, split_at: str | None) -> Reading:
    """`path` read as `import_file` reads it, up to its topics (the import preview's
    parse), with the hash an import compares to take it as it is."""
    from studyapp.core.reparse import parse_notes_file

    digest = _source_hash(path)  # before the parse: bytes changed meanwhile never match
    with work_progress.part(0.0, 0.97):
        doc = parse_notes_file(path, split_at=split_at)
    work_progress.at(f"sorting {len(doc.questions):,} questions into topics", 0.97)
    source = textio.path_key(path.resolve())
    return Reading(source, digest, split_at, doc.deck_name, with_topics(titled(doc, path)))


def file_hash(data: bytes) -> str:
    """Identity of a file's content: an import of the same content is skipped."""
    return hashlib.sha256(data).hexdigest()


def split_setting(source_path: str) -> str:
    """The settings key under which the chosen question unit of a file is remembered."""
    return f"import.split_at.{source_path}"


def remembered_split(store: Store, source_path: str) -> str | None:
    """The question unit remembered for a file, or None where none is, or where what
    is remembered is no unit this StudyApp knows (a newer StudyApp's, a hand edit, a
    number or a list): read as given, every import of the file stopped with
    "--split-at 5: not a kind" (an option the person never typed) or a traceback, as
    did the window's import and its check of the file. The file is then read as if
    nothing were remembered, as on its first import."""
    remembered = store.get_setting(split_setting(source_path))
    return remembered if isinstance(remembered, str) and remembered in SPLIT_KINDS else None


def parse_notes(
    path: Path | str, *, keep_chat_noise: bool = False, split_at: str | None = None
) -> ParsedDocument:
    """Read, repair and parse a file or folder, topics assigned; the store is not touched."""
    path = Path(path)
    doc = parse_path(path, keep_chat_noise=keep_chat_noise, split_at=split_at)
    return with_topics(titled(doc, path))


def titled(doc: ParsedDocument, path: Path | None = None) -> ParsedDocument:
    """The deck named as a person writes it (core.deck_names): "ai-ml-notes" and a
    heading "Ai and Ml Notes" both become "AI and ML Notes"."""
    stem = None
    if path is not None:
        stem = textio.path_text(path.resolve().name if path.is_dir() else path.stem)
    name = deck_title(doc.deck_name, stem)
    return doc if name == doc.deck_name else replace(doc, deck_name=name)


def _known_name(
    store: Store, source: str, parsed: str, doc: ParsedDocument, digest: str
) -> ParsedDocument:
    """A deck stored under the name the parser gives (before `titled`) keeps matching
    it: a store from before deck names were tidied re-imports a moved notes file into
    its deck (the store finds a moved file's deck by name and content), as it did
    before. Only a deck whose own file is gone and whose notes these are: another
    file's deck of that name (the "README" of another repository) is not these notes,
    and the store makes them a deck of their own, under the name they have now."""
    if parsed == doc.deck_name or any(d.source_path == source for d in store.decks()):
        return doc
    as_parsed = replace(doc, deck_name=parsed)
    return as_parsed if store.moved_deck_name(as_parsed, digest) is not None else doc


def told_apart(
    store: Store, source: str, path: Path, doc: ParsedDocument, digest: str
) -> ParsedDocument:
    """A README.md (index.md, notes.md) whose title another file's deck has, that file
    still in place (or gone, these notes not its own moved: core.moved_notes): named
    with its folder as well ("Interview Questions (Repo B)"), as the store would add a
    file's name, here one that names nothing ("(README)")."""
    from studyapp.core.deck_names import name_title
    from studyapp.core.parse.folder import NAMELESS_STEMS

    if path.is_dir() or textio.path_text(path.stem).casefold() not in NAMELESS_STEMS:
        return doc
    decks = store.decks()
    if any(d.source_path == source for d in decks):
        return doc  # a re-import keeps its deck
    name = doc.deck_name.strip().casefold()
    if not any(d.name.casefold() == name for d in decks):
        return doc
    if store.moved_deck_name(doc, digest) is not None:
        return doc  # its own deck, its notes moved here
    folder = name_title(textio.path_text(path.resolve().parent.name))
    if not folder.strip() or folder.casefold() in name:
        return doc
    return replace(doc, deck_name=f"{doc.deck_name.strip()} ({folder})")


HISTORY_BATCH = 500  # questions whose answers go in one transaction

# The share of the bar (percent) each stage of an import moves it through: measured
# on a 12 MB file of 11,000 questions, reading and hashing took 1 % of the time,
# finding the questions 85 %, sorting them into topics 1 %, saving 13 %. The bar
# moves through each share as the stage says how far it has got.
PARSED = (5, 80)
SAVED = (82, 97)


def _share(stage: tuple[int, int], fraction: float) -> int:
    """The percent of the whole at `fraction` of the way through `stage`."""
    start, end = stage
    return start + int((end - start) * max(0.0, min(fraction, 1.0)))


def moved_here(store: Store, source: str, doc: ParsedDocument) -> ParsedDocument:
    """Notes imported from a new place that are a deck whose own file or folder is gone,
    moved or renamed: they go into that deck (by its name: the store takes a deck whose
    notes are gone by it), its progress kept. A folder renamed "repo" → "interview-repo"
    used to make a second deck, every question new, the first one left "source missing".

    Only the same notes: most of the deck's questions and most of these are shared
    (MOVED_SHARE of each side), and none of the deck's studied questions would go. A
    deck on a drive not mounted is "gone" too, so a small file sharing a few titles
    with it must never take it over and retire its questions."""
    decks = store.decks()
    if any(d.source_path == source for d in decks):
        return doc
    gone = [d for d in decks if notes_gone(d.source_path)]
    if not gone:
        return doc
    titles = title_keys(doc.questions)
    best: tuple[int, str] | None = None
    for deck in gone:
        questions = store.questions(deck_id=deck.id)
        shared = same_notes(titles, title_keys(questions))
        if not shared:
            continue
        studied = store.cards(deck.id)
        if any(q.id in studied and title_key(q.title) not in titles for q in questions):
            continue  # a studied question would be retired: not the same notes
        if best is None or shared > best[0]:
            best = (shared, deck.name)
    return doc if best is None else replace(doc, deck_name=best[1])


def title_keys(questions) -> set[str]:
    """The questions' titles as notes are compared by (spaces and case aside)."""
    return {title_key(q.title) for q in questions}


def same_notes(titles: set[str], theirs: set[str]) -> int:
    """How many titles two sets of notes share, where they are the same notes (at
    least two, and MOVED_SHARE of the larger side); 0 where they are not."""
    shared = len(titles & theirs)
    return shared if shared >= 2 and shared >= MOVED_SHARE * max(len(titles), len(theirs)) else 0


def with_topics(doc: ParsedDocument) -> ParsedDocument:
    """`doc` with its questions' topics assigned (core.topics), each topic spelled one
    way: names that differ in case or spacing only are one topic (core.topic_names)."""
    doc = _one_spelling(doc)
    paths = one_spelling(assign_topics(doc))
    questions = [
        q if q.topic_path == p else replace(q, topic_path=p)
        for q, p in zip(doc.questions, paths, strict=True)
    ]
    return replace(doc, questions=questions)


def _one_spelling(doc: ParsedDocument) -> ParsedDocument:
    paths = one_spelling([q.topic_path for q in doc.questions])
    if all(tuple(q.topic_path) == p for q, p in zip(doc.questions, paths, strict=True)):
        return doc
    questions = [
        q if tuple(q.topic_path) == p else replace(q, topic_path=p)
        for q, p in zip(doc.questions, paths, strict=True)
    ]
    return replace(doc, questions=questions)


def folder_files(root: Path) -> list[Path]:
    """The notes files a folder deck is made of (the folder reader's own walk)."""
    from studyapp.core.parse.folder import note_files

    return list(note_files(root))


def source_hash(path: Path) -> str:
    """What a deck's stored source_hash is compared with: has the source changed?"""
    return _source_hash(path)


def _source_hash(path: Path) -> str:
    """A file's content hash; a folder's: of every notes file's name and bytes; an Anki
    package's: of its bytes (read in pieces: with its media it can be big)."""
    if path.suffix.lower() in ANKI_PACKAGE_SUFFIXES and not path.is_dir():
        try:
            with path.open("rb") as f:
                return hashlib.file_digest(f, "sha256").hexdigest()
        except OSError as exc:
            shown = textio.path_text(path.name)
            raise StudyAppError(f"{shown}: cannot read the file ({exc.strerror or exc})") from exc
    if not path.is_dir():
        return file_hash(textio.read_notes(path).encode("utf-8"))
    from studyapp.core.parse.folder import note_files

    digest = hashlib.sha256()
    for file in note_files(path):
        # its name's bytes: a name not valid UTF-8 hashes too (a valid one: its UTF-8)
        digest.update(os.fsencode(file.relative_to(path).as_posix()) + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:  # unreadable: the parse lists it as skipped; the rest imports
            digest.update(b"\0unreadable\0")
    return digest.hexdigest()


FILES_NAMED = 3  # whole files left out: this many are named, the rest counted


def skipped_place(region: SkippedRegion) -> str:
    """Where a left-out region is: "line 4", "lines 4–9", "notes/a.md: lines 4–9", or
    the file's name alone where the whole file gave nothing (empty, not text); with the
    start of its text where the line alone does not find it ('line 1 ("Behavioral
    and SQL questions")': a page saved on one line, a .docx or .pdf read as text)."""
    if region.start_line == 0 and region.source_file:
        return region.source_file
    if region.start_line == region.end_line:
        lines = f"line {region.start_line}"
    else:
        lines = f"lines {region.start_line}–{region.end_line}"
    if region.text:  # a line of no file to see, or one line of many blocks
        lines += f' ("{region.text}")'
    return f"{region.source_file}: {lines}" if region.source_file else lines


def describe_skipped(regions: Iterable[SkippedRegion]) -> str:
    """One line: what the parse left out, by reason ("skipped: intro (3 lines), …");
    a whole file of a folder that gave nothing by its name ("the file is empty:
    empty.md, blank.txt"), a place to look at by its lines ("to check, …: line 5")."""
    lines: Counter[str] = Counter()
    files: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}  # the places to look at, by reason
    for region in regions:
        if region.start_line == 0 and region.source_file:  # the whole file gave nothing
            files.setdefault(region.reason, []).append(region.source_file)
        elif region.check:
            places.setdefault(region.reason, []).append(skipped_place(region))
        else:
            lines[region.reason] += region.end_line - region.start_line + 1
    if not lines and not files and not places:
        return "skipped: nothing"
    parts = [f"{reason} ({plural(n, 'line')})" for reason, n in lines.items()]
    for reason, shown in places.items():
        more = len(shown) - FILES_NAMED
        parts.append(
            f"to check, {reason}: {', '.join(shown[:FILES_NAMED])}"
            + (f" and {more} more" if more > 0 else "")
        )
    for reason, names in files.items():
        shown = ", ".join(names[:FILES_NAMED])
        if len(names) > FILES_NAMED:
            shown += f" and {plural(len(names) - FILES_NAMED, 'more file')}"
        parts.append(f"{reason}: {shown}")
    # Named files and places hold commas of their own: the parts are parted by semicolons.
    return "skipped: " + ("; " if files or places else ", ").join(parts)


def refuse_own_export(store: Store, path: Path, doc: ParsedDocument, shown: str) -> None:
    """An Anki package that is StudyApp's own export of a deck here is refused, saying
    why: imported back, it would make a second deck and count every review twice. The
    import and its preview both ask, so the refusal comes before any choice is made."""
    if path.suffix.lower() not in ANKI_PACKAGE_SUFFIXES:
        return
    from studyapp.core.deck_export import own_export_of

    deck = own_export_of(store, path, [q.title for q in doc.questions])
    if deck is not None:
        raise StudyAppError(
            f'{shown} is StudyApp\'s own export of your deck "{deck.name}": its'
            " questions and their reviews are here already (imported again, they"
            " would make a second deck and count every review twice). Import it"
            " into Anki, or into StudyApp on another computer."
        )


@textio.reading_once()  # its hash, its parse, its lines' check: one read of each file
def import_file(
    store: Store,
    path: Path | str,
    *,
    force: bool = False,
    keep_chat_noise: bool = False,
    split_at: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    reading: Reading | None = None,
) -> ImportSummary:
    """Import one notes file or folder. An unchanged source (same bytes as last time,
    split the same way) is not re-parsed; nor is one its preview read (`reading`) and
    that is as the preview read it."""
    path = Path(path)
    report = progress or (lambda _step, _percent: None)
    source = textio.path_key(path.resolve())
    shown = textio.path_text(path.name)  # a name that is not UTF-8 still prints

    def check() -> None:
        if cancelled():
            raise ImportCancelled(f"{shown}: import cancelled, nothing was changed")

    report(f"Reading {shown}", 0)
    if not path.exists():
        raise StudyAppError(f"{textio.path_text(path)}: no such file or folder")
    digest = _source_hash(path)
    remembered = remembered_split(store, source)
    if split_at == "auto":  # forget the file's remembered choice: the unit found wins
        if remembered is not None:
            store.set_setting(split_setting(source), None)
        split_at, remembered, force = None, None, True
    if split_at is not None and split_at != remembered:
        force = True  # a new choice of unit: parse again even if the bytes are the same
    split_at = split_at or remembered
    if not force:
        # An unchanged file is recognised by its hash alone: no repair, no parse.
        # (a deck read by an older reader is read again: core.reading)
        decks = decks_of(store, source)
        if decks and all(d.source_hash == digest and d.read_by == READING for d in decks):
            missing = store.missing_sources()
            for deck in decks:
                _pictures_back(store, deck, path)
                if deck.id in missing:  # read just now: its notes are there (the CLI's)
                    store.set_source_missing(deck.id, False)
            report("Nothing changed", 100)
            names = ", ".join(d.name for d in decks)
            return ImportSummary(names, skipped_unchanged_file=True)
    check()
    # Noted until it ends: one the process did not live to end is said at the next
    # start, and offered again (core.unfinished).
    with unfinished.import_under_way(store, source, split_at):
        report(f"Finding questions in {shown}", PARSED[0])
        check()

        # A small edit of a big file is patched into its last parse (core.reparse).
        def per_file(done: int, total: int, name: str) -> None:
            # A big folder parses for a while: each file moves the bar through PARSED.
            if total and (done == total or done % max(1, total // 100) == 0):
                check()
                report(
                    f"Finding questions in {shown}: {done:,} of {total:,} files",
                    _share(PARSED, done / total),
                )

        def told(words: str, fraction: float) -> None:
            # A file's parse says how far it has got (core.work_progress); a cancel
            # raised here stops it where it is, nothing written yet.
            check()
            report(f"Finding questions in {shown}: {words}", _share(PARSED, fraction))

        as_previewed = (
            reading is not None and not keep_chat_noise and reading.fits(source, digest, split_at)
        )
        if reading is not None and as_previewed:
            # As its preview read it, topics and all (its list copied: this import's own).
            parsed_name, doc, previewed = reading.parsed_name, reading.doc, None
            doc = replace(doc, questions=list(doc.questions))
            read_by_import(path)
        else:
            # (A folder's files each parse from start to end: the count of files says it.)
            with nullcontext() if path.is_dir() else work_progress.telling(told):
                doc, previewed = parse_to_import(
                    path, keep_chat_noise=keep_chat_noise, split_at=split_at, progress=per_file
                )
            parsed_name = doc.deck_name
        if not doc.questions:
            raise NoQuestionsError(no_questions_message(shown, doc))
        refuse_own_export(store, path, doc, shown)
        check()
        report(f"Sorting {len(doc.questions):,} questions into topics", PARSED[1])
        if not as_previewed:
            doc = with_topics(titled(doc, path))
        # (Seconds beside a big store: every deck's titles read to find notes moved or
        # copied, said as that, not as the sorting before it.)
        report(f"Comparing {plural(len(doc.questions), 'question')} with your decks", PARSED[1] + 1)
        decks = deck_parts(store, source, path, doc)
        if decks is None:  # the notes of one deck
            doc = _known_name(store, source, parsed_name, doc, digest)
            doc = told_apart(store, source, path, doc, digest)
            decks = [(source, doc)]
        decks = [(where, moved_here(store, where, part)) for where, part in decks]
        twin = next(
            filter(None, (same_notes_here(store, w, digest, part) for w, part in decks)), None
        )  # a copy: said, not refused
        check()
        total = len(doc.questions)
        report(f"Saving {shown}: 0 of {total:,} questions", SAVED[0])
        saved = 0  # of the decks before this one

        def between(done: int) -> None:
            check()
            done += saved
            report(f"Saving {shown}: {done:,} of {total:,} questions", _share(SAVED, done / total))

        # Cancellable while it saves: the check between questions raises, and the one
        # transaction is rolled back (a cancel during a big file's saving went unheard,
        # and the whole deck was saved after "nothing of it is saved").
        # The note that the questions are saved commits with them: a process killed
        # before this commit saved nothing of the import, and the next start says so.
        summaries = []
        with store.transaction():
            keyed = notes_by_key(decks)
            for where, part in decks:
                summaries.append(
                    store.import_document(
                        part, where, digest, force=True, between=between, siblings=keyed
                    )
                )
                saved += len(part.questions)
            unfinished.note_import_saved(store)
        for n, (where, part) in enumerate(decks):
            _remember(store, where, split_at, part)
            _keep_pictures(store, where, path, part)
            summaries[n] = _take_history(store, where, part, summaries[n], report, cancelled)
        summary = together(summaries)
        report("Done", 100)
        # The file changed after its preview (it grew while being written): imported as
        # it is now, and said so beside what the preview showed.
        changed = None if previewed is None else (previewed, len(doc.questions))
        return replace(
            summary,
            skipped=tuple(doc.skipped),
            changed_since_preview=changed,
            same_notes_as=twin,
        )


def decks_of(store: Store, source: str) -> list:
    """The decks read from the file or folder `source`: its deck, or its decks where
    it is several (core.deck_sources)."""
    from studyapp.core.deck_sources import source_file

    return [d for d in store.decks() if source_file(d.source_path) == source]


def deck_parts(
    store: Store, source: str, path: Path, doc: ParsedDocument
) -> list[tuple[str, ParsedDocument]] | None:
    """Notes of several decks (an Anki package of several top-level decks,
    ParsedDocument.parts): each deck's source (core.deck_sources) and notes, named and
    sorted into topics as any notes are. None for the notes of one deck, and for a
    package a deck here was read whole from before (its progress stays in that deck).

    A top deck renamed in Anki is the deck here that was read from the package under
    its old name and holds most of its notes (by their guids): it goes on, its name
    and progress kept, as a single deck's notes renamed keep their deck; it made a
    second deck of the same notes beside it."""
    if not doc.parts or any(d.source_path == source for d in store.decks()):
        return None
    from studyapp.core.deck_sources import part_source

    parts = [(part_source(source, part.part), part) for part in doc.parts]
    named = {where for where, _ in parts}
    left = [d for d in decks_of(store, source) if d.source_path not in named]
    here = {d.source_path for d in store.decks()}
    out = []
    for where, part in parts:
        deck = None if where in here else _renamed(store, left, part)
        if deck is not None:
            left.remove(deck)
        out.append((deck.source_path if deck else where, with_topics(titled(part, path))))
    return out


def notes_by_key(decks: list[tuple[str, ParsedDocument]]) -> dict[str, ParsedQuestion]:
    """The questions of one file's decks by their notes' keys (source_key), where the
    notes are several decks: a question of a note moved from one of them to another
    goes there (core.store.note_moves), not "removed" from the one it left."""
    if len(decks) < 2:
        return {}
    return {q.source_key: q for _, part in decks for q in part.questions if q.source_key}


def _renamed(store: Store, decks: list, part: ParsedDocument):
    """The one of `decks` (the package's decks whose Anki deck it no longer has) that
    most of `part`'s notes were read into, by their guids; None where none is."""
    from studyapp.core.parse.anki_cloze import key_parts

    def guids(keys) -> set[str]:
        return {key_parts(key)[0] for key in keys if key}

    mine = guids(q.source_key for q in part.questions)
    best, shared = None, 0
    for deck in decks:
        theirs = guids(q.source_key for q in store.questions(deck_id=deck.id))
        both = len(mine & theirs)
        if both > shared and 2 * both >= max(len(mine), len(theirs)):
            best, shared = deck, both
    return best


def together(summaries: list[ImportSummary]) -> ImportSummary:
    """The summaries of one file's decks, as one: the decks named, the counts added."""
    if len(summaries) == 1:
        return summaries[0]
    added = {
        name: sum(getattr(s, name) for s in summaries)
        for name in (
            "new",
            "updated",
            "unchanged",
            "removed",
            "kept_edits",
            "history_reviews",
            "history_questions",
            "back",
        )
    }
    return replace(
        summaries[0],
        deck_name=", ".join(s.deck_name for s in summaries),
        decks=tuple(s.deck_name for s in summaries),
        removed_ids=tuple(qid for s in summaries for qid in s.removed_ids),
        **added,
    )


def _keep_pictures(store: Store, source: str, path: Path, doc: ParsedDocument) -> None:
    """An Anki package's pictures its answers show, written to the deck's media folder
    (core.anki_media); one that cannot be written is shown by name, as before."""
    from studyapp.core import anki_media

    if not anki_media.is_anki_package(source):
        return
    with contextlib.suppress(OSError):
        anki_media.keep_package_media(
            store.path, source, path, [q.answer_markdown for q in doc.questions]
        )
        anki_media.prune_media(store.path, [d.source_path for d in store.decks()])


def _pictures_back(store: Store, deck, path: Path) -> None:
    """An unchanged Anki package whose deck's pictures are gone (a backup restored
    after the deck was removed, the media folder deleted by hand): written again."""
    from studyapp.core import anki_media

    if not anki_media.is_anki_package(deck.source_path):
        return
    folder = anki_media.package_media_folder(anki_media.media_root_of(store.path), deck.source_path)
    if folder.is_dir():
        return
    with contextlib.suppress(OSError):
        anki_media.keep_package_media(
            store.path,
            deck.source_path,
            path,
            [q.answer_markdown for q in store.questions(deck_id=deck.id)],
        )


def _take_history(
    store: Store,
    source: str,
    doc: ParsedDocument,
    summary: ImportSummary,
    report: Progress = lambda _step, _percent: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Answers given to the questions elsewhere (an Anki package's review log) become
    their reviews, replayed through this store's scheduler in the order they were
    given, for each question that has no progress here yet: an Anki deck comes in
    where Anki left it (its intervals, its lapses), not as new. A question studied here
    already keeps its own progress; titles two questions share are left alone.

    Written HISTORY_BATCH questions a transaction, the progress said between them (a
    20,000-note collection's 400,000 answers took 25 s in one, the window's other
    writes waiting). A cancel stops between them: the questions not reached yet take
    their answers at the next import, as they have no progress here."""
    given = [q for q in doc.questions if q.history]
    deck = next((d for d in store.decks() if d.source_path == source), None)
    if not given or deck is None:
        return summary
    from datetime import UTC, datetime

    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.settings_schema import load_settings

    ids: dict[str, str | None] = {}
    for question in store.questions(deck_id=deck.id):
        key = title_key(question.title)
        ids[key] = None if key in ids else question.id  # a title twice: whose is unknown
    scheduler = SpacedRepetition.from_settings(load_settings(store))
    taken = questions = 0
    for start in range(0, len(given), HISTORY_BATCH):
        if cancelled():
            break
        report(
            f"Taking the reviews from Anki: {start:,} of {len(given):,}",
            _share((SAVED[1], 99), start / len(given)),
        )
        with store.transaction():
            for parsed in given[start : start + HISTORY_BATCH]:
                qid = ids.get(title_key(parsed.title))
                if qid is None or store.card_json(qid) is not None:
                    continue
                card = None
                last = len(parsed.history) - 1
                for n, (at_ms, rating, seconds) in enumerate(parsed.history):
                    at = datetime.fromtimestamp(at_ms / 1000, UTC)
                    card, due = scheduler.grade(card, rating, at)
                    if n == last and parsed.due_ms is not None and parsed.due_ms > at_ms:
                        # The day Anki set for it: the person's plan, not a recomputed
                        # one (Anki keeps due days too when FSRS is turned on).
                        card, due = scheduler.with_due(
                            card, datetime.fromtimestamp(parsed.due_ms / 1000, UTC)
                        )
                    store.record_review(qid, rating, seconds, "study", card, due, at_ms)
                    taken += 1
                questions += 1
    return replace(summary, history_reviews=taken, history_questions=questions)


def _remember(store: Store, source: str, split_at: str | None, doc: ParsedDocument) -> None:
    if split_at:
        store.set_setting(split_setting(source), split_at)
    deck = next((d for d in store.decks() if d.source_path == source), None)
    if deck is not None:
        store.set_setting(f"deck.{deck.id}.line_breaks", doc.line_breaks)


def default_deck_text() -> str:
    return resource("decks", DEFAULT_DECK_FILE).read_text(encoding="utf-8")


def import_default_deck(store: Store) -> ImportSummary | None:
    """On first start (an empty store) import the bundled deck; otherwise do nothing.

    Only once: a store left empty later (every deck removed) stays empty. A later
    start never reads the file at all, so start-up costs no parsing.
    """
    if store.get_setting(DEFAULT_DECK_GIVEN):
        return None
    if store.decks():  # a store from before the setting: it was given, or never wanted
        store.set_setting(DEFAULT_DECK_GIVEN, True)
        return None
    return add_default_deck(store)


DEFAULT_DECK_SOURCE = f"resource:decks/{DEFAULT_DECK_FILE}"


def add_default_deck(store: Store) -> ImportSummary | None:
    """The bundled deck, asked for (File → Add the Sample Deck): for a store whose
    first start found decks already (notes imported from the command line first), or
    after it was removed. None when it is there already."""
    if any(d.source_path == DEFAULT_DECK_SOURCE for d in store.decks()):
        return None
    return reimport_default_deck(store)


def reimport_default_deck(store: Store) -> ImportSummary:
    """The bundled deck imported (again: its progress kept, as any re-import keeps it)."""
    text = default_deck_text()
    digest = file_hash(text.encode("utf-8"))
    doc = with_topics(titled(parse_text(text, name="AI and ML Questions")))
    summary = store.import_document(doc, DEFAULT_DECK_SOURCE, digest, force=True)
    _remember(store, DEFAULT_DECK_SOURCE, None, doc)
    store.set_setting(DEFAULT_DECK_GIVEN, True)
    return summary


__all__ = [
    "DEFAULT_DECK_FILE",
    "DEFAULT_DECK_SOURCE",
    "ImportCancelled",
    "add_default_deck",
    "describe_skipped",
    "file_hash",
    "folder_files",
    "import_default_deck",
    "import_file",
    "nothing_readable",
    "parse_notes",
    "reimport_default_deck",
    "repair",
    "skipped_place",
    "source_hash",
    "split_setting",
    "titled",
    "with_topics",
]
