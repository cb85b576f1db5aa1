"""The answer pane: the question title, the rendered answer, and what shows instead of it.

Three faces in one place: the answer (a `SafeBrowser`), the "answer hidden" face
of study mode, and a notice (a topic's overview, an empty study queue) with
buttons the window supplies. The HTML arrives already rendered and sanitized
(core.render); what may be loaded from it (nothing but image files inside the
notes file's own folder; links open in the system browser only when clicked) is
ui.safe_browser's rule; the title over it is ui.answer_header's. This pane keeps
the parsed documents, the zoom, and the faces.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontInfo,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.answer_look import boxed_code, title_html
from studyapp.core.render import breakable
from studyapp.core.title_math import may_hold_math
from studyapp.ui.answer_header import AnswerHeader
from studyapp.ui.safe_browser import (
    DOCUMENT_MARGIN,
    ROUNDING_SLACK,
    WORD_WRAP,
    SafeBrowser,
    SafeDocument,
    code_column_px,
)
from studyapp.ui.theme import Card, HLine, mute

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # built where a link or an image needs one (ui/safe_browser.py)

_FORMULA_SRC = re.compile(r'<img src="(data:image/svg\+xml;base64,[^"]+)"')

ZOOM_MIN, ZOOM_MAX = -4, 12
DOCUMENT_CACHE = 48
HYPHENATED = "\x00hyphenated\x00"  # a cache key's mark: the table words' variant
BASE_POINT_SIZE = 11.0
TITLE_EXTRA_POINTS = 5.0
# A list level's indent, in ems of the answer's font (Qt's own is 40 px whatever
# the font: the zoomed-in lists kept their small indent).
LIST_INDENT_EMS = 2.7


class WrappingLabel(QLabel):
    """A word-wrapped label that remembers its height for each width, text and font.

    Qt asks a wrapped label for its height for a width whenever its layout runs
    again, and showing a face of the answer's stack re-runs it: for the hidden
    face's prompt (the same few words before every question) that text layout was
    0.6 ms of each grade."""

    HEIGHTS_KEPT = 64

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._heights: dict[tuple[int, str, str], int] = {}

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text(), self.font().key())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= self.HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a style or margins change: measure again
        super().changeEvent(event)
        self._keep_lines()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._keep_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_lines()

    def _keep_lines(self) -> None:
        """No shorter than its lines need at its width: where its face is short (a
        mock's prompt in a 700 × 420 window) the page scrolls to them instead of
        cutting the last off ("… then press Ctrl+Enter to")."""
        need = self.heightForWidth(self.width()) if self.width() > 0 else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(need, 0))


class AnswerView(Card):
    """Title, meta line, and the answer / hidden / notice faces."""

    link_hovered = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._css = ""
        self._html = ""
        # Parsed documents by HTML, most recent last: showing a question seen (or
        # pre-rendered) before is a document swap, not a parse.
        self._documents: OrderedDict[str, QTextDocument] = OrderedDict()
        # None: a table too wide is hyphenated at once; False/True: not before the
        # window's first frame (`hold_until_painted`), True once one waits for it.
        self._until_painted: bool | None = None
        self._zoom = 0
        self._indent_px = 40.0  # a list level's indent and a code character's width,
        self._code_column_px: float | None = None  # both for the zoom's font (set_zoom)

        self.header = AnswerHeader()
        self.title = self.header.title
        self.meta = self.header.meta
        rule = HLine()

        self.browser = SafeBrowser(self, open_url=open_url)
        self.browser.column_moved.connect(self.header.set_inset)
        self.browser.overflowed.connect(self._on_overflow)
        self.browser.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))

        self.hidden_face = QWidget()
        # Focusable so the study keys (Space, 1–4) reach the window's shortcuts, not
        # the search field or the tree, while the answer is hidden.
        self.hidden_face.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._hidden_layout = hidden_layout = QVBoxLayout(self.hidden_face)
        hidden_layout.addStretch(2)
        self.hidden_label = WrappingLabel()
        mute(self.hidden_label)
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hidden_layout.addWidget(self.hidden_label)
        hidden_layout.addStretch(3)
        # The question's body over the prompt (a quiz's code and options), made the
        # first time a question has one.
        self.body: SafeBrowser | None = None
        self._body_html = ""
        self._open_url = open_url

        self.notice_face = QWidget()
        # Focused itself where its first button is no step forward (End session while
        # waiting): a Space pressed out of habit must not press it.
        self.notice_face.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._focus_first_button = True
        notice_layout = QVBoxLayout(self.notice_face)
        notice_layout.setContentsMargins(32, 24, 32, 24)
        notice_layout.addStretch(2)
        self.notice_label = QLabel()
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.RichText)
        notice_layout.addWidget(self.notice_label)
        self._notice_buttons = QHBoxLayout()
        self._notice_buttons.setSpacing(10)
        notice_layout.addSpacing(12)
        notice_layout.addLayout(self._notice_buttons)
        notice_layout.addStretch(3)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.hidden_face)
        self.stack.addWidget(self.notice_face)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(rule)
        layout.addWidget(self.stack, 1)
        self.set_zoom(0)

    # --- what is shown -----------------------------------------------------------

    def set_header(
        self, title_html: str, meta: str = "", tags: Sequence[str] = (), kept: str = ""
    ) -> None:
        """The header's title, meta line, the question's tags (none: no tag line) and
        its kept-edit line (ui.answer_header; "": none)."""
        self.header.set_text(title_html, meta, tags, kept)

    def title_html(self, title: str, markup: str = "") -> str:
        """A question's title as the header shows it (core.answer_look.title_html), its
        formulas drawn in the title's own colour, as much larger than an answer's
        formulas as the title's font is than the answer's."""
        if not may_hold_math(title):
            return title_html(title, markup)
        from studyapp.core import texmath  # (a title with a formula: drawn with it)

        color = self.title.palette().color(self.title.foregroundRole()).name()
        text_px = texmath.TEXT_POINTS * self.logicalDpiY() / 72
        size = texmath.SIZE * QFontInfo(self.title.font()).pixelSize() / text_px
        return title_html(title, markup, formulas=(color, size))

    def set_meta(self, meta: str) -> None:
        self.header.set_text(self.title.text(), meta)

    def set_answer(
        self, html: str, base_dir: Path | None = None, *, keep_place: bool = False
    ) -> None:
        """Show an answer's (sanitized) HTML; `keep_place`: scrolled where the one on
        screen was (the same answer, its formulas drawn meanwhile)."""
        self.browser.base_dir = base_dir
        if html != self._html and self.browser.wide:
            self.browser.wide = False  # the next answer's lines a comfortable measure again
            self.browser.fit_column()
        self._html = html
        # A table that was too wide here before: its words hyphenated at once.
        document = self._documents.get(HYPHENATED + html) or self.document_for(html, base_dir)
        if self.browser.document() is not document:
            bars = (self.browser.verticalScrollBar(), self.browser.horizontalScrollBar())
            place = [bar.value() if keep_place else 0 for bar in bars]
            self.browser.setDocument(document)
            # From its top: QTextEdit kept a scrolled answer's position, clamped, and
            # the next opened 18 px down (its top margin gone) below a long one.
            for bar, value in zip(bars, place, strict=True):
                bar.setValue(value)
        self._switch(self.browser)

    def show_anchor(self, name: str) -> None:
        """Scrolled so the place `name` marks (`<a name>`: a search's first hit) is in
        view, a third of the way down with what leads to it above; left at the top
        when it shows on the first screen."""
        bar = self.browser.verticalScrollBar()
        self.browser.scrollToAnchor(name)  # (its line at the top)
        seen = self.browser.viewport().height()
        line = self.browser.fontMetrics().lineSpacing()
        top = bar.value()
        if top + 2 * line <= seen:
            bar.setValue(0)
        elif top < bar.maximum():  # (at the end: it shows on the last screen already)
            bar.setValue(top - seen // 3)

    def document_for(
        self, html: str, base_dir: Path | None = None, *, hyphenate: bool = False
    ) -> QTextDocument:
        """The parsed document for some HTML, from the cache or made now; `hyphenate`:
        its table cells' long words with places to hyphenate (`_on_overflow`)."""
        key = HYPHENATED + html if hyphenate else html
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        # Owned by this view, not the browser (setDocument deletes a replaced child
        # document); its own loadResource keeps the browser's rule.
        document = SafeDocument(
            base_dir, self.browser.refused, self, self._raster_scale, self.browser.text_width
        )
        document.setDocumentMargin(DOCUMENT_MARGIN)
        option = document.defaultTextOption()
        option.setWrapMode(WORD_WRAP)  # as the browser would set it, before `prepare`
        document.setDefaultTextOption(option)
        document.setDefaultFont(self.browser.font())
        document.setIndentWidth(self._indent_px)
        document.setDefaultStyleSheet(self._css)
        # Parsed, not laid out: QTextEdit.setDocument lays a document out, as far as it
        # shows, at the browser's width (QTextDocument.setPageSize); `prepare` does the
        # rest in idle time. Before that, making the document's layout laid it out once
        # more, at the page size the document had: with no width (nothing wrapped) a
        # sixth of a click, and its lines, as wide as unwrapped text, stayed below the
        # first screen and read as a table too wide. A null page size lays nothing out
        # (QTextDocumentLayout's canLayout) until a browser or `prepare` gives a width.
        document.setPageSize(QSizeF(0, 0))
        shaped = breakable(html)
        if hyphenate:
            from studyapp.core.table_words import hyphenated_cells  # (a table too wide)

            shaped = hyphenated_cells(shaped)
        if "<pre" in shaped:
            shaped = boxed_code(shaped, self._code_column())
        document.setHtml(self._zoomed(shaped))  # (breakable: a huge unbroken line, no freeze)
        self._documents[key] = document
        while len(self._documents) > DOCUMENT_CACHE:
            oldest_html, oldest = next(iter(self._documents.items()))
            if oldest in self._shown_documents():
                self._documents.move_to_end(oldest_html)
                continue
            del self._documents[oldest_html]
            oldest.deleteLater()
        return document

    def _formula_zoom(self) -> float:
        from studyapp.core import texmath  # (it brings markdown: loaded with a formula)

        return (BASE_POINT_SIZE + self._zoom) / texmath.TEXT_POINTS

    def _raster_scale(self) -> float:
        return self.browser.devicePixelRatioF() * max(1.0, self._formula_zoom())

    def _zoomed(self, html: str) -> str:
        """Formulas are sized in pixels for the base font; at another zoom they grow
        or shrink with the text."""
        if "data:image/svg+xml" not in html:
            return html  # no formula: nothing to scale
        from studyapp.core import texmath

        return texmath.scale_formulas(html, self._formula_zoom())

    def is_prepared(self, html: str) -> bool:
        """Whether the document for this HTML is made (and kept) already."""
        return html in self._documents

    def prepare(self, html: str, base_dir: Path | None = None) -> None:
        """Make and lay out the document for an answer likely to be shown next (idle
        time). setDocument lays it out again when it is shown, but a document laid
        out once keeps its shaped text: that second layout took 2-3 ms instead of
        5-6 ms for a fresh one (benchmarks/bench_ui.py, store-only vs warm)."""
        document = self.document_for(html, base_dir)
        width = self.browser.viewport().width()
        if width > 0:
            document.setTextWidth(width)
            document.size()  # the whole document, not only what the first screen shows
        # Formulas are sized in the HTML, so layout never decodes them; paint would.
        sources = _FORMULA_SRC.findall(html)
        if sources:
            from PySide6.QtCore import QUrl  # (built on first use: ui/safe_browser.py)

            from studyapp.ui.doc_images import load_image

            scale = self._raster_scale()
            for source in sources:
                load_image(QUrl(source), [], scale=scale)

    def _shown_documents(self) -> list[QTextDocument]:
        """The documents on show: the answer's, and the question body's."""
        shown = [self.browser.document()]
        if self.body is not None:
            shown.append(self.body.document())
        return shown

    def drop_documents(self) -> None:
        """Forget the parsed documents (all but those on show)."""
        shown = self._shown_documents()
        for document in self._documents.values():
            if all(document is not current for current in shown):
                document.deleteLater()
        self._documents.clear()

    def take_focus(self) -> None:
        """Focus the face on show: the answer (arrows scroll it) or the hidden face."""
        face = self.stack.currentWidget()
        if face is self.notice_face and self._focus_first_button:
            buttons = [
                widget
                for i in range(self._notice_buttons.count())
                if isinstance(widget := self._notice_buttons.itemAt(i).widget(), QPushButton)
            ]
            face = buttons[0] if buttons else face
        face.setFocus(Qt.FocusReason.OtherFocusReason)

    def has_focus(self) -> bool:
        # The window's focus, not this widget's focusWidget(): that is the last child
        # given the focus, still the answer long after the person went on to type in
        # the search field, which a search's new page then took the focus from.
        focused = self.window().focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def answer_html(self) -> str:
        return self._html

    def hide_answer(self, prompt: str, body_html: str = "", base_dir: Path | None = None) -> None:
        """The hidden face: `prompt`, under the question's body where it has one
        (core.question_body: what is needed to answer, shown before the answer)."""
        self.hidden_label.setText(prompt)
        self._set_body(body_html, base_dir)
        self._switch(self.hidden_face)

    def body_html(self) -> str:
        """The question body the hidden face shows ("" for none)."""
        shown = self.body is not None and self.body.isVisibleTo(self.hidden_face)
        return self._body_html if shown else ""

    def _set_body(self, html: str, base_dir: Path | None) -> None:
        self._body_html = html
        layout = self._hidden_layout
        if not html:
            if self.body is not None and self.body.isVisibleTo(self.hidden_face):
                self.body.hide()
                layout.setStretch(1, 2)  # the prompt centred again, in its large type
                layout.setStretch(3, 3)
                self.hidden_label.setFont(self._prompt_font)
            return
        body = self.body
        if body is None:
            body = self.body = SafeBrowser(self.hidden_face, open_url=self._open_url)
            # Keys stay with the hidden face (Space reveals); the wheel scrolls it.
            body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            body.setFont(self.browser.font())
            layout.insertWidget(0, body, 1)
        body.base_dir = base_dir
        document = self.document_for(html, base_dir)
        if body.document() is not document:
            body.setDocument(document)
            body.verticalScrollBar().setValue(0)
        if layout.stretch(1):
            layout.setStretch(1, 0)  # the prompt right under the body, in the text's
            layout.setStretch(3, 0)  # type: the body (code, options) needs the room
            self.hidden_label.setFont(self.browser.font())
        body.show()

    def body_spare(self) -> int | None:
        """How many px the question body's box has beyond its text (negative: how
        many it lacks to show it whole, without scrolling); None with no body."""
        body = self.body
        if body is None or not body.isVisibleTo(self.hidden_face):
            return None
        needed = math.ceil(body.document().size().height())
        return body.viewport().height() - needed

    def answer_spare(self) -> int:
        """How many px the answer's box has beyond its text (negative: how many it
        lacks to show it whole): what the mock's grading panel under it may take."""
        needed = math.ceil(self.browser.document().size().height())
        return self.browser.viewport().height() - needed

    def _on_overflow(self) -> None:
        """The answer is wider than the pane: where a table is, its cells' long words
        get places to hyphenate, so that the table fits rather than the whole answer
        scrolling sideways (core.table_words). Once per answer, after the layout that
        found it (not inside it); a word of code too wide still scrolls."""
        html = self._html
        if "<table" in html and HYPHENATED + html not in self._documents:
            if self._until_painted is None:
                QTimer.singleShot(0, self, self._hyphenate_tables)
            else:  # the window's first frame comes first: a second layout waits for it
                self._until_painted = True

    def hold_until_painted(self) -> None:
        """Tables' words wait for `painted`: the window's first frame is not held up by
        a second layout of its answer (80 million instructions of a start, by
        benchmarks/bench_startup_instructions.py, on a default deck's first answer)."""
        self._until_painted = False

    def painted(self) -> None:
        """The window's first frame is out: what waited for it is done now."""
        waited, self._until_painted = self._until_painted, None
        if waited:
            QTimer.singleShot(0, self, self._hyphenate_tables)

    def _hyphenate_tables(self) -> None:
        """First the whole pane's width for the answer (a wide window's text column is
        narrower than its pane: a ten-column table's headers broke "dro-pout" there
        with room to spare beside it); where the table is still too wide, its words
        hyphenated (the overflow comes again after the wider layout)."""
        html, browser = self._html, self.browser
        if browser.document() is not self._documents.get(html):
            return  # another answer since, or hyphenated already
        if not browser.text_width() or browser.horizontalScrollBar().maximum() <= ROUNDING_SLACK:
            return  # laid out before its real width was known, or fits at it now
        if not browser.wide and browser.column_inset > 0:
            browser.wide = True
            browser.fit_column()
            return
        bar = browser.verticalScrollBar()
        at = bar.value()
        browser.setDocument(self.document_for(html, browser.base_dir, hyphenate=True))
        bar.setValue(at)

    def is_answer_visible(self) -> bool:
        return self.stack.currentWidget() is self.browser

    def show_notice(
        self,
        html: str,
        actions: Sequence[tuple[str, Callable[[], Any]]] = (),
        *,
        focus_first: bool = True,
    ) -> list[QPushButton]:
        """A message in place of the answer, with buttons (label, callback). The first
        button takes the focus (Enter or Space presses it) unless `focus_first` is False."""
        self.notice_label.setText(html)
        self._focus_first_button = focus_first
        while self._notice_buttons.count():
            item = self._notice_buttons.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.hide()  # at once: deleted later, it was drawn over the new ones
                widget.deleteLater()
        buttons = []
        self._notice_buttons.addStretch(1)
        for i, (label, callback) in enumerate(actions):
            button = QPushButton(label)
            if i == 0:
                button.setObjectName("primary")
            # clicked carries a "checked" flag; a callback with an optional first
            # parameter (a topic, a question id) would take it for its argument
            button.clicked.connect(lambda _checked=False, act=callback: act())
            self._notice_buttons.addWidget(button)
            button.show()  # with the old ones hidden at once, the new ones show at once
            buttons.append(button)
        self._notice_buttons.addStretch(1)
        self._switch(self.notice_face)
        return buttons

    def _switch(self, face: QWidget) -> None:
        """Show a face; if the pane had the focus, the new face gets it (hiding the
        focused face would otherwise send it to the next widget: the search field)."""
        had_focus = self.has_focus()
        if self.stack.currentWidget() is not face:
            self.stack.setCurrentWidget(face)
        if had_focus:
            self.take_focus()

    # --- look ------------------------------------------------------------------

    def set_css(self, css: str) -> None:
        """The answer's default stylesheet (per theme); re-applies the current HTML."""
        if css == self._css:
            return
        self._css = css
        self._rebuild(self._reading_places())

    def _reading_places(self) -> list[tuple[int, float] | None]:
        """Where the answer and the question body are scrolled to, taken before a new
        font or style sheet lays them out anew (SafeBrowser.reading_place)."""
        body = self.body
        return [self.browser.reading_place(), body.reading_place() if body else None]

    def _rebuild(self, places: list[tuple[int, float] | None]) -> None:
        """The answer and the body made anew (a zoom, a theme), each at the same text
        it showed at the top: a zoom step sent a scrolled answer back to its top."""
        self.drop_documents()
        if self._html:
            self.browser.setDocument(self.document_for(self._html, self.browser.base_dir))
            self.browser.go_to_place(places[0])
        if self.body is not None:
            self.body.setFont(self.browser.font())
            if self._body_html:
                self.body.setDocument(self.document_for(self._body_html, self.body.base_dir))
                self.body.go_to_place(places[1])

    def css(self) -> str:
        return self._css

    @property
    def zoom(self) -> int:
        return self._zoom

    def _code_column(self) -> float:
        """A code character's width at this zoom, measured when an answer with code is
        built (not on every zoom step)."""
        if self._code_column_px is None:
            self._code_column_px = code_column_px(self.browser.font())
        return self._code_column_px

    def set_zoom(self, steps: int) -> int:
        places = self._reading_places()  # (the new font lays the old document out anew)
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(steps)))
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE + self._zoom)
        self.browser.setFont(font)
        self.browser.fit_column()
        self._indent_px = LIST_INDENT_EMS * QFontInfo(font).pixelSize()
        self._code_column_px = None  # measured when an answer with code is shown
        title_font = QFont(font)
        title_font.setPointSizeF(BASE_POINT_SIZE + TITLE_EXTRA_POINTS + self._zoom)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.header.place()
        big = self._prompt_font = QFont(font)
        big.setPointSizeF(BASE_POINT_SIZE + 2 + self._zoom)
        self.hidden_label.setFont(font if self.body_html() else big)
        self._rebuild(places)
        return self._zoom
