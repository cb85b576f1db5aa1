"""`studyapp import big.md` printed nothing for the 40 s a 19 MB file took. On a
terminal it now follows the import's steps and percent on one line of stderr, wiped
at the end; in a log, a line per step once the import has run a moment, a quick
import or a refused file saying what they said before and nothing more."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from studyapp.commands.progress import ImportProgress

ROOT = Path(__file__).resolve().parents[1]
NOTES = (
    "# Notes\n\n## What is a tree?\n\nA graph without cycles.\n\n## What is a heap?\n\nA tree.\n"
)


def on_a_terminal(*args: str) -> tuple[str, str, int]:
    """`studyapp ARGS` with stderr a terminal: (what the terminal got, stdout, status)."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "studyapp", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=slave,
        text=True,
    )
    os.close(slave)
    said = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        said += chunk
    os.close(master)
    out, _ = child.communicate()
    return said.decode(), out, child.returncode


def screen(said: str) -> str:
    """What a terminal shows of `said` once written: each \\r goes back to the line's start."""
    lines = []
    for line in said.replace("\r\n", "\n").split("\n"):
        shown = ""
        for part in line.split("\r"):
            shown = part + shown[len(part) :]
        lines.append(shown.rstrip())
    return "\n".join(lines).strip()


def test_on_a_terminal_an_import_shows_its_steps_and_percent_then_wipes_them(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    said, out, status = on_a_terminal("import", str(notes), "--data-dir", str(tmp_path / "d"))
    assert status == 0 and "Notes: 2 new" in out
    steps = [part.split(" … ")[0].strip() for part in said.split("\r") if " … " in part]
    assert steps[0] == "Reading notes.md" and steps[-1] == "Done"
    assert "Saving notes.md: 0 of 2 questions … 82%" in said
    assert screen(said) == ""  # wiped: the terminal keeps only what the command says


def test_on_a_terminal_a_folder_import_counts_its_files_and_an_error_stays_one_line(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(4):
        (folder / f"part{n}.md").write_text(NOTES.replace("tree", f"tree {n}"), encoding="utf-8")
    said, _out, status = on_a_terminal("import", str(folder), "--data-dir", str(tmp_path / "d"))
    assert status == 0 and "of 4 files" in said and screen(said) == ""

    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01\x02 binary")
    said, _out, status = on_a_terminal("import", str(bad), "--data-dir", str(tmp_path / "d"))
    assert status == 2
    shown = screen(said).splitlines()
    assert len(shown) == 1 and shown[0].startswith("studyapp: ") and "bad.md" in shown[0]


def test_in_a_log_each_step_is_one_line_once_the_import_has_run_a_moment():
    log = io.StringIO()
    progress = ImportProgress(log, quiet_seconds=3600)  # its timer is not waited for
    progress("Reading big.md", 5)
    progress("Finding questions in big.md", 30)
    assert log.getvalue() == ""  # quick so far: nothing
    progress.wake()  # the quiet time is over: the step under way is said
    progress("Finding questions in big.md: 10 of 20 files", 45)  # the same step
    progress("Saving", 80)
    progress.end()
    assert log.getvalue().splitlines() == [
        "studyapp: Finding questions in big.md … 30%",
        "studyapp: Saving … 80%",
    ]


def test_in_a_log_a_quick_import_says_nothing_more():
    log = io.StringIO()
    progress = ImportProgress(log, quiet_seconds=3600)
    progress("Reading small.md", 5)
    progress("Done", 100)
    progress.end()
    progress.wake()  # a timer that fires late says nothing of an import that ended
    assert log.getvalue() == ""
