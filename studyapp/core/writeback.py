"""Edit where you read: a question edited in the app goes back into its notes file
(Markdown, plain text, a CSV's row: `WRITABLE_SUFFIXES`), at its own lines, or, where
that cannot be done, stays in the store and survives re-imports. (The command line
that opens the notes file at the question's line is core.editor_command's.)

Writing back is careful: the file must still be what was imported (else the edit is
refused: the person re-imports first), the question's title and answer must be found
as they are stored at its lines, the edit is written as its place needs (a table
cell's `<br>` and `\\|`, a list item's indent, a CSV cell's quotes: core.writeback_rows),
the file as written must read back as before but for this question's new title and
answer (else the edit stays in the store), and the file is written atomically (a
temporary file renamed over it) in its own encoding and line endings, its previous
version kept in StudyApp's data folder (core.note_versions; never beside the note,
where a vault or a repository would show it). After the write the deck is
re-imported, so every question's lines are current; the edited question keeps its id
(and progress) through a title alias.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studyapp.core import note_versions, textio
from studyapp.core.decks import RESOURCE_PREFIX, source_of
from studyapp.core.model import ImportSummary, Question, StudyAppError
from studyapp.core.note_kinds import TABULAR_SUFFIXES, TEXT_SUFFIXES
from studyapp.core.parse.titles import CODE_SPAN_RE, plain_text
from studyapp.core.paths import sync_folder
from studyapp.core.store import Store
from studyapp.core.title_marks import typed
from studyapp.core.titles import normalize_title

MARKDOWN_SUFFIXES = (".md", ".markdown")
# Notes whose questions stand at their own lines of the file, as written: Markdown,
# and plain text (`Q:`/`A:` lines, "Question:"/"Answer:", "1) …" over its answer),
# read by the same parser with the same line spans; and a CSV's or TSV's row, its
# cells written as the csv module writes them (core.writeback_rows). What an edit may
# not write in a file's shape (an answer line "Q: …" that would start a card) is
# refused by reading the written text back (`_reads_back`), whatever the shape.
WRITABLE_SUFFIXES = (*MARKDOWN_SUFFIXES, *TEXT_SUFFIXES, *TABULAR_SUFFIXES)

WRITTEN = "written"  # the notes file holds the edit (and the store, after a re-import)
STORED = "stored"  # kept in the store only, re-imports keep it; `message` says why
REFUSED = "refused"  # nothing changed: the file changed since its import
UNCHANGED = "unchanged"  # title and answer as they were (the topic may have moved)
OVERTAKEN = "overtaken"  # nothing changed: the question changed while it was edited


@dataclass(frozen=True, slots=True)
class EditResult:
    """What `edit_question` did, and a sentence for the person."""

    outcome: str  # WRITTEN, STORED, REFUSED, OVERTAKEN or UNCHANGED
    message: str
    path: Path | None = None  # the notes file written (WRITTEN)
    backup: Path | None = None  # its previous version, in the data folder (WRITTEN)
    summary: ImportSummary | None = None  # the re-import after the write


class NoWriteBack(Exception):
    """Why this edit cannot go into the notes file (it goes into the store)."""


class _Refused(Exception):
    """Why this edit is refused altogether."""


def edit_question(
    store: Store,
    qid: str,
    title: str,
    answer_markdown: str,
    topic_id: int | None = None,
    *,
    opened: tuple[str, str] | None = None,
) -> EditResult:
    """Change a question's title, answer and topic; write title and answer back into
    its notes file where possible. KeyError for an unknown question.

    `opened`: the title and answer the edit began from. Where the question no longer
    has them (its notes were saved elsewhere and re-imported meanwhile), nothing is
    saved (OVERTAKEN): written over, that change would be lost without a word."""
    question = store.question(qid)
    if question is None:
        raise KeyError(qid)
    if opened is not None and opened != (question.title, question.answer_markdown):
        return EditResult(OVERTAKEN, _overtaken_message(store, question))
    title = " ".join(title.split())
    if not title:
        raise StudyAppError("A question needs a title.")
    answer_markdown = answer_markdown.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    # The title is typed as it is shown, its code in backticks (core.title_marks).
    kept = title in (question.title, " ".join(question.shown_title.split()))
    plain, markup = (question.title, question.title_markup) if kept else typed(title)
    same = answer_markdown == question.answer_markdown
    if kept and not same and read_as_import(answer_markdown) != answer_markdown:
        same = answer_markdown == answer_as_written(store, question)  # saved as shown
    if kept and same:
        result = EditResult(UNCHANGED, "Nothing to save: the title and answer are as they were.")
    else:
        path = None
        try:
            path = notes_file_of(store, question)
            written = None if kept else title
            result = _write_back(store, question, path, plain, answer_markdown, written)
        except _Refused as exc:
            return EditResult(REFUSED, str(exc))  # nothing saved, the topic included
        except NoWriteBack as exc:
            # Kept as an import reads its notes ([[links]], ![[embeds]] as Markdown):
            # the pane, the export and a search show it as they show imported answers.
            kept_answer = read_as_notes(path, answer_markdown)
            store.edit_question_text(
                qid, plain, kept_answer, keep_over_imports=True, title_markup=markup
            )
            result = EditResult(STORED, _stored_message(question, str(exc), path is not None))
    if topic_id is not None and topic_id != question.topic_id:
        store.move_question(qid, topic_id)  # a topic chosen in the app: re-imports keep it
    return result


def _overtaken_message(store: Store, question: Question) -> str:
    deck = store.deck(question.deck_id)
    where = "its notes"
    if deck is not None and deck.source_path and not deck.source_path.startswith(RESOURCE_PREFIX):
        where = textio.path_text(Path(question.source_file or source_of(deck)).name)
    return (
        f"{where} changed this question while you edited it; nothing was saved."
        " Saved over it, your text would replace that change."
    )


def _stored_message(question: Question, reason: str, has_notes: bool) -> str:
    """What an edit kept in the store says; for a question of a notes file that already
    keeps its own text (an earlier edit saved in StudyApp only), how it follows the
    file again."""
    message = f"Saved in StudyApp only ({reason}); re-imports keep this edit."
    if question.edited and has_notes:
        message += (
            " Since an earlier edit it keeps StudyApp's text, apart from its notes;"
            " right-click it and choose Use the Notes' Text… to follow the file again."
        )
    return message


def notes_file_of(store: Store, question: Question) -> Path:
    """The notes file a question came from (a folder deck's file inside its folder).
    Raises NoWriteBack when it has none of the person's."""
    deck = store.deck(question.deck_id)
    assert deck is not None
    source = deck.source_path
    if not source or source.startswith(RESOURCE_PREFIX):
        raise NoWriteBack("the bundled deck has no notes file of yours")
    path = source_of(deck)  # (one deck of several from an Anki package: the package)
    if question.source_file:
        path = path / textio.os_path(question.source_file)
    return path


def _write_back(
    store: Store, question: Question, path: Path, title: str, answer: str, written: str | None
) -> EditResult:
    """`title`: the plain title to store; `written`: the title as typed, to write into
    the file (None: the title stays as the file writes it)."""
    from studyapp.core.importer import import_file, source_hash

    name = textio.path_text(path.name)
    if path.suffix.lower() not in WRITABLE_SUFFIXES:
        raise NoWriteBack(f"{name} is not a notes file StudyApp writes into")
    if not path.is_file():
        raise NoWriteBack(f"{name} is missing")
    deck = store.deck(question.deck_id)
    assert deck is not None
    source = source_of(deck)  # (one deck of several in an Anki export: the export)
    try:
        # a folder deck's hash covers every file: an edit elsewhere in the folder must
        # not refuse this one; its own file is checked below (the stored title and
        # answer must still stand at the question's lines, else it is kept in the app)
        current = deck.source_hash if source.is_dir() else source_hash(source)
    except (OSError, StudyAppError) as exc:
        raise NoWriteBack(f"{name} cannot be read") from exc
    if current != deck.source_hash:
        raise _Refused(
            f"{name} changed since it was imported; nothing was saved. "
            "Re-import it, then edit the question again."
        )
    if question.end_line < question.source_line or question.source_line < 1:
        raise NoWriteBack("its lines in the file are not known; re-import the deck once")
    # A notes file that is a link (into a synced folder, a vault) is written where it
    # leads: a rename over the link itself would leave the real file without the edit
    # and replace the link with a copy.
    real = Path(os.path.realpath(path))
    if not _writable(real):
        raise NoWriteBack(f"{name} is read-only")
    if real.stat().st_nlink > 1:
        # A new file renamed over one name would leave the others with the old text.
        raise NoWriteBack(f"{name} has other names (hard links) that would keep the old text")
    data = real.read_bytes()
    codec = textio.written_encoding(data)
    if codec is None:
        raise NoWriteBack(f"{name} mixes text encodings")
    encoding, bom = codec
    text = data[len(bom) :].decode(encoding)
    newline = _newline(text)
    if newline is None:
        raise NoWriteBack(f"{name} mixes line endings")
    text = text.replace("\r\n", "\n")
    from studyapp.core import repair  # ftfy: loaded on an edit, not at start-up

    if repair.repair_text(text) != text:
        raise NoWriteBack(f"{name} needed its encoding repaired when it was read")
    from studyapp.core.importer import remembered_split

    split_at = remembered_split(store, textio.path_key(source.resolve()))
    if question.edited:
        # Edited here before where the file could not take it: the store holds that
        # edit, the file still what it said. This edit replaces the file's text at the
        # question's lines (found as an import reads them), its title included when
        # the stored one is not the file's.
        notes = _notes_reading(path, text, question, split_at)
        if notes is None:
            raise NoWriteBack(f"its notes no longer have it at line {question.source_line}")
        if written is None and notes.title != question.title:
            written = question.shown_title
        question = _as_written(path, text, notes, split_at)  # its answer's marks as written
    else:
        question = _as_written(path, text, question, split_at)
    rows = _read_as_rows(path, text, split_at)
    if not question.answer_markdown.strip() and answer.strip() and not rows:
        from studyapp.core.writeback_unanswered import placeholder_answer

        question = placeholder_answer(path, text, question, split_at) or question
    located, file_answer = _labels_set_aside(question, answer, text)
    gaps: list[tuple[str, str]] = [("", "")]
    if not question.answer_markdown.strip() and answer.strip() and not rows:
        # Nothing written to replace: the answer goes under the title as this file
        # writes its other answers (tried nearest first, each read back).
        siblings = [
            q
            for q in store.questions(deck_id=question.deck_id)
            if q.source_file == question.source_file and q.id != question.id
        ]
        from studyapp.core.writeback_unanswered import answer_gaps

        gaps = answer_gaps(text, question, siblings)
    for gap in gaps:
        if rows:
            from studyapp.core.writeback_rows import replace_row

            new_text = replace_row(text, located, written, file_answer)
        else:
            new_text = _replace_block(text, located, written, file_answer, gap)
        if _reads_back(path, text, new_text, question, title, answer, split_at, file_answer):
            break
    else:
        started = _question_started(path, text, new_text, question, split_at)
        raise NoWriteBack(  # short: read whole in the status bar beside the totals
            f"in {name}, its line \u201c{started}\u201d would start a question of its own"
            if started
            else f"written into {name}, it would not read back as this edit"
        )
    try:
        encoded = bom + new_text.replace("\n", newline).encode(encoding, errors="strict")
    except UnicodeEncodeError as exc:
        raise NoWriteBack(
            f"{name} is in {encoding}, which cannot hold {exc.object[exc.start]!r}"
        ) from exc
    # Known as this question's before the file has it: an import after a crash (or a
    # full disk) between the file's write and the store's keeps its id and progress.
    store.remember_title(question.id, title)
    backup = _atomic_write(real, data, encoded, note_versions.versions_root(store.path))
    # The file holds the edit; the store takes it too (the new title kept as this
    # question's, so the re-import keeps its id), then the deck is read again.
    markup = question.title_markup if written is None else typed(written)[1]
    with store.transaction():
        store.edit_question_text(
            question.id,
            title,
            read_as_notes(path, answer),
            keep_over_imports=False,
            title_markup=markup,
        )
        # The file and the store agree again: later changes to the file reach it.
        store.forget_edit(question.id)
    summary = import_file(store, source)
    note_versions.prune(note_versions.versions_root(store.path), real)
    return EditResult(
        WRITTEN,
        f"Saved in {name} (its previous version is kept in {textio.path_text(backup.parent)}).",
        path,
        backup,
        summary,
    )


def _labels_set_aside(question: Question, answer: str, text: str) -> tuple[Question, str]:
    """The question as its lines write it, and the edit's answer as they will: an
    import ends an answer with its note's tags as a line of labels (``#sql
    #indexing``: front matter, a ``Tags:`` line; core.parse.tag_labels) that its
    lines do not hold. Found without it, and written without it where the edit keeps
    it as it was; the re-import adds it back (every edit of such a question was
    kept in StudyApp only: its answer was not found as stored)."""
    from studyapp.core.inline_tags import TAG_BODY

    head, parted, last = question.answer_markdown.rpartition("\n\n")
    labels = last.strip()
    if not parted or not re.fullmatch(rf"(?:#{TAG_BODY}[ \t]*)+", labels):
        return question, answer
    lines = text.split("\n")
    if labels in "\n".join(lines[question.source_line - 1 : question.end_line]):
        return question, answer  # written there: edited as any text
    typed_head, typed_parted, typed_last = answer.rpartition("\n\n")
    if typed_parted and typed_last.strip() == labels:
        answer = typed_head.rstrip()
    return question._replace(answer_markdown=head.rstrip()), answer


def answer_as_written(store: Store, question: Question) -> str:
    """The answer to edit: as its Markdown notes file writes it, where that differs
    from the stored answer only by the Obsidian markup an import reads as plain
    Markdown (``[[links]]``, ``![[embeds]]``, ``==highlights==``): edited with its
    links, it goes back into the note with them. An edit kept in StudyApp, stored as
    read, gets back the marks of its note's answer where they fit
    (core.writeback_marks). Else (no notes file of the person's, a file that cannot
    be read) the stored answer."""
    stored = question.answer_markdown
    try:
        path = notes_file_of(store, question)
    except NoWriteBack:
        return stored
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return stored
    try:
        data = path.read_bytes()
        codec = textio.written_encoding(data)
        if codec is None:
            return stored
        text = data[len(codec[1]) :].decode(codec[0]).replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError):
        return stored
    deck = store.deck(question.deck_id)
    from studyapp.core.importer import remembered_split

    split_at = (
        remembered_split(store, textio.path_key(source_of(deck).resolve()))
        if deck is not None
        else None
    )
    if question.edited:  # kept as read: its note's marks given back where they fit
        from studyapp.core.writeback_marks import marks_restored

        raw = _notes_reading(path, text, question, split_at, cleaned=False)
        return (
            stored if raw is None else marks_restored(stored, raw.answer_markdown, read_as_import)
        )
    return _as_written(path, text, question, split_at).answer_markdown


def read_as_import(answer: str) -> str:
    """A Markdown note's answer as an import reads it: its Obsidian markup as plain
    Markdown (core.parse.folder.obsidian_cleaned); what the edit dialog's preview
    shows of an answer edited as written (`answer_as_written`)."""
    from studyapp.core.parse.folder import obsidian_cleaned
    from studyapp.core.parsed import ParsedQuestion

    return obsidian_cleaned(ParsedQuestion("", answer, 0)).answer_markdown


def read_as_notes(path: Path | None, answer: str) -> str:
    """An edit's answer as the import reads its notes file: a Markdown note's
    (`read_as_import`); another file's, or one without a file, as typed."""
    if path is not None and path.suffix.lower() in MARKDOWN_SUFFIXES:
        return read_as_import(answer)
    return answer


def _as_written(path: Path, text: str, question: Question, split_at: str | None) -> Question:
    """`question` with its answer as the file `text` writes it at its lines, where the
    import read Obsidian markup out of it (`answer_as_written`); else as it is."""
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        return question  # only a Markdown note's import reads Obsidian markup out
    lines = "\n".join(text.split("\n")[question.source_line - 1 : question.end_line])
    if read_as_import(lines) == lines:
        return question  # no Obsidian marks at its lines: nothing to parse for
    raw = _notes_reading(path, text, question, split_at, cleaned=False)
    if raw is None or raw.answer_markdown == question.answer_markdown:
        return question
    if read_as_import(raw.answer_markdown) != question.answer_markdown:
        return question  # it differs by more than the marks: not this answer
    return question._replace(answer_markdown=raw.answer_markdown)


def _notes_reading(
    path: Path, text: str, question: Question, split_at: str | None, *, cleaned: bool = True
) -> Question | None:
    """`question` as its notes file `text` reads at its lines, as an import reads it
    (its title, display form and answer; with `cleaned` False, its Obsidian markup
    as written); None when the file has no question there."""
    from studyapp.core.parse import parse_file_text
    from studyapp.core.parse.folder import note_markup_cleaned
    from studyapp.core.title_marks import marked

    doc = parse_file_text(text, path, split_at=split_at)
    if cleaned:
        doc = note_markup_cleaned(doc, path.suffix)
    found = [q for q in doc.questions if q.source_line == question.source_line]
    if len(found) != 1:
        return None
    notes = found[0]
    return question._replace(
        title=notes.title,
        title_markup=marked(notes.title, notes.raw_title),
        answer_markdown=notes.answer_markdown,
        end_line=notes.end_line or question.end_line,
    )


def _read_as_rows(path: Path, text: str, split_at: str | None) -> bool:
    """Whether the notes are read as a table of cards, a row each (a CSV, a TSV, an
    Anki export saved as .txt), as the parser decides (core.parse._tabular): their
    rows are written cell by cell (core.writeback_rows)."""
    from studyapp.core.parse.tabular import sniff_tabular

    if split_at not in (None, "row"):
        return False  # read as the person chose (at headings, as a chat…): not as rows
    suffix = path.suffix.lower()
    return suffix in TABULAR_SUFFIXES or split_at == "row" or sniff_tabular(text, suffix)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _newline(text: str) -> str | None:
    """The file's line ending: "\\r\\n" when every line has it, "\\n" when none has
    a carriage return; None when they are mixed (writing would change other lines)."""
    crlf = text.count("\r\n")
    if crlf == 0:
        return "\n" if "\r" not in text else None
    return "\r\n" if crlf == text.count("\n") and text.count("\r") == crlf else None


def _replace_block(
    text: str,
    question: Question,
    title: str | None,
    answer: str,
    gap: tuple[str, str] = ("", ""),
) -> str:
    """`text` with the question's title (None: as the file writes it) and answer
    replaced inside its own lines,
    written as its place needs: in a table row a line break as `<br>` and a pipe as
    `\\|`; under a list item, or wherever the answer is indented, every line indented
    as its first. A question stored without an answer gets `answer` after its title's
    line, `gap` = (what goes between, the indent of its later lines): the
    `answer_gaps` of core.writeback_unanswered."""
    lines = text.split("\n")
    start, end = question.source_line - 1, min(question.end_line, len(lines))
    block = "\n".join(lines[start:end])
    in_row = block.lstrip().startswith("|")
    written_title = _cell(question.title) if in_row else question.title
    if in_row:
        title, answer = (_cell(title) if title is not None else None), _cell(answer)
    at = block.find(written_title)
    if at >= 0:
        after_title = at + len(written_title)
    else:
        # The file writes the title with Markdown the stored title leaves out (`code`,
        # *emphasis*, a link): found by its words. Unchanged, it stays as written.
        span = _written_title(block, question.title)
        if span is None:
            # The file is as it was imported (its hash was checked): the title is not
            # written there as such; StudyApp made it from the line (a chat's request,
            # a question put in other words), so there is no title to replace.
            raise NoWriteBack(
                f"its title is StudyApp's reading of line {question.source_line}, not words"
                " written there"
            )
        at, after_title = span
        first = block[at : at + 1]
        if title and first.islower() and title[0] == first.upper():
            title = first + title[1:]  # mid-sentence ("ok and what's…"): as written there
    if title is None:
        title = block[at:after_title]
    if not question.answer_markdown.strip() and not in_row:
        line_end = block.find("\n", after_title)
        line_end = len(block) if line_end < 0 else line_end
        between, indent = gap
        added = between + _indented(answer, indent) if answer.strip() else ""
        new_block = block[:at] + title + block[after_title:line_end] + added + block[line_end:]
        return "\n".join([*lines[:start], *new_block.split("\n"), *lines[end:]])
    old_answer = _cell(question.answer_markdown) if in_row else question.answer_markdown
    answer_at, old_answer, indent = _written_answer(block, old_answer, after_title)
    if indent:
        answer = _indented(answer, indent)
    new_block = (
        block[:at]
        + title
        + block[after_title:answer_at]
        + answer
        + block[answer_at + len(old_answer) :]
    )
    return "\n".join([*lines[:start], *new_block.split("\n"), *lines[end:]])


_TITLE_LINES = 3  # a title's line is the block's first, after a blank line or two at most


def _cell(text: str) -> str:
    """Text as a Markdown table cell holds it (one line; the table reader gives back
    the line breaks and pipes)."""
    return text.replace("\\|", "|").replace("|", "\\|").replace("\n", "<br>")


def _indented(text: str, indent: str) -> str:
    """Every line but the first after `indent`: spaces, a quote's marks
    (core.writeback_quotes)."""
    from studyapp.core.writeback_quotes import prefixed

    return prefixed(text, indent)


def _written_answer(block: str, answer: str, after: int) -> tuple[int, str, str]:
    """Where the stored `answer` is written in `block` after `after`, as written there,
    and the indent of its lines when it stands indented alone on its first line (a
    list item's answer, stored without it): (offset, text, indent)."""
    if not answer:
        raise NoWriteBack("its answer is not written in the file as it is stored")
    first = answer.split("\n", 1)[0]
    at = block.find(first, after)
    if at >= 0:
        from studyapp.core.writeback_quotes import line_prefix

        indent = line_prefix(block, at)  # a list item's indent, a quote's "> "
        written = _indented(answer, indent) if indent else answer
        if block.startswith(written, at) and block.count(written, after) == 1:
            return at, written, indent
        if indent and block.count(answer, after) == 1:  # stored as written, indent and all
            return block.find(answer, after), answer, ""
    raise NoWriteBack("its answer is not written in the file as it is stored")


def _reads_back(
    path: Path,
    before: str,
    after: str,
    question: Question,
    title: str,
    answer: str,
    split_at: str | None,
    written: str | None = None,
) -> bool:
    """Whether the notes written as `after` read as `before` does, but for the edited
    question, read with the title and answer typed: a table or list it sits in stays
    whole, and no other question's text moves. Parsed as an import parses the file
    (core.reparse: an edit inside one answer is patched into the last parse). Where
    the answer's line of labels is the import's (`_labels_set_aside`), not the
    parse's, the edit reads back as `written`, the answer without it."""
    from studyapp.core import reparse
    from studyapp.core.parse import parse_file_text
    from studyapp.core.parse.folder import note_markup_cleaned

    def parsed(text: str, old: tuple[str, Any] | None = None) -> Any:
        doc = reparse.patched(*old, text) if old is not None else None
        if doc is None:
            doc = parse_file_text(text, path, split_at=split_at)
        return doc

    old_doc = parsed(before)
    new_doc = parsed(after, (before, old_doc))

    def read(doc: Any) -> list[tuple[str, str, str]]:
        clean = note_markup_cleaned(doc, path.suffix)  # as an import reads it
        return [
            (q.source_file, normalize_title(q.title), _lines(q.answer_markdown))
            for q in clean.questions
        ]

    expected = read(old_doc)
    mine = [i for i, q in enumerate(old_doc.questions) if q.source_line == question.source_line]
    if len(mine) != 1:
        return False
    source_file, _, parsed_answer = expected[mine[0]]
    if (
        written is not None
        and written != answer
        and not parsed_answer.endswith(answer[len(written) :].strip())
    ):
        answer = written  # the parse does not add the labels: the import does
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        answer = read_as_import(answer)  # typed with its Obsidian marks, read without
    expected[mine[0]] = (source_file, normalize_title(title), _lines(answer))
    return read(new_doc) == expected


def _question_started(
    path: Path, before: str, after: str, question: Question, split_at: str | None
) -> str | None:
    """The line of an edit that the notes written as `after` read as a question of its
    own (an answer's "Q: …" line in Q:/A: notes, a heading in Markdown), as the edit
    wrote it; None when the edit splits no question off."""
    from studyapp.core.parse import parse_file_text

    had = {
        normalize_title(q.title) for q in parse_file_text(before, path, split_at=split_at).questions
    }
    lines = after.split("\n")
    # the edit's lines: the question's own, grown or shrunk by what the edit changed
    last = question.end_line + len(lines) - len(before.split("\n"))
    for other in parse_file_text(after, path, split_at=split_at).questions:
        within = question.source_line < other.source_line <= min(last, len(lines))
        if within and normalize_title(other.title) not in had:
            return lines[other.source_line - 1].strip()
    return None


def _lines(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _written_title(block: str, title: str) -> tuple[int, int] | None:
    """Where, in the block's first lines, a line reads as `title` once its Markdown is
    left out: the span from the title's first word to its last, so what the line
    holds around it (a heading's or list's marker, bold, a "Question 3:" label, a ✅)
    stays. None if no line reads so, or its words cannot be placed in it."""
    wanted = normalize_title(title)
    words = title.split()
    offset = 0
    for line in block.split("\n")[:_TITLE_LINES]:
        if wanted and words and normalize_title(plain_text(line)) == wanted:
            first = line.casefold().find(words[0].casefold())
            end = _title_end(line, first, title)
            if first < 0 or end is None:
                return None
            return offset + first, offset + end
        offset += len(line) + 1
    return _title_ending_a_line(block, title)


def _title_end(line: str, first: int, title: str) -> int | None:
    """Where `title`, written in `line` from `first`, ends: after its last letters
    ("ML" of "[ML](…)?", "b" of "`WHERE b = ?`?") and what follows them in the title,
    each sign as written ("?", " = ??"), so the marks closing the line ("**", a ✅)
    stay. None when its last letters are not in the line after `first`."""
    core, stop = _last_letters(title)
    last = line.casefold().rfind(core.casefold())
    if not 0 <= first <= last:
        return None
    end = _past(line, last + len(core), stop)
    # A title ending in code ends with the code's closing backticks ("… `SELECT *`").
    opened = re.search("`+", CODE_SPAN_RE.sub("", line[first:end]))
    if opened and line.startswith(opened.group(0), end):
        end += len(opened.group(0))
    return end


def _last_letters(title: str) -> tuple[str, str]:
    """`title` cut after its last letter or digit: (the word up to there, what follows
    it: signs and spaces). A title without letters: (all of it, "")."""
    at = max((i for i, ch in enumerate(title) if ch.isalnum()), default=-1)
    if at < 0:
        return title, ""
    start = max(title.rfind(" ", 0, at), title.rfind("\t", 0, at)) + 1
    return title[start : at + 1], title[at + 1 :]


# What a line may hold between a title's signs that the title leaves out: spaces and
# the marks of code, emphasis and links ("`WHERE b = ?`?", "**?**", "[ML](url)?").
_MARKS = frozenset(" \t`*_~[]<>")
_LINK_TARGET = re.compile(r"\([^()\s]*\)")


def _past(line: str, at: int, stop: str) -> int:
    """Where `stop` (signs after a title's last letters) ends in `line` from `at`, each
    of its signs in turn, the first place it stands after marks only (`_MARKS`, a
    link's target); `at` when the line does not write them so (the signs then stay as
    the line has them)."""
    end = at
    for sign in stop.replace(" ", "").replace("\t", ""):
        pos = end
        while not line.startswith(sign, pos):
            if pos < len(line) and line[pos] in _MARKS:
                pos += 1
            elif target := _LINK_TARGET.match(line, pos):
                pos = target.end()
            else:
                return at
        end = pos + len(sign)
    return end


def _title_ending_a_line(block: str, title: str) -> tuple[int, int] | None:
    """Where a line ends with `title`'s words, after words the title leaves out (a
    chat turn's "Yes, can you expand…?", "ok and what's Simpson's paradox?"): the span
    of those words, so what the line says before them stays."""
    wanted = normalize_title(title)
    words = title.split()
    if not wanted or not words:
        return None
    offset = 0
    for line in block.split("\n")[:_TITLE_LINES]:
        folded = line.casefold()
        first = folded.find(words[0].casefold())
        while first > 0:
            if normalize_title(plain_text(line[first:])) == wanted:
                end = _title_end(line, first, title) or len(line.rstrip())
                return offset + first, offset + end
            first = folded.find(words[0].casefold(), first + 1)
        offset += len(line) + 1
    return None


def _atomic_write(path: Path, old: bytes, new: bytes, versions: Path) -> Path:
    """Write `new` over `path` atomically, the previous bytes kept first under
    `versions` (core.note_versions), synced: a version that cannot be kept writes
    nothing. The file must still hold `old` when the new one is renamed over it: an
    editor that saved it meanwhile keeps its version (the edit then stays in the
    store)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    try:
        backup = note_versions.new_version_path(versions, path)
        _write_new(backup, old, mode)
    except OSError as exc:
        raise NoWriteBack(
            f"its previous version could not be kept in {textio.path_text(versions)}"
            f" ({exc.strerror or exc}), so {textio.path_text(path.name)} was left as it was"
        ) from exc
    try:
        _write_new(path, new, mode, expect=old)
    except OSError as exc:
        raise NoWriteBack(f"{path.name} could not be written ({exc.strerror or exc})") from exc
    return backup


def _write_new(target: Path, data: bytes, mode: int, expect: bytes | None = None) -> None:
    """`data` written beside `target`, synced, and renamed over it (the folder synced
    too, so a power cut leaves the old file or the new one, never an empty one).
    With `expect`: only while `target` still holds those bytes. A link is written
    through: the file it leads to is replaced, the link kept."""
    target = Path(os.path.realpath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        if expect is not None and target.read_bytes() != expect:
            raise NoWriteBack(
                f"{textio.path_text(target.name)} was changed by another program while"
                " the edit was saved; its version is kept"
            )
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
