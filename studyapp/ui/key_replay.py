"""A key pressed where it could not act (on a question asked in its way, as a mock's
"end now?"), pressed again once that is out of the way, as the window would have
taken it without the question.

Qt gives a key first to the focused widget's ShortcutOverride: a widget that claims
it there (a text box claims a plain digit) gets the key itself; otherwise the
enabled action holding the key takes it. `press_again` asks the same, in the same
order, so the key does exactly what it would have done: a digit typed from a note
goes into the note, a grade key pressed from the answer grades.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

KEYPAD = Qt.KeyboardModifier.KeypadModifier


def key_sequence(event: QKeyEvent) -> QKeySequence:
    """The key an action would hold for `event` (a keypad digit is its digit)."""
    return QKeySequence(QKeyCombination(event.modifiers() & ~KEYPAD, Qt.Key(event.key())))


def copy_press(event: QKeyEvent) -> QKeyEvent:
    """A key press like `event`, kept after Qt has done with `event` itself."""
    return QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())


def press_again(event: QKeyEvent, widget: QWidget | None, actions: Iterable[QAction]) -> bool:
    """Press the key of `event` (a key press) with `widget` focused, as Qt does: the
    widget's own where its ShortcutOverride claims it, else the enabled action that
    holds the key. True when an action took it."""
    if widget is not None and widget.isVisible() and widget.isEnabled():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        override = QKeyEvent(
            QEvent.Type.ShortcutOverride, event.key(), event.modifiers(), event.text()
        )
        override.ignore()  # as Qt's shortcut map asks: claimed only if accepted
        QApplication.sendEvent(widget, override)
        if override.isAccepted():
            QApplication.sendEvent(widget, copy_press(event))
            return False
    sequence = key_sequence(event)
    for action in actions:
        if action.isEnabled() and sequence in action.shortcuts():
            action.trigger()
            return True
    return False
