"""Real PDFs of notes for the importer's tests, made offline: HTML laid out by a
QTextDocument and printed page by page by QPdfWriter, as the weak-topics export does,
with a running header and a "Page N of M" footer on each page. Needs a QApplication
(pytest-qt's `qapp` fixture)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

_WIDTH, _HEIGHT, _MARGIN = 595.0, 842.0, 72.0  # A4 in points


def write_pdf(
    path: Path,
    html: str,
    *,
    header: str | None = None,
    footer: bool = True,
    font: str = "DejaVu Sans",
    size: float = 11,
    margin: float = _MARGIN,
) -> Path:
    """`html` printed to the PDF `path`, wrapped and paginated as Qt lays it out."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # a point a unit
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont(font, size))
    doc.setHtml(html)
    width, height = _WIDTH - 2 * margin, _HEIGHT - 2 * margin
    doc.setPageSize(QSizeF(width, height))
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(QFont(font, 8))
            if header:
                painter.drawText(
                    QRectF(margin, margin / 2 - 8, width, 16), Qt.AlignmentFlag.AlignLeft, header
                )
            if footer:
                painter.drawText(
                    QRectF(margin, _HEIGHT - margin / 2 - 8, width, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"Page {page + 1} of {pages}",
                )
            painter.save()
            painter.translate(margin, margin - page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return path


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


MONO = "font-family: 'DejaVu Sans Mono', 'Noto Mono', 'Courier New', monospace"


def code(text: str) -> str:
    """A <pre> block set in a monospace font."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<pre style="{MONO}">{escaped}</pre>'


def mono(text: str) -> str:
    return f'<span style="{MONO}">{text}</span>'
