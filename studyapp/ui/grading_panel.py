"""The strip under the answer: study prompts, the Reveal button and the four grades.

Pure view: it shows what the window tells it (the faces below) and emits what
was clicked. The keys (Space, 1–4) are the window's menu actions; the buttons
name them.

Faces: "browse" (a question's state and a Study button), "hidden" (Reveal),
"grade" (Again / Hard / Good / Easy, each with the interval it would give),
"waiting" (only learning steps are left, none due yet: when the next one is),
"done" (the queue is empty). On these two the page above has the one way out (End
session, Back to browsing), so Stop studying hides: one button for one thing.

While studying, the status shows Anki's three counts of what is left in the
session: new (blue), learning (red), review (green); the current question's kind
is underlined, as in Anki.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from time import monotonic

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from studyapp.core.scheduler import RATING_NAMES
from studyapp.ui.theme import Card, mute

# The widest lines the status shows: its fixed width is made to fit them in bold.
STATUS_SAMPLES = (
    "relearning step due 59 minutes ago",  # core.scheduler.due_words, the longest
    "due in 11 months",
    "8888 due · 8888 new",
    "8888 new · 888 learning · 8888 review",
)
# Anki's colours for the three counts (readable on the light and the dark theme).
COUNT_COLORS = {"new": "#3b82f6", "learning": "#e0533d", "review": "#22a35a"}


Counts = tuple[int, int, int]  # new, learning, review (core.progress.DueCounts is one)


def counts_html(counts: Counts, current: str | None = None) -> str:
    """ "3 new · 1 learning · 12 review", each number in its colour; the kind of the
    question on screen (`current`: "new", "learning" or "review") underlined."""
    parts = []
    for kind, value in (
        ("new", counts.new),
        ("learning", counts.learning),
        ("review", counts.review),
    ):
        number = f"<b style='color:{COUNT_COLORS[kind]}'>{value}</b>"
        if kind == current:
            number = f"<u>{number}</u>"
        parts.append(f"{number} {kind}")
    return " · ".join(parts)


class GradingPanel(Card):
    study_clicked = Signal()
    reveal_clicked = Signal()
    grade_clicked = Signal(int)
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._face_at = -1e9  # when the face last changed (time.monotonic)

        self.status = QLabel()
        mute(self.status)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        # A fixed size: its text changes on every click, and a label whose size may
        # change makes the whole window lay itself out again (see ui.answer_header).
        bold = QFont(self.status.font())
        bold.setBold(True)
        width = max(QFontMetrics(bold).horizontalAdvance(t) for t in STATUS_SAMPLES) + 8
        self.status.setFixedSize(width, 2 * self.status.fontMetrics().lineSpacing() + 2)

        self.stack = QStackedWidget()
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        # browse
        self.browse_face = QWidget()
        row = QHBoxLayout(self.browse_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.study_button = QPushButton("Study due")
        self.study_button.setObjectName("primary")
        self.study_button.clicked.connect(self._settled(self.study_clicked.emit))
        row.addWidget(self.study_button)
        self._study_ready = True  # the selection has something a session would show
        self._writable = True  # the data can be written (else the button is hidden)

        # hidden
        self.hidden_face = QWidget()
        row = QHBoxLayout(self.hidden_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.reveal_button = QPushButton("Show answer   Space")
        self.reveal_button.setObjectName("primary")
        self.reveal_button.setMinimumWidth(220)
        self.reveal_button.clicked.connect(self._settled(self.reveal_clicked.emit))
        row.addWidget(self.reveal_button)
        row.addStretch(1)

        # grade
        self.grade_face = QWidget()
        row = QHBoxLayout(self.grade_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addStretch(1)
        self.grade_buttons: dict[int, QPushButton] = {}
        for rating, name in RATING_NAMES.items():
            # Two lines from the start (the interval comes under the name on reveal):
            # a one-line button made the panel, and the answer's bottom edge above
            # it, jump by a line at the first reveal.
            button = QPushButton(f"{rating}  {name}\n")
            button.setObjectName(f"grade{rating}")
            button.setMinimumWidth(90)
            button.setToolTip(f"{name} (key {rating})")
            button.clicked.connect(self._settled(lambda r=rating: self.grade_clicked.emit(r)))
            row.addWidget(button)
            self.grade_buttons[rating] = button
        row.addStretch(1)

        # waiting
        self.waiting_face = QWidget()
        row = QHBoxLayout(self.waiting_face)
        row.setContentsMargins(0, 0, 0, 0)
        self.waiting_label = QLabel()
        self.waiting_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.waiting_label, 1)
        # No button here: the page above says when, and ends the session (End session).

        # done
        self.done_face = QWidget()
        row = QHBoxLayout(self.done_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)

        for face in (
            self.browse_face,
            self.hidden_face,
            self.grade_face,
            self.waiting_face,
            self.done_face,
        ):
            self.stack.addWidget(face)

        self.stop_button = QPushButton("Stop studying")
        self.stop_button.setToolTip("Back to browsing (Esc)")
        self.stop_button.clicked.connect(self._settled(self.stop_clicked.emit))

        # One row (counts, buttons, Stop) where the four grade buttons fit beside the
        # counts; two rows in a narrower pane (counts and Stop, then the buttons), so
        # no button is ever drawn over another.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(14, 10, 14, 10)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._two_rows: bool | None = None
        self._arrange(two_rows=False)
        self.show_browse("")
        self.stack.currentChanged.connect(self._faced)  # (its faces are all added)

    def _one_row_width(self) -> int:
        """The width the one-row arrangement needs. While browsing: the counts and the
        Study button. In a session: the counts, the widest face (the grade buttons)
        and Stop, whichever face shows, so the panel keeps its shape all session."""
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        if self.stack.currentWidget() is self.browse_face:
            middle = self.study_button.width()
        else:
            middle = (
                self.grade_face.minimumSizeHint().width()
                + spacing
                + self.stop_button.sizeHint().width()
            )
        return margins.left() + self.status.width() + spacing + middle + margins.right()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-row arrangement allows, whichever shows now: the pane
        it sits in may be that narrow (its grid's own minimum is the one row's)."""
        hint = super().minimumSizeHint()
        margins = self._grid.contentsMargins()
        top = self.status.width() + self._grid.horizontalSpacing()
        if not self.stop_button.isHidden():
            top += self.stop_button.sizeHint().width()
        width = max(top, self.stack.minimumSizeHint().width())
        return QSize(min(hint.width(), margins.left() + width + margins.right()), hint.height())

    def _fit(self) -> None:
        self._arrange(two_rows=self.width() < self._one_row_width())

    def _arrange(self, *, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        grid = self._grid
        for widget in (self.status, self.stack, self.stop_button):
            grid.removeWidget(widget)
        grid.addWidget(self.status, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.stop_button, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        if two_rows:
            grid.addWidget(self.stack, 1, 0, 1, 3)
        else:
            grid.addWidget(self.stack, 0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # --- faces -----------------------------------------------------------------

    @property
    def face(self) -> str:
        return {
            self.browse_face: "browse",
            self.hidden_face: "hidden",
            self.grade_face: "grade",
            self.waiting_face: "waiting",
            self.done_face: "done",
        }[self.stack.currentWidget()]

    def show_browse(
        self,
        status: str,
        due: int = 0,
        new: int = 0,
        *,
        held: bool = False,
        questions: int | None = None,
        due_elsewhere: int = 0,
        soon: tuple[str, str] | None = None,
        searching: str | None = None,
    ) -> None:
        """`searching`: what Study takes while a search is on ("all topics", "the
        whole topic"), said on the button with that it clears the search: a session
        walks what the search hides, and after a search matching nothing the button
        offered every deck's questions as if they were the results.
        `soon`: (words, tip) for learning steps due soon, with nothing due
        nor new: the button offers them (it said "daily limits reached" or "nothing
        due here", disabled, while a step was due in a minute).
        `held`: today's limits hold back what would be due or new (the button said
        a bare "Study", as if nothing were there). `questions`: how many questions the
        selection holds (None: not counted yet). With nothing due, nothing new and
        nothing held, the button is disabled and says why (it led to a "Nothing left
        to study" page): nothing due *here*, in the selection (or the topic of the
        selected question), as the tree and the status bar may count some elsewhere;
        `due_elsewhere` (what is due outside the selection) says where in the tip."""
        self.status.setText(status)
        ready = True
        if due or new:
            text = f"Study   {due:,} due · {new:,} new"
            tip = "Study the due questions here, then the new ones (Ctrl+D)"
        elif soon is not None:
            text, tip = f"Study   {soon[0]}", soon[1]
        elif held:
            text = "Study   daily limits reached"
            tip = (
                "This deck's limits for today hold back what is due or new here; "
                "raise them in Preferences (Ctrl+,) to study more today"
            )
        elif questions is None:  # the figures are not in yet: not a bare "Study"
            text = "Study   counting…"
            tip = (
                "Counting what is due and new here. Study (Ctrl+D) starts now all the same:"
                " a session counts them itself"
            )
        elif questions == 0:
            ready = False
            text = "Study   no questions"
            tip = "Nothing to study here: there are no questions in it yet"
        else:
            ready = False
            text = "Study   nothing due here"
            if due_elsewhere:
                due_words = "1 question is" if due_elsewhere == 1 else f"{due_elsewhere} are"
                tip = (
                    "Nothing here is due now and nothing is new. "
                    f"{due_words} due in other topics: select them, or study all that "
                    "is due with Study → Study All Due (Ctrl+Shift+D)."
                )
            else:
                tip = (
                    "Nothing here is due now and nothing is new: all caught up. "
                    "The button comes back when the next review falls due."
                )
        if searching:
            clears = " (clears the search)" if ready else ""
            text = text.replace("Study", f"Study {searching}{clears}", 1)
            if ready:
                tip = (
                    f"{tip.rstrip('.')}. It clears the search and studies {searching}, "
                    "not only what the search shows."
                )
        self._set_study_text(text)
        self.study_button.setToolTip(tip)
        self._study_ready = ready
        self._enable_study()
        self.stop_button.hide()
        self.stack.setCurrentWidget(self.browse_face)
        self._fit()

    def _faced(self) -> None:
        self._face_at = monotonic()

    def _settled(self, slot: Callable[[], object]) -> Callable[[], None]:
        """`slot` for a button's click, unless the click is a double click's second,
        landing on a button the first brought under the pointer: a double-clicked
        Study stopped the session it started ("Stop studying" takes its place), a
        double-clicked Show answer would grade."""

        def clicked() -> None:
            interval = QApplication.doubleClickInterval() / 1000
            if monotonic() - self._face_at >= interval:
                slot()

        return clicked

    def allow_study(self, writable: bool) -> None:
        """Whether the data can be written: a read-only window hides the button."""
        self._writable = writable
        self.study_button.setVisible(writable)
        self._enable_study()

    def _enable_study(self) -> None:
        self.study_button.setEnabled(self._writable and self._study_ready)

    def show_hidden(self, counts: Counts, current: str | None = None) -> None:
        self.status.setText(self._remaining(counts, current))
        self.stop_button.show()
        self.stack.setCurrentWidget(self.hidden_face)
        self._fit()

    def show_grades(
        self, intervals: Mapping[int, str], counts: Counts, current: str | None = None
    ) -> None:
        self.status.setText(self._remaining(counts, current))
        for rating, button in self.grade_buttons.items():
            interval = intervals.get(rating, "")
            button.setText(f"{rating}  {RATING_NAMES[rating]}\n{interval}")
        self.stop_button.show()
        self.stack.setCurrentWidget(self.grade_face)
        self._fit()  # straight from browsing too (a paused session gone back to)

    def show_waiting(self, text: str, counts: Counts) -> None:
        """Only learning steps are left and none is due: `text` says when the next is."""
        self.status.setText(self._remaining(counts))
        self.waiting_label.setText(text)
        self.stop_button.hide()  # the page's End session is the one way out
        self.stack.setCurrentWidget(self.waiting_face)
        self._fit()

    def show_done(self, status: str) -> None:
        self.status.setText(status)
        self.stop_button.hide()  # the page's Back to browsing is the one way out
        self.stack.setCurrentWidget(self.done_face)

    def _set_study_text(self, text: str) -> None:
        """The Study button's text changes with the topic. At a fixed size the change
        lays nothing out; the size grows when a text needs more, so a walk through the
        topics settles after the widest one. It shrinks only for a text that needs
        less than two thirds of its room: a search's long "Study the whole topic
        (clears the search)" had left "Study 0 due · 1 new" stretched half across."""
        button = self.study_button
        button.setText(text)
        hint = button.sizeHint()
        width = button.minimumWidth()
        if hint.width() > width or 3 * hint.width() < 2 * width:
            width = hint.width()
        button.setFixedSize(width, hint.height())

    @staticmethod
    def _remaining(counts: Counts, current: str | None = None) -> str:
        return f"{counts_html(counts, current)}<br>left in this session"
