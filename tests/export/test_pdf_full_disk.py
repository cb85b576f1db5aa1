"""The weak-topics PDF written over an existing one on a disk that fills up as the
file is written: the person's PDF stays as it was, whole, and the command says so.
(QPdfWriter does not report its last writes failing; the file is checked.)"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.store import Store
from tests.history import WEAK, doc, ids, record

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="RLIMIT_FSIZE")


def _export(data: Path, out: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    def file_size_limit() -> None:  # in the child: a write past `limit` fails (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = ["export-weak", "--out", str(out)]
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data), *command],
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
