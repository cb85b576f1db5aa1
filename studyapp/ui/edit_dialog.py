"""Edit Question… (F4): the question's title, its answer in Markdown with a live
preview (rendered by core.render, as the answer pane renders it) and its topic.
The dialog only collects the edit; the editing controller writes it back
(core.writeback) and says what happened.

Ctrl+S or Ctrl+Enter saves. Esc, Cancel or closing the dialog with a change made
asks first (`confirm_discard`), so a stray Esc never throws away what was typed.
What is typed is kept as a draft as the person types (`keep_draft`, once the keys
pause), so a process killed or crashed mid-edit loses nothing (ui.edit_draft offers
it back)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.model import Question
from studyapp.ui.safe_browser import SafeBrowser, shaped_answer
from studyapp.ui.screen_fit import fitted_layout
from studyapp.ui.theme import mute

PREVIEW_DELAY_MS = 150  # typing re-renders once the keys pause
DRAFT_DELAY_MS = 700  # the draft is written once the keys pause
TITLE_NEEDED = "A question needs a title: Save waits for one."


def answer_renderer(
    question: Question, root: Path | None, theme: str, cache: Any
) -> Callable[[str], str]:
    """The preview's `render`: the answer as its deck's pane renders it (its folder's
    images, its line breaks; `cache`: the pane's), read as an import reads it."""
    from studyapp.core import writeback
    from studyapp.core.render import note_folder, render_markdown

    def render(md: str) -> str:
        return render_markdown(
            writeback.read_as_import(md),
            base_dir=note_folder(root, question.source_file),
            image_root=root,
            theme=theme,
            line_breaks=cache.line_breaks(question.deck_id),
        )

    return render


class EditQuestionDialog(QDialog):
    def __init__(
        self,
        question: Question,
        topics: Sequence[tuple[int, str]],
        render: Callable[[str], str],
        parent: QWidget | None = None,
        css: str = "",
        confirm_discard: Callable[[], bool] | None = None,
        image_root: Path | None = None,
        save: Callable[[str, str, int | None], bool] | None = None,
        keep_draft: Callable[[tuple[str, str, int | None] | None], object] | None = None,
    ) -> None:
        """`render(markdown)` gives the answer's HTML and `css` the answer pane's
        stylesheet, so the preview shows it as the pane will. `confirm_discard()` is
        asked before a changed question is closed unsaved: True lets it go (None: it
        goes without asking). `save(title, answer, topic)` is asked before the dialog
        closes on Save: False keeps it open, the text as typed (nothing is lost to a
        save that failed). `keep_draft(values)` keeps an unsaved edit as a draft
        (None: nothing is changed, no draft), once the keys pause and when the dialog
        is let go with its edit kept (`keep_and_close`)."""
        super().__init__(parent)
        self._confirm_discard = confirm_discard
        self._save = save
        self._keep_draft = keep_draft
        self.kept = False  # let go with its edit kept as a draft (`keep_and_close`)
        self.setWindowTitle("Edit Question")
        self.question = question
        self._render = render
        self.title_edit = QLineEdit(question.shown_title)  # its code in backticks
        self.answer_edit = QPlainTextEdit(question.answer_markdown)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.answer_edit.setAccessibleName("Answer (Markdown)")
        # As the pane's: it loads images from inside the deck's folder only.
        self.preview = SafeBrowser(open_url=lambda _url: None)
        self.preview.base_dir = image_root
        self.preview.setAccessibleName("Preview")
        # Quotes, code, table heads and the theme's colours come from this stylesheet
        # (before: the preview had none, so a quote lost its bar and code its shade).
        self.preview.document().setDefaultStyleSheet(css)
        # A table wider than the preview: its cells' long words get places to break, as
        # the pane's do (ui.answer_view): a horizontal scroll bar showed under it.
        self._preview_html = ""  # as the preview shows it ("" until shown)
        self._hyphenated = False
        self.preview.overflowed.connect(self._on_preview_overflow)
        self.topic_box = QComboBox()
        for tid, path in topics:
            self.topic_box.addItem(path, tid)
        at = self.topic_box.findData(question.topic_id)
        self.topic_box.setCurrentIndex(max(at, 0))

        split = QSplitter()
        split.addWidget(self.answer_edit)
        split.addWidget(self.preview)
        # Why Save waits, said under the field while the title is blank (Save greyed
        # and Ctrl+S doing nothing said nothing).
        self.title_needed = QLabel(TITLE_NEEDED)
        mute(self.title_needed)
        self.title_needed.hide()
        form = QFormLayout()
        form.addRow("&Title:", self.title_edit)
        form.addRow("", self.title_needed)
        form.addRow("T&opic:", self.topic_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip("Save (Ctrl+S)")
        # Keys of their own, as the fields have (Alt+T, Alt+O, Alt+A): Alt+S had typed
        # an "s" into the answer of a person working from the keyboard.
        save.setText("&Save")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("&Cancel")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        # Named, with its key, as the fields above are (Alt+A); the preview beside it.
        self.answer_label = QLabel("&Answer (Markdown), its preview beside it:")
        self.answer_label.setBuddy(self.answer_edit)
        layout.addWidget(self.answer_label)
        layout.addWidget(split, 1)
        fitted_layout(self, body, self.buttons, QSize(900, 560))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.answer_edit.textChanged.connect(self._timer.start)
        self.title_edit.textChanged.connect(self._check_title)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.answer_edit.textChanged.connect(self._draft_timer.start)
        self.title_edit.textChanged.connect(self._draft_timer.start)
        self.topic_box.currentIndexChanged.connect(self._draft_timer.start)
        self.update_preview()
        if not question.answer_markdown.strip():
            # A question the notes left unanswered is opened to write its answer.
            self.answer_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_preview(self) -> None:
        self._timer.stop()
        # As the pane shows it, code boxes included.
        html = self._render(self.answer_edit.toPlainText())
        self._preview_html = shaped_answer(html, self.preview.font())
        self._hyphenated = False
        self._show_preview(self._preview_html)

    def _show_preview(self, html: str) -> None:
        bars = (self.preview.verticalScrollBar(), self.preview.horizontalScrollBar())
        place = [bar.value() for bar in bars]  # kept as the answer is typed
        self.preview.setHtml(html)
        for bar, value in zip(bars, place, strict=True):
            bar.setValue(value)

    def _on_preview_overflow(self) -> None:
        if "<table" in self._preview_html and not self._hyphenated:
            self._hyphenated = True
            QTimer.singleShot(0, self, self._hyphenate_preview)  # after the layout that found it

    def _hyphenate_preview(self) -> None:
        from studyapp.core.table_words import hyphenated_cells  # (a table too wide)

        self._show_preview(hyphenated_cells(self._preview_html))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+S or Ctrl+Enter saves, wherever the focus is in the dialog (the fields
        leave these keys to it); plain Enter never does (the answer field takes it as a
        new line)."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.matches(QKeySequence.StandardKey.Save) or (control and enter):
            if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
                self.accept()
            else:  # the words under the field say why; the field is where to act
                self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if enter and not control:
            # Plain Enter moves on, as a form does: in the title field it saved the
            # edit (Save was the default button), into the notes file, a stray Enter
            # after some keys typed there. A button with the focus is pressed.
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def changed(self) -> bool:
        """Whether the title, answer or topic differ from the question's."""
        title, answer, topic = self.values()
        question = self.question
        return (
            title != question.shown_title
            or answer != question.answer_markdown
            or (topic is not None and topic != question.topic_id)
        )

    def keep_draft(self) -> None:
        """Keep the edit as it stands as a draft (no draft where nothing is changed)."""
        self._draft_timer.stop()
        if self._keep_draft is not None:
            self._keep_draft(self.values() if self.changed() else None)

    def forget_draft(self) -> None:
        """Saved or let go: its draft goes."""
        if self._keep_draft is not None:
            self._keep_draft(None)

    def keep_and_close(self) -> None:
        """Let the dialog go without asking, its edit kept as a draft for the next
        start: the session is ending (SIGTERM: a logout, a shutdown) and nobody is
        there to answer "Discard your changes?"."""
        self.keep_draft()
        self.kept = True
        self._confirm_discard = None
        super().reject()

    def put_back(self, title: str, answer: str, topic: int | None) -> None:
        """Fill the dialog with a draft kept before (Restore)."""
        self.title_edit.setText(title)
        self.answer_edit.setPlainText(answer)
        at = self.topic_box.findData(topic)
        if at >= 0:
            self.topic_box.setCurrentIndex(at)
        self.update_preview()

    def done(self, result: int) -> None:
        self._draft_timer.stop()  # saved or let go: no draft written after it
        super().done(result)

    def accept(self) -> None:
        if self._save is not None and not self._save(*self.values()):
            return  # not saved: the person's text stays in the dialog
        super().accept()

    def reject(self) -> None:
        """Esc, Cancel or the close button: a changed question is let go only when the
        person agrees."""
        if self._confirm_discard is not None and self.changed() and not self._confirm_discard():
            return
        super().reject()

    def _check_title(self, text: str) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        titled = bool(text.strip())  # a question needs a title
        save.setEnabled(titled)
        save.setToolTip("Save (Ctrl+S)" if titled else TITLE_NEEDED)
        self.title_needed.setVisible(not titled)

    def values(self) -> tuple[str, str, int | None]:
        """(title, answer Markdown, topic id) as the person left them."""
        topic = self.topic_box.currentData()
        return self.title_edit.text(), self.answer_edit.toPlainText(), topic
