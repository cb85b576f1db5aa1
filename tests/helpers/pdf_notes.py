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
    watermark: str | None = None,
    printed: tuple[str, str] | None = None,
) -> Path:
    """`html` printed to the PDF `path`, wrapped and paginated as Qt lays it out.
    `printed` (a page's title, its address): the edges a browser prints, as Chrome
    sets them: the date and time left and the title in the middle over the page, the
    address left and "1/2" right under it."""
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
            if printed:
                title, address = printed
                top = QRectF(margin / 2, margin / 4, _WIDTH - margin, 16)
                under = QRectF(margin / 2, _HEIGHT - margin / 4 - 16, _WIDTH - margin, 16)
                painter.drawText(top, Qt.AlignmentFlag.AlignLeft, "12/6/26, 9:41 AM")
                painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, title)
                painter.drawText(under, Qt.AlignmentFlag.AlignLeft, address)
                painter.drawText(under, Qt.AlignmentFlag.AlignRight, f"{page + 1}/{pages}")
            if watermark:  # across the page, turned: as a "DRAFT" stamp is
                painter.save()
                painter.translate(_WIDTH / 2, _HEIGHT / 2)
                painter.rotate(-35)
                painter.setFont(QFont(font, 40))
                painter.drawText(
                    QRectF(-250, -30, 500, 60), Qt.AlignmentFlag.AlignCenter, watermark
                )
                painter.restore()
            painter.save()
            painter.translate(margin, margin - page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return path


def write_columns_pdf(
    path: Path,
    html: str,
    *,
    title: str | None = None,
    columns: int = 2,
    font: str = "DejaVu Sans",
    size: float = 10,
    gutter: float = 24,
    footer: bool = True,
) -> Path:
    """`html` printed in `columns` columns a page, as a journal or a newsletter sets
    it: the text runs down the first column, then the next; `title` across the top of
    the first page, over the columns; "Page N" centred at each page's foot."""
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
    margin = 54.0
    doc = QTextDocument()
    doc.setDefaultFont(QFont(font, size))
    doc.setHtml(html)
    width = (_WIDTH - 2 * margin - (columns - 1) * gutter) / columns
    title_height = 60.0 if title else 0.0
    height = _HEIGHT - 2 * margin - title_height
    doc.setPageSize(QSizeF(width, height))
    parts = doc.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(-(-parts // columns)):
            if page:
                writer.newPage()
            top = margin + (title_height if title else 0.0)
            if title and page == 0:
                painter.setFont(QFont(font, 2 * size, QFont.Weight.Bold))
                painter.drawText(
                    QRectF(margin, margin, _WIDTH - 2 * margin, title_height),
                    Qt.AlignmentFlag.AlignLeft,
                    title,
                )
            if footer:
                painter.setFont(QFont(font, 8))
                painter.drawText(
                    QRectF(margin, _HEIGHT - margin / 2 - 8, _WIDTH - 2 * margin, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"Page {page + 1}",
                )
            for column in range(columns):
                part = page * columns + column
                if part >= parts:
                    break
                painter.save()
                painter.translate(margin + column * (width + gutter), top - part * height)
                doc.drawContents(painter, QRectF(0, part * height, width, height))
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


# --- a second kind of PDF: written by hand, as simple generators write them ------------

_FONTS = {
    "body": "Helvetica",
    "bold": "Helvetica-Bold",
    "code": "Courier",
    "italic": "Helvetica-Oblique",
}
_LETTER = (612.0, 792.0)


def write_plain_pdf(
    path: Path,
    blocks: list[tuple[str, str]],
    *,
    header: str | None = None,
    size: float = 11,
    columns: int = 88,
    two_columns: bool = False,
    footer: str = "- {page} -",
    code_font: str | None = None,
) -> Path:
    """`blocks` ("h1", "h2", "p", "bold", "code", "slant") laid out on Letter pages in
    the standard fonts (Helvetica, Courier: not embedded), each line one text object
    whose words are placed by TJ offsets rather than space characters, as some
    generators do; paragraphs wrapped at `columns` letters; "- N -" at each page's
    foot. A "table" is rows (lines) of cells (split by " | "), each cell wrapped in
    its column, the rows a line's spacing apart as the lines are. In a "p", words
    between underscores ("_so_") are set in Helvetica-Oblique; a
    "slant" is a paragraph in Helvetica drawn sheared, as apps slant a font that has no
    italic face. `footer`: at each page's foot, with its {page} and {pages} (the
    header at its top, 9 points both). `two_columns`: the lines run down the left half of each page, then the
    right (18 points apart; `columns` letters a line should fit in one)."""
    top, bottom, left = _LETTER[1] - 72, 72.0, 72.0
    lines: list[tuple] = []  # font, size, indent, text (a row's cells: pieces); "" a gap
    for kind, text in blocks:
        if kind == "code":
            lines += [("code", size, 0.0, line) for line in text.split("\n")]
        elif kind in ("h1", "h2"):
            lines.append(("bold", size * (1.8 if kind == "h1" else 1.4), 0.0, text))
        elif kind == "table":  # rows of cells split by " | ", each wrapped in its column
            for row in text.split("\n"):
                parts = row.split(" | ")
                width = (_LETTER[0] - 2 * left) / len(parts)
                wrapped = [_wrapped(part, int(width / (0.5 * size)) - 3) for part in parts]
                for number in range(max(map(len, wrapped))):
                    pieces = [
                        (n * width, cell[number])
                        for n, cell in enumerate(wrapped)
                        if number < len(cell)
                    ]
                    lines.append(("cells", size, 0.0, pieces))
        else:
            font = kind if kind in ("bold", "slant") else "body"
            lines += [(font, size, 0.0, line) for line in _wrapped(text, columns)]
        lines.append(("", size * 0.6, 0.0, ""))
    pages: list[list[str]] = [[]]
    y, column = top, 0
    for font, height, indent, text in lines:
        step = height * 1.3 if font else height
        if y - step < bottom:
            column = (column + 1) % (2 if two_columns else 1)
            if not column:
                pages.append([])
            y = top
        y -= step
        x = left + indent + column * (_LETTER[0] - 2 * left + 18) / 2
        if font == "cells":
            pages[-1] += [_text_object("body", height, x + at, y, part) for at, part in text]
        elif font:
            pages[-1].append(_text_object(font, height, x, y, text))
    objects: list[bytes] = []
    font_ids = {name: 3 + i for i, name in enumerate(_FONTS)}
    for kind, base in _FONTS.items():
        # `code_font`: the code's font under a name of its own, its widths given (all
        # 600: a typewriter face), as a generator embedding its own font writes it
        widths = ""
        if kind == "code" and code_font:
            base = code_font
            widths = " /FirstChar 32 /LastChar 126 /Widths [" + " ".join(["600"] * 95) + "]"
        objects.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{base}{widths}"
            " /Encoding /WinAnsiEncoding >>".encode()
        )
    page_ids = []
    resources = " ".join(f"/{name} {font_ids[name]} 0 R" for name in _FONTS)
    for number, page in enumerate(pages, 1):
        foot = footer.format(page=number, pages=len(pages))
        furniture = [_text_object("body", 9, 290, 40, foot)] if foot else []
        if header:
            furniture.append(_text_object("body", 9, left, _LETTER[1] - 40, header))
        stream = "\n".join(furniture + page).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = 2 + len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_LETTER[0]:g} {_LETTER[1]:g}]"
                f" /Resources << /Font << {resources} >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        page_ids.append(2 + len(objects))
    kids = " ".join(f"{n} 0 R" for n in page_ids)
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(head + objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def _wrapped(text: str, columns: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > columns:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def _text_object(font: str, size: float, x: float, y: float, text: str) -> str:
    def literal(part: str) -> str:
        return "(" + part.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    def words(part: str) -> str:
        return " -280 ".join(literal(word) for word in part.split(" "))

    slant = "0.21" if font == "slant" else "0"
    font = "body" if font == "slant" else font
    if font == "code":  # code keeps its spaces as characters
        shown = f"{literal(text)} Tj"
    else:  # the words placed apart by offsets, no space characters; _italic_ words
        shown = ""
        for number, part in enumerate(text.split("_")):
            if part:
                face = "italic" if number % 2 else font
                shown += f" /{face} {size:g} Tf [{words(part)}] TJ"
    return f"BT /{font} {size:g} Tf 1 0 {slant} 1 {x:.2f} {y:.2f} Tm {shown} ET"
