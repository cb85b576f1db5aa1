"""An import killed while it still read its file ("Reading many2 — 0 %", `kill -9`)
left no note, and the next start said nothing, where one killed while saving said
"Import did not finish". From the person's side both are "pressed Import, got
killed": the window's Import and the `import` command now note the import from the
moment it is asked for, and the next start says honestly that nothing of it was
imported, with Import Again."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import Store

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[3]

# The window's import (its worker's task, run here on this thread), killed at a step.
WINDOW_IMPORT = """
import os, signal, sys
from studyapp.ui.import_worker import ImportTask

def progress(step, percent):
    if step.startswith(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)

task = ImportTask(sys.argv[1], [sys.argv[2]])
task.signals.progress.connect(progress)
task.run()
"""

# `studyapp import`, killed at a step its progress line shows.
COMMAND_IMPORT = """
import os, signal, sys
from pathlib import Path
from studyapp.commands import progress

told = progress.ImportProgress.__call__

def heard(self, step, percent):
    if step.startswith(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
    return told(self, step, percent)

progress.ImportProgress.__call__ = heard
from studyapp.cli import main
sys.exit(main(["--data-dir", str(Path(sys.argv[1]).parent), "import", sys.argv[2]]))
"""


def notes_of_many(tmp_path: Path, kind: str) -> Path:
    """Notes to import: a folder of several files, or one file."""
    if kind == "file":
        notes = tmp_path / "many.md"
        notes.write_text("# Many\n\n## What is a heap?\n\nA tree.\n", encoding="utf-8")
        return notes
    folder = tmp_path / "many2"
    folder.mkdir()
    for n in range(4):
        (folder / f"part {n}.md").write_text(f"# Part {n}\n\n## Q{n}?\n\nA{n}.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", ["folder", "file"])
@pytest.mark.parametrize("where", ["window", "command"])
def test_an_import_killed_while_reading_is_said_at_the_next_start(
    qtbot, make_window, tmp_path, where, kind
):
    data = tmp_path / "data"
    data.mkdir()
    store_path = data / "studyapp.sqlite3"
    Store.open(store_path).close()
    notes = notes_of_many(tmp_path, kind)
    child = WINDOW_IMPORT if where == "window" else COMMAND_IMPORT
    done = subprocess.run(
        [sys.executable, "-c", child, str(store_path), str(notes), "Reading"],
        cwd=ROOT,
        capture_output=True,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()

    with Store.open(store_path) as store:
        window = make_window(store=store)
        notices = [m for m in window.messages.shown if m[0] == "notice"]
        ((_kind, title, text),) = notices
        assert title == "Import did not finish" and str(notes) in text
        assert "Nothing of it was imported" in text  # honest: killed before any saving
        assert store.decks() == []
        action, work = window.messages.actions[title]
        assert action == "Import Again"
        files = window.controllers["files"]
        with qtbot.waitSignal(files.importer.finished, timeout=20_000) as blocker:
            work()
        assert blocker.args[0].errors == [] and len(store.decks()) >= 1
        window.close()
