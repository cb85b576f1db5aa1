"""`studyapp parse real.docx` headed its output "[markdown, …]" and placed each
question at "(line 3)" of a Markdown text the person never sees: a Word document is
named as one, and its questions are listed without lines."""

from __future__ import annotations

import pytest

from studyapp.cli import main
from tests.helpers.word import odt_heading, odt_paragraph, paragraph, write_docx, write_odt


def word(tmp_path):
    return write_docx(
        tmp_path / "java.docx",
        paragraph("Heading2", "What is the JVM?"),
        paragraph(None, "The machine that runs bytecode."),
        paragraph("Heading2", "What is a final class?"),
        paragraph(None, "One that cannot be extended."),
    )


def opendocument(tmp_path):
    return write_odt(
        tmp_path / "os.odt",
        odt_heading(2, "What is a page fault?"),
        odt_paragraph("A page not in memory was touched."),
        odt_heading(2, "What is a TLB?"),
        odt_paragraph("A cache of page table entries."),
    )


@pytest.mark.parametrize(
    ("make", "kind"), [(word, "Word document"), (opendocument, "OpenDocument text")]
)
def test_parse_names_a_document_as_what_it_is_without_lines(tmp_path, capsys, make, kind):
    path = make(tmp_path)
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    head = out.splitlines()[0]
    assert f"[{kind}, 2 questions" in head and "markdown" not in head
    assert "(line " not in out


def test_parse_of_markdown_still_places_questions_at_their_lines(tmp_path, capsys):
    notes = tmp_path / "notes.md"
    notes.write_text("# N\n\n## What is a heap?\n\nA tree.\n", encoding="utf-8")
    assert main(["parse", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "[markdown, 1 question" in out and "What is a heap?  (line 3)" in out
