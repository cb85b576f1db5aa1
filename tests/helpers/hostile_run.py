"""Run one notes file through everything a user's file meets; write what came out as JSON.

    python tests/helpers/hostile_run.py NOTES OUT.json

Parse (`importer.parse_notes`), import into a fresh store beside OUT.json
(`importer.import_file`), render every answer and the whole text
(`render.render_markdown`, images resolved against the notes' folder). A
StudyAppError is an expected outcome and is recorded; anything else escapes as a
traceback and a non-zero exit, which is what tests/core/test_hostile_inputs.py
calls a crash. The network guard is on: a network request raises.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def main(notes: Path, out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.helpers import netguard

    netguard.install()

    from studyapp.core import textio
    from studyapp.core.importer import import_file, parse_notes
    from studyapp.core.model import StudyAppError
    from studyapp.core.render import render_markdown
    from studyapp.core.store import Store

    result: dict[str, object] = {}
    started = time.perf_counter()
    try:
        doc = parse_notes(notes)
    except StudyAppError as exc:
        result["parse"] = {"error": type(exc).__name__, "message": str(exc)}
    else:
        result["parse"] = {
            "questions": len(doc.questions),
            "titles": [q.title for q in doc.questions],
            "source_lines": [q.source_line for q in doc.questions],
        }
        result["html"] = [
            render_markdown(q.answer_markdown, base_dir=notes.parent) for q in doc.questions
        ]
    result["parse_seconds"] = time.perf_counter() - started

    store_path = out.with_suffix(".sqlite3")
    with Store.open(store_path) as store:
        try:
            summary = import_file(store, notes)
        except StudyAppError as exc:
            result["import"] = {"error": type(exc).__name__, "message": str(exc)}
        else:
            result["import"] = {"new": summary.new, "stored": store.question_count()}
            # What the answer view shows comes from the store: render that too.
            result["stored_html"] = [
                render_markdown(q.answer_markdown, base_dir=notes.parent, theme="dark")
                for q in store.questions()
            ]

    try:
        text = textio.read_notes(notes)
    except StudyAppError:
        result["whole_html"] = None
    else:
        result["whole_html"] = render_markdown(text, base_dir=notes.parent)
        result["lines"] = text.count("\n") + 1
    result["seconds"] = time.perf_counter() - started
    out.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
