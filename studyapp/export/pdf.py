"""The weak-topics PDF: a WeakReport laid out by QTextDocument, printed by QPdfWriter.

No browser engine: the report becomes one HTML document (export.report_html: cover,
then the weak questions one after another, answers in the light theme whatever the
window shows), laid out at 96 dpi on A4 pages (export.page), and painted page by
page onto the PDF with a running header (the topic at the page's top) and "Page i
of n". QTextDocument knows no "page-break-inside: avoid": export.page_breaks moves a part
(a short question, a code block, a list, a table, a heading with what follows) to the
next page where the page's end would cut it; export.table_rows finds the table rows
Qt stretches to a page's foot, drawn here at their own height.

The document layout runs at a fixed 96 dpi on its own paint device and the
painter is scaled to the writer's resolution, as QTextDocument.print_() does, so
the pages look the same on every machine. Code blocks wrap (pre-wrap) and tables
take the page width, so nothing runs off the right margin; images wider than the
text are scaled down. The file is written beside the target and renamed into
place at the end, so a cancelled or failed export leaves no half-written PDF.

Qt needs a QGuiApplication; `ensure_gui_app()` makes one (offscreen when there is
no display, as from the command line). `export_weak_pdf` touches no widget, so it
can run on a worker thread while the window shows its progress.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from studyapp.core.own_files import PDF_CREATOR, WEAK_PDF_TITLE
from studyapp.core.paths import sync_folder
from studyapp.core.render import PDF_THEME, answer_css, breakable
from studyapp.core.weak import WeakReport
from studyapp.export.page import (
    ACCENT,
    BODY_FONTS,
    CONTENT_H,
    CONTENT_W,
    LAYOUT_DPI,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MM,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    TEXT,
    WRITER_DPI,
    ExportCancelled,
    ExportError,
    PdfResult,
    Progress,
    body_font,
    layout_device,
)
from studyapp.export.page_breaks import EDGE, anchored_blocks, keep_together, page_of
from studyapp.export.report_html import (
    QUESTION_ANCHOR,
    REPORT_CSS,
    TOPIC_ANCHOR,
    local_time,
    long_date,
    report_html,
)
from studyapp.export.table_fit import fit_wide_tables
from studyapp.export.table_rows import Stretch, stretched_rows
from studyapp.export.text_direction import set_right_to_left_blocks
from studyapp.ui.doc_images import load_image
from studyapp.ui.mark_fonts import place_marks

EMOJI_FONTS = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji")
RASTER_SCALE = 3.0  # SVG (formulas, files) rasterized near the writer's resolution

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# --- Qt set-up ----------------------------------------------------------------------

_app: QGuiApplication | None = None  # the one this module made, kept alive


def ensure_gui_app(*, offscreen: bool | None = None) -> QCoreApplication:
    """The running Q(Gui)Application, or a new QGuiApplication.

    A new one uses the "offscreen" platform when `offscreen` is true, or when it is
    None and there is no display (a Linux shell without X11 or Wayland), unless
    QT_QPA_PLATFORM already says otherwise.
    """
    global _app
    app = QCoreApplication.instance()
    if app is None:
        if offscreen is None:
            offscreen = sys.platform.startswith("linux") and not (
                os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            )
        if offscreen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = _app = QGuiApplication([sys.argv[0] if sys.argv else "studyapp"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("the PDF export needs a QGuiApplication, not a QCoreApplication")
    if not QFontDatabase.applicationEmojiFontFamilies():
        QFontDatabase.setApplicationEmojiFontFamilies(list(EMOJI_FONTS))
    place_marks(app, BODY_FONTS)  # combining accents on their letter, not a line above
    return app


# --- the document --------------------------------------------------------------------


class _ReportDocument(QTextDocument):
    """A QTextDocument that loads images only from the notes folders of the report."""

    def __init__(self, folders: set[Path]) -> None:
        super().__init__()
        self._folders = [f.resolve() for f in folders if f is not None]

    def loadResource(self, type: int, name: QUrl) -> Any:
        if type == QTextDocument.ResourceType.ImageResource:
            return load_image(QUrl(name), self._folders, scale=RASTER_SCALE)
        return None


def build_document(
    report: WeakReport,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[QTextDocument, list[str], QImage]:
    """The laid-out, paginated document, the topic names for the running header, and
    its layout device (keep it alive as long as the document)."""
    text, headers = report_html(report, progress=progress, cancelled=cancelled)
    folders = {q.image_root or q.base_dir for q in report.questions if (q.image_root or q.base_dir)}
    doc = _ReportDocument(folders)
    device = layout_device()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(body_font())
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(answer_css(PDF_THEME) + REPORT_CSS)
    doc.setPageSize(QSizeF(CONTENT_W, CONTENT_H))
    doc.setHtml(breakable(text))  # a huge unbroken line lays out in linear time
    set_right_to_left_blocks(doc)
    fit_wide_tables(doc, CONTENT_W, device)

    def laid_out(share: float) -> None:
        if progress is not None:
            progress("Laying out pages", 40 + int(5 * share))

    keep_together(doc, QUESTION_ANCHOR, progress=laid_out, cancelled=cancelled)
    return doc, headers, device


_EDGE = EDGE
_HEADER_LINE = 20.0  # layout px: a topic that starts this near a page's top is its topic


def _page_clip(page: int) -> QRectF:
    """The band of the document that is `page`: a line that starts in it is on it."""
    return QRectF(0, page * CONTENT_H - _EDGE, CONTENT_W, CONTENT_H - 0.01)


@dataclass(frozen=True, slots=True)
class _Continued:
    """A text block that began on an earlier page, as it is drawn on a later one."""

    block: QTextBlock
    origin: QPointF  # where its QTextLayout's lines are placed in the document
    lines: tuple[int, ...]  # its lines on the page
    area: QRectF  # its bounding rectangle, for its background


def _continued_blocks(doc: QTextDocument) -> dict[int, list[_Continued]]:
    """Page → the text blocks that reach into it from an earlier page.

    Qt cannot be left to draw those: asked to draw a block that crosses the top of
    its clip, QTextLayout.draw also draws the last line wholly above it (and any line
    of the page before that reaches into the clip by a hair). The painter's clip hides
    that line, but its text is still written into the PDF: each page's text layer held
    an invisible copy of the previous page's last line, so copying or searching the
    PDF found it twice. These blocks are drawn line by line instead (_Pages.paint)."""
    layout = doc.documentLayout()
    found: dict[int, list[_Continued]] = {}
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        count = lines.lineCount() if block.isVisible() else 0
        if count:
            # Qt's block rectangle starts at the layout's place (in its frame, in the
            # page): the lines' own y counts from there (a line moved to the next page
            # leaves the block's rectangle starting on the page before).
            area = layout.blockBoundingRect(block)
            origin = area.topLeft()
            pages = [page_of(origin.y() + lines.lineAt(i).y()) for i in range(count)]
            for page in range(pages[0] + 1, page_of(area.bottom()) + 2):
                clip = _page_clip(page)
                if area.bottom() < clip.top() or area.top() > clip.bottom():
                    continue  # Qt would not draw it on this page at all
                on_page = tuple(i for i, at in enumerate(pages) if at == page)
                found.setdefault(page, []).append(_Continued(block, origin, on_page, area))
        block = block.next()
    return found


def _topic_starts(doc: QTextDocument) -> list[tuple[float, int]]:
    """(y in the document, topic index) for every topic anchor, in document order."""
    layout = doc.documentLayout()
    return [
        (layout.blockBoundingRect(block).top(), number)
        for block, number in anchored_blocks(doc, TOPIC_ANCHOR)
    ]


def _light_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Link, ACCENT),
        (QPalette.ColorRole.LinkVisited, ACCENT),
        (QPalette.ColorRole.Highlight, "#ffffff"),
        (QPalette.ColorRole.HighlightedText, TEXT),
    ):
        palette.setColor(role, QColor(color))
    return palette


def _small_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(BODY_FONTS))
    font.setPixelSize(pixels)  # pixels of the 96-dpi layout: the painter is scaled
    font.setBold(bold)
    return font


def page_topics(starts: list[tuple[float, int]], headers: list[str], page: int) -> list[str]:
    """The topics a page holds, in order: the one at its top (the last to start above
    its first line) and each that starts on it. `starts`: (y, topic index), in
    document order (`_topic_starts`)."""
    top = page * CONTENT_H + _HEADER_LINE
    bottom = (page + 1) * CONTENT_H - _EDGE
    names: list[str] = []
    for y, index in starts:
        if not 0 <= index < len(headers):
            continue
        if y < top:
            names[:] = [headers[index]]  # a later one starts above: that is the top's
        elif y < bottom:
            names.append(headers[index])
    return [name for i, name in enumerate(names) if not i or names[i - 1] != name]


HEADER_TOPICS = 3  # a page holding more (short questions of many topics) names its first
# and last: "Caching – … – Queues"
HEADER_JOIN = " – "


def header_text(topics: list[str]) -> str | None:
    """The running header's words for a page's topics: "Caching", "Caching – Messaging",
    and past HEADER_TOPICS, "Caching – … – Queues"."""
    if not topics:
        return None
    if len(topics) > HEADER_TOPICS:
        topics = [topics[0], "…", topics[-1]]
    return HEADER_JOIN.join(topics)


HEADER_LINES = 2  # a topic name too long for one line of the header wraps onto two


def header_lines(topic: str, font: QFont, room: float) -> list[str]:
    """A running header's topic in at most HEADER_LINES lines of `room` px, wrapped at
    spaces (anywhere in a word longer than a line), the last line ending in "…" when
    the name goes on: cut in its middle, a long name lost the words that tell topics
    apart."""
    layout = QTextLayout(topic, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []  # (start, end) of each line in `topic`
    layout.beginLayout()
    while len(spans) < HEADER_LINES and (line := layout.createLine()).isValid():
        line.setLineWidth(room)
        spans.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    lines = [topic[start:end].strip() for start, end in spans]
    if spans and spans[-1][1] < len(topic):  # more than fits: the last line says so
        rest = topic[spans[-1][0] :].strip()
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, room)
    return lines


def _draw_header(painter: QPainter, topic: str | None) -> None:
    """The running header of a page past the cover: the report's name and the topic,
    its lines over the rule."""
    left, right = MARGIN_LEFT, PAGE_W - MARGIN_RIGHT
    font, bold = _small_font(11), _small_font(11, bold=True)
    head = QRectF(left, MARGIN_TOP - 13 * MM, CONTENT_W, 6 * MM)
    title = "Weak topics"
    painter.setFont(bold)
    painter.setPen(QColor(TEXT))
    painter.drawText(head, _LEFT, title)
    if topic:
        room = CONTENT_W - QFontMetricsF(bold).horizontalAdvance(title) - 8 * MM
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        step = QFontMetricsF(font).lineSpacing()
        lines = header_lines(topic, font, room)
        for i, line in enumerate(lines):
            painter.drawText(head.translated(0, (i + 1 - len(lines)) * step), _RIGHT, line)
    painter.setPen(QPen(QColor(RULE), 0.75))
    rule_y = head.bottom() + 1 * MM
    painter.drawLine(QLineF(left, rule_y, right, rule_y))


def _draw_footer(painter: QPainter, page: int, pages: int, deck: str, date: str) -> None:
    """The footer of every page: deck and date, and the page number."""
    left, right = MARGIN_LEFT, PAGE_W - MARGIN_RIGHT
    font = _small_font(11)
    top = PAGE_H - MARGIN_BOTTOM + 4 * MM
    painter.setPen(QPen(QColor(RULE), 0.75))
    painter.drawLine(QLineF(left, top, right, top))
    row = QRectF(left, top + 1 * MM, CONTENT_W, 6 * MM)
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    where = QFontMetricsF(font).elidedText(
        f"{deck} · {date}", Qt.TextElideMode.ElideRight, CONTENT_W * 0.7
    )
    painter.drawText(row, _LEFT, where)
    painter.drawText(row, _RIGHT, f"Page {page + 1} of {pages}")


def _writer(path: str, report: WeakReport) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(WRITER_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(WEAK_PDF_TITLE.format(deck=report.deck))
    writer.setCreator(PDF_CREATOR)  # known again if it comes back as notes (core.own_files)
    return writer


def _check_whole(temp: Path, out: Path) -> None:
    """The part file synced and ending as a PDF ends. QPdfWriter says nothing when its
    last writes fail (a disk that fills as the file closes): a PDF cut short must not
    replace the one the person already has under that name."""
    try:
        with open(temp, "rb") as f:
            os.fsync(f.fileno())
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - 1024))
            tail = f.read()
    except OSError as exc:
        raise ExportError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    if b"%%EOF" not in tail:
        raise ExportError(f"Cannot write {out}: the disk may be full.")


_STALE_PART_SECONDS = 3600  # no export runs an hour: an older part file was killed


def _remove_stale_parts(out: Path) -> None:
    """Delete the part files of exports to `out` killed mid-way (the app killed, the
    power cut): on Windows they show beside the person's PDF, and every kill left one.
    Only this module's own names, and only once an hour old: a younger one may be
    another export's, still being written."""
    name = re.compile(re.escape(f".{out.stem}-") + r"\d+-[0-9a-f]{8}\.pdf\.part")
    with contextlib.suppress(OSError):
        now = datetime.now().timestamp()
        for part in out.parent.iterdir():
            if name.fullmatch(part.name) and now - part.stat().st_mtime > _STALE_PART_SECONDS:
                part.unlink()


def _temp_beside(out: Path) -> Path:
    if out.is_dir():
        raise ExportError(f"Cannot write {out}: it is a folder. Choose a file name ending in .pdf.")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)  # as a deck export makes its folder
    except OSError as exc:
        raise ExportError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
    _remove_stale_parts(out)
    # open(), not mkstemp: the PDF gets the usual permissions (mkstemp's are 0600, and
    # the part file is renamed to the PDF the person shares or prints).
    for _ in range(100):
        part = out.parent / f".{out.stem}-{os.getpid()}-{secrets.token_hex(4)}.pdf.part"
        try:
            with open(part, "xb"):
                return part
        except FileExistsError:
            continue
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ExportError(f"Cannot write {out}: {reason}.") from exc
    raise ExportError(f"Cannot write {out}: no free temporary name beside it.")


@dataclass
class _Pages:
    """A laid-out report, ready to paint page by page."""

    doc: QTextDocument
    device: QImage  # the document's layout device: must live as long as it
    count: int
    topic_of_page: list[str | None]
    deck: str
    date: str
    continued: dict[int, list[_Continued]] = field(default_factory=dict)
    stretched: dict[int, list[Stretch]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        report: WeakReport,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> _Pages:
        doc, headers, device = build_document(report, progress=progress, cancelled=cancelled)
        count = max(1, doc.pageCount())
        starts = _topic_starts(doc)
        topic_of_page = [
            header_text(page_topics(starts, headers, page)) if page else None
            for page in range(count)
        ]
        return cls(
            doc,
            device,
            count,
            topic_of_page,
            report.deck,
            long_date(local_time(report.generated_at)),
            _continued_blocks(doc),
            stretched_rows(doc),
        )

    def paint(self, painter: QPainter, page: int, scale: float) -> None:
        """Paint one page (0-based) at `scale` device pixels per layout pixel, always on
        the light palette: the app's palette (maybe dark) is never consulted."""
        painter.save()
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if page:
            _draw_header(painter, self.topic_of_page[page])
        painter.save()
        painter.translate(MARGIN_LEFT, MARGIN_TOP - page * CONTENT_H)
        stretched = self.stretched.get(page, [])
        clip = QPainterPath()
        clip.addRect(QRectF(0, page * CONTENT_H, CONTENT_W, CONTENT_H))
        for row in stretched:  # … but not the empty part of a row Qt stretched
            cut = QPainterPath()
            cut.addRect(row.area)
            clip = clip.subtracted(cut)
        painter.setClipPath(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _light_palette()
        context.clip = _page_clip(page)  # Qt draws the blocks that start on the page …
        continued = self.continued.get(page, [])
        for part in continued:
            part.block.setVisible(False)  # read when drawing; no new layout
        try:
            self.doc.documentLayout().draw(painter, context)
        finally:
            for part in continued:
                part.block.setVisible(True)
        self._draw_continued(painter, continued, context.clip)
        for row in stretched:  # its bottom border, where its text ends
            if row.width > 0:
                painter.setPen(QPen(row.color, row.width))
                painter.drawLine(row.line)
        painter.restore()
        _draw_footer(painter, page, self.count, self.deck, self.date)
        painter.restore()

    @staticmethod
    def _draw_continued(painter: QPainter, parts: list[_Continued], clip: QRectF) -> None:
        """… and this, the blocks that reach into it from earlier pages: their
        background, and only their lines on this page."""
        for part in parts:
            background = part.block.blockFormat().background()
            if background.style() != Qt.BrushStyle.NoBrush:
                painter.fillRect(part.area.intersected(clip), background)
            painter.setPen(QColor(TEXT))
            lines = part.block.layout()
            for index in part.lines:
                lines.lineAt(index).draw(painter, part.origin)


def render_page_images(report: WeakReport, pages: list[int], dpi: float = 60) -> list[QImage]:
    """The given pages (0-based) as images, painted exactly as in the PDF: for
    previews and tests, where no PDF rasterizer is at hand."""
    laid_out = _Pages.build(report)
    if missing := [page for page in pages if not 0 <= page < laid_out.count]:
        # (raised mid-paint, the painter left open on its image crashed the process)
        raise IndexError(f"no page {missing[0]}: the report has {laid_out.count}")
    scale = dpi / LAYOUT_DPI
    images = []
    for page in pages:
        image = QImage(round(PAGE_W * scale), round(PAGE_H * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))  # paper
        painter = QPainter(image)
        try:
            laid_out.paint(painter, page, scale)
        finally:
            painter.end()
        images.append(image)
    return images


def export_weak_pdf(
    report: WeakReport,
    out_path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfResult:
    """Write the report as a PDF at `out_path`; returns its page and question counts.

    A report with nothing studied (or nothing weak) still makes a one-page PDF that
    says so. Raises ExportError when the file cannot be written and ExportCancelled
    when `cancelled()` turns true; in both cases no file is left at `out_path`.
    Needs a QGuiApplication (see ensure_gui_app); safe to call off the main thread.
    `progress(step, percent)` is called from the thread that runs the export.
    """
    out = Path(out_path)
    step = progress or (lambda _step, _percent: None)
    is_cancelled = cancelled or (lambda: False)
    temp = _temp_beside(out)
    try:
        step("Rendering answers", 0)
        laid_out = _Pages.build(report, progress=progress, cancelled=cancelled)
        step("Laying out pages", 45)
        writer = _writer(str(temp), report)
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"Cannot write {out}: the PDF could not be started.")
        try:
            scale = writer.resolution() / LAYOUT_DPI
            for page in range(laid_out.count):
                if is_cancelled():
                    raise ExportCancelled("The export was cancelled; no file was written.")
                if page and not writer.newPage():
                    raise ExportError(f"Cannot write {out}: the disk may be full.")
                laid_out.paint(painter, page, scale)
                step(
                    f"Writing page {page + 1} of {laid_out.count}",
                    45 + 55 * (page + 1) // laid_out.count,
                )
        finally:
            painter.end()
        del writer  # closes the file
        _check_whole(temp, out)
        try:
            os.replace(temp, out)
        except OSError as exc:
            raise ExportError(f"Cannot write {out}: {exc.strerror or exc}.") from exc
        sync_folder(out.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    step("Done", 100)
    return PdfResult(pages=laid_out.count, questions=report.weak_count, path=out)
