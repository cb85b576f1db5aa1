"""Command line: ``studyapp [gui]``, ``parse``, ``import``, ``repair``, ``decks``,
``remove-deck``, ``rename-deck``, ``export-deck``, ``--version`` and the rest below.

Errors the user can fix (a binary file, an empty file, a locked store) print
one line on stderr and exit with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from studyapp.core.model import StudyAppError

if TYPE_CHECKING:
    from studyapp.core.store import Store
    from studyapp.core.store.early_check import EarlyCheck

EXIT_OK = 0
EXIT_USER_ERROR = 2
# export-weak wrote its PDF, but there was nothing to list in it (nothing studied yet,
# or nothing weak): the PDF is one page that says so. Not a failure; scripts can tell.
EXIT_NOTHING_TO_EXPORT = 3
# optimize: too few reviews to fit FSRS yet (it says how many more); nothing changed.
EXIT_NOT_ENOUGH_REVIEWS = 3


class VersionAction(argparse.Action):
    """--version, with the version looked up only when asked (importlib.metadata
    costs about 50 ms, which every start of the app would otherwise pay)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        kwargs.setdefault("nargs", 0)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import studyapp

        print(f"StudyApp {studyapp.__version__}")
        parser.exit()


SPLIT_KINDS = ("h1", "h2", "h3", "h4", "h5", "h6", "list-item", "bold", "prefix", "details")
SPLIT_KINDS += ("table", "card", "row", "asked", "chat")
SPLIT_HELP = "where a question starts, overruling the unit found: " + ", ".join(SPLIT_KINDS)
KEEP_CHAT_NOISE_HELP = 'keep openers and closing offers ("Great question!", "Would you like…")'
PARSE_SPLIT_AT = {
    "metavar": "KIND",  # checked by _bad_split_kind: one line, not argparse's usage block
    "help": SPLIT_HELP,
}
IMPORT_SPLIT_AT = {
    "metavar": "KIND",
    "help": SPLIT_HELP + " (remembered for the file's re-imports; auto forgets the choice)",
}
DATA_DIR_HELP = "where the store lives (default: the user data folder; env STUDYAPP_DATA_DIR)"


def _build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the window's options."""
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Study interview questions offline from your own Markdown notes.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=DATA_DIR_HELP,
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the window, show the first question, quit as soon as it has painted"
        " (exit 1 if nothing painted within 30 s, or STUDYAPP_SMOKE_TIMEOUT seconds)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the install end to end in a throwaway store (offscreen), then exit",
    )
    if not commands:
        return parser
    # --data-dir is accepted after the command too (`studyapp import x.md --data-dir D`);
    # SUPPRESS keeps a subcommand from resetting a value given before it.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(parents=[data_dir], name="gui", help="start the app (the default)")

    parse = commands.add_parser(
        parents=[data_dir], name="parse", help="show the questions found in a notes file or folder"
    )
    parse.add_argument("file", type=Path, metavar="PATH", help="a notes file or a folder of them")
    parse.add_argument("--json", action="store_true", help="print the parse as JSON")
    parse.add_argument(
        "--html", action="store_true", help="with --json: add each answer's HTML as shown"
    )
    parse.add_argument("--keep-chat-noise", action="store_true", help=KEEP_CHAT_NOISE_HELP)
    parse.add_argument("--split-at", **PARSE_SPLIT_AT)

    imp = commands.add_parser(
        parents=[data_dir], name="import", help="import notes files or folders into the store"
    )
    imp.add_argument("files", type=Path, nargs="+", metavar="PATH")
    imp.add_argument("--force", action="store_true", help="re-parse even an unchanged file")
    imp.add_argument("--keep-chat-noise", action="store_true", help=KEEP_CHAT_NOISE_HELP)
    imp.add_argument("--split-at", **IMPORT_SPLIT_AT)

    rep = commands.add_parser(
        parents=[data_dir], name="repair", help="print a notes file with its encoding repaired"
    )
    rep.add_argument("file", type=Path)
    rep.add_argument("--out", type=Path, help="write to this file instead of stdout")
    exp = commands.add_parser(
        parents=[data_dir],
        name="export-weak",
        help="write your weak topics as a PDF (exit 3: nothing studied or nothing weak yet)",
    )
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    exp.add_argument(
        "--topic",
        action="extend",
        nargs="+",
        metavar="NAME",
        help="only these topics (repeatable; a parent topic includes its sub-topics)",
    )
    exp.add_argument("--limit", type=int, metavar="N", help="at most the N weakest questions")
    exp.add_argument("--deck", metavar="NAME", help="one deck, by name or id (default: all decks)")
    bak = commands.add_parser(
        parents=[data_dir], name="backup", help="back up the store now and print the backup's path"
    )
    bak.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    res = commands.add_parser(
        parents=[data_dir],
        name="restore",
        help="replace the store with a backup (the current store is backed up first)",
    )
    res.add_argument("file", type=Path, metavar="FILE", help="a backup file (or its name)")
    dks = commands.add_parser(
        parents=[data_dir],
        name="decks",
        help="list the decks: id, name, source, questions, due now",
    )
    dks.add_argument("--json", action="store_true", help="print the list as JSON")
    rmd = commands.add_parser(
        parents=[data_dir],
        name="remove-deck",
        help="remove a deck with its questions and reviews (a backup is taken first)",
    )
    rmd.add_argument("deck", metavar="ID", help="the deck's id (or name), as `decks` lists it")
    rmd.add_argument(
        "--yes", action="store_true", help="remove it without asking (a script must say so)"
    )
    rnd = commands.add_parser(parents=[data_dir], name="rename-deck", help="rename a deck")
    rnd.add_argument("deck", metavar="ID", help="the deck's id (or name)")
    rnd.add_argument("name", metavar="NAME", help="its new name")
    exd = commands.add_parser(
        parents=[data_dir],
        name="export-deck",
        help="write a deck as an Anki package (.apkg) or a CSV (question, answer, topic)",
    )
    exd.add_argument("deck", metavar="ID", help="the deck's id (or name)")
    exd.add_argument("--out", type=Path, required=True, metavar="FILE.apkg|FILE.csv")
    opt = commands.add_parser(
        parents=[data_dir],
        name="optimize",
        help="fit FSRS to your own reviews and show the gain (exit 3: too few reviews yet)",
    )
    opt.add_argument("--apply", action="store_true", help="use the fitted parameters from now on")
    return parser


def _fail(message: str) -> int:
    print(f"studyapp: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


class FolderInUse(StudyAppError):
    """Another StudyApp (a window, or a command) writes to this data folder now."""


def _writer_lock(folder: Path):
    """The data folder's writer lock, the one the window takes: one writer at a time,
    so a command cannot write beside a restore (and lose its changes) or beside the
    window. Raises FolderInUse, with who holds it, when it is taken."""
    from studyapp.core import recovery

    lock = recovery.acquire_store_lock(folder)
    if lock is None:
        owner = recovery.lock_owner(folder)
        running = f" (process {owner})" if owner else ""
        raise FolderInUse(
            f"StudyApp is running with this data folder{running}; close it and try again"
        )
    return lock


@contextlib.contextmanager
def _writing_store(data_dir: str | None) -> Iterator[Store]:
    """The store, for a command that writes: under the writer lock, opened as the
    window opens it (a damaged store is repaired or restored from a backup, and
    the report printed on stderr)."""
    from datetime import UTC, datetime

    from studyapp.core.backup import backup_dir
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path
    from studyapp.core.recovery import open_store_safely

    folder = resolve_data_dir(data_dir)
    with _writer_lock(folder):
        store, report = open_store_safely(store_path(folder), backup_dir(folder), datetime.now(UTC))
        if report is not None:
            from studyapp.core.refill import after_recovery

            said = after_recovery(store, report.may_miss_notes)  # as the window's start
            print(f"studyapp: {report.title}. {report.message} {said}".rstrip(), file=sys.stderr)
        with store:
            yield store


def _reading_store(data_dir: str | None) -> Store:
    """The store, for a command that only reads (decks, export-weak, export-deck): it
    takes no lock and writes nothing (the store is opened read-only), so it works
    beside the window. A damaged, empty or missing store is a one-line error, left as
    it is for the next start of the window to repair or restore. A folder named by
    --data-dir or STUDYAPP_DATA_DIR that holds no store is an error too (a typo, most
    likely), not a new empty store there."""
    from studyapp.core.backup import backup_dir, list_backups
    from studyapp.core.paths import ENV_VAR, store_path
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.store import Store, StoreError
    from studyapp.core.store.backup import database_problem, urgent_problem
    from studyapp.core.store.location import store_file
    from studyapp.core.store.recovery import plain_problem

    named = bool(data_dir or os.environ.get(ENV_VAR))
    folder = resolve_data_dir(data_dir, create=not named)
    path = store_file(store_path(folder))  # a link to a drive not mounted: said so
    if not path.exists():
        if list_backups(backup_dir(folder)):
            raise StudyAppError(
                f"the study database {path} is missing; start StudyApp to restore its"
                " newest backup"
            )
        if named:
            raise StudyAppError(
                f"no StudyApp data in {folder}: check the folder, or start the app or"
                " `studyapp import NOTES.md` first"
            )
        return Store.open(":memory:")  # a new machine: nothing yet, and nothing written
    problem = database_problem(path) if path.stat().st_size else "the file is empty"
    problem = problem or urgent_problem(path)
    if problem is not None:
        raise StudyAppError(
            f"the study database {path} is damaged ({plain_problem(problem)}); start StudyApp"
            " to repair"
            " it or restore a backup"
        )
    try:
        return Store.open_read_only(path, shared=_maybe_open_elsewhere(folder))
    except StoreError:
        return Store.open(path)  # another version's schema: upgraded, or refused plainly


def _maybe_open_elsewhere(folder: Path) -> bool:
    """Whether another process (the window, a command that writes) may have the store
    open: its writer lock is taken, or cannot be tried. Only then must a reader leave
    the store's log alone (schema.connect_for_reading); alone, it tidies it away."""
    from studyapp.core import recovery
    from studyapp.core.store import StoreError

    if not recovery.lock_path(folder).exists():
        return False  # no writer has run here: and trying the lock would make its file
    try:
        lock = recovery.acquire_store_lock(folder)
    except StoreError:
        return True
    if lock is None:
        return True
    lock.release()
    return False


def _bad_split_kind(args: argparse.Namespace) -> str | None:
    kind = getattr(args, "split_at", None)
    kinds = (*SPLIT_KINDS, "auto") if args.command == "import" else SPLIT_KINDS
    if kind is None or kind in kinds:
        return None
    return f"--split-at {kind}: not a kind; use one of {', '.join(kinds)}"


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
    by_topic: OrderedDict[str, list[str]] = OrderedDict()
    for q in doc.questions:
        where = f"{q.source_file}:{q.source_line}" if q.source_file else f"line {q.source_line}"
        by_topic.setdefault(" / ".join(q.topic_path) or "General", []).append(
            f"{q.title}  ({where})"
        )
    from studyapp.core.format import plural

    split = f", split at {doc.unit}" if doc.unit else ""  # a folder's files each have their own
    print(f"{doc.deck_name}  [{doc.format}, {plural(len(doc.questions), 'question')}{split}]")
    for topic, titles in by_topic.items():
        print(f"\n{topic} ({len(titles)})")
        for title in titles:
            print(f"  - {title}")
    if doc.skipped:
        print("\nSkipped (not questions):")
        for region in doc.skipped:
            print(f"  {skipped_place(region)}  {region.reason}")
    others = {k: n for k, n in doc.candidates.items() if n and k != doc.unit}
    if others:
        listed = ", ".join(f"{k} {n}" for k, n in others.items())
        print(f"\nOther ways to split it (--split-at KIND): {listed}")
    return EXIT_OK


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
            }
            for r in doc.skipped
        ],
        "questions": [
            {
                "id": qid,
                "title": q.title,
                "topic": " / ".join(q.topic_path),
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
    from studyapp.core.importer import describe_skipped, import_file

    if bad := _bad_split_kind(args):
        return _fail(bad)
    from studyapp.core.store import StoreError

    failed = 0
    with _writing_store(args.data_dir) as store:
        for path in args.files:
            try:
                summary = import_file(
                    store,
                    path,
                    force=args.force,
                    keep_chat_noise=args.keep_chat_noise,
                    split_at=args.split_at,
                )
            except StoreError:
                raise  # the store itself: no other file can go in either
            except StudyAppError as exc:  # this file only: the others still go in
                failed += 1
                _fail(str(exc))
                continue
            print(summary)
            if not summary.skipped_unchanged_file:
                print(f"  {describe_skipped(summary.skipped)}")
    if failed and len(args.files) > 1:
        from studyapp.core.format import plural

        imported = len(args.files) - failed
        _fail(f"{plural(failed, 'file')} not imported, {imported} imported")
    return EXIT_USER_ERROR if failed else EXIT_OK


def cmd_repair(args: argparse.Namespace) -> int:
    from studyapp.core import repair, textio

    text = repair.repair_text(textio.read_notes(args.file))
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


def _begin_store_check(override: str | None) -> EarlyCheck | None:
    """The store's start-up checks, begun on a thread (core.store.early_check); None
    when the data folder is not there yet or cannot be used (the start says why)."""
    from studyapp.core.paths import data_dir, store_path
    from studyapp.core.store.early_check import EarlyCheck

    try:
        folder = data_dir(override, create=False)
    except StudyAppError:
        return None
    return EarlyCheck.start(store_path(folder))


def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_test:
        from studyapp.selftest import run_self_test

        return run_self_test()
    from studyapp.ui import import_check

    import_check.install()  # before the app's modules are imported (ui/import_check.py)
    from studyapp.startup import display_problem

    if (problem := display_problem()) is not None:
        return _fail(problem)  # Qt would abort, naming a library that is not missing
    early = _begin_store_check(args.data_dir)
    from studyapp.app import run  # the window's modules import while the check runs

    status = run(data_dir=args.data_dir, smoke=args.smoke, early=early)
    if getattr(args, "leave_after_gui", False):
        leave_now(status)
    return status


def leave_now(status: int) -> NoReturn:
    """End the process at once, after the window has closed.

    By then the store is closed, the settings synced and the closing backup
    written. What is left is tearing down Qt's objects and the interpreter's
    modules one by one: about 70 ms of a `--smoke` run's wall time
    (benchmarks/bench_startup.py), and a pause after the window is gone. Only
    the entry points take this way out (tests call `main` in-process); the other
    commands exit normally, since a file of theirs may close on collection.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


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
        return _fail(f"{args.out}: the weak topics are written as a PDF; name it ….pdf")
    with _reading_store(args.data_dir) as store:
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


def cmd_backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core import backup
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path

    folder = resolve_data_dir(args.data_dir)
    backups = backup.backup_dir(folder)
    if args.list:
        try:
            os.listdir(backups)  # list_backups reads a folder it cannot open as empty
        except FileNotFoundError:
            pass
        except OSError as exc:
            return _fail(f"cannot read the backups folder {backups} ({exc.strerror or exc})")
        infos = backup.list_backups(backups)
        if not infos:
            print(f"No backups yet in {backups}")
        for info in infos:
            size = f"{info.size / 1024:,.0f} KB"
            junk = "" if info.usable else "  (not a usable backup: no whole database)"
            print(f"{info.created:%Y-%m-%d %H:%M:%S} UTC  {size:>10}  {info.path}{junk}")
        return EXIT_OK
    now = datetime.now(UTC)
    try:
        lock = _writer_lock(folder)
    except FolderInUse:
        lock = None  # the window writes: a backup only reads the store, safely beside it
    try:
        path = backup.make_backup(store_path(folder), backups, now, "manual")
        if lock is not None:  # rotation is the writer's: the window rotates its own
            backup.rotate(backups, now)
    finally:
        if lock is not None:
            lock.release()
    print(path)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core import backup
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path

    folder = resolve_data_dir(args.data_dir)
    backups = backup.backup_dir(folder)
    source: Path = args.file
    if not source.exists() and source.name == str(source) and (backups / source.name).exists():
        source = backups / source.name  # a name as `studyapp backup --list` shows it
    store = store_path(folder)
    with _writer_lock(folder):
        kept = backup.restore_backup(source, store, backups, datetime.now(UTC))
    print(f"Restored {source} into {store}.")
    if kept is None:
        print("There was no study database before.")
    elif kept.parent == backups:
        print(f"The previous study database was kept as a backup: {kept}")
    else:
        print(f"The previous study database was damaged; it was moved aside to {kept}")
    return EXIT_OK


def cmd_optimize(args: argparse.Namespace) -> int:
    from datetime import datetime

    from studyapp.core import optimize
    from studyapp.core.settings_schema import load_settings

    tz = datetime.now().astimezone().tzinfo
    # Without --apply it only reads, so it works beside an open window, as `decks` does.
    opened = _writing_store(args.data_dir) if args.apply else _reading_store(args.data_dir)
    with opened as store:
        try:
            result = optimize.optimize(
                store.reviews(), load_settings(store), tz, deck_size=store.question_count()
            )
        except optimize.NotEnoughReviews as exc:
            print(f"{exc}.")
            return EXIT_NOT_ENOUGH_REVIEWS
        for line in result.lines():
            print(line)
        if not args.apply:
            print("Nothing changed; `studyapp optimize --apply` uses these parameters.")
        elif not result.improved:
            print("Not applied: the fitted parameters predict your reviews no better.")
        else:
            optimize.apply(store, result)
            print("Applied: scheduling uses your fitted parameters from the next grade on.")
    return EXIT_OK


def cmd_decks(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core.decks import deck_list
    from studyapp.core.format import plural  # plain Python: no Qt
    from studyapp.core.scheduler import SpacedRepetition

    with _reading_store(args.data_dir) as store:
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
        counts = f"{plural(d.questions, 'question')}, {d.due} due, {d.new} new"
        print(f"{d.id:>4}  {d.name}  [{counts}]{missing}")
        print(f"      {d.source}")
    return EXIT_OK


def cmd_remove_deck(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from studyapp.core.backup import backup_dir
    from studyapp.core.decks import find_deck, remove_deck
    from studyapp.core.paths import data_dir as resolve_data_dir

    with _writing_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        what = store.deck_removal(deck.id)
        answer = True if args.yes else _confirmed(f"Remove deck {deck.id} {what}?")
        if answer is None:
            return _fail(f"this would remove deck {deck.id} {what}; add --yes to remove it")
        if not answer:
            return _fail(f"kept deck {deck.id}: nothing was removed")
        folder = resolve_data_dir(args.data_dir)
        removed = remove_deck(store, deck.id, backup_dir(folder), datetime.now(UTC))
    print(f"Removed deck {deck.id} {removed.removal}.")
    print(f"A backup from just before is {removed.backup} (`studyapp restore` brings it back).")
    return EXIT_OK


def _confirmed(question: str) -> bool | None:
    """Asked at a terminal ("… [y/N] "): whether the person said yes. None where no
    one is there to answer (a script, a pipe), where the command needs --yes instead."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")


def cmd_rename_deck(args: argparse.Namespace) -> int:
    from studyapp.core.decks import find_deck

    with _writing_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        store.rename_deck(deck.id, args.name)
        renamed = store.deck(deck.id)
    assert renamed is not None
    print(f'Renamed deck {deck.id} "{deck.name}" to "{renamed.name}".')
    return EXIT_OK


def cmd_export_deck(args: argparse.Namespace) -> int:
    from studyapp.core.deck_export import export_deck
    from studyapp.core.decks import find_deck

    with _reading_store(args.data_dir) as store:
        deck = find_deck(store, args.deck)
        print(export_deck(store, deck.id, args.out))
    return EXIT_OK


COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "parse": cmd_parse,
    "import": cmd_import,
    "repair": cmd_repair,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export-weak": cmd_export_weak,
    "optimize": cmd_optimize,
    "decks": cmd_decks,
    "remove-deck": cmd_remove_deck,
    "rename-deck": cmd_rename_deck,
    "export-deck": cmd_export_deck,
}


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments. A start of the window (no command, only its options: how the
    app is launched) is read without the commands' parsers, whose building costs
    every start (a callgrind profile: some 25 million instructions). Anything
    else, help included, goes to the whole parser, which says the same as before."""
    if not any(arg in ("-h", "--help") for arg in argv):
        window = _build_parser(commands=False)
        window.exit_on_error = False  # a mistake is for the whole parser to explain
        try:
            args, rest = window.parse_known_args(argv)
        except argparse.ArgumentError:
            rest = argv
        if not rest:
            args.command = None
            return args
    return _build_parser().parse_args(argv)


def main(argv: list[str] | None = None, *, leave_after_gui: bool = False) -> int:
    """Run a command line; `leave_after_gui`: end the process when the window has
    closed (the entry points' choice, see `leave_now`)."""
    from studyapp.core.model import StudyAppError

    args = _parse(sys.argv[1:] if argv is None else argv)
    args.leave_after_gui = leave_after_gui
    try:
        return COMMANDS[args.command](args)
    except StudyAppError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # `studyapp parse notes.md | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def entry() -> NoReturn:
    """`studyapp` (the installed script), `python -m studyapp` and the frozen app."""
    sys.exit(main(leave_after_gui=True))
