"""`studyapp decks`, `remove-deck`, `rename-deck`, `export-deck` and `export-weak`: the
decks listed, changed, and written out (as an Anki package or a CSV, or their weak
topics as a PDF).
"""

from __future__ import annotations

import argparse
import sys

from studyapp.cli import EXIT_NOTHING_TO_EXPORT, EXIT_OK, _fail
from studyapp.commands.ask import confirmed
from studyapp.commands.stores import reading_store, writing_store


def cmd_decks(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core.decks import deck_list
    from studyapp.core.format import plural  # plain Python: no Qt
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.textio import path_text

    with reading_store(args.data_dir) as store:
        # A card's due moment is in its stored state: the default scheduler reads it.
        decks = deck_list(store, datetime.now(UTC), SpacedRepetition())
    if args.json:
        import json

        json.dump([d.as_json() for d in decks], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not decks:
        print("No decks yet: `studyapp import NOTES.md` adds one.")
    for d in decks:
        missing = "  (source missing)" if d.source_missing else ""
        counts = f"{plural(d.questions, 'question')}, {d.due:,} due, {d.new:,} new"
        print(f"{d.id:>4}  {d.name}  [{counts}]{missing}")
        print(f"      {path_text(d.source)}")  # (bytes of a name not UTF-8: "�")
    return EXIT_OK


def cmd_remove_deck(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core.backup import backup_dir
    from studyapp.core.decks import find_deck, remove_deck
    from studyapp.core.paths import data_dir as resolve_data_dir

    with writing_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        what = store.deck_removal(deck.id)
        answer = True if args.yes else confirmed(f"Remove deck {deck.id} {what}?")
        if answer is None:
            return _fail(f"this would remove deck {deck.id} {what}; add --yes to remove it")
        if not answer:
            return _fail(f"kept deck {deck.id}: nothing was removed")
        folder = resolve_data_dir(args.data_dir)
        removed = remove_deck(store, deck.id, backup_dir(folder), datetime.now(UTC))
    print(f"Removed deck {deck.id} {removed.removal}.")
    print(f"A backup from just before is {removed.backup} (`studyapp restore` brings it back).")
    return EXIT_OK


def cmd_rename_deck(args: argparse.Namespace) -> int:
    from studyapp.core.decks import find_deck

    with writing_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        store.rename_deck(deck.id, args.name)
        renamed = store.deck(deck.id)
    assert renamed is not None
    print(f'Renamed deck {deck.id} "{deck.name}" to "{renamed.name}".')
    return EXIT_OK


def cmd_export_deck(args: argparse.Namespace) -> int:
    from studyapp.core.deck_export import export_deck
    from studyapp.core.decks import find_deck

    with reading_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        print(export_deck(store, deck.id, args.out))
    return EXIT_OK


def cmd_export_weak(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core.decks import find_deck
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.settings_schema import load_settings
    from studyapp.core.weak import describe, weak_report
    from studyapp.export.pdf import ensure_gui_app, export_weak_pdf

    if args.limit is not None and args.limit < 1:
        return _fail(f"--limit must be at least 1, not {args.limit}")
    if args.out.suffix.lower() != ".pdf":
        example = args.out.with_suffix(".pdf").name if args.out.name else "weak.pdf"
        return _fail(
            f"{args.out}: the weak topics are written as a PDF: give a file name ending"
            f" in .pdf, such as {example}"
        )
    with reading_store(args.data_dir) as store:
        deck_id = None
        if args.deck:
            deck_id = find_deck(store, args.deck).id  # the one rule remove-deck follows too
        report = weak_report(
            store,
            deck_id,
            datetime.now(UTC),
            SpacedRepetition.from_settings(load_settings(store)),
            args.topic,
            args.limit,
            cached_html=True,
        )
    ensure_gui_app(offscreen=True)  # the command line never needs a display
    result = export_weak_pdf(report, args.out)
    if report.nothing_studied or report.nothing_weak:
        print(f"{describe(report)} Wrote a one-page PDF that says so: {result.path}")
        return EXIT_NOTHING_TO_EXPORT
    from studyapp.core.format import plural

    print(
        f"Wrote {result.path}: {plural(result.pages, 'page')},"
        f" {plural(result.questions, 'weak question')}"
        f" in {plural(len(report.topics), 'topic')}."
    )
    return EXIT_OK
