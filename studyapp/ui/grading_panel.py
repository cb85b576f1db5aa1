"""The strip under the answer: study prompts, the Reveal button and the four grades.

Pure view: it shows what the window tells it (the faces below) and emits what
was clicked. The keys (Space, 1–4) are the window's menu actions; the buttons
name them.

Faces: "browse" (a question's state and a Study button), "hidden" (Reveal),
"grade" (Again / Hard / Good / Easy, each with the interval it would give),
"done" (the queue is empty).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.scheduler import RATING_NAMES
from studyapp.ui.theme import Card, mute

# The widest lines the status shows: its fixed width is made to fit them in bold.
STATUS_SAMPLES = ("next review in 11.5mo", "due for review now", "8888 due · 8888 new")


class GradingPanel(Card):
    study_clicked = Signal()
    reveal_clicked = Signal()
    grade_clicked = Signal(int)
    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.status = QLabel()
        mute(self.status)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        # A fixed size: its text changes on every click, and a label whose size may
        # change makes the whole window lay itself out again (see AnswerHeader).
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
        self.study_button.clicked.connect(self.study_clicked)
        row.addWidget(self.study_button)

        # hidden
        self.hidden_face = QWidget()
        row = QHBoxLayout(self.hidden_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.reveal_button = QPushButton("Show answer   Space")
        self.reveal_button.setObjectName("primary")
        self.reveal_button.setMinimumWidth(220)
        self.reveal_button.clicked.connect(self.reveal_clicked)
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
            button = QPushButton(name)
            button.setObjectName(f"grade{rating}")
            button.setMinimumWidth(96)
            button.setToolTip(f"{name} (key {rating})")
            button.clicked.connect(lambda _=False, r=rating: self.grade_clicked.emit(r))
            row.addWidget(button)
            self.grade_buttons[rating] = button
        row.addStretch(1)

        # done
        self.done_face = QWidget()
        row = QHBoxLayout(self.done_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)

        for face in (self.browse_face, self.hidden_face, self.grade_face, self.done_face):
            self.stack.addWidget(face)

        self.stop_button = QPushButton("Stop studying")
        self.stop_button.setToolTip("Back to browsing (Esc)")
        self.stop_button.clicked.connect(self.stop_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(self.status)
        layout.addLayout(left)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.stop_button)
        self.show_browse("")

    # --- faces -----------------------------------------------------------------

    @property
    def face(self) -> str:
        return {
            self.browse_face: "browse",
            self.hidden_face: "hidden",
            self.grade_face: "grade",
            self.done_face: "done",
        }[self.stack.currentWidget()]

    def show_browse(self, status: str, due: int = 0, new: int = 0) -> None:
        self.status.setText(status)
        self._set_study_text(f"Study   {due} due · {new} new" if due or new else "Study")
        self.stop_button.hide()
        self.stack.setCurrentWidget(self.browse_face)

    def show_hidden(self, due: int, new: int) -> None:
        self.status.setText(self._remaining(due, new))
        self.stop_button.show()
        self.stack.setCurrentWidget(self.hidden_face)

    def show_grades(self, intervals: Mapping[int, str], due: int, new: int) -> None:
        self.status.setText(self._remaining(due, new))
        for rating, button in self.grade_buttons.items():
            interval = intervals.get(rating, "")
            button.setText(f"{rating}  {RATING_NAMES[rating]}\n{interval}")
        self.stop_button.show()
        self.stack.setCurrentWidget(self.grade_face)

    def show_done(self, status: str) -> None:
        self.status.setText(status)
        self.stop_button.show()
        self.stack.setCurrentWidget(self.done_face)

    def _set_study_text(self, text: str) -> None:
        """The Study button's text changes with the topic. At a fixed size the change
        lays nothing out; the size grows when a text needs more and never shrinks, so
        a walk through the topics settles after the widest one."""
        button = self.study_button
        button.setText(text)
        hint = button.sizeHint()
        button.setFixedSize(max(button.minimumWidth(), hint.width()), hint.height())

    @staticmethod
    def _remaining(due: int, new: int) -> str:
        return f"<b>{due}</b> due · <b>{new}</b> new<br>left in this session"
