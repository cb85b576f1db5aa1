"""An import reads each notes file once: a folder's parse read each file again to check
its lines, and an import or its preview hashed a file's text before parsing it, so a
PDF's pages were laid out twice (a Word document's unpacked twice), on both cores of a
slow machine for a folder of exported PDFs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from studyapp.core import textio
from studyapp.core.importer import import_file, read_for_import
from studyapp.core.parse import parse_path
from studyapp.core.parse import pdf as pdf_module
from studyapp.core.store import Store
from tests.helpers.pdf_notes import write_plain_pdf


@pytest.fixture
def made(monkeypatch) -> Counter:
    """How many times each PDF's text was made."""
    counts: Counter = Counter()
    real = pdf_module.pdf_markdown

    def counted(data: bytes, name: str) -> str:
        counts[name] += 1
        return real(data, name)

    monkeypatch.setattr(pdf_module, "pdf_markdown", counted)
    return counts


def _exports(folder: Path) -> Path:
    folder.mkdir()
    write_plain_pdf(
        folder / "ml.pdf",
        [("h1", "ML notes"), ("h2", "What is overfitting?"), ("p", "Fitting the noise.")],
    )
    write_plain_pdf(
        folder / "os.pdf",
        [("h1", "OS notes"), ("h2", "What is a thread?"), ("p", "A path of execution.")],
    )
    (folder / "web.md").write_text("# Web\n\n## What is CORS?\n\nA browser rule.\n")
    return folder


def test_a_folder_parse_reads_each_pdf_once(tmp_path, made):
    doc = parse_path(_exports(tmp_path / "exports"))
    assert len(doc.questions) == 3
    assert made == {"ml.pdf": 1, "os.pdf": 1}


def test_a_folder_import_and_its_preview_read_each_pdf_once(tmp_path, made):
    folder = _exports(tmp_path / "exports")
    reading = read_for_import(folder, None)
    assert made == {"ml.pdf": 1, "os.pdf": 1}
    with Store.open(tmp_path / "s.sqlite3") as store:
        assert import_file(store, folder, reading=reading).new == 3
    assert made == {"ml.pdf": 1, "os.pdf": 1}  # the preview's parse taken as it is


def test_a_pdf_imported_alone_is_read_once(tmp_path, made):
    folder = _exports(tmp_path / "exports")
    with Store.open(tmp_path / "s.sqlite3") as store:
        assert import_file(store, folder / "ml.pdf").new == 1  # its hash, then its parse
    assert made == {"ml.pdf": 1}


def test_a_file_changed_while_read_once_is_read_again(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# A\n")
    with textio.reading_once():
        assert textio.read_notes(note) == "# A\n"
        note.write_text("# Changed\n")
        assert textio.read_notes(note) == "# Changed\n"
    assert textio.read_notes(note) == "# Changed\n"
