"""A document saved under an ending not its own (a .docx or a PDF renamed .md or .txt,
as a download, a chat app or a careless "Save as" leaves it) is read as what it is.

It was refused as "a binary file (a ZIP archive of 2 other files, no notes)" or "(a
PDF document), not text notes", though StudyApp reads the same bytes named .docx or
.pdf. The file on disk is left as it is; bytes that are no document it reads are
still refused, saying what they are."""

from __future__ import annotations

import shutil

import pytest

from studyapp.core.importer import import_file, parse_notes
from studyapp.core.model import NotesFileError
from studyapp.core.store import Store
from tests.helpers.pdf_notes import write_pdf
from tests.helpers.slides import write_pptx
from tests.helpers.word import odt_heading, odt_paragraph, paragraph, write_docx, write_odt


def java_docx(folder):
    """A Word document of two questions, java.docx in `folder`."""
    return write_docx(
        folder / "java.docx",
        paragraph("Heading2", "What is the JVM?"),
        paragraph(None, "The machine that runs bytecode."),
        paragraph("Heading2", "What is a final class?"),
        paragraph(None, "One that cannot be extended."),
    )


def _read_as(real, named):
    shutil.copyfile(real, named)
    before = named.read_bytes()
    doc = parse_notes(named)
    assert named.read_bytes() == before  # left as it is
    return [q.title for q in doc.questions]


def test_a_word_document_renamed_md_reads_as_the_document(tmp_path):
    real = java_docx(tmp_path)
    read = [q.title for q in parse_notes(real).questions]
    assert read == ["What is the JVM?", "What is a final class?"]
    assert _read_as(real, tmp_path / "java_renamed.md") == read
    assert _read_as(real, tmp_path / "java notes.txt") == read


def test_an_opendocument_text_and_slides_renamed_read_as_what_they_are(tmp_path):
    odt = write_odt(
        tmp_path / "os.odt",
        odt_heading(2, "What is a page fault?"),
        odt_paragraph("A page not in memory was touched."),
    )
    assert _read_as(odt, tmp_path / "os.md") == ["What is a page fault?"]
    pptx = write_pptx(
        tmp_path / "deck.pptx",
        [{"title": "What is a deadlock?", "body": [("Each waits for another's lock.", 0)]}],
    )
    assert _read_as(pptx, tmp_path / "deck.txt") == ["What is a deadlock?"]


def test_a_pdf_renamed_md_reads_as_the_pdf_and_imports(qapp, tmp_path):
    real = write_pdf(
        tmp_path / "os_guide.pdf",
        "<h2>What is a mutex?</h2><p>A lock only one thread holds at a time.</p>"
        "<h2>What is a semaphore?</h2><p>A counter of free slots.</p>",
    )
    read = [q.title for q in parse_notes(real).questions]
    assert read == ["What is a mutex?", "What is a semaphore?"]
    renamed = tmp_path / "os_guide_renamed.md"
    assert _read_as(real, renamed) == read
    with Store.open(tmp_path / "db.sqlite3") as store:
        assert import_file(store, renamed).new == 2


def test_a_zip_of_other_files_renamed_md_is_still_refused_saying_what_it_is(tmp_path):
    import zipfile

    path = tmp_path / "pictures.md"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.png", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(NotesFileError, match="a ZIP archive"):
        parse_notes(path)


def test_the_import_says_the_document_was_read_as_what_it_is(tmp_path, capsys):
    from studyapp.cli import main
    from studyapp.core.textio import saved_as

    real = java_docx(tmp_path)
    renamed = tmp_path / "java_renamed.md"
    shutil.copyfile(real, renamed)
    data = tmp_path / "data"
    for dry in (["--dry-run"], []):
        assert main(["--data-dir", str(data), "import", str(renamed), *dry]) == 0
        out = capsys.readouterr().out
        assert "java_renamed.md is a Word document saved as .md: read as one" in out
        assert "Renamed to .docx" in out
    assert saved_as(real) == ""  # under its own ending: nothing to say
    (tmp_path / "notes.md").write_text("# Q\n\n## What is a JAR?\n\nA zip of classes.\n")
    assert saved_as(tmp_path / "notes.md") == ""
