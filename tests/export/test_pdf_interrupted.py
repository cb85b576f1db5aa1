"""The weak-topics PDF, interrupted. Written over an existing one on a disk that fills
up as the file is written: the person's PDF stays as it was, whole, and the command
says so (QPdfWriter does not report its last writes failing; the file is checked).
Killed mid-way: the part file it leaves goes at a later export."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import Store
from tests.history import WEAK, doc, ids, record

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="RLIMIT_FSIZE")


def _export(
    data: Path, out: Path, limit: int | None = None, *, before: str = ""
) -> subprocess.CompletedProcess:
    def file_size_limit() -> None:  # in the child: a write past `limit` fails (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = ["--data-dir", str(data), "export-weak", "--out", str(out)]
    run = f"{before}\nfrom studyapp.cli import main\nraise SystemExit(main({command!r}))"
    return subprocess.run(
        [sys.executable, "-c", run],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=file_size_limit if limit is not None else None,
    )


@pytest.fixture
def studied_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    titles = [f"Weak question number {i}?" for i in range(12)]
    with Store.open(data / "studyapp.sqlite3") as store:
        answers = ("An answer with a **bold** word.\n\n" + "More text. " * 80 for _ in titles)
        store.import_document(
            doc(zip(titles, answers, [("Topic",)] * len(titles), strict=True)),
            str(tmp_path / "notes.md"),
            "h1",
        )
        for qid in ids(store).values():
            record(store, qid, WEAK)
    return data


@pytest.mark.parametrize("short_by", [40, 3000])
def test_a_disk_filling_up_as_the_pdf_closes_keeps_the_pdf_there_was(
    studied_data, tmp_path, short_by
):
    out = tmp_path / "weak.pdf"
    first = _export(studied_data, out)
    assert first.returncode == 0, first.stderr
    good = out.read_bytes()

    done = _export(studied_data, out, limit=len(good) - short_by)

    assert done.returncode != 0
    assert "disk may be full" in done.stderr
    assert out.read_bytes() == good
    assert not list(tmp_path.glob("*.part"))


_KILLED_AT_THE_RENAME = """
import os, signal
os.replace = lambda src, dst: os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_part_file_of_an_export_killed_mid_way_goes_at_a_later_export(studied_data, tmp_path):
    out = tmp_path / "weak.pdf"
    killed = _export(studied_data, out, before=_KILLED_AT_THE_RENAME)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    (part,) = tmp_path.glob(".weak-*.pdf.part")
    long_ago = part.stat().st_mtime - 2 * 3600  # the app was killed two hours ago
    os.utime(part, (long_ago, long_ago))
    running = tmp_path / ".weak-1-0123abcd.pdf.part"  # another export, still running
    running.write_bytes(b"%PDF-")

    done = _export(studied_data, out)

    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert not part.exists()
    assert running.exists()
