"""Import Notes… answers its click at once: the preview dialog opens without loading
the parsing stack on the window's thread (its worker loads it to read the file). The
dialog's module brought the whole reader with it, and the first preview of a session
held the window for 350-600 ms before the dialog showed (bench_import_stalls.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# A start's window has the store open; the preview dialog is opened on a file, its
# parse (the worker's) left unstarted: what is loaded then is the click's own doing.
SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from studyapp.core.store import Store
Store.open(sys.argv[1]).close()
from studyapp.ui.import_preview import ImportPreviewDialog

class Unstarted:
    def start(self, task):
        pass

dialog = ImportPreviewDialog(sys.argv[1], sys.argv[2], Unstarted())
dialog.show()
app.processEvents()
print(dialog.state.text())
reader = ("studyapp.core.parse", "studyapp.core.importer", "studyapp.core.import_preview",
          "studyapp.core.repair", "studyapp.core.reparse")
print(sorted(m for m in sys.modules if m in reader or m.startswith("studyapp.core.parse.")))
"""


@pytest.mark.parametrize("name", ["notes.md", "deck.apkg"])
def test_opening_the_preview_loads_no_reader_on_the_window_s_thread(tmp_path, name):
    notes = tmp_path / name
    notes.write_bytes(b"# Notes\n\n## What is a heap?\n\nA tree ordered by priority.\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "store.sqlite3"), str(notes)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    said, loaded = result.stdout.strip().splitlines()[-2:]
    assert said.startswith("Finding questions")  # the dialog is up, its parse to come
    assert loaded == "[]"
