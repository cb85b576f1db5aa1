"""Command line: ``studyapp [gui]``, ``parse``, ``import``, ``repair``, ``--version``.

Errors the user can fix (a binary file, an empty file, a locked store) print
one line on stderr and exit with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import OrderedDict
from pathlib import Path

from studyapp import __version__

EXIT_OK = 0
EXIT_USER_ERROR = 2


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Study interview questions offline from your own Markdown notes.",
    )
    parser.add_argument("--version", action="version", version=f"StudyApp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the store lives (default: the user data folder; env STUDYAPP_DATA_DIR)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the window, show the first question, quit as soon as it has painted",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="start the app (the default)")

    parse = commands.add_parser("parse", help="show the questions found in a notes file")
    parse.add_argument("file", type=Path)
    parse.add_argument("--json", action="store_true", help="print the parse as JSON")
    parse.add_argument(
        "--keep-chat-noise",
        action="store_true",
        help='keep openers and closing offers ("Great question!", "Would you like…")',
    )

    imp = commands.add_parser("import", help="import notes files into the store")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--force", action="store_true", help="re-parse even an unchanged file")
    imp.add_argument("--keep-chat-noise", action="store_true")

    rep = commands.add_parser("repair", help="print a notes file with its encoding repaired")
    rep.add_argument("file", type=Path)
    rep.add_argument("--out", type=Path, help="write to this file instead of stdout")
    return parser


def _fail(message: str) -> int:
    print(f"studyapp: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def _open_store(data_dir: str | None):
    from studyapp.core.paths import data_dir as resolve_data_dir
    from studyapp.core.paths import store_path
    from studyapp.core.store import Store

    return Store.open(store_path(resolve_data_dir(data_dir)))


def cmd_parse(args: argparse.Namespace) -> int:
    from studyapp.core.importer import parse_notes
    from studyapp.core.titles import question_ids

    doc = parse_notes(args.file, keep_chat_noise=args.keep_chat_noise)
    ids = question_ids(doc.deck_name, [q.title for q in doc.questions])
    if args.json:
        payload = {
            "deck": doc.deck_name,
            "format": doc.format,
            "questions": [
                {
                    "id": qid,
                    "title": q.title,
                    "topic": " / ".join(q.topic_path),
                    "source_line": q.source_line,
                    "answer_markdown": q.answer_markdown,
                }
                for qid, q in zip(ids, doc.questions, strict=True)
            ],
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    by_topic: OrderedDict[str, list[str]] = OrderedDict()
    for q in doc.questions:
        by_topic.setdefault(" / ".join(q.topic_path) or "General", []).append(
            f"{q.title}  (line {q.source_line})"
        )
    print(f"{doc.deck_name}  [{doc.format}, {len(doc.questions)} questions]")
    for topic, titles in by_topic.items():
        print(f"\n{topic} ({len(titles)})")
        for title in titles:
            print(f"  - {title}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from studyapp.core.importer import import_file

    with _open_store(args.data_dir) as store:
        for path in args.files:
            summary = import_file(
                store, path, force=args.force, keep_chat_noise=args.keep_chat_noise
            )
            print(summary)
    return EXIT_OK


def cmd_repair(args: argparse.Namespace) -> int:
    from studyapp.core import repair, textio

    text = repair.repair_text(textio.read_notes(args.file))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from studyapp.app import run

    return run(data_dir=args.data_dir, smoke=args.smoke)


COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "parse": cmd_parse,
    "import": cmd_import,
    "repair": cmd_repair,
}


def main(argv: list[str] | None = None) -> int:
    from studyapp.core.model import StudyAppError

    args = _build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except StudyAppError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # `studyapp parse notes.md | head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
