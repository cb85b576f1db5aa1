"""An edit written back into a notes file, interrupted: killed between the file's write
and the store's, or the file saved by an editor while the edit is written. The
person's progress and the editor's text both survive."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studyapp.core import writeback
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import STORED, WRITTEN, edit_question
from tests.helpers.cards import record

NOTES = """# Interview notes

## Statistics

### What is variance?

The average squared distance
from the mean.

### What is a p-value?

The chance of data at least this extreme under the null.
"""


def _seed(folder: Path, notes_text: str = NOTES) -> tuple[Path, Path, str]:
    notes, db = folder / "notes.md", folder / "db.sqlite3"
    notes.write_text(notes_text, encoding="utf-8")
    with Store.open(db) as store:
        import_file(store, notes)
        qid = next(q.id for q in store.questions() if q.title == "What is variance?")
        record(store, qid, 3, 5.0, "study", 1)
    return notes, db, qid


_KILLED_AFTER_THE_FILE = """
import os, signal, sys
from pathlib import Path
from studyapp.core.store import Store
from studyapp.core.writeback import edit_question

notes, db, qid, title, answer = sys.argv[1:]
replace = os.replace

def replace_then_die(src, dst):
    replace(src, dst)
    if Path(dst) == Path(notes):
        os.kill(os.getpid(), signal.SIGKILL)  # the file has the edit, the store not yet

os.replace = replace_then_die
with Store.open(db) as store:
    edit_question(store, qid, title, answer)
"""


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL")
@pytest.mark.parametrize(
    ("title", "answer"),
    [
        ("Explain the variance of a sample", "E[(X - mu)^2], over n - 1."),
        ("Variance: define it", "The mean of squared deviations."),
    ],
)
def test_killed_right_after_the_file_is_written_the_question_keeps_its_progress(
    tmp_path, title, answer
):
    notes, db, qid = _seed(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(_KILLED_AFTER_THE_FILE),
            str(notes),
            str(db),
            qid,
            title,
            answer,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert f"### {title}" in notes.read_text(encoding="utf-8")  # the file took the edit

    with Store.open(db) as store:  # the next start: the changed file is imported again
        import_file(store, notes)
        question = next(q for q in store.questions() if q.title == title)
        assert question.id == qid
        assert [r.question_id for r in store.reviews()] == [qid]


def test_an_editor_saving_the_file_meanwhile_keeps_its_text_and_the_edit(tmp_path, monkeypatch):
    notes, db, qid = _seed(tmp_path)
    saved_by_editor = NOTES + "\n### What is a z-score?\n\nDistance from the mean in SDs.\n"
    reads_back = writeback._reads_back

    def editor_saves_meanwhile(*args, **kwargs):
        notes.write_text(saved_by_editor, encoding="utf-8")
        return reads_back(*args, **kwargs)

    monkeypatch.setattr(writeback, "_reads_back", editor_saves_meanwhile)
    with Store.open(db) as store:
        result = edit_question(store, qid, "What is the variance?", "E[(X - mu)^2].")

        assert result.outcome == STORED, result.message
        assert "changed by another program" in result.message
        assert notes.read_text(encoding="utf-8") == saved_by_editor
        edited = store.question(qid)
        assert edited is not None and edited.title == "What is the variance?"
        assert not list(tmp_path.glob(".notes.md.*.tmp"))


def test_an_edit_written_normally_still_says_written(tmp_path):
    _, db, qid = _seed(tmp_path)
    with Store.open(db) as store:
        result = edit_question(store, qid, "What is the variance?", "E[(X - mu)^2].")
        assert result.outcome == WRITTEN, result.message
        assert result.backup is not None and result.backup.read_text(encoding="utf-8") == NOTES
        assert [r.question_id for r in store.reviews()] == [qid]
