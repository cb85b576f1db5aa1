"""A deck exported (.apkg, .csv) over an earlier export on a disk that fills up: a
plain message, no traceback, and the earlier file stays whole."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="RLIMIT_FSIZE")

NOTES = "# Deck\n\n## Topic\n\n" + "".join(
    f"### Question number {i}?\n\n" + "An answer with some words. " * 30 + "\n\n" for i in range(60)
)


def _export(data: Path, out: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    def file_size_limit() -> None:  # in the child: a write past `limit` fails (EFBIG)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    command = ["export-deck", "--out", str(out), "1"]
    return subprocess.run(
        [sys.executable, "-m", "studyapp", "--data-dir", str(data), *command],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=file_size_limit if limit is not None else None,
    )


@pytest.mark.parametrize(("name", "limit"), [("deck.apkg", 4096), ("deck.csv", 20_000)])
def test_an_export_on_a_full_disk_says_so_and_keeps_the_earlier_file(tmp_path, name, limit):
    data = tmp_path / "data"
    data.mkdir()
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    with Store.open(data / "studyapp.sqlite3") as store:
        import_file(store, notes)
    out = tmp_path / name
    first = _export(data, out)
    assert first.returncode == 0, first.stderr
    earlier = out.read_bytes()

    done = _export(data, out, limit)

    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "full" in done.stderr or "too large" in done.stderr.casefold()
    assert out.read_bytes() == earlier
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
