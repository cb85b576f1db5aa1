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
from tests.helpers.word import (
    mono,
    odt_heading,
    odt_list,
    odt_mono,
    odt_paragraph,
    odt_table,
    paragraph,
    table,
    write_docx,
    write_odt,
)


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
        (cut, "cut.docx: the document is damaged"),
        (other, "sheet.docx: this is not a Word or OpenDocument text"),
        (empty, "empty.docx: the document is empty"),
    ):
        with pytest.raises(NotesFileError) as caught:
            parse_file(path)
        assert str(caught.value).startswith(said), str(caught.value)


def test_an_opendocument_text_reads_as_it_shows(tmp_path):
    """LibreOffice's own format: the same notes as a Word document give the same."""
    doc = write_odt(
        tmp_path / "net.odt",
        odt_paragraph("Networking prep", style="P1"),
        odt_heading(1, "Transport"),
        odt_heading(2, "What is TCP?"),
        odt_paragraph("A ", ("reliable", True), " byte stream; see __init__ and *args."),
        odt_list(["ordered", "acknowledged"]),
        odt_heading(2, "How do TCP and UDP differ?"),
        odt_paragraph("In what they promise:"),
        odt_table([["", "TCP", "UDP"], ["order", "yes", "no"]]),
        odt_heading(1, "Naming"),
        odt_heading(2, "What does DNS do?"),
        odt_paragraph("Names to addresses, in steps:"),
        odt_list(["ask the resolver", "cache the answer"], numbered=True),
        odt_paragraph("dig example.com", style="P2"),
        odt_paragraph("  +short", style="P2"),
    )
    parsed = parse_file(doc)
    assert parsed.deck_name == "Networking prep"
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is TCP?", ("Transport",)),
        ("How do TCP and UDP differ?", ("Transport",)),
        ("What does DNS do?", ("Naming",)),
    ]
    tcp, differ, dns = (render_markdown(q.answer_markdown) for q in parsed.questions)
    assert "<strong>reliable</strong>" in tcp and "__init__ and *args" in tcp
    assert "<li>ordered</li>" in tcp
    assert "<table" in differ and "UDP" in differ
    assert "<ol>" in dns and "<li>cache the answer</li>" in dns
    assert "dig example.com\n  +short" in dns


def test_bold_questions_in_an_opendocument_text(tmp_path):
    doc = write_odt(
        tmp_path / "py.odt",
        odt_paragraph(("Q: What is a closure?", True)),
        odt_paragraph("A: A function that keeps the names it was defined among."),
        odt_paragraph(("Q: What is a context manager?", True)),
        odt_paragraph("A: An object that sets up and tears down around a with block."),
    )
    assert [q.title for q in parse_file(doc).questions] == [
        "What is a closure?",
        "What is a context manager?",
    ]


def test_a_damaged_opendocument_text_says_so(tmp_path):
    doc = tmp_path / "bad.odt"
    with zipfile.ZipFile(doc, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content")  # cut short
    with pytest.raises(NotesFileError) as caught:
        parse_file(doc)
    assert str(caught.value).startswith("bad.odt: the document is damaged")
    # what to do before the XML reader's own words ("unclosed token: line 1, column 0")
    said = str(caught.value)
    assert said.index("save it again") < said.index("the part that failed:")


def test_a_document_that_unpacks_to_too_much_is_refused_before_it_is_read(tmp_path):
    """A small file that unpacks to hundreds of megabytes (a zip bomb, or a document
    of pasted data) is refused by its unpacked size, without unpacking it."""
    doc = tmp_path / "huge.docx"
    with zipfile.ZipFile(doc, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as part:
            block = b"<w:p/>" * (1024 * 1024 // 6)
            for _ in range(210):
                part.write(block)
    assert doc.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(NotesFileError) as caught:
        parse_file(doc)
    assert "huge.docx: the document unpacks to" in str(caught.value)


def test_code_in_a_monospace_font_is_code_and_keeps_its_indents(tmp_path):
    """Word users set code in Courier New or Consolas, not in a code style: it read as
    paragraphs in the text face, each line apart and its indentation gone."""
    doc = write_docx(
        tmp_path / "ml.docx",
        paragraph("Heading1", "How do you implement dropout?"),
        paragraph(None, "Like this, and call ", mono("dropout(x)", "Consolas"), " in training:"),
        paragraph(None, mono("def dropout(x, p=0.5):")),
        paragraph(None, mono("    mask = np.random.rand(*x.shape) > p")),
        paragraph(None, mono("    return x * mask / (1 - p)")),
        paragraph("Heading1", "How do you write a generator?"),
        paragraph(None, mono("def fib():\n    a, b = 0, 1\n    while True:", "Menlo", breaks=True)),
        paragraph(None, "It yields forever."),
    )
    dropout, generator = parse_file(doc).questions
    assert "`dropout(x)`" in dropout.answer_markdown
    assert (
        "```\ndef dropout(x, p=0.5):\n    mask = np.random.rand(*x.shape) > p\n"
        "    return x * mask / (1 - p)\n```"
    ) in dropout.answer_markdown
    assert "```\ndef fib():\n    a, b = 0, 1\n    while True:\n```" in generator.answer_markdown


def test_a_second_level_list_style_nests(tmp_path):
    doc = write_docx(
        tmp_path / "sql.docx",
        paragraph("Heading1", "What are the join types?"),
        paragraph("ListBullet", "INNER"),
        paragraph("ListBullet", "OUTER"),
        paragraph("ListBullet2", "LEFT"),
        paragraph("ListBullet2", "RIGHT"),
        paragraph("ListBullet", "CROSS"),
    )
    (joins,) = parse_file(doc).questions
    html = render_markdown(joins.answer_markdown).replace("\n", "")
    assert "<p>OUTER</p><ul><li>LEFT</li><li>RIGHT</li></ul>" in html
    assert html.count("<ul>") == 2


def test_code_in_a_monospace_font_in_an_opendocument_text(tmp_path):
    doc = write_odt(
        tmp_path / "ml.odt",
        odt_heading(1, "How do you implement dropout?"),
        odt_paragraph("Call ", odt_mono("dropout(x)"), " in training:"),
        odt_paragraph(odt_mono("def dropout(x, p=0.5):")),
        odt_paragraph(odt_mono("    return x * mask / (1 - p)")),
        odt_heading(1, "How do you reverse a list?"),
        odt_paragraph("xs[::-1]", style="P3"),  # the paragraph's own font
        odt_paragraph("or reversed(xs)."),
    )
    dropout, reverse = parse_file(doc).questions
    assert "`dropout(x)`" in dropout.answer_markdown
    assert "```\ndef dropout(x, p=0.5):\n    return x * mask / (1 - p)\n```" in (
        dropout.answer_markdown
    )
    assert reverse.answer_markdown.startswith("```\nxs[::-1]\n```")
