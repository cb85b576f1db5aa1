"""`studyapp parse`, `import` and `repair`: a notes file read, shown, imported into
the store, or written back with its encoding repaired.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import OrderedDict
from pathlib import Path

from studyapp.cli import EXIT_OK, EXIT_USER_ERROR, SPLIT_KINDS, _fail
from studyapp.commands.stores import trying_store, writing_store
from studyapp.core.model import StudyAppError


def _bad_split_kind(args: argparse.Namespace) -> str | None:
    kind = getattr(args, "split_at", None)
    kinds = (*SPLIT_KINDS, "auto") if args.command == "import" else SPLIT_KINDS
    if kind is None or kind in kinds:
        return None
    return f"--split-at {kind}: not a kind; use one of {', '.join(kinds)}"


# The documents read as the Markdown of their text (core.textio), by their ending.
READ_THROUGH_TEXT = {
    ".docx": "Word document",
    ".odt": "OpenDocument text",
    ".rtf": "Rich Text document",
    ".pdf": "PDF",
    ".pptx": "PowerPoint deck",
}


def cmd_parse(args: argparse.Namespace) -> int:
    from studyapp.core.importer import parse_notes, skipped_place
    from studyapp.core.parse import no_questions_message
    from studyapp.core.titles import question_ids

    if bad := _bad_split_kind(args):
        return _fail(bad)
    doc = parse_notes(args.file, keep_chat_noise=args.keep_chat_noise, split_at=args.split_at)
    if not doc.questions:
        return _fail(no_questions_message(args.file.name, doc))
    ids = question_ids(doc.deck_name, [q.title for q in doc.questions])
    if args.json:
        import json

        payload = _parse_payload(doc, ids)
        if args.html:
            from studyapp.core.render import attach_answer_html

            attach_answer_html(payload["questions"], doc, args.file)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    from studyapp.core.title_marks import marked

    # A document read through its text (Word, PDF …) is named as the person knows it,
    # and its questions are not placed at lines of a text they never see.
    document = READ_THROUGH_TEXT.get(args.file.suffix.lower()) if args.file.is_file() else None
    by_topic: OrderedDict[str, list[str]] = OrderedDict()
    for q in doc.questions:
        where = f"{q.source_file}:{q.source_line}" if q.source_file else f"line {q.source_line}"
        # as the app shows it: its code in backticks ("not serve `WHERE b = ?`?")
        shown = marked(q.title, q.raw_title) or q.title
        listed = shown if document else f"{shown}  ({where})"
        by_topic.setdefault(_topic_shown(q), []).append(listed)
    from studyapp.core.format import plural

    split = f", split at {doc.unit}" if doc.unit else ""  # a folder's files each have their own
    if not doc.unit or doc.unit not in SPLIT_KINDS:  # no --split-at kind: said in words
        from studyapp.core.import_preview import UNIT_NAMES, files_read

        # "one question per file"; "6 files: 4 Markdown notes (level-2 headings), 2 one …"
        said = UNIT_NAMES.get(doc.unit, doc.unit) or files_read(doc.file_kinds)
        split = f", {said}" if said else ""
    kind = document or doc.format
    print(f"{doc.deck_name}  [{kind}, {plural(len(doc.questions), 'question')}{split}]")
    for topic, titles in by_topic.items():
        print(f"\n{topic} ({len(titles)})")
        for title in titles:
            print(f"  - {title}")
    if said := _unanswered(doc.questions):
        print(f"\n{said}")
    if doc.skipped:
        print("\nSkipped (not questions):")
        for region in doc.skipped:
            print(f"  {skipped_place(region)}  {region.reason}")
    # (only the kinds --split-at takes: a folder's "one question per file" is none)
    others = {k: n for k, n in doc.candidates.items() if n and k != doc.unit and k in SPLIT_KINDS}
    if others:
        from studyapp.core.import_preview import unit_label

        # In words, with the name --split-at takes: "prefix 12" read as a riddle.
        print("\nOther ways to split it:")
        width = max(len(k) for k in others)
        for kind, count in others.items():
            print(f"  --split-at {kind:<{width}}  {unit_label(kind, count)}")
    return EXIT_OK


# An answer that is empty or only the labels shown at its end ("#Difficulty/Medium").
_LABELS_ONLY_RE = re.compile(r"\s*(?:#[^\s#]+\s*)*")


def _unanswered(questions) -> str:
    """The sentence saying which questions the notes give no answer (a sheet of titles
    and record keeping, headings over nothing, as the preview's "(no answer)"), and
    what to do; "" where every one has its answer."""
    from studyapp.core.format import plural

    unanswered = sum(1 for q in questions if _LABELS_ONLY_RE.fullmatch(q.answer_markdown))
    if not unanswered:
        return ""
    said = (
        "None of them has an answer in the file"
        if unanswered == len(questions)
        else f"{plural(unanswered, 'question')} with no answer in the file"
    )
    return f"{said}: write yours in the app (Edit Question)."


def _topic_shown(question) -> str:
    """The topic a question is filed under, as the store files it: one outside every
    section of its notes under "General" (the JSON said "" where the list and the
    app said "General")."""
    from studyapp.core.topic_names import DEFAULT_TOPIC

    return " / ".join(question.topic_path) or DEFAULT_TOPIC


def _parse_payload(doc, ids: list[str]) -> dict:
    return {
        "deck": doc.deck_name,
        "format": doc.format,
        "unit": doc.unit,
        "line_breaks": doc.line_breaks,
        "candidates": [{"kind": k, "questions": n} for k, n in doc.candidates.items()],
        "skipped": [
            {
                "start_line": r.start_line,
                "end_line": r.end_line,
                "reason": r.reason,
                **({"source_file": r.source_file} if r.source_file else {}),
                **({"text": r.text} if r.text else {}),
            }
            for r in doc.skipped
        ],
        "questions": [
            {
                "id": qid,
                "title": q.title,
                "topic": _topic_shown(q),
                "source_line": q.source_line,
                "end_line": q.end_line,
                **({"source_file": q.source_file} if q.source_file else {}),
                **({"tags": list(q.tags)} if q.tags else {}),
                "answer": q.answer_markdown,
                "answer_markdown": q.answer_markdown,
            }
            for qid, q in zip(ids, doc.questions, strict=True)
        ],
    }


def cmd_import(args: argparse.Namespace) -> int:
    from studyapp.core import unfinished
    from studyapp.core.importer import describe_skipped, import_file
    from studyapp.core.textio import code_page_said, saved_as

    if bad := _bad_split_kind(args):
        return _fail(bad)
    from studyapp.commands.progress import ImportProgress
    from studyapp.core.format import plural
    from studyapp.core.store import StoreError

    failed = 0
    # A dry run tries the import on a copy (its counts are a write rolled back), and so
    # works beside the window; an import writes, under the writer's lock.
    opened = trying_store if args.dry_run else writing_store
    with opened(args.data_dir) as store:
        for n, path in enumerate(args.files):
            if args.dry_run:
                failed += not _dry_run(store, path, args.split_at)
                continue
            progress = ImportProgress()  # on stderr: a big file takes a while
            try:
                reading = None
                if args.split_at is not None:  # a new reading: asked first, if need be
                    reading = _split_agreed(store, path, args.split_at, yes=args.yes)
                decks_before = {d.id for d in store.decks()}
                try:
                    with unfinished.import_asked(store, path, args.split_at):  # (killed reading it)
                        summary = import_file(
                            store,
                            path,
                            force=args.force,
                            keep_chat_noise=args.keep_chat_noise,
                            split_at=args.split_at,
                            progress=progress,
                            reading=reading,
                        )
                finally:
                    progress.end()  # wiped before what follows is printed
            except StoreError as exc:  # the store itself: no other file can go in either
                rest = len(args.files) - n - 1
                after = f", nor {plural(rest, 'file')} after it" if rest else ""
                raise StoreError(
                    f"{path} was not imported{after}. {exc.message}", exc.hint, exc.window_hint
                ) from exc
            except StudyAppError as exc:  # this file only: the others still go in
                failed += 1
                _fail(str(exc))
                continue
            print(summary)
            if said := saved_as(path):  # (a .docx renamed .md: read as the document)
                print(f"  {said}")
            if said := code_page_said(path):  # (Windows-1251, GBK…: the one guessed, to check)
                print(f"  {said}")
            if said := _held_words(store, path, decks_before):
                print(f"  {said}")  # as its dry run and the window's preview say it
            if not summary.skipped_unchanged_file:
                print(f"  {describe_skipped(summary.skipped)}")
                if said := _unlike_notes(store, summary.deck_name, summary.new):
                    where = f' --data-dir "{args.data_dir}"' if args.data_dir else ""
                    print(f"  {said}{where}")
                deck = next((d for d in store.decks() if d.name == summary.deck_name), None)
                if deck is not None and (said := _unanswered(store.questions(deck_id=deck.id))):
                    print(f"  {said}")  # as its dry run and the window's preview say it
            if summary.removed and not summary.skipped_unchanged_file:
                from studyapp.core.import_preview import kept_words

                print(f"  {kept_words(summary.removed, args.split_at)}")
    if failed and len(args.files) > 1:
        imported = len(args.files) - failed
        _fail(f"{plural(failed, 'file')} not imported, {imported} imported")
    return EXIT_USER_ERROR if failed else EXIT_OK


def _held_words(store, path: Path, decks_before: set[int]) -> str:
    """For a deck an import just made, the decks that held its notes already, read
    through a folder (core.same_notes.held_elsewhere); "" for none."""
    from studyapp.core.importer import title_keys
    from studyapp.core.same_notes import held_elsewhere, held_words
    from studyapp.core.textio import path_key

    source = path_key(path.resolve())
    made = [d for d in store.decks() if d.id not in decks_before and d.source_path == source]
    if not made:
        return ""
    titles = title_keys(store.questions(deck_id=made[0].id))
    held = held_elsewhere(store, source, titles)
    return held_words(held, folder=path.is_dir(), questions=len(titles))


def _unlike_notes(store, deck_name: str, new: int) -> str:
    """For a deck an import just made (its questions all new), core.notes_look's
    sentence where they do not look like notes, with the way to take it out again;
    "" else (a re-import of a deck kept: the person chose it before)."""
    from studyapp.core.notes_look import notes_look

    deck = next((d for d in store.decks() if d.name == deck_name), None)
    if deck is None or not new:
        return ""
    questions = store.questions(deck_id=deck.id)
    if len(questions) != new:
        return ""
    look = notes_look([q.title for q in questions], [q.answer_markdown for q in questions])
    if not look.unlike:
        return ""
    return f"{look.unlike} Not meant? studyapp remove-deck {deck.id}"


def _dry_run(store, path: Path, split_at: str | None) -> bool:
    """`import --dry-run`: what the import of `path` would do, as its preview in the
    window counts it (nothing is written). False where it would import nothing."""
    from studyapp.core.format import plural
    from studyapp.core.import_preview import preview_import
    from studyapp.core.importer import describe_skipped
    from studyapp.core.parse import no_questions_message
    from studyapp.core.parsed import SameNotes

    try:
        preview = preview_import(store, path, split_at)
    except StudyAppError as exc:
        _fail(str(exc))
        return False
    doc = preview.doc
    if not doc.questions:
        _fail(no_questions_message(path.name, doc))
        return False
    if preview.counts is not None:
        print(f"would re-import {preview.counts}")
    else:
        decks = f"{len(preview.decks)} decks" if preview.decks else "the deck"
        print(f"would make {decks} {preview.deck_name}: {plural(len(doc.questions), 'question')}")
    if preview.saved_as:  # (a .docx renamed .md: read as the document)
        print(f"  {preview.saved_as}")
    if preview.code_page:  # (Windows-1251, GBK…: the one guessed, to check)
        print(f"  {preview.code_page}")
    if preview.same_as:  # notes a deck here has already: said as the import says it
        print(f"  {SameNotes(preview.same_as, preview.same_source, preview.shared)}")
    if said := preview.held_words:  # a folder whose files are decks already
        print(f"  {said}")
    if preview.unlike_notes:  # a CV, an invoice, a paper: said as the window's preview says it
        print(f"  {preview.unlike_notes}")
    if said := _unanswered(doc.questions):  # headings over nothing: "(no answer)" in the window
        print(f"  {said}")
    print(f"  {describe_skipped(tuple(doc.skipped))}")
    return True


def _split_agreed(store, path: Path, split_at: str, *, yes: bool):
    """Notes read another way (--split-at) that would take studied questions out of
    their deck: said, with a few of their titles, and asked at a terminal (y/N); where
    no one can answer, refused unless `yes`. Returns the reading the question was
    asked about, for the import to take as it is (None: the notes go in as read by
    the import). StudyAppError when the answer is no."""
    from studyapp.commands.ask import confirmed
    from studyapp.core import textio
    from studyapp.core.import_preview import UNIT_NAMES, preview_import, removal_warning

    preview = preview_import(store, path, split_at)
    counts = preview.counts
    said = removal_warning(counts.removed, preview.studied_removed, split_at) if counts else ""
    if not said or yes:
        return preview.reading
    name = textio.path_text(path.name)
    how = "read the app's own way" if split_at == "auto" else f"split at {UNIT_NAMES[split_at]}"
    answer = confirmed(f"Import {name} anyway?", f"{name}, {how}: {said}")
    if answer is None:
        first = said.split("\n")[0].rstrip(".")
        raise StudyAppError(f"{name}, {how}: {first}; nothing was imported: add --yes to import it")
    if not answer:
        raise StudyAppError(f"{name} not imported: nothing was removed")
    return preview.reading


def cmd_repair(args: argparse.Namespace) -> int:
    from studyapp.core import repair, textio

    text = repair.repair_text(textio.read_notes(args.file))
    if said := textio.code_page_said(args.file):  # on stderr: stdout is the text
        print(said, file=sys.stderr)
    if not args.out:
        sys.stdout.write(text)
        return EXIT_OK
    from studyapp.core.writeback import _write_new

    out: Path = args.out
    if out.is_dir():
        return _fail(f"{out} is a folder; give --out the name of the file to write")
    try:
        # Written beside it and renamed over it: `--out` the notes file itself (a repair
        # in place) on a full disk kept half the notes, and lost the rest.
        mask = os.umask(0)
        os.umask(mask)
        mode = out.stat().st_mode & 0o7777 if out.exists() else 0o666 & ~mask
        _write_new(out, text.encode("utf-8"), mode)
    except OSError as exc:
        return _fail(f"cannot write {out} ({exc.strerror or exc}); it was left as it was")
    return EXIT_OK
