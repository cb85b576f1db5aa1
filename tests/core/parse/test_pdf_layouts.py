"""PDFs of notes laid out in ways beyond one plain column: italic words, text set in
two columns, tables whose cells wrap, a page printed alone with its browser's header
and footer. Each read as the person sees the page. The PDFs are made here: printed by
Qt from HTML, or written by hand as simple generators write them
(tests.helpers.pdf_notes)."""

from __future__ import annotations

import pytest

from studyapp.core.importer import parse_notes
from studyapp.core.render import render_markdown
from tests.helpers.pdf_notes import write_pdf, write_plain_pdf


@pytest.mark.parametrize("font", ["DejaVu Sans", "Nimbus Roman"])
def test_italic_words_in_a_printed_pdf_are_italic(qapp, tmp_path, font):
    html = (
        "<h2>What is a generator?</h2><p>A function that <i>yields</i> its values one at"
        " a time, <b>lazily <i>and</i> in order</b>, as <em>PEP 255</em> says.</p>"
        "<h2>What is <i>duck typing</i>?</h2><p>If it <i>walks like a duck</i>, it is one.</p>"
    )
    questions = parse_notes(write_pdf(tmp_path / "python.pdf", html, font=font)).questions
    assert [q.title for q in questions] == ["What is a generator?", "What is duck typing?"]
    assert questions[0].answer_markdown == (
        "A function that *yields* its values one at a time, **lazily *and* in order**,"
        " as *PEP 255* says."
    )
    assert questions[1].answer_markdown == "If it *walks like a duck*, it is one."
    assert "<em>walks like a duck</em>" in render_markdown(questions[1].answer_markdown)


def test_italic_fonts_and_slanted_letters_in_a_written_pdf_are_italic(tmp_path):
    """Helvetica-Oblique named, not embedded; and a paragraph in Helvetica drawn
    sheared, as an app slants a font that has no italic face."""
    blocks = [
        ("h2", "What is a closure?"),
        ("p", "A function that _keeps_ the names of its _enclosing scope_ alive."),
        ("slant", "Closures are how decorators remember the function they wrap."),
        ("p", "That is all it takes."),
    ]
    answer = parse_notes(write_plain_pdf(tmp_path / "closures.pdf", blocks)).questions[0]
    assert answer.answer_markdown == (
        "A function that *keeps* the names of its *enclosing scope* alive.\n\n"
        "*Closures are how decorators remember the function they wrap.*\n\n"
        "That is all it takes."
    )
