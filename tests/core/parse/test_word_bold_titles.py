"""A word processor's document whose first line is set in plain bold, not in the Title
style ("**Networking prep**" over the Heading 1 sections): that line names the deck,
as a Title does, and the headings under it read as under a Title. Before, it was
skipped as an intro and the deck took the file's name (or a lone Heading 1's)."""

from __future__ import annotations

from studyapp.core.parse import parse_file
from tests.helpers.word import odt_heading, odt_paragraph, paragraph, write_docx, write_odt


def test_a_word_documents_bold_first_line_names_the_deck_over_its_sections(tmp_path):
    doc = write_docx(
        tmp_path / "net.docx",
        paragraph(None, ("Networking prep", True)),
        paragraph("Heading1", "Transport"),
        paragraph("Heading2", "What is TCP?"),
        paragraph(None, "A reliable byte stream."),
        paragraph("Heading2", "What is UDP?"),
        paragraph(None, "Datagrams, with no promise of order."),
        paragraph("Heading1", "Naming"),
        paragraph("Heading2", "What does DNS do?"),
        paragraph(None, "Names to addresses."),
    )
    parsed = parse_file(doc)
    assert parsed.deck_name == "Networking prep"
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is TCP?", ("Transport",)),
        ("What is UDP?", ("Transport",)),
        ("What does DNS do?", ("Naming",)),
    ]
    assert [r.reason for r in parsed.skipped] == ["title", "section heading", "section heading"]
    # a bold first line that asks is a question, one that leads in names nothing
    asks = write_docx(
        tmp_path / "a.docx",
        paragraph(None, ("What is TCP?", True)),
        paragraph(None, "A reliable byte stream."),
        paragraph(None, ("What is UDP?", True)),
        paragraph(None, "Datagrams."),
    )
    assert [q.title for q in parse_file(asks).questions] == ["What is TCP?", "What is UDP?"]
    note = write_docx(
        tmp_path / "b.docx",
        paragraph(None, ("Read before the exam:", True)),
        paragraph("Heading1", "What is TCP?"),
        paragraph(None, "A reliable byte stream."),
        paragraph("Heading1", "What is UDP?"),
        paragraph(None, "Datagrams."),
    )
    assert parse_file(note).deck_name == "b"


def test_a_fresh_opendocuments_bold_first_line_over_one_section_names_the_deck(tmp_path):
    """Another person's, from LibreOffice: the bold line over one Heading 1, which is
    then a section of it, not the deck's name."""
    doc = write_odt(
        tmp_path / "os.odt",
        odt_paragraph(("Operating systems – final exam", True)),
        odt_heading(1, "Processes"),
        odt_heading(2, "What is a process?"),
        odt_paragraph("A program running, with its own memory."),
        odt_heading(2, "What is a context switch?"),
        odt_paragraph("Saving one thread's registers and loading another's."),
    )
    parsed = parse_file(doc)
    assert parsed.deck_name == "Operating systems – final exam"
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a process?", ("Processes",)),
        ("What is a context switch?", ("Processes",)),
    ]


def _preview(path):
    from studyapp.core import reparse
    from studyapp.core.import_preview import preview_import
    from studyapp.core.store import Store

    reparse.forget()
    with Store.open(path.parent / "store.sqlite3") as store:
        return preview_import(store, path)


def test_the_preview_names_a_word_documents_headings_by_their_styles_under_a_title(tmp_path):
    """A Title puts Heading 1 a level down (a section of the document it names): the
    preview said "level-3 headings" for the questions the person set in Heading 2."""
    doc = write_docx(
        tmp_path / "net.docx",
        paragraph("Title", "Networking prep"),
        paragraph("Heading1", "Transport"),
        paragraph("Heading2", "What is TCP?"),
        paragraph(None, "A reliable byte stream."),
        paragraph("Heading2", "What is UDP?"),
        paragraph(None, "Datagrams."),
    )
    preview = _preview(doc)
    assert preview.unit_label(preview.unit, 2) == "level-2 headings (Heading 2) — 2 questions"
    # without a Title, the levels are the styles' own
    plain = write_docx(
        tmp_path / "plain.docx",
        paragraph("Heading1", "Transport"),
        paragraph("Heading2", "What is TCP?"),
        paragraph(None, "A reliable byte stream."),
        paragraph("Heading2", "What is UDP?"),
        paragraph(None, "Datagrams."),
    )
    preview = _preview(plain)
    assert preview.unit_label(preview.unit, 2) == "level-2 headings (Heading 2) — 2 questions"


def test_a_fresh_opendocuments_heading_1_questions_under_a_bold_title_are_named_so(tmp_path):
    doc = write_odt(
        tmp_path / "git.odt",
        odt_paragraph(("Git before the interview", True)),
        odt_heading(1, "What does git rebase do?"),
        odt_paragraph("Replays commits on another base."),
        odt_heading(1, "What is a detached HEAD?"),
        odt_paragraph("HEAD pointing at a commit, not a branch."),
        odt_heading(1, "How do you undo a pushed commit?"),
        odt_paragraph("git revert, which adds a commit that undoes it."),
    )
    preview = _preview(doc)
    assert preview.deck_name == "Git before the interview"
    assert preview.unit_label(preview.unit, 3) == "level-1 headings (Heading 1) — 3 questions"
