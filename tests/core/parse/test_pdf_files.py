"""A PDF that cannot be read as notes says why, naming the file: locked with a
password, damaged, pictures of pages with no text (a scan), or a book's length. A PDF
in a folder is named, to be imported on its own; a file named .pdf that is text is
read as the text it is."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMarginsF, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from studyapp.core.importer import parse_notes
from studyapp.core.model import NotesFileError
from studyapp.core.note_kinds import OFFERED_SUFFIXES
from studyapp.core.parse import parse_path, pdf
from tests.helpers.pdf_notes import write_pdf

_NOTES = "<h2>What is a mutex?</h2><p>A lock only one thread holds at a time.</p>"


def _refused(path: Path) -> str:
    with pytest.raises(NotesFileError) as raised:
        parse_notes(path)
    message = str(raised.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message


def _encrypted(source: Path, out: Path, user_password: str, algorithm: str = "RC4-128") -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    out.write_bytes(buffer.getvalue())
    return out


def test_a_pdf_locked_with_a_password_says_so(qapp, tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", _NOTES)
    locked = _encrypted(plain, tmp_path / "locked notes.pdf", "secret")
    assert "locked with a password" in _refused(locked)


def test_a_pdf_locked_only_against_changes_reads(qapp, tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", _NOTES)
    guarded = _encrypted(plain, tmp_path / "guarded.pdf", "")
    assert PdfReader(guarded).is_encrypted
    assert [q.title for q in parse_notes(guarded).questions] == ["What is a mutex?"]


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_a_pdf_encrypted_with_aes_against_copying_reads(qapp, tmp_path, algorithm):
    """Many downloaded PDFs are AES-encrypted against copying, with no password to open
    them: they read like any other (pypdf's AES comes with `cryptography`)."""
    plain = write_pdf(tmp_path / "plain.pdf", _NOTES)
    guarded = _encrypted(plain, tmp_path / "guide.pdf", "", algorithm)
    assert b"/AESV" in guarded.read_bytes()
    assert [q.title for q in parse_notes(guarded).questions] == ["What is a mutex?"]


def test_a_pdf_locked_with_a_password_and_aes_says_so(qapp, tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", _NOTES)
    locked = _encrypted(plain, tmp_path / "locked.pdf", "secret", "AES-256")
    assert "locked with a password" in _refused(locked)


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_damaged_pdf_says_so(qapp, tmp_path, keep):
    data = write_pdf(tmp_path / "whole.pdf", _NOTES).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: int(len(data) * keep)])
    message = _refused(cut)
    assert "the PDF is damaged" in message and "new PDF" in message


def _scanned(path: Path, pages: int, stamp: str | None = None) -> Path:
    """Pages that are pictures of text: a scan without text recognition."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        picture = QImage(400, 200, QImage.Format.Format_RGB32)
        picture.fill(QColor("white"))
        drawing = QPainter(picture)
        drawing.setFont(QFont("DejaVu Sans", 14))
        drawing.setPen(Qt.GlobalColor.black)
        drawing.drawText(QPointF(10, 40), f"What is a mutex? (page {page + 1})")
        drawing.end()
        painter.drawImage(QPointF(72, 72), picture)
        if stamp:  # a scanner app's name on each page, as text
            painter.setFont(QFont("DejaVu Sans", 7))
            painter.drawText(QPointF(72, 820), stamp)
    painter.end()
    return path


@pytest.mark.parametrize(("pages", "stamp"), [(1, None), (3, None), (4, "Scanned with DocScan")])
def test_a_scanned_pdf_says_it_has_no_text(qapp, tmp_path, pages, stamp):
    scan = _scanned(tmp_path / "scan.pdf", pages, stamp)
    assert len(PdfReader(scan).pages) == pages
    assert ("DocScan" in PdfReader(scan).pages[0].extract_text()) == bool(stamp)
    message = _refused(scan)
    assert "this PDF has no text to read: it is pictures of pages" in message
    assert "OCR" in message


def test_a_pdf_longer_than_notes_are_says_so_before_reading(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 4)
    html = "".join(
        f"<h2>What is lock number {n}?</h2><p>The lock that guards table {n}.</p>"
        for n in range(40)
    )
    book = write_pdf(tmp_path / "book.pdf", html)
    assert len(PdfReader(book).pages) == 5
    message = _refused(book)
    assert "has 5 pages, more than StudyApp reads in one file (4)" in message
    assert "smaller PDFs" in message
    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 5)
    assert len(parse_notes(book).questions) == 40


def test_a_pdf_in_a_folder_is_read_with_the_other_notes(qapp, tmp_path):
    """A folder reads what a single import reads: its PDF's questions too."""
    (tmp_path / "notes.md").write_text("# What is a pod?\n\nThe smallest unit.\n")
    write_pdf(tmp_path / "guide.pdf", _NOTES)
    doc = parse_path(tmp_path)
    assert [(q.title, q.source_file) for q in doc.questions] == [
        ("What is a mutex?", "guide.pdf"),
        ("What is a pod?", "notes.md"),
    ]
    assert not [r for r in doc.skipped if r.start_line == 0]


def test_the_import_dialog_offers_pdfs():
    assert ".pdf" in OFFERED_SUFFIXES


def test_a_text_file_named_pdf_reads_as_its_text(tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("# What is a pod?\n\nThe smallest unit.\n")
    assert [q.title for q in parse_notes(notes).questions] == ["What is a pod?"]


def test_a_pdf_made_large_by_its_pictures_is_read_up_to_its_own_limit(qapp, tmp_path, monkeypatch):
    """A Notion export with screenshots is larger than a notes file may be; only its
    text is read, so a PDF has a limit of its own."""
    from studyapp.core import textio

    pdf = write_pdf(tmp_path / "export.pdf", _NOTES)
    size = pdf.stat().st_size
    monkeypatch.setattr(textio, "MAX_NOTES_BYTES", size // 2)
    assert [q.title for q in parse_notes(pdf).questions] == ["What is a mutex?"]
    text = tmp_path / "notes.md"
    text.write_bytes(b"# What is a mutex?\n\n" + b"A lock. " * (size // 8))
    assert "the file is too large" in _refused(text)  # the notes' limit, as before
    monkeypatch.setattr(textio, "MAX_PDF_BYTES", size - 1)
    assert "the file is too large" in _refused(pdf)


@pytest.mark.parametrize("deck", ["Deck", "Weak topics: SQL"])
def test_studyapps_own_weak_topics_pdf_is_refused_naming_its_deck(qapp, tmp_path, deck):
    """A tester imported the weak-topics PDF the app had just written: it became a
    deck of its cover table, the questions' answers mixed with "Why it is weak"."""
    from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
    from studyapp.export.pdf import export_weak_pdf
    from tests.history import NOW

    question = WeakQuestion("q", "What is a mutex?", 0.7, "", "A lock one thread holds.", None)
    topic = WeakTopic(1, "Concurrency", 0.7, 0.0, [question], 1, 1, 1)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(WeakReport(deck, 1, 0.0, [topic], NOW, 1), out)
    message = _refused(out)
    assert f"StudyApp's weak-topics PDF (\u201c{deck}\u201d)" in message


def test_a_pdf_of_ones_own_titled_weak_topics_reads(qapp, tmp_path):
    """Only the app's own mark refuses: a person's PDF may carry the same title."""
    path = write_pdf(tmp_path / "mine.pdf", _NOTES)
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata({"/Title": "Weak topics: SQL", "/Creator": "Microsoft Word"})
    writer.write(path)
    assert [q.title for q in parse_path(path).questions] == ["What is a mutex?"]
