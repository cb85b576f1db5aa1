"""The mock interview's timer strip above the answer: the countdown, its bar, question
k of N, the session's elapsed time, and Pause / Skip / End (with an in-place "end
now?" confirmation).

Pure view: `show_session(session)` reads everything from a core `MockSession`; the
time itself always comes from the session's injected clock, never from a Qt timer,
so a test that advances a fake clock and calls `show_session` sees exactly what a
person would. The buttons name the window's keys and emit signals.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.format import format_clock, unbroken
from studyapp.ui.key_replay import copy_press, key_sequence
from studyapp.ui.theme import COLORS, Card, mute
from studyapp.ui.wrap_row import WrapRow

_NATIVE = QKeySequence.SequenceFormat.NativeText
PAUSE_KEY = QKeySequence("Ctrl+P").toString(_NATIVE)  # "⌘P" on macOS
SKIP_KEY = QKeySequence("Ctrl+Shift+S").toString(_NATIVE)


# The keys that take back what was typed, as `typed_text` gives them: Backspace, Delete.
ERASED_BEFORE, ERASED_AFTER = "\b", "\x7f"


def types_text(event: QKeyEvent) -> bool:
    """Whether a key types a character (Space too; no Ctrl, Alt or Meta held): the
    person typing, never a window key or a button's press."""
    return bool(typed_text(event))


def typed_text(event: QKeyEvent) -> str:
    """What a key does to the text being typed: the character it types (Space too), or
    ERASED_BEFORE / ERASED_AFTER for Backspace and Delete; "" for any other key, or
    with Ctrl, Alt or Meta held."""
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    held |= Qt.KeyboardModifier.MetaModifier
    if event.modifiers() & held:
        return ""
    if event.key() == Qt.Key.Key_Backspace:
        return ERASED_BEFORE
    if event.key() == Qt.Key.Key_Delete:
        return ERASED_AFTER
    text = event.text()
    return text if text and text.isprintable() else ""


class TimerSource(Protocol):
    """What the panel reads of a running mock (core.mock.MockSession has it): the
    panel shows figures and holds no session logic."""

    seconds_per_question: int
    state: str
    paused: bool
    overtime: bool
    is_active: bool

    def position(self) -> tuple[int, int]: ...
    def time_left(self) -> float | None: ...
    def fraction_left(self) -> float: ...
    def elapsed(self) -> float: ...
    def remaining(self) -> int: ...
    def question_elapsed(self) -> float: ...
    def is_warning(self) -> bool: ...


BAR_STEPS = 1000
CONFIRMATIONS = {  # kind: (the question, its confirming button, what confirming does)
    "end": (
        "<b>End the mock interview now?</b>",
        "End now   Enter",
        "Questions not graded yet stay ungraded.",
    ),
    "quit": (
        "<b>Quit StudyApp during the mock?</b>",
        "Quit   Enter",
        "What you answered is saved, and so is what you typed: the next start offers "
        "to resume the mock where you left it.",
    ),
}
COUNTDOWN_POINTS = 30.0
# The position, bar and session line beside the countdown and the buttons get at
# least this many characters' width, or the buttons go to a second row.
MIDDLE_LEAST_CHARS = 40
# Every status the line beside the position can show, at its widest: the line is as
# tall as the tallest of them at its width. Wrapped to two lines in a narrow window,
# "Answered in 00:00" made the panel taller at the reveal, and the question's title
# and everything under it moved down (and back up at the next question).
STATUSES = (
    "⏸ <b>Paused</b>: the clock is stopped",
    "<b>Over time</b>: the time ran out",
    "Answered in 59:59",
    "<b>Time is running out</b>",
)


class StatusLabel(QLabel):
    """The status line: its height for a width is the tallest of every status at that
    width (`STATUSES`), whichever shows, so a status coming or going lays nothing out
    again."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._probe = QLabel()
        self._probe.setTextFormat(Qt.TextFormat.RichText)
        self._probe.setWordWrap(True)
        # (width, font) → height; (-1, font) → the widest word
        self._tallest: dict[tuple[int, str], int] = {}

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest word of any status, whichever shows (or none): the
        panel's least width, which a mock's pane keeps, stays as it is when a status
        comes."""
        hint = super().minimumSizeHint()
        key = (-1, self.font().key())
        if key not in self._tallest:
            self._probe.setFont(self.font())
            widths = []
            for text in STATUSES:
                self._probe.setText(text)
                widths.append(self._probe.minimumSizeHint().width())
            self._tallest[key] = max(widths)
        return QSize(max(hint.width(), self._tallest[key]), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True  # empty too (QLabel says no without text): room kept for a status

    def heightForWidth(self, width: int) -> int:
        key = (width, self.font().key())
        if key not in self._tallest:
            self._probe.setFont(self.font())
            heights = []
            for text in STATUSES:
                self._probe.setText(text)
                heights.append(self._probe.heightForWidth(width))
            self._tallest[key] = max(heights)
        return max(self._tallest[key], super().heightForWidth(width))


class TimerPanel(Card):
    """Countdown, progress bar, position, session time and the session's buttons."""

    pause_clicked = Signal()
    skip_clicked = Signal()
    end_clicked = Signal()
    end_confirmed = Signal()
    end_cancelled = Signal()
    # A character typed while "end now?" is open (str): the person typing on. It keeps
    # going and is the answer's (MockController.type_on); it never presses a button.
    typed_on = Signal(str)
    # One of `keys_through` pressed on the open question (a QKeyEvent's copy): a key
    # of the mock's own that the person meant (a grade's, after the reveal).
    key_through = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        # Its height follows its width (the wrapped lines below); Fixed would hold it
        # to the height of its widest layout and clip a second line.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._theme = "light"
        self._look = ""  # "normal" | "warning" | "up" | "paused" | "revealed"

        self.countdown = QLabel("00:00")
        font = QFont(self.font())
        font.setPointSizeF(COUNTDOWN_POINTS)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace, QFont.StyleStrategy.PreferDefault)
        self.countdown.setFont(font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for the widest reading, so the strip does not jiggle as digits change.
        self.countdown.setMinimumWidth(self.countdown.fontMetrics().horizontalAdvance("00:00") + 16)
        self.countdown.setAccessibleName("Time left")

        self.position_label = QLabel()
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() + 1)
        self.position_label.setFont(heading)
        # The two lines of words wrap in a narrow window: one line each, they pushed
        # the panel wider than the window and squeezed the buttons ("ause I", "ind Es").
        self.status_label = StatusLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.position_label)
        top.addWidget(self.status_label, 1)  # all the width left: wrapped only if need be

        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName("Time left on this question")

        self.elapsed_label = QLabel()
        self.elapsed_label.setWordWrap(True)
        mute(self.elapsed_label)

        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addLayout(top)
        middle.addWidget(self.bar)
        middle.addWidget(self.elapsed_label)

        # The buttons, or in their place the "end now?" question.
        # The buttons name only keys that work while the answer box has the focus, as
        # it has during a mock (a plain P or S there is typed into the answer); each is
        # its action's one key, so the menu and the shortcut help name it too. All
        # three name it under their word (as the grade buttons do): on one line,
        # "Skip   Ctrl+Shift+S" did not fit the narrowest window.
        self.pause_button = QPushButton(f"Pause\n{PAUSE_KEY}")
        self.pause_button.setToolTip(f"Pause or resume the clock ({PAUSE_KEY})")
        self.skip_button = QPushButton(f"Skip\n{SKIP_KEY}")
        self.skip_button.setToolTip(f"Move on without grading ({SKIP_KEY})")
        self.end_button = QPushButton("End\nEsc")
        self.end_button.setToolTip("End the mock interview early (Esc)")
        self.pause_button.clicked.connect(self.pause_clicked)
        self.skip_button.clicked.connect(self.skip_clicked)
        self.end_button.clicked.connect(self.end_clicked)
        for button in (self.pause_button, self.skip_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons_face = QWidget()
        row = QHBoxLayout(buttons_face)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.pause_button)
        row.addWidget(self.skip_button)
        row.addWidget(self.end_button)

        # The question in place of the buttons: its words above, the two answers under
        # them, so it takes no more width than the buttons it replaces.
        confirm_face = QWidget()
        confirm = QVBoxLayout(confirm_face)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.setSpacing(4)
        self.confirm_label = QLabel()
        self.confirm_label.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAutoDefault(True)  # Enter presses it while it has the focus
        self.cancel_button = QPushButton("Keep going   Esc")
        self.confirm_button.clicked.connect(self.end_confirmed)
        self.cancel_button.clicked.connect(self.end_cancelled)
        answers = QHBoxLayout()
        answers.setSpacing(8)
        answers.addWidget(self.confirm_button)
        answers.addWidget(self.cancel_button)
        confirm.addWidget(self.confirm_label)
        confirm.addLayout(answers)
        # Focused, "End now" took every key: letters typed on were swallowed and the
        # next Space pressed it, ending the mock. Only Enter or a click answer now.
        for button in (self.confirm_button, self.cancel_button):
            button.installEventFilter(self)
        self._asking = ""  # "end" or "quit" while the question is open
        self.keys_through: list[QKeySequence] = []  # see `key_through`

        self.actions_stack = QStackedWidget()
        self.actions_stack.addWidget(buttons_face)
        self.actions_stack.addWidget(confirm_face)
        self.actions_stack.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._buttons_face = buttons_face
        self._confirm_face = confirm_face

        # One row when wide; narrow (a 683 px screen), the buttons go under the rest
        # instead of squeezing the session's words into a column or holding the
        # window wider than the screen.
        layout = WrapRow(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(16)  # (18 made the mock wider than a 683 px screen)
        layout.set_parts(self.countdown, middle, self.actions_stack)
        layout.middle_least = self.fontMetrics().averageCharWidth() * MIDDLE_LEAST_CHARS
        self._apply_look("normal")

    # --- showing a session ---------------------------------------------------------

    def show_session(self, session: TimerSource) -> None:
        """Read the countdown, position, time and state from the session, as of now."""
        k, n = session.position()
        self.position_label.setText(f"Question {k} of {n}")  # the window title says "Mock"
        left = session.time_left()
        self.countdown.setText(format_clock(left, countdown=True))
        self.bar.setValue(round(session.fraction_left() * BAR_STEPS))
        per_question = format_clock(session.seconds_per_question)
        more = session.remaining() - 1 if session.is_active else 0
        # Wrapped in a narrow window, only between its parts: at 800 px it read
        # "… · 2 more" over "after this one".
        parts = (
            f"Session {format_clock(session.elapsed())}",
            f"{per_question} per question",
            f"{more} more after this one",
        )
        self.elapsed_label.setText("   ·   ".join(unbroken(part) for part in parts))
        revealed = session.state == "revealed"
        if session.paused:
            look, status = "paused", "⏸ <b>Paused</b>: the clock is stopped"
        elif revealed and session.overtime:
            look, status = "up", "<b>Over time</b>: the time ran out"
        elif revealed:
            look, status = "revealed", f"Answered in {format_clock(session.question_elapsed())}"
        elif session.is_warning():
            look, status = "warning", "<b>Time is running out</b>"
        else:
            look, status = "normal", ""
        self.status_label.setText(status)
        self._apply_look(look)
        self.pause_button.setText(f"{'Resume' if session.paused else 'Pause'}\n{PAUSE_KEY}")

    def countdown_text(self) -> str:
        return self.countdown.text()

    def session_text(self) -> str:
        """The session line as read ("Session 00:06 · …"), plain spaces."""
        return self.elapsed_label.text().replace("\u00a0", " ")

    @property
    def look(self) -> str:
        """How the countdown is drawn: "normal", "warning" (its last 20 %), "up" (over
        time), "paused" or "revealed"."""
        return self._look

    def countdown_color(self) -> QColor:
        return self.countdown.palette().color(QPalette.ColorRole.WindowText)

    # --- ending ----------------------------------------------------------------------

    def ask_end(self, kind: str = "end") -> None:
        """Show "End the mock interview now?" (or, for `kind` "quit", "Quit StudyApp
        now?") in place of the buttons; Enter confirms, Esc keeps going."""
        text, button, tip = CONFIRMATIONS[kind]
        self._asking = kind
        self.confirm_label.setText(text)
        self.confirm_label.setToolTip(tip)
        self.confirm_button.setText(button)
        self.confirm_button.setToolTip(tip)
        self.actions_stack.setCurrentWidget(self._confirm_face)
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def least_width(self) -> int:
        """The panel's least width whichever face shows: its buttons, or the question
        "End the mock interview now?" (or "Quit…") with its two answers. (Measured
        with each face in turn, laid out at once: nothing is painted meanwhile.)"""
        self.ensurePolished()  # its style sheet's fonts
        stack, shown = self.actions_stack, self.actions_stack.currentWidget()
        texts = (self.confirm_label.text(), self.confirm_button.text())
        widths = []
        asked = [(self._confirm_face, q, a) for q, a, _ in CONFIRMATIONS.values()]
        for face, question, answer in [(self._buttons_face, "", ""), *asked]:
            if face is self._confirm_face:
                self.confirm_label.setText(question)
                self.confirm_button.setText(answer)
            stack.setCurrentWidget(face)
            for layout in (face.layout(), self.layout()):
                layout.invalidate()
                layout.activate()
            widths.append(self.minimumSizeHint().width())
        self.confirm_label.setText(texts[0])
        self.confirm_button.setText(texts[1])
        stack.setCurrentWidget(shown)
        self.layout().invalidate()
        return max(widths)

    def close_end_question(self) -> None:
        self._asking = ""
        self.actions_stack.setCurrentWidget(self._buttons_face)

    @property
    def asking_end(self) -> bool:
        """The question is open (to end the mock, or to quit during it)."""
        return self.actions_stack.currentWidget() is self._confirm_face

    @property
    def asking(self) -> str:
        """What the open question asks: "end", "quit", or "" when none is open."""
        return self._asking if self.asking_end else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A character typed on an answer of the open question (Space too), or Backspace
        or Delete, is the person typing on: `typed_on`, never a press of the button, nor
        a window key. (Backspace did nothing and left the question open.) One of
        `keys_through` (a digit too) is `key_through`: the mock says what it does."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(
            event, QKeyEvent
        ):
            return super().eventFilter(watched, event)
        through = key_sequence(event) in self.keys_through
        text = typed_text(event)
        if not (through or text):
            return super().eventFilter(watched, event)
        event.accept()
        if kind == QEvent.Type.KeyPress and through:
            self.key_through.emit(copy_press(event))
        elif kind == QEvent.Type.KeyPress:
            self.typed_on.emit(text)
        return True

    # --- look --------------------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        look, self._look = self._look, ""
        self._apply_look(look)

    def _apply_look(self, look: str) -> None:
        if look == self._look:
            return
        self._look = look
        colors = COLORS[self._theme]
        text = {
            "warning": colors.due,
            "up": colors.weak,
            "paused": colors.muted,
            "revealed": colors.muted,
        }.get(look)
        palette = self.countdown.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text or colors.text))
        self.countdown.setPalette(palette)
        status = self.status_label.palette()
        status.setColor(
            QPalette.ColorRole.WindowText,
            QColor(text) if look in ("warning", "up") else QColor(colors.muted),
        )
        self.status_label.setPalette(status)
        chunk = text or colors.highlight
        # A style sheet on this one small bar only (see theme.button_css on why not wider).
        self.bar.setStyleSheet(
            f"QProgressBar {{ border: none; border-radius: 4px; background: {colors.bar_track}; }}"
            f"QProgressBar::chunk {{ border-radius: 4px; background: {chunk}; }}"
        )
