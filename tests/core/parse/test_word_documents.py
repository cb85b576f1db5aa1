"""Notes kept in Word (.docx, as Word, Google Docs' "Download → Microsoft Word" and
LibreOffice write it): read as the document shows them. A damaged or empty document,
or another file named .docx, says so and names the file."""

from __future__ import annotations

import zipfile

import pytest

from studyapp.core.importer import import_file
from studyapp.core.model import NotesFileError
from studyapp.core.parse import parse_file
from studyapp.core.render import render_markdown
from studyapp.core.store import Store
from tests.helpers.word import paragraph, table, write_docx


def _headed(path):
    return write_docx(
        path,
        paragraph("Title", "Networking prep"),
        paragraph("Heading1", "Transport"),
        paragraph("Heading2", "What is TCP?"),
        paragraph(None, "A ", ("reliable", True), " byte stream; see __init__ and *args."),
        paragraph("ListBullet", "ordered"),
        paragraph("ListBullet", "acknowledged"),
        paragraph("Heading2", "How do TCP and UDP differ?"),
        paragraph(None, "In what they promise:"),
        table([["", "TCP", "UDP"], ["order", "yes", "no"]]),
        paragraph("Heading1", "Naming"),
        paragraph("Heading2", "What does DNS do?"),
        paragraph(None, "Names to addresses."),
        paragraph("Code", "dig example.com"),
        paragraph("Code", "  +short"),
    )


def test_a_word_document_of_heading_questions_reads_as_it_shows(tmp_path):
    parsed = parse_file(_headed(tmp_path / "net.docx"))
    assert parsed.deck_name == "Networking prep"  # the Title style names the deck
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is TCP?", ("Transport",)),
        ("How do TCP and UDP differ?", ("Transport",)),
        ("What does DNS do?", ("Naming",)),
    ]
    tcp, differ, dns = (render_markdown(q.answer_markdown) for q in parsed.questions)
    assert "<strong>reliable</strong>" in tcp and "__init__ and *args" in tcp
    assert "<li>ordered</li>" in tcp and "<li>acknowledged</li>" in tcp
    assert "<table" in differ and "UDP" in differ and "order" in differ
    assert "dig example.com\n  +short" in dns  # a code style's lines, kept as written


def test_bold_numbered_questions_in_word_read_as_questions(tmp_path):
    doc = write_docx(
        tmp_path / "py.docx",
        paragraph(None, ("1. What is a decorator?", True)),
        paragraph(None, "A function that wraps another."),
        paragraph(None, ("2. What is a generator?", True)),
        paragraph(None, "A function that yields values lazily:"),
        paragraph("ListNumber", "it keeps its state"),
        paragraph("ListNumber", "it resumes where it stopped"),
        paragraph(None, ("3. What does GIL stand for?", True)),
        paragraph(None, "Global interpreter lock."),
    )
    questions = parse_file(doc).questions
    assert [q.title for q in questions] == [
        "What is a decorator?",
        "What is a generator?",
        "What does GIL stand for?",
    ]
    assert "<ol>" in render_markdown(questions[1].answer_markdown)


def test_a_word_document_imports_and_an_unchanged_one_reads_as_unchanged(tmp_path):
    doc = _headed(tmp_path / "net.docx")
    with Store.open(tmp_path / "s.sqlite3") as store:
        first = import_file(store, doc)
        again = import_file(store, doc)
        assert (first.new, again.new, again.updated, again.removed) == (3, 0, 0, 0)
        assert [d.name for d in store.decks()] == ["Networking prep"]


def test_a_damaged_empty_or_other_docx_says_so(tmp_path):
    whole = _headed(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])  # a copy that stopped half-way
    other = tmp_path / "sheet.docx"
    with zipfile.ZipFile(other, "w") as package:
        package.writestr("xl/workbook.xml", "<workbook/>")  # a spreadsheet, misnamed
    empty = write_docx(tmp_path / "empty.docx", paragraph(None, ""))
    for path, said in (
        (cut, "cut.docx: the Word document is damaged"),
        (other, "sheet.docx: this is not a Word document"),
        (empty, "empty.docx: the document is empty"),
    ):
        with pytest.raises(NotesFileError) as caught:
            parse_file(path)
        assert str(caught.value).startswith(said), str(caught.value)
