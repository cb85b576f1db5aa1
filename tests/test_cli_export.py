"""`studyapp export-weak` as a user meets it: a real process without a display, its
exit codes (0 written, 3 nothing to export but written, 2 a path it cannot write)
and the PDF it leaves."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from studyapp.cli import EXIT_NOTHING_TO_EXPORT, EXIT_OK, EXIT_USER_ERROR
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.history import STRONG, WEAK, doc, ids, record

QUESTIONS = (
    ("What is variance?", "The mean squared distance from the mean.", ("Statistics",)),
    ("What is a p-value?", "The chance of data this extreme under H0.", ("Statistics",)),
    ("What is a decision tree?", "A model that splits on features.", ("Models",)),
    ("What is bagging?", "Bootstrap aggregating.", ("Models",)),
)


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must go offscreen by itself
    env.update(STUDYAPP_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO_ROOT,
    )


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        store.import_document(doc(QUESTIONS), str(tmp_path / "notes.md"), "h1")
    return folder


def study(data_dir: Path, weak: list[str], strong: list[str]) -> None:
    now = datetime.now(UTC)  # the command scores at the real time
    with Store.open(store_path(data_dir)) as store:
        q = ids(store)
        for title in weak:
            record(store, q[title], WEAK, now)
        for title in strong:
            record(store, q[title], STRONG, now)


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_success_writes_the_pdf_and_says_where(data_dir, tmp_path):
    study(data_dir, ["What is variance?", "What is bagging?"], ["What is a p-value?"])
    out = tmp_path / "weak.pdf"
    result = run("export-weak", "--out", str(out), data_dir=data_dir)
    assert result.returncode == EXIT_OK == 0, result.stderr
    # the cover, then both questions, one after the other under it
    assert f"Wrote {out}: 1 page, 2 weak questions in 2 topics." in result.stdout
    assert result.stderr == ""
    text = text_of(out)
    assert "What is variance?" in text and "What is bagging?" in text
    assert "What is a p-value?" not in text


def test_topic_and_limit_narrow_the_export(data_dir, tmp_path):
    study(data_dir, ["What is variance?", "What is a p-value?", "What is bagging?"], [])
    out = tmp_path / "stats.pdf"
    result = run(
        "export-weak", "--out", str(out), "--topic", "statistics", "--limit", "1",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert "1 page, 1 weak question in 1 topic." in result.stdout
    text = text_of(out)
    assert "What is bagging?" not in text
    assert ("What is variance?" in text) != ("What is a p-value?" in text)


def test_nothing_studied_writes_a_one_page_pdf_and_exits_3(data_dir, tmp_path):
    out = tmp_path / "empty.pdf"
    result = run("export-weak", "--out", str(out), data_dir=data_dir)
    assert result.returncode == EXIT_NOTHING_TO_EXPORT == 3
    assert result.stdout.startswith("Nothing studied yet")
    assert str(out) in result.stdout and result.stderr == ""
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "Nothing studied yet" in text_of(out)


def test_nothing_weak_also_exits_3(data_dir, tmp_path):
    study(data_dir, [], ["What is variance?"])
    out = tmp_path / "strong.pdf"
    result = run("export-weak", "--out", str(out), data_dir=data_dir)
    assert result.returncode == EXIT_NOTHING_TO_EXPORT
    assert result.stdout.startswith("No weak questions among the 1 studied")
    assert len(PdfReader(out).pages) == 1


def test_a_missing_folder_is_made_as_a_deck_export_makes_it(data_dir, tmp_path):
    """`--out reports/weak.pdf` in a folder not made yet: made, as `export-deck` does."""
    study(data_dir, ["What is variance?"], [])
    out = tmp_path / "reports" / "2026" / "weak.pdf"
    result = run("export-weak", "--out", str(out), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) >= 1


def test_the_docs_say_a_missing_folder_is_made_not_an_error():
    """The documented exit table (README, now docs/command-line.md) gave "a missing
    folder" exit 2, while the command made it (as `export-deck` does): a person typing
    `--out reports/weak.pdf` means there."""
    readme = (REPO_ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    table = readme[readme.index("`studyapp export-weak` exits with:") :]
    rows = {line.split("|")[1].strip(): line for line in table.splitlines()[4:7]}
    assert "missing folder" not in rows["2"]
    assert "is made" in rows["0"] and "export-deck" in rows["0"]


def test_a_name_not_ending_in_pdf_is_told_what_to_give(data_dir, tmp_path):
    result = run("export-weak", "--out", str(tmp_path / "weak.txt"), data_dir=data_dir)
    assert result.returncode == EXIT_USER_ERROR
    assert result.stderr == (
        f"studyapp: {tmp_path / 'weak.txt'}: the weak topics are written as a PDF: give a"
        " file name ending in .pdf, such as weak.pdf\n"
    )


@pytest.mark.parametrize(
    ("where", "args"),
    [
        ("a path under a file", ("--out", "{tmp}/a-file/sub/weak.pdf")),
        ("a folder itself", ("--out", "{tmp}")),
        ("an unknown topic", ("--out", "{tmp}/x.pdf", "--topic", "Cooking")),
        ("a limit below 1", ("--out", "{tmp}/x.pdf", "--limit", "0")),
        ("an unknown deck", ("--out", "{tmp}/x.pdf", "--deck", "Nope")),
        ("a name that is not a PDF's", ("--out", "{tmp}/weak.txt")),
    ],
)
def test_errors_exit_2_with_one_line(data_dir, tmp_path, where, args):
    study(data_dir, ["What is variance?"], [])
    (tmp_path / "a-file").write_text("not a folder")
    before = sorted(tmp_path.rglob("*"))
    result = run("export-weak", *(a.format(tmp=tmp_path) for a in args), data_dir=data_dir)
    assert result.returncode == EXIT_USER_ERROR == 2, (where, result.stdout, result.stderr)
    assert result.stderr.startswith("studyapp: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert sorted(tmp_path.rglob("*")) == before  # nothing written
