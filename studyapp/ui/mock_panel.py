"""The mock interview's answer panel under the answer pane: the typed answer, and after
the reveal the self-grading (key points with their coverage, a note, the four ratings).

Two faces. "asking": a text box to type or outline the answer while the clock runs
(the model answer is hidden). "grade": the typed answer (read-only now) beside the
model answer's key points, each ticked where the typed answer covers it and
togglable by hand (Space on the focused point, or a click), the coverage as a
percentage, an optional note and Again / Hard / Good / Easy.

After the reveal the window's Space grades Good, as in a study session; the boxes
that take a Space of their own keep it: the note types it, the key points tick with
it, and the typed answer, read-only now, swallows it and every other character
typed (the clock ran out while the person was typing: the next word's space or a
digit in it must not grade the question); Ctrl+1–4 grade from there.

Pure view: it shows what the window passes in (core `KeyPoint`s and a coverage) and
emits what the person did; the keys are the window's Study-menu actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import percent, plural
from studyapp.core.mock import KeyPoint
from studyapp.core.scheduler import RATING_NAMES
from studyapp.ui.theme import Card, mute
from studyapp.ui.timer_panel import ERASED_AFTER, ERASED_BEFORE, types_text

TYPING_HINT = (
    "Space types a space here; <b>Ctrl+Enter</b> reveals the model answer · "
    "<b>Ctrl+P</b> pause · <b>Ctrl+Shift+S</b> skip · <b>Esc</b> end"
)
# While the timer panel asks "end now?" (or "quit now?"): what the keys do then.
ASKING_HINTS = {
    "end": "<b>Enter</b> ends the mock interview · <b>Esc</b> or typing on keeps going",
    "quit": "<b>Enter</b> quits StudyApp · <b>Esc</b> or typing on keeps going",
}
TYPING_PROMPT = (
    "Type or outline your answer here, as you would say it in the interview…\n\n"
    "When you reveal the model answer, its key points that your answer mentions get ticked."
)
NOTHING_TYPED = "Nothing typed for this question."
GRADING_HINT = (
    "<b>Space</b> Good · <b>1–4</b> grade · <b>Tab</b> to the key points (Space ticks one)"
    " and the note (<b>Ctrl+1–4</b> grade there)"
)
# The same while the read-only typed answer keeps the focus (after a time-up while
# typing), where a digit types nothing and so grades nothing.
TYPED_GRADING_HINT = (
    "Your answer is kept as typed: <b>Ctrl+1–4</b> grade here · <b>Tab</b> to the key"
    " points (Space ticks one) and the note"
)


# After the reveal the panel takes at most this share of its page's height (the
# timer, the model answer and the panel), and this many px: the rest is the answer's.
GRADE_SHARE = 1 / 3
GRADE_MAX_HEIGHT = 250
# While asking a question with a body (a quiz's code and options), the body above
# takes the height it needs to show whole: the typing box gives way, down to this
# many lines of text.
TYPING_LINES = 4
NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


def coverage_text(coverage: float | None, points: Sequence[KeyPoint]) -> str:
    """The reveal's coverage line. `coverage` None with key points: nothing typed nor
    ticked, nothing measured ("–", as the summary's table says it)."""
    if not points:
        return "No key terms in this answer"
    ticked = sum(p.ticked for p in points)
    counted = plural(len(points), "key point")
    if coverage is None:
        return f"Coverage <b>–</b> · nothing typed · {ticked} of {counted}"
    return f"Coverage <b>{percent(coverage)}</b> · {ticked} of {counted}"


class MockPanel(Card):
    reveal_clicked = Signal()
    grade_clicked = Signal(int)
    point_toggled = Signal(int)  # the index of the key point ticked or unticked by hand
    typed_changed = Signal(str)
    note_changed = Signal(str)
    play_clicked = Signal()  # play the spoken answer back
    # The answer box or the note took the focus (a click) while the timer panel asks
    # "end now?": the person goes on there (the hint said Enter ends, Enter typed a line).
    box_focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mockPanel")
        self._face = "asking"
        self._asked = ""  # the question the timer panel asks, if any (show_question_asked)
        self._filling = False
        self._page: QWidget | None = None  # the page this sits in (fit_grading, fit_asking)
        # While asking: how many px the question body above has to spare (negative:
        # lacks), None for no body (AnswerView.body_spare).
        self._body_spare: Callable[[], int | None] | None = None
        # After the reveal: how many px the model answer above has to spare
        # (AnswerView.answer_spare), which the key points may take.
        self._answer_spare: Callable[[], int] | None = None

        bold = QFont(self.font())
        bold.setBold(True)

        # Left column: the typed answer.
        self.answer_label = QLabel("Your answer")
        self.answer_label.setFont(bold)
        self.typed = QPlainTextEdit()
        self.typed.setPlaceholderText(TYPING_PROMPT)
        self.typed.setTabChangesFocus(True)
        typed_font = QFont(self.font())
        typed_font.setPointSizeF(typed_font.pointSizeF() + 1)
        self.typed.setFont(typed_font)
        self.typed.setAccessibleName("Your answer")
        self.typed.textChanged.connect(self._on_typed)
        self.answer_label.setBuddy(self.typed)
        # After the reveal, beside the model answer: the spoken answer, when recorded.
        self.play_button = QPushButton("▶  Hear your answer")
        self.play_button.setToolTip("Play back what you said (a spoken mock)")
        self.play_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.play_button.clicked.connect(self.play_clicked)
        self.play_button.hide()
        answer_header = QHBoxLayout()
        answer_header.addWidget(self.answer_label)
        answer_header.addStretch(1)
        answer_header.addWidget(self.play_button)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(answer_header)
        left.addWidget(self.typed, 1)

        # Right column (after the reveal): the key points and their coverage.
        self.points_label = QLabel("Key points")
        self.points_label.setFont(bold)
        self.coverage_label = QLabel()
        self.coverage_label.setTextFormat(Qt.TextFormat.RichText)
        self.points = QListWidget()
        self.points.setAccessibleName("Key points of the model answer")
        self.points.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A point a line, wrapped to the column's width: points are often clauses ("prevents
        # co-adaptation of neurons and acts like an ensemble…"), which a row of chips cut
        # off at the right edge, and a row mixing chips and lines read as a jumble.
        self.points.setFlow(QListView.Flow.TopToBottom)
        self.points.setWordWrap(True)
        self.points.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.points.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.points.setResizeMode(QListView.ResizeMode.Adjust)
        self.points.setSpacing(2)
        self.points.itemChanged.connect(self._on_item_changed)
        self.points_label.setBuddy(self.points)
        header = QHBoxLayout()
        header.addWidget(self.points_label)
        header.addStretch(1)
        header.addWidget(self.coverage_label)
        self.points_column = QWidget()
        right = QVBoxLayout(self.points_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)
        right.addLayout(header)
        right.addWidget(self.points, 1)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 3)
        body.addWidget(self.points_column, 2)

        # Bottom row, asking: the keys and Reveal.
        self.asking_row = QWidget()
        row = QHBoxLayout(self.asking_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.typing_hint = QLabel(TYPING_HINT)
        self.typing_hint.setTextFormat(Qt.TextFormat.RichText)
        self.typing_hint.setWordWrap(True)
        mute(self.typing_hint)
        self.reveal_button = QPushButton("Reveal answer   Ctrl+Enter")
        self.reveal_button.setObjectName("primary")
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.reveal_button.clicked.connect(self.reveal_clicked)
        row.addWidget(self.typing_hint, 1)
        row.addWidget(self.reveal_button)

        # Bottom row, grading: the note and the four ratings.
        self.grading_row = QWidget()
        grade_layout = QVBoxLayout(self.grading_row)
        grade_layout.setContentsMargins(0, 0, 0, 0)
        grade_layout.setSpacing(6)
        self.note = QLineEdit()
        self.note.setPlaceholderText("Note (optional): what to remember next time")
        self.note.setClearButtonEnabled(True)
        self.note.setAccessibleName("Note")
        self.note.textEdited.connect(self.note_changed)  # the person's edits, not ours
        self.grading_hint = QLabel(GRADING_HINT)
        self.grading_hint.setTextFormat(Qt.TextFormat.RichText)
        mute(self.grading_hint)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.note, 1)
        self.grade_buttons: dict[int, QPushButton] = {}
        for rating, name in RATING_NAMES.items():
            button = QPushButton(f"{rating}  {name}")
            button.setObjectName(f"grade{rating}")
            button.setMinimumWidth(86)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setToolTip(f"{name} (key {rating}, or Ctrl+{rating} in the note)")
            button.clicked.connect(lambda _=False, r=rating: self.grade_clicked.emit(r))
            buttons.addWidget(button)
            self.grade_buttons[rating] = button
        grade_layout.addLayout(buttons)
        grade_layout.addWidget(self.grading_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(body, 1)
        layout.addWidget(self.asking_row)
        layout.addWidget(self.grading_row)
        self.setTabOrder(self.points, self.note)
        for box in (self.points, self.typed, self.note):
            box.installEventFilter(self)
        self.show_asking()

    # --- faces -------------------------------------------------------------------------

    @property
    def face(self) -> str:
        """ "asking" (typing, answer hidden) or "grade" (key points and ratings)."""
        return self._face

    def show_asking(
        self, text: str = "", body_spare: Callable[[], int | None] | None = None
    ) -> None:
        """A fresh question: an empty (or the given) typed answer, editable.
        `body_spare`: what the question's body above has to spare (`fit_asking`)."""
        self._face = "asking"
        self._body_spare = body_spare
        self._filling = True
        try:
            self.typed.setPlainText(text)
            self.points.clear()
        finally:
            self._filling = False
        self.typed.setReadOnly(False)
        self.typed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.typed.setEnabled(True)
        self.typed.setPlaceholderText(TYPING_PROMPT)
        self.answer_label.setText("Your answer")
        self.play_button.hide()
        self.note.clear()
        self.points_column.hide()
        self.grading_row.hide()
        self.asking_row.show()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        lines = self.typed.fontMetrics().lineSpacing() * TYPING_LINES
        self.typed.setMinimumHeight(lines + 2 * self.typed.frameWidth() + 8)
        self.setMaximumHeight(NO_LIMIT)
        self._watch_page()
        self.fit_asking()

    def _watch_page(self) -> None:
        page = self.parentWidget()
        if page is not None and page is not self._page:
            self._page = page
            page.installEventFilter(self)  # its height decides this panel's

    def fit_asking(self) -> None:
        """While asking a question with a body: no taller than leaves the body room to
        show whole (its options under its code, without scrolling), never shorter
        than the typing box's few lines. On a 1366×768 screen the typing box kept its
        share of the page, the box of the quiz card above it scrolled, and its last
        options were out of sight."""
        if self._face != "asking":
            return
        spare = self._body_spare() if self._body_spare is not None else None
        if spare is None:
            cap = NO_LIMIT
        else:
            least = self.minimumSizeHint().height()
            cap = max(least, self.height() + spare)
        if cap != self.maximumHeight():
            self.setMaximumHeight(cap)

    def show_grading(
        self,
        points: Sequence[KeyPoint],
        coverage: float | None,
        note: str | None = None,
        typed: str | None = None,
        answer_spare: Callable[[], int] | None = None,
    ) -> None:
        """After the reveal: the typed answer read-only, the key points, the ratings;
        `note` and `typed` put them back (a mock resumed on a revealed question);
        `answer_spare`: what the model answer above has to spare (`fit_grading`)."""
        self._face = "grade"
        self._answer_spare = answer_spare
        if note is not None and note != self.note.text():
            self.note.setText(note)
        if typed is not None and typed != self.typed.toPlainText():
            self._filling = True
            try:
                self.typed.setPlainText(typed)
            finally:
                self._filling = False
        self.typed.setReadOnly(True)
        if not self._asked:
            self.grading_hint.setText(TYPED_GRADING_HINT if self.typed.hasFocus() else GRADING_HINT)
        # Read-only, Tab passes it by: from the answer, one Tab reaches the key points.
        self.typed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.typed.setEnabled(True)
        # Read-only now: the prompt to type here would ask for what can no longer be done.
        self.typed.setPlaceholderText(NOTHING_TYPED)
        self.answer_label.setText("Your answer (as typed)")
        self.set_points(points, coverage)
        self.points_column.show()
        self.asking_row.hide()
        self.grading_row.show()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.typed.setMinimumHeight(0)  # (the typing box's lines: asking only)
        self._watch_page()
        self.fit_grading()

    def fit_grading(self) -> None:
        """The grade face's height: at most GRADE_SHARE of the page it sits in (and
        GRADE_MAX_HEIGHT), never below what its rows need. The revealed model answer
        above is what there is to read: on a small screen or at a large zoom the
        typed answer and the key points took the page and left it two lines. Where
        the model answer leaves room unused, the key points take it, as far as they
        need to show every point: on a 1024 x 600 screen 4 points showed, the rest to
        scroll to, under a short answer and its empty space."""
        if self._face != "grade":
            return
        page = self.parentWidget()
        room = round(page.height() * GRADE_SHARE) if page is not None else GRADE_MAX_HEIGHT
        least = self.minimumSizeHint().height()
        cap = max(least, min(GRADE_MAX_HEIGHT, room))
        spare = self._answer_spare() if self._answer_spare is not None else 0
        if spare > 0:
            whole = self.height() + self._points_lack()  # every point in sight
            cap = max(cap, min(whole, self.height() + spare))
        if cap != self.maximumHeight():
            self.setMaximumHeight(cap)

    def _points_lack(self) -> int:
        """How many px the key-point list lacks to show every point (negative: has
        beyond them)."""
        points = self.points
        rows = sum(points.sizeHintForRow(i) + 2 * points.spacing() for i in range(points.count()))
        return rows + 2 * points.frameWidth() - points.height()

    def set_recording(self, recorded: bool) -> None:
        """Offer to play the spoken answer back (after the reveal, when one was made)."""
        self.play_button.setVisible(recorded and self._face == "grade")

    def set_points(self, points: Sequence[KeyPoint], coverage: float | None) -> None:
        """Fill (or refresh) the key-point list; keeps the focused row."""
        row = self.points.currentRow()
        self._filling = True
        try:
            self.points.clear()
            for point in points:
                item = QListWidgetItem(point.term)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if point.ticked else Qt.CheckState.Unchecked
                )
                found = "Found in your answer" if point.auto else "Not found in your answer"
                # The whole point too: a clause point is cut short in a narrow window.
                item.setToolTip(f"{point.term}\n{found}")
                self.points.addItem(item)
            if points:
                # Current, not highlighted: the highlight shows where the keys go, and
                # after the reveal they go to the answer (eventFilter highlights it).
                self.points.setCurrentRow(
                    max(0, min(row, len(points) - 1)), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                if self.points.hasFocus():
                    self.points.setCurrentRow(self.points.currentRow())
        finally:
            self._filling = False
        self.set_coverage(points, coverage)

    def set_tick(self, index: int, ticked: bool) -> None:
        """Show a key point ticked or not (the window toggled it for the person)."""
        self._filling = True
        try:
            self.points.item(index).setCheckState(
                Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            )
        finally:
            self._filling = False

    def set_coverage(self, points: Sequence[KeyPoint], coverage: float | None) -> None:
        self.coverage_label.setText(coverage_text(coverage, points))

    def show_question_asked(self, kind: str) -> None:
        """The timer panel asks "end now?" (`kind` "end") or "quit now?" ("quit"), or
        nothing (""): the hint under the answer says what the keys do meanwhile. It
        said "Space types a space here" while Space pressed End now."""
        self._asked = kind
        if kind:
            self.typing_hint.setText(ASKING_HINTS[kind])
            self.grading_hint.setText(ASKING_HINTS[kind])
        else:
            self.typing_hint.setText(TYPING_HINT)
            self.grading_hint.setText(TYPED_GRADING_HINT if self._in_typed() else GRADING_HINT)

    def _in_typed(self) -> bool:
        """The read-only typed answer (after the reveal) has the focus."""
        return self.typed.hasFocus() and self.typed.isReadOnly()

    def type_on(self, text: str, into_note: bool = False) -> bool:
        """What was typed while the timer panel asked, put where the person was typing:
        the answer box while asking, the note after the reveal (`into_note`: it had the
        focus). False where there is nowhere to type (the answer as typed is read-only)."""
        if self._face == "asking" and self.typed.isEnabled():
            self.focus_typing()
            cursor = self.typed.textCursor()
            if text == ERASED_BEFORE:
                cursor.deletePreviousChar()
            elif text == ERASED_AFTER:
                cursor.deleteChar()
            else:
                cursor.insertText(text)
            self.typed.setTextCursor(cursor)
            return True
        if self._face == "grade" and into_note:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            if text == ERASED_BEFORE:
                self.note.backspace()
            elif text == ERASED_AFTER:
                self.note.del_()
            else:
                self.note.insert(text)
            self.note_changed.emit(self.note.text())
            return True
        return False

    def set_paused(self, paused: bool) -> None:
        """While paused the typed answer waits (greyed out) with the clock."""
        if self._face == "asking":
            self.typed.setEnabled(not paused)
        self.reveal_button.setEnabled(not paused)

    # --- reading -----------------------------------------------------------------------

    def typed_text(self) -> str:
        return self.typed.toPlainText()

    def note_text(self) -> str:
        return self.note.text()

    def ticks(self) -> list[bool]:
        return [
            self.points.item(i).checkState() == Qt.CheckState.Checked
            for i in range(self.points.count())
        ]

    # --- focus -------------------------------------------------------------------------

    def focus_typing(self) -> None:
        self.typed.setFocus(Qt.FocusReason.OtherFocusReason)
        self.typed.moveCursor(self.typed.textCursor().MoveOperation.End)

    def typing_has_focus(self) -> bool:
        return self.typed.hasFocus() or self.note.hasFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space stays with the key points (it ticks), and what is typed in the read-only
        typed answer does nothing there, instead of reaching the window's Space (Good),
        1–4 (grades) or a letter's key. The focused key point is highlighted only while
        the key points have the focus."""
        if watched is self._page:  # its height, nothing else (keys pass it on the way up)
            if event.type() == QEvent.Type.Resize:
                self.fit_grading()
                self.fit_asking()
            return False
        asked = self._asked and watched in (self.typed, self.note)
        if asked and event.type() == QEvent.Type.FocusIn:
            self.box_focused.emit()
        focus = (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
        if watched is self.typed and event.type() in focus and not self._asked:
            in_typed = event.type() == QEvent.Type.FocusIn and self.typed.isReadOnly()
            self.grading_hint.setText(TYPED_GRADING_HINT if in_typed else GRADING_HINT)
        if watched is self.points and event.type() == QEvent.Type.FocusIn:
            self.points.setCurrentRow(self.points.currentRow())
        elif watched is self.points and event.type() == QEvent.Type.FocusOut:
            self.points.clearSelection()
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                (watched is self.points and _plain_space(event))
                or (watched is self.typed and self.typed.isReadOnly() and types_text(event))
            )
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # --- signals -----------------------------------------------------------------------

    def _on_typed(self) -> None:
        if not self._filling:
            self.typed_changed.emit(self.typed.toPlainText())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.point_toggled.emit(self.points.row(item))


def _plain_space(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier
