"""A folder of notes → one deck: every notes file under it, topics from its sub-folders.

What this module owns:

- walking a folder (`parse_folder`): ``.md``, ``.markdown``, ``.txt``, ``.csv``,
  ``.tsv``, ``.rst``, Org/AsciiDoc/MediaWiki files, the documents a single import
  reads (``.docx``, ``.odt``, ``.pdf``, saved web pages but a cloned repository's,
  Rich Text, Evernote, OPML, mind maps, tiddlers, Typst, canvases:
  `note_kinds.FOLDER_SUFFIXES`), and JSON/YAML files whose content
  is flashcards (not a ``package.json`` or a CI workflow: `card_shape`) or asks, in
  sorted order, hidden files and folders skipped, a named pipe, socket or device
  named as left out unopened, a cloned repository's own files (its
  changelog, licence, data sets, ``node_modules`` …: `repo_files`) named as left out,
  each parsed by the caller's
  ``parse_one``; a file that cannot be read or gives no question is listed as a
  skipped region with its reason, and the walk goes on;
- topics: the sub-folders a file sits in (not a container's: `folder_levels`),
  then the file itself (its title, else its name) with its own sections under it,
  where it is a subject (`_own_topic`): it holds several questions, or one under a
  title of its own; a one-question file
  named only by its file name or read whole as one note adds no topic level (its
  name is the question) but its front matter ``topic`` does;
- one-question notes (`parse_single_note`): a note in which ``parse_one`` finds no
  question, its lines not each one (`note_shapes`), or that names its one question
  under a ``Question`` heading, is one question whose title is that quote or
  paragraph, else its first asking heading or its first heading, and whose answer is
  the rest of the note;
- Obsidian links, embeds and highlights in a folder's Markdown notes, read as
  plain Markdown (a folder of notes is often an Obsidian vault).
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studyapp.core import repair, textio, work_progress
from studyapp.core.deck_names import deck_title, name_title, without_export_id
from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion, StudyAppError
from studyapp.core.note_kinds import (
    CARD_DATA_SUFFIXES,
    FOLDER_SUFFIXES,
    HTML_PAGE_SUFFIXES,
    MIND_MAP_SUFFIXES,
    NOTE_SUFFIXES,
)
from studyapp.core.parse import database_exports, keep, other_files, repo_files, translations
from studyapp.core.parse.card_shape import file_holds_cards
from studyapp.core.parse.flashcards import (
    clean_obsidian,
    obsidian_title,
    read_front_matter,
)
from studyapp.core.parse.folder_levels import topic_folders
from studyapp.core.parse.lone_title import says_nothing
from studyapp.core.parse.note_shapes import lines_ask
from studyapp.core.parse.own_names import readme_title
from studyapp.core.parse.plain_lists import plain_list
from studyapp.core.parse.single_note import (
    DATED_RE,
    FIELD_RE,
    ONE_PER_FILE,
    TAG_LINE_RE,
    headings_only,
    index_note,
    parse_single_note,
    single_note,
    small_note_lines,
    text_lines,
)
from studyapp.core.parse.units import is_question_like
from studyapp.core.parse.vault_settings import (
    DAILY_FOLDER,
    daily_folders,
    template_folders,
    vault_line_breaks,
)

__all__ = ["NOTE_SUFFIXES", "ONE_PER_FILE", "note_files", "parse_folder", "parse_single_note"]

# The unit of a note read whole as one question: a folder of such notes is one
# question per file (not an Anki package's "note", whose name it once shared).


_PROSE_SUFFIXES = (".md", ".markdown", ".txt")
_LABEL_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+q(?:uestion)?\b", re.I | re.M)
_OBSIDIAN_MARK_RE = re.compile(r"\[\[|==|%%|(?:\s|^)\^[A-Za-z0-9-]+[ \t]*$", re.M)

Progress = Callable[[int, int, str], None]


# --- folders -------------------------------------------------------------------


_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)


def _not_regular(path: Path) -> str:
    """Why a folder's entry is no file to read ("not a regular file (a named pipe)"), by
    its status alone, never opened: opening a named pipe waits for a writer that never
    comes, and a device may never end. A link is judged by what it points to; a broken
    one is left to the reading, which says it cannot be read. "" for a regular file."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return ""
    if stat.S_ISREG(mode):
        return ""
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "of an unknown kind")
    return f"not a regular file ({kind})"


def note_files(
    root: Path,
    exclude: Callable[[Path], bool] | None = None,
    others: list[Path] | None = None,
    templates_found: list[Path] | None = None,
    repo_found: list[tuple[Path, str]] | None = None,
    read_copies: dict[Path, str] | None = None,
) -> list[Path]:
    """Notes files under `root`, sorted by relative path; hidden ones, an Obsidian
    vault's templates, a repository's own files (`repo_files`) and excluded ones left
    out (and its daily notes' folder). ``others`` collects the files left out that a
    person may have meant as notes
    (`other_files.worth_naming`); ``templates_found`` the notes in the vault's
    templates folder, left out; ``repo_found`` a repository's changelog, licence, data
    sets, folders of installed packages …, each with why it was left out, and a
    document's translations into languages other than the person's (`translations`):
    ``read_copies`` the copies read in their stead, with their language. A JSON or
    YAML file that asks but is not cards is taken: its parse reads it or says why not."""
    found: list[Path] = []
    templates = template_folders(root)
    daily = daily_folders(root) - templates
    repos = {root} if any((p / ".git").exists() for p in (root, *root.parents)) else set()
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        if here.parent in repos or ".git" in dirs or ".git" in files:
            repos.add(here)  # a cloned repository's: its web pages are its site
        if templates_found is not None:
            templates_found += _notes_under([here / d for d in dirs if here / d in templates])
        kept = []
        for d in sorted(dirs):
            if d.startswith(".") or here / d in templates or (exclude and exclude(here / d)):
                continue
            if here / d in daily:
                if repo_found is not None:
                    repo_found += [(p, DAILY_FOLDER) for p in _notes_under([here / d])]
                continue
            why = repo_files.dependency_folder(here / d)
            if why:
                if repo_found is not None:
                    repo_found.append((here / d, why))
                continue
            kept.append(d)
        dirs[:] = kept
        for file_name in sorted(files):
            path = here / file_name
            if file_name.startswith(".") or (exclude is not None and exclude(path)):
                continue
            if why := _not_regular(path):  # a pipe, a socket, a device: never opened
                if repo_found is not None:
                    repo_found.append((path, why))
                continue
            suffix = path.suffix.lower()
            if _quiet_here(path, suffix, here in repos):
                continue
            if suffix in FOLDER_SUFFIXES or suffix in CARD_DATA_SUFFIXES:
                why = repo_files.repo_file(path)
                if why:
                    if repo_found is not None:
                        repo_found.append((path, why))
                elif suffix in FOLDER_SUFFIXES or file_holds_cards(path):
                    found.append(path)  # (JSON and YAML by their content: cards, not settings)
                elif (kind := keep.keep_file(path)) == "trashed":
                    if repo_found is not None:
                        repo_found.append((path, keep.TRASHED_REASON))
                elif kind or repo_files.asks_in_data(path):
                    found.append(path)  # questions in another shape: read, or said why not
            elif others is not None and other_files.worth_naming(path):
                others.append(path)
    if others is not None:
        others.sort(key=lambda p: p.relative_to(root).parts)
    found = _without_keep_labels(found, repo_found)
    found = database_exports.without_views(found, repo_found)
    found = database_exports.without_tables_of_pages(found, repo_found)
    found = _without_keep_pages(found)
    found = translations.without_translations(found, root, repo_found, read_copies)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _quiet_here(path: Path, suffix: str, in_repository: bool) -> bool:
    """A file left out quietly here: a web page of a cloned repository (its site), a
    ".mm" that is no mind map (C++ source), a drawing kept as a note (`other_files`)."""
    if suffix in HTML_PAGE_SUFFIXES:
        return in_repository
    if suffix in MIND_MAP_SUFFIXES:
        try:
            with path.open("rb") as f:
                return b"<map" not in f.read(512)
        except OSError:
            return False  # its reading says why
    return other_files.drawing(path)


def _without_keep_labels(
    found: list[Path], repo_found: list[tuple[Path, str]] | None
) -> list[Path]:
    """A Keep Takeout folder's `Labels.txt` (beside the notes' JSON files) left out, named."""
    labels = [p for p in found if p.name.casefold() == keep.KEEP_LABELS]
    if not labels:
        return found
    kept = {p.parent for p in found if keep.keep_file(p)}
    dropped = [p for p in labels if p.parent in kept]
    if repo_found is not None:
        repo_found += [(p, keep.LABELS_REASON) for p in dropped]
    return [p for p in found if p not in dropped]


def _without_keep_pages(found: list[Path]) -> list[Path]:
    """A Keep Takeout note's ``.html`` left out, quietly: Keep saves each note twice, and
    its ``.json`` beside it is the note read (a trashed one's too, named as trashed).
    Named, a Takeout of 500 notes listed 500 pages left out that lose nothing."""
    pages = {
        p
        for p in found
        if p.suffix.lower() in HTML_PAGE_SUFFIXES
        and (note := p.with_suffix(".json")).is_file()
        and keep.keep_file(note)
    }
    return [p for p in found if p not in pages] if pages else found


def _notes_under(folders: list[Path]) -> list[Path]:
    """The notes files (not hidden) under these folders."""
    notes = []
    for top in folders:
        for folder, dirs, files in os.walk(top):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            notes += [
                Path(folder) / name
                for name in files
                if not name.startswith(".") and Path(name).suffix.lower() in NOTE_SUFFIXES
            ]
    return notes


def _file_topic(doc: ParsedDocument, path: Path) -> str:
    """A file's topic level: its own title, else its name, named as the same file
    imported alone names its deck (`deck_title`): "sysdesign.md" is "Sysdesign" both
    ways, "devops.csv" "DevOps"; a title written in it ("# Bias-Variance") as written."""
    title = (doc.deck_name or "").strip()
    written = any(r.reason == "title" for r in doc.skipped)
    return deck_title(title, None if written else path.stem) if title else name_title(path.stem)


def _own_topic(doc: ParsedDocument, path: Path) -> tuple[str, ...]:
    """The file's own topic level, its title (else its name), where the file is a
    subject and not one question's name; the same either way however many of its
    questions are left (deleting all but one kept none, and "Behavioral" went).

    A file of several questions is a subject. A file of one question is one too when
    a title of its own stands over that question (``# Behavioral`` over a bold
    question, a front-matter ``title:``) and is not that question again, or, named by
    its file name alone, when that name shares no word with the question: a folder of
    one-question notes names each after its question ("async-functions.md" holding
    "What is an async function?"). A note read whole as one question adds none."""
    title = (doc.deck_name or "").strip()
    if path.stem.casefold() in NAMELESS_STEMS:
        # "README.md" names no subject: only a title written in it does
        titled = title and title != textio.path_text(path.stem) and doc.unit != ONE_PER_FILE
        one = doc.questions[0].title if len(doc.questions) == 1 else ""
        return (_file_topic(doc, path),) if titled and _words(title) != _words(one) else ()
    if len(doc.questions) != 1:
        return (_file_topic(doc, path),)
    question = doc.questions[0]
    if doc.unit == ONE_PER_FILE:
        return ()
    titled = title and (
        title != textio.path_text(path.stem)
        or any(r.reason == "title" and r.end_line < question.source_line for r in doc.skipped)
    )
    if titled:
        same = _words(title) == _words(question.title)  # "# What is a deadlock?" over its answer
        return () if same else (_file_topic(doc, path),)
    name = _stems(path.stem)
    if not name or name & _stems(question.title):
        return ()  # "async-functions.md", "Q17.md": the question's own name
    return (_file_topic(doc, path),)


_NAME_WORD_RE = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _stems(text: str) -> set[str]:
    """The words of three letters or more, without a plural's "s" ("callbacks" is a
    "callback"): enough to tell a name made from a question."""
    words = _NAME_WORD_RE.findall(without_export_id(text).casefold())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}


def obsidian_cleaned(question: ParsedQuestion) -> ParsedQuestion:
    """The question with Obsidian links, embeds and highlights as plain Markdown (the
    question itself when it has none; never changed in place: parses are shared)."""
    answer, title = question.answer_markdown, question.title
    if _OBSIDIAN_MARK_RE.search(answer):
        answer = clean_obsidian(answer).rstrip()
    if _OBSIDIAN_MARK_RE.search(title):
        title = obsidian_title(title) or title
    if (answer, title) == (question.answer_markdown, question.title):
        return question
    return replace(question, answer_markdown=answer, title=title)


def note_markup_cleaned(doc: ParsedDocument, suffix: str) -> ParsedDocument:
    """A Markdown note's parse with its questions' Obsidian markup cleaned
    (`obsidian_cleaned`); other files' as they are. Every way a single file is read
    (an import, a re-import patched after an edit) ends here."""
    if suffix.lower() not in (".md", ".markdown"):
        return doc
    return replace(doc, questions=[obsidian_cleaned(q) for q in doc.questions])


def _below_deck(path: tuple[str, ...], deck: str) -> tuple[str, ...]:
    """A topic path without a first level that only repeats the deck's name (a README
    titled "# TypeScript Interview Questions", the folder's deck by that title, or a
    repository's name over its README's questions): it says nothing, as a file's own
    title says nothing read alone, where it names the deck and its questions no topic."""
    if path and _words(path[0]) == _words(deck):
        return path[1:]
    return path


def _without_repeats(path: tuple[str, ...]) -> tuple[str, ...]:
    """A topic path without a level that repeats its parent (``trees / trees``: a file
    named after its only tag, a folder named like the file in it)."""
    out: list[str] = []
    for name in path:
        if not out or name.casefold() != out[-1].casefold():
            out.append(name)
    return tuple(out)


def _reason(exc: Exception, path: Path) -> str:
    """An error's message without the file name it starts with (the region names the file)."""
    text = str(exc).strip() or type(exc).__name__
    for name in (path.name, path.stem):
        if text.startswith(name + ": "):
            return text[len(name) + 2 :]
    return text


def _one_file(
    path: Path, parse_one: Callable[[Path], ParsedDocument]
) -> tuple[ParsedDocument | None, str]:
    """The parse of one file (None and why when it gives nothing).

    A prose file is read as one question (`parse_single_note`) when the note says so
    itself (a single ``Question`` heading, whatever lists its answer repeats), or when
    `parse_one` finds no question in it and its lines are not several questions
    (`note_shapes`). A unit found once is kept: the engine knows the note's sections around it."""
    reason = ""
    small = small_note_lines(path) if path.suffix.lower() in _PROSE_SUFFIXES else None
    if small is not None and index_note(small):
        return None, "an index of other notes (links only)"
    if small is not None and headings_only(small):
        return None, "only a heading, nothing under it yet"
    try:
        doc = parse_one(path)
    except (StudyAppError, OSError, ValueError) as exc:
        doc, reason = None, _reason(exc, path)
    said = _not_notes(doc)
    if said:
        return None, said  # a to-do list, data that is not cards: not one question either
    if small is not None and plain_list(text_lines(small)):
        return None, "a list that asks nothing (no question in it)"
    if path.suffix.lower() in _PROSE_SUFFIXES and (doc is None or doc.unit != "card"):
        try:
            text = repair.repair_text(textio.read_notes(path))
        except StudyAppError as exc:
            return None, reason or _reason(exc, path)
        if _template_text(text):
            return None, _TEMPLATE
        found_none = doc is None or not doc.questions
        if found_none or _LABEL_HEADING_RE.search(text):
            single, labelled = single_note(text, path.stem)
            if single is not None and _fields_only(single):
                return None, _TEMPLATE  # "## {{title}}" over a prompt to fill in
            if single is not None and says_nothing(
                single.questions[0].title, single.questions[0].answer_markdown
            ):
                return None, reason or "no questions found"  # "# My notes" / "TODO: …"
            if single is not None and (labelled or (found_none and not lines_ask(text))):
                return single, ""
    if doc is not None and _fields_only(doc):
        return None, _TEMPLATE
    if doc is None or not doc.questions:
        return None, reason or "no questions found"
    if DATED_RE.match(path.stem) and not any(is_question_like(q.title) for q in doc.questions):
        return None, "a dated note (a journal entry) that asks nothing"
    return doc, ""


def _not_notes(doc: ParsedDocument | None) -> str:
    """What a file's parse says it is instead of notes (a to-do list, JSON that is not
    cards), where it found no question; "" where it says nothing so."""
    if doc is None or doc.questions:
        return ""
    from studyapp.core.parse import NOT_NOTES

    return next((r.reason for r in doc.skipped if r.reason in NOT_NOTES), "")


_TEMPLATE = "a template (fields such as {{question}}, no notes of its own)"
_TEMPLATE_FOLDER = "a template (in the vault's templates folder)"
# A line of tags only ("#template", "#type/note"): what a template is, not its text.
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def _template_text(text: str) -> bool:
    """Whether a note is a template: fields ("## {{question}}" over "{{answer}}"), and
    no word of two letters or more outside them (a "Q:" mark is not one), its front
    matter ("tags: template") and tag lines aside. A vault copied without its settings
    folder has templates not known as such."""
    if not FIELD_RE.search(text):
        return False
    _, skip = read_front_matter(text)
    lines = text.split("\n")[skip:]
    return not any(
        _WORD_RE.search(FIELD_RE.sub("", line)) for line in lines if not TAG_LINE_RE.match(line)
    )


def _fields_only(doc: ParsedDocument) -> bool:
    """Whether every question's title is a template's fields ("{{title}}", "Q: {{q}}")."""
    return bool(doc.questions) and all(
        FIELD_RE.search(q.title) and not _WORD_RE.search(FIELD_RE.sub("", q.title))
        for q in doc.questions
    )


# A folder's introduction, not a note: README.md, index.md …
INTRO_STEMS = frozenset(("readme", "index", "_index", "home", "start here", "about"))
# Files named for their place, not their subject: no topic is named after them (a
# cloned one-file repository's questions were all under "README").
NAMELESS_STEMS = frozenset(("readme", "index", "_index", "notes"))


def parse_folder(
    root: Path,
    parse_one: Callable[[Path], ParsedDocument],
    *,
    exclude: Callable[[Path], bool] | None = None,
    progress: Progress | None = None,
) -> ParsedDocument:
    """Every notes file under `root` as one deck named after the folder.

    `parse_one` parses one file (it may raise StudyAppError); `exclude` is given
    each file and folder path under `root` and leaves out those it returns True for;
    `progress(done, total, relative_path)` is called before each file. A file that
    gives nothing is a SkippedRegion (lines 0–0) with its ``source_file`` and why.
    Raises StudyAppError when the folder holds no notes file at all.
    """
    root = Path(root)
    others: list[Path] = []
    templates: list[Path] = []
    repos: list[tuple[Path, str]] = []
    copies: dict[Path, str] = {}  # a translated document's copy read, and its language
    files = note_files(root, exclude, others, templates, repos, copies)
    left_out = (
        [SkippedRegion(0, 0, other_files.reason(p), textio.path_key(p, root)) for p in others]
        + [SkippedRegion(0, 0, _TEMPLATE_FOLDER, textio.path_key(p, root)) for p in templates]
        + [SkippedRegion(0, 0, why, textio.path_key(p, root)) for p, why in repos]
    )
    left_out.sort(key=lambda r: Path(r.source_file).parts)
    if not files:
        kinds = ", ".join((*FOLDER_SUFFIXES, *CARD_DATA_SUFFIXES))  # the cards a scan reads too
        tried = f"; left out: {files_tried(left_out)}" if left_out else ""
        raise StudyAppError(f"{root.name or root}: no notes files ({kinds}) in this folder{tried}")
    questions: list[ParsedQuestion] = []
    skipped: list[SkippedRegion] = list(left_out)
    units: Counter[str] = Counter()
    kinds: Counter[str] = Counter()  # by ending and unit: ".md:h2", ".md:file" (one question)
    breaks: Counter[str] = Counter()
    per_file: list[tuple[dict[str, int], int, str]] = []  # candidates, questions, unit
    for done, path in enumerate(files):
        rel = textio.path_key(path, root)
        if progress is not None:
            progress(done, len(files), rel)
        # (told as "file 120 of 400", each file's own passes within its share: a big
        # folder's preview had said only "Finding questions…" for half a minute)
        share = (done / len(files), (done + 1) / len(files))
        work_progress.at(f"file {done + 1:,} of {len(files):,}, {rel}", share[0])
        with work_progress.part(*share, quiet=True):
            doc, reason = _one_file(path, parse_one)
        if doc is None:
            skipped.append(SkippedRegion(0, 0, reason, rel))
            continue
        if len(files) > 1 and path.stem.lower() in INTRO_STEMS and not _asked_here(doc):
            # the folder's README introduces the notes; a repeating question unit in it
            # (two questions or more) makes it a notes file like the others, and so does
            # a question it asks and answers ("Index.md": "# What is an index?")
            last = max(q.end_line or q.source_line for q in doc.questions)
            skipped.append(SkippedRegion(1, last, "intro", rel))
            # (its lines below, named as its own reading named them: "License" …)
            skipped += [replace(r, source_file=rel) for r in doc.skipped if r.start_line > last]
            continue
        units[doc.unit] += 1
        one = ONE_PER_FILE if len(doc.questions) == 1 else doc.unit  # ("# What is a CDN?")
        kinds[f"{path.suffix.lower()}:{one}"] += 1
        breaks[doc.line_breaks] += 1
        per_file.append((doc.candidates, len(doc.questions), doc.unit))
        levels = topic_folders(textio.path_text(rel))  # no "topics/"
        if path in copies:  # "docs/ru-RU/networking.md": "ru-RU" is no topic
            levels = tuple(p for p in levels if not translations.language_folder(p))
        folders = tuple(name_title(p) for p in levels)
        own = _own_topic(doc, path)
        # a question of a README at the top, under no heading of its own: the repository's
        unnamed = not folders and not own and path.stem.casefold() in NAMELESS_STEMS
        named = (name_title(textio.path_text(root.resolve().name)),) if unnamed else ()
        obsidian = path.suffix.lower() in (".md", ".markdown")
        for question in doc.questions:
            if obsidian:  # a one-question note read here, not through parse_file
                question = obsidian_cleaned(question)
            question.source_file = rel
            place = (*folders, *own, *question.topic_path) or named
            question.topic_path = _without_repeats(place)
            questions.append(question)
        skipped.extend(replace(region, source_file=rel) for region in doc.skipped)
    if progress is not None:
        progress(len(files), len(files), "")
    deck = readme_title(root, _own_readme(root, copies)) or textio.path_text(
        root.resolve().name or root
    )  # (a repo's title)
    for question in questions:
        question.topic_path = _below_deck(question.topic_path, deck)
    return ParsedDocument(
        deck,
        "folder",
        questions,
        has_sections=any(q.topic_path for q in questions),
        unit=units.most_common(1)[0][0] if len(units) == 1 else "",
        candidates=_split_counts(per_file),
        skipped=sorted(skipped, key=lambda r: Path(r.source_file).parts),  # files in order
        line_breaks=vault_line_breaks(root) or (breaks.most_common(1)[0][0] if breaks else "break"),
        file_kinds=dict(kinds.most_common()),
    )


def _own_readme(root: Path, copies: dict[Path, str]) -> Path | None:
    """The folder's README read among its translations ("README_ru.md"), if one was."""
    return next(
        (
            p
            for p in copies
            if p.parent == root and translations.marked(p.name)[0][:7].casefold() == "readme."
        ),
        None,
    )


def _asked_here(doc: ParsedDocument) -> bool:
    """Whether a file named as a folder's introduction (README, index, home …) holds
    notes all the same: two questions or more, or one that asks and is answered."""
    if len(doc.questions) >= 2:
        return True
    question = doc.questions[0]
    return is_question_like(question.title) and bool(question.answer_markdown.strip())


def _split_counts(per_file: list[tuple[dict[str, int], int, str]]) -> dict[str, int]:
    """What a split of the folder at each unit gives: a file where the unit finds
    questions gives those, any other keeps its own (the folder's split rule, in
    `parse_path`). Summed alone, "level-2 headings — 8 questions" was offered beside
    a reading of 10, and splitting at them gave the same 10. A unit that would read
    no file another way gives the folder's reading: 0 unless it is every file's."""
    totals: Counter[str] = Counter()
    for candidates, _, _ in per_file:
        totals.update(candidates)

    def count(unit: str) -> int:
        changes = any(c.get(unit) and own != unit for c, _, own in per_file)
        if not changes and any(own != unit for _, _, own in per_file):
            return 0
        return sum(c.get(unit) or questions for c, questions, _ in per_file)

    return {unit: count(unit) if total else 0 for unit, total in totals.items()}


FILES_LISTED = 10  # a message names this many files, then counts the rest


def files_tried(regions: list[SkippedRegion]) -> str:
    """The whole files a folder's parse left out, each with why: "image.png (not a notes
    file (.png)), empty.md (the file is empty) and 3 more files"."""
    whole = [r for r in regions if r.start_line == 0 and r.source_file]
    named = ", ".join(f"{r.source_file} ({r.reason})" for r in whole[:FILES_LISTED])
    more = len(whole) - FILES_LISTED
    if more > 0:
        named += f" and {more} more file{'s' if more > 1 else ''}"
    return named
