"""The answer pane's header: the question's title (wrapped, cut to a share of the
pane with the whole in its tooltip), its meta line, its tags (ui.tag_line) and, for
a question that keeps an edit made in the app apart from its notes, a line saying so
with the way back to the notes' text (`kept_link`), kept
over the answer's text column. Placed by hand, outside any layout, so that a new title
lays out only itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from studyapp.ui.safe_browser import SafeBrowser
from studyapp.ui.tag_line import TagLine
from studyapp.ui.theme import mute


class AnswerHeader(QWidget):
    """The question's title (wrapped) and its meta line, placed by hand.

    In a layout, a QLabel whose text changes asks the whole window to lay itself
    out again (QLabel::setText → updateGeometry, and every layout on the way up to
    the main window re-activates): about 4 ms of a click in benchmarks/bench_ui.py,
    a third of the frame. Here the labels sit in no layout, and this widget changes
    its own (fixed) height only when the title's height does: a click between two
    one-line titles lays nothing out.
    """

    MARGINS = QMargins(20, 16, 20, 8)
    SPACING = 4
    # A title of many lines (a long question, a large zoom) left the answer a strip of
    # the pane: it takes at most this share of the answer view's height (and never
    # fewer than TITLE_LINES lines), cut there, whole in its tooltip.
    TITLE_SHARE = 0.3
    TITLE_LINES = 3

    # The kept line's link was clicked: the question is to take its notes' text again.
    kept_link = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self)
        # Wrapped too: on one line a narrow pane cut it off ("due 16 minutes ago · 100").
        self.meta.setWordWrap(True)
        mute(self.meta)
        self.tags = TagLine(self)  # the question's tags: hidden where it has none
        # An edit kept in the app apart from the notes: said on every showing of the
        # question (a status line about it vanished), hidden for any other.
        self.kept = QLabel(self)
        self.kept.setWordWrap(True)
        self.kept.setTextFormat(Qt.TextFormat.RichText)
        self.kept.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.kept.linkActivated.connect(lambda _href: self.kept_link.emit())
        self.kept.setToolTip(
            "Edited in StudyApp where its notes could not take the edit: re-imports keep"
            " this text, and changes to the question in the notes are not taken. Use the"
            " Notes' Text… drops the edit for the notes' text (its progress stays)."
        )
        self.kept.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.inset = 0  # px each side: the answer's text column, centred in a wide pane
        # The browser whose column the title follows (the sender of `set_inset`): it is
        # asked for the column at this header's width, the pane's, whatever face shows.
        self._column: SafeBrowser | None = None
        self.place()

    def set_inset(self, inset: int) -> None:
        """Keep the title over the answer's text column (SafeBrowser.fit_column)."""
        source = self.sender()
        if isinstance(source, SafeBrowser):
            self._column = source
        if inset != self.inset:
            self.inset = inset
            self.place()

    def set_text(
        self,
        title_html: str,
        meta: str,
        tags: Sequence[str] | None = None,
        kept: str | None = None,
    ) -> None:
        """The title, the meta line, the tags and the kept-edit line, its link running
        `kept_link` ("": none; None: those shown stay)."""
        self.title.setText(title_html)
        self.meta.setText(meta)
        self.meta.setVisible(bool(meta))
        if tags is not None:
            self.tags.set_tags(tags)
        if kept is not None:
            self.kept.setText(kept)
            self.kept.setVisible(bool(kept))
        self.place()

    def sizeHint(self) -> QSize:
        return QSize(self.MARGINS.left() + self.MARGINS.right(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._column is not None and event.size().width() != event.oldSize().width():
            # The pane's new width, before the stack below has it: the column (and
            # this inset, through `set_inset`) follow it though the answer is hidden.
            self._column.fit_column(self.width())
        self.place()

    def _title_room(self) -> int:
        """The most height the title may take: whole lines, TITLE_SHARE of the view."""
        line = self.title.heightForWidth(1 << 20)  # one line of this title, as laid out
        view = self.parentWidget()
        room = int(view.height() * self.TITLE_SHARE) if view is not None else 0
        return max(self.TITLE_LINES, room // max(line, 1)) * line

    def place(self) -> None:
        """Place the labels for the current width; fix this widget's height to fit.

        The labels have no layout to tell when their text changes (their parent has
        none), so a new title costs its own text layout and no more."""
        margins = self.MARGINS
        left = margins.left() + self.inset
        width = self.width() - margins.left() - margins.right() - 2 * self.inset
        line = self.title.fontMetrics().height()
        laid_out = width >= 80  # else one line each until the real width is known
        if not laid_out:
            width, title_height = max(width, 1), line
        else:
            title_height = max(self.title.heightForWidth(width), line)  # -1 before any text
        cut = False
        if laid_out and title_height > self.TITLE_LINES * line:
            most = self._title_room()
            cut = title_height > most
            title_height = min(title_height, most)
        tip = f"<p>{self.title.text()}</p>" if cut else ""
        if self.title.toolTip() != tip:
            self.title.setToolTip(tip)
        self.title.setGeometry(left, margins.top(), width, title_height)
        bottom = margins.top() + title_height
        for label in (self.meta, self.kept):  # wrapped lines, where shown
            if not label.isHidden():
                label_height = label.fontMetrics().height()
                if laid_out:
                    label_height = max(label.heightForWidth(width), label_height)
                label.setGeometry(left, bottom + self.SPACING, width, label_height)
                bottom += self.SPACING + label_height
        if not self.tags.isHidden():
            self.tags.fit(width)
            tags_height = self.tags.fontMetrics().height()
            self.tags.setGeometry(left, bottom + self.SPACING, width, tags_height)
            bottom += self.SPACING + tags_height
        height = bottom + margins.bottom()
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)
