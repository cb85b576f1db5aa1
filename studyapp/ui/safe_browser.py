"""The answer's browser: a QTextBrowser that loads nothing by itself.

HTML reaches it already rendered and sanitized (core.render); this decides what
may be loaded from it: nothing but image files inside the notes file's own folder
(and formulas), images no wider than the text. Links open in the system browser
only when clicked. It also keeps the text to a readable column in a wide pane.
The answer pane (ui.answer_view) and the edit dialog's preview both show answers
through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QStackedWidget, QTextBrowser, QWidget

from studyapp.core.answer_look import MONOSPACE_FAMILIES, boxed_code
from studyapp.core.render import breakable
from studyapp.ui.style import flat_scroll_area

if TYPE_CHECKING:
    # QUrl is built where an answer's image or link needs one: naming the class builds
    # its Python enums (PySide makes a class on first use), 4 million instructions of
    # every start whose first answer has no image.
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QKeyEvent

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
DOCUMENT_MARGIN = 18
ROUNDING_SLACK = 3  # px of overflow that is Qt's rounding, not content
# Lines break between words only. Qt's own mode also breaks inside a word when it must,
# and its table layout took that as leave to squeeze a column below its longest word:
# at a narrow window or a large zoom a table read "Cardinalit / y", "Performa / nce".
# A word wider than the column now scrolls instead; a run of text long enough to
# freeze the layout, and a long name or URL (at its dots, slashes, underscores), has
# its break opportunities already (core.render.breakable).
WORD_WRAP = QTextOption.WrapMode.WordWrap
MIN_TEXT_WIDTH = 120  # px: narrower is a pane not laid out yet, no width to fit images to
# The longest line of answer text, in average characters of the answer's font: on a
# wide window lines ran 1,400 px and the eye lost its place going back to the next.
MEASURE_CHARS = 80
# How many times over a document's characters (at the font's average width and line
# height) must cover the viewport for it to be sure to need the vertical scroll bar:
# laid out, text takes more room than that (line ends, margins, indents, headings), a
# smaller font (code, a tag) a little less.
SURE_OVERFLOW = 1.5


# Characters the pane puts in an answer only to lay it out (zero-width spaces, soft
# hyphens): a copy leaves them out.
_SHOWN_BREAKS = str.maketrans("", "", "\u200b\u00ad")


def without_shown_breaks(text: str) -> str:
    """`text` without the zero-width spaces and soft hyphens the layout was given."""
    return text.translate(_SHOWN_BREAKS)


def code_column_px(font: QFont) -> float:
    """The width of one character of code beside text in `font`: the step of a code
    box's wrapped-line indent (core.answer_look.boxed_code)."""
    code_font = QFont(font)
    code_font.setFamilies(list(MONOSPACE_FAMILIES))
    code_font.setStyleHint(QFont.StyleHint.TypeWriter)
    return QFontMetricsF(code_font).horizontalAdvance(" ")


def shaped_answer(html: str, font: QFont) -> str:
    """An answer's HTML as the pane shows it: long words breakable (a huge unbroken
    line would freeze the layout) and code in padded boxes."""
    shaped = breakable(html)
    return boxed_code(shaped, code_column_px(font)) if "<pre" in shaped else shaped


def safe_resource(
    kind: int,
    url: QUrl,
    base_dir: Path | None,
    refused: list[str],
    scale: float = 1.0,
    max_width: float = 0.0,
) -> Any:
    """An image file inside `base_dir` or a formula (ui.doc_images, SVG rasterized at
    `scale`: the screen's device pixel ratio), or nothing (and the URL noted in
    `refused`). An image wider than `max_width` (the text's width; 0: any) is drawn
    that wide, its pixels kept (a higher pixel ratio): a 2,400-pixel chart made the
    whole answer scroll sideways."""
    if kind == QTextDocument.ResourceType.ImageResource:
        # Here, not at the top: QtSvg and the SVG cleaner cost start-up some 8 ms,
        # and most answers (the first one shown, often) have no image.
        from studyapp.ui.doc_images import load_image

        image = load_image(url, [base_dir] if base_dir else [], scale=max(1.0, scale))
        if image is not None:
            if max_width > 0 and image.width() / image.devicePixelRatio() > max_width:
                from PySide6.QtGui import QImage

                image = QImage(image)  # a copy: a formula's image is shared by a cache
                image.setDevicePixelRatio(image.width() / max_width)
            return image
    if len(refused) < 100:
        refused.append(url.toString())
    return None


class SafeDocument(QTextDocument):
    """An answer document that loads resources by the same rule as SafeBrowser."""

    def __init__(
        self,
        base_dir: Path | None,
        refused: list[str],
        parent: QObject,
        scale: Callable[[], float] = lambda: 1.0,
        max_width: Callable[[], float] = lambda: 0.0,
    ) -> None:
        super().__init__(parent)
        self.base_dir = base_dir
        self._refused = refused
        self._scale = scale  # device pixels per layout pixel for SVG (screen ratio × zoom)
        self._max_width = max_width  # the widest an image is drawn (the text's width)

    def loadResource(self, type: int, url: QUrl | str) -> Any:
        from PySide6.QtCore import QUrl  # (an image's: see the imports)

        return safe_resource(
            type, QUrl(url), self.base_dir, self._refused, self._scale(), self._max_width()
        )


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing by itself.

    `loadResource` hands out only image files inside `base_dir` (the notes
    folder); every other request (remote URLs, style sheets, files elsewhere) gets
    nothing. Clicked http(s)/mailto links go to `open_url` (the system browser);
    in-page anchors scroll; anything else is ignored.
    """

    column_moved = Signal(int)  # the text column's new inset from the left (px)
    overflowed = Signal()  # what it shows is wider than the pane: it scrolls sideways

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.base_dir: Path | None = None
        self.refused: list[str] = []  # what was asked for and not given (for tests, debugging)
        self._open_url = open_url
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        flat_scroll_area(self)
        self.setWordWrapMode(WORD_WRAP)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self._on_anchor)
        self.horizontalScrollBar().rangeChanged.connect(self._hide_rounding_overflow)
        self.column_inset = 0  # px left of the text column (its viewport margin)
        # The whole pane's width for the text, not MEASURE_CHARS: an answer whose table
        # is wider than the column (ui.answer_view widens it before hyphenating words).
        self.wide = False
        self._placing = False  # in setDocument: its own layout follows a resize

    def fit_column(self, width: int | None = None) -> None:
        """Narrow the viewport, centred, to MEASURE_CHARS of the current font (and the
        document's margins) where the pane is wider, unless `wide`; `column_moved` says
        where it is.

        The pane's width is `width`, else the stack's this browser is a face of,
        whichever face shows: hidden behind another face (a mock's question asked),
        its own width is the one it last showed at, and a title placed by that column
        moved when the answer was revealed."""
        if width is None:
            pane = self.parentWidget()
            width = pane.width() if isinstance(pane, QStackedWidget) else self.width()
        measure = MEASURE_CHARS * QFontMetricsF(self.font()).averageCharWidth()
        excess = 0 if self.wide else max(0, width - round(measure) - 2 * DOCUMENT_MARGIN)
        left = excess // 2
        if left != self.column_inset or self.viewportMargins().right() != excess - left:
            self.column_inset = left
            self.setViewportMargins(left, 0, excess - left, 0)
        self.column_moved.emit(left)  # said each time: it names this browser to the header

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_column()
        if not self._placing:
            super().resizeEvent(event)

    def setDocument(self, document: QTextDocument) -> None:
        """Show `document`, laid out once at the width it is shown at.

        QTextEdit lays a document out at the viewport's width, then shows or hides the
        vertical scroll bar, which changes that width: the resize lays it out again,
        and so does the scroll bar's own check after it (three layouts of the visible
        part where one does; the first answer of a start and each click from a short
        answer to a long one, or back). Here a resize while the document is being set
        waits for that check's layout, and a document whose text surely does not fit
        gets its scroll bar before it is laid out."""
        bar = self.verticalScrollBar()
        policy = self.verticalScrollBarPolicy()
        early = (
            policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded
            and not bar.isVisibleTo(self)
            and self._surely_overflows(document)
        )
        self._placing = True
        try:
            if early:  # (the old document is not laid out again for it: it is leaving)
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            super().setDocument(document)
        finally:
            self._placing = False
            if early:  # the bar stays where the text is longer than the pane, as Qt had it
                self.setVerticalScrollBarPolicy(policy)

    def _surely_overflows(self, document: QTextDocument) -> bool:
        """Whether `document` is sure to be taller than the viewport, from its length
        alone (nothing laid out): its characters cover the text column SURE_OVERFLOW
        times over."""
        # Not viewport(): a viewport Python has not seen yet is matched against every
        # widget class PySide has, each made on the way: more than the layouts saved.
        room = self.maximumViewportSize()  # the viewport without scroll bars
        width, height = room.width() - 2 * DOCUMENT_MARGIN, room.height()
        if width < MIN_TEXT_WIDTH or height <= 0:
            return False  # not laid out yet: nothing to gain
        metrics = QFontMetricsF(document.defaultFont())
        area = document.characterCount() * metrics.averageCharWidth() * metrics.lineSpacing()
        return area > SURE_OVERFLOW * width * height

    def event(self, event: QEvent) -> bool:
        # A wheel turned beside the column (in the viewport's margins) reaches the
        # scroll area itself, which leaves it to its parent: scroll as over the text.
        if event.type() == QEvent.Type.Wheel:
            self.wheelEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Read-only, a QTextBrowser scrolls on Home and End but leaves Ctrl+Home and
        # Ctrl+End (the platform's start/end of document) to a caret it does not
        # show: nothing moved. They go to the top and the bottom of the answer.
        from PySide6.QtGui import QKeySequence  # (on a key: see QUrl's import)
        from PySide6.QtWidgets import QAbstractSlider

        if self.isReadOnly():
            key = QKeySequence.StandardKey
            to = QAbstractSlider.SliderAction
            for sequence, action in (
                (key.MoveToStartOfDocument, to.SliderToMinimum),
                (key.MoveToEndOfDocument, to.SliderToMaximum),
            ):
                if event.matches(sequence):
                    self.verticalScrollBar().triggerAction(action)
                    event.accept()
                    return
        super().keyPressEvent(event)

    def _hide_rounding_overflow(self, _minimum: int, maximum: int) -> None:
        """No horizontal scroll bar for a pixel or two: Qt lays an auto-width table with
        borders out up to a pixel wider than the text width (rounding), which showed
        a scroll bar with nothing to scroll to. Wider content (a wide table or image)
        still gets one; long code lines wrap (answer CSS) instead of scrolling."""
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if maximum <= ROUNDING_SLACK
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)
        if maximum > ROUNDING_SLACK:
            self.overflowed.emit()

    def reading_place(self) -> tuple[int, float] | None:
        """Where the reader is: the number of the block at the top of the view and how
        far into it the view starts (a fraction of its height; None at the very top).
        A new font or style sheet lays the text out anew, another height for each
        block: `go_to_place` puts the same text back at the top, where a kept scroll
        value (or the top, as a zoom step had it) lost the reader's place."""
        top = self.verticalScrollBar().value()
        if top <= 0:
            return None
        from PySide6.QtCore import QPointF  # (a zoom's or a theme's: not every start's)

        document = self.document()
        layout = document.documentLayout()
        x = document.textWidth() / 2 if document.textWidth() > 0 else 0.0
        position = layout.hitTest(QPointF(x, top), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(0, position))
        rect = layout.blockBoundingRect(block)
        into = (top - rect.top()) / rect.height() if rect.height() > 0 else 0.0
        return block.blockNumber(), into

    def go_to_place(self, place: tuple[int, float] | None) -> None:
        """Scroll the document on show to a `reading_place` taken before it was laid
        out anew (the same answer: its blocks are the same)."""
        bar = self.verticalScrollBar()
        block = self.document().findBlockByNumber(place[0]) if place is not None else None
        if block is None or not block.isValid():
            bar.setValue(0)
            return
        rect = self.document().documentLayout().blockBoundingRect(block)  # (lays out to it)
        bar.setValue(round(rect.top() + place[1] * rect.height()))

    def loadResource(self, type: int, url: QUrl | str) -> Any:
        from PySide6.QtCore import QUrl  # (an image's: see the imports)

        scale, width = self.devicePixelRatioF(), self.text_width()
        return safe_resource(type, QUrl(url), self.base_dir, self.refused, scale, width)

    def text_width(self) -> float:
        """The width the answer's text takes: the widest an image is drawn (0, no
        limit, until the pane is on screen with its real width)."""
        width = self.viewport().width() - 2 * DOCUMENT_MARGIN
        return float(width) if self.isVisible() and width >= MIN_TEXT_WIDTH else 0.0

    def createMimeDataFromSelection(self) -> QMimeData:
        """What a copy (or a drag) takes: the selection as written, without the breaks
        the pane put in to wrap long words (core.long_words, core.render.breakable) or
        the places a table's words may hyphenate (core.table_words)."""
        data = super().createMimeDataFromSelection()
        if data.hasText():
            data.setText(without_shown_breaks(data.text()))
        if data.hasHtml():
            data.setHtml(without_shown_breaks(data.html()))
        return data

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            self._open_url(url)
        elif not url.scheme() and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
