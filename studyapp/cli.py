"""Command line: ``studyapp [gui]``, ``parse``, ``import``, ``repair``, ``decks``,
``remove-deck``, ``rename-deck``, ``export-deck``, ``--version`` and the rest below.
This module parses the arguments, starts the window and runs the other commands,
which live in studyapp.commands (a module per group, imported when one runs).

Errors the user can fix (a binary file, an empty file, a locked store) print
one line on stderr and exit with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from studyapp.core.model import StudyAppError
from studyapp.lazy import LazyModule, lazy

if TYPE_CHECKING:
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
SPLIT_KINDS += ("table", "card", "row", "asked", "numbered", "chat")
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
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the import would do (the deck, its new, updated and removed"
        " questions, the lines left out) and write nothing",
    )
    imp.add_argument(
        "--yes",
        action="store_true",
        help="import even where --split-at removes studied questions, without asking"
        " (a script must say so; they keep their progress)",
    )

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
    bak.add_argument(
        "--list",
        action="store_true",
        help="list what File → Backups… lists instead (the backups and the copies beside the"
        " store), newest first",
    )
    res = commands.add_parser(
        parents=[data_dir],
        name="restore",
        help="replace the store with a backup (the current store is backed up first)",
    )
    res.add_argument("file", type=Path, metavar="FILE", help="a backup file (or its name)")
    res.add_argument(
        "--yes", action="store_true", help="restore it without asking (a script must say so)"
    )
    dks = commands.add_parser(
        parents=[data_dir],
        name="decks",
        help="list the decks: id, name, source, questions, due, new",
        description=(
            "List the decks: id, name, source, and how many questions, due and new. "
            "Due counts as the window does: reviews due now and learning steps due "
            "within the learn-ahead limit (Preferences), which Study shows at once."
        ),
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
        help="write a deck as an Anki package (.apkg) or a CSV (question, answer, topic, deck,"
        " tags)",
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
    from studyapp import collector

    collector.pause()  # until the first frame (studyapp/collector.py)
    try:
        return _run_gui(args)
    finally:
        collector.resume()  # a run that ended before its first frame


def _run_gui(args: argparse.Namespace) -> int:
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


# Each group of commands is imported when one of its commands runs (studyapp.commands):
# a start of the window reads none of them.
_notes = lazy("studyapp.commands.notes")
_decks = lazy("studyapp.commands.decks")
_backups = lazy("studyapp.commands.backups")
_optimize = lazy("studyapp.commands.optimize")


def _in(group: LazyModule, name: str) -> Callable[[argparse.Namespace], int]:
    """The command `name` of `group`, imported when it runs."""
    return lambda args: getattr(group, name)(args)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "parse": _in(_notes, "cmd_parse"),
    "import": _in(_notes, "cmd_import"),
    "repair": _in(_notes, "cmd_repair"),
    "backup": _in(_backups, "cmd_backup"),
    "restore": _in(_backups, "cmd_restore"),
    "export-weak": _in(_decks, "cmd_export_weak"),
    "optimize": _in(_optimize, "cmd_optimize"),
    "decks": _in(_decks, "cmd_decks"),
    "remove-deck": _in(_decks, "cmd_remove_deck"),
    "rename-deck": _in(_decks, "cmd_rename_deck"),
    "export-deck": _in(_decks, "cmd_export_deck"),
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
    except KeyboardInterrupt:  # Ctrl+C: said, as a silent exit read as a hang ended
        print(
            f"studyapp: {args.command or 'the app'} stopped (Ctrl+C). What it was writing"
            " is saved whole or not at all.",
            file=sys.stderr,
        )
        return 130


def entry() -> NoReturn:
    """`studyapp` (the installed script), `python -m studyapp` and the frozen app."""
    sys.exit(main(leave_after_gui=True))
