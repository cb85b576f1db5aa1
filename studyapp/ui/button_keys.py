"""Return and Enter press the focused push button anywhere in the main window, as Space
does (and as they do in a dialog). A QPushButton outside a dialog clicks on Return only
when it is `autoDefault`, which none of the window's pages set: Return on "Raise the daily
limits…" or "Study these (5)" did nothing. MainWindow hands each button that takes the
focus to `give_return` (one place for every page, made or not yet made).

A button the window gave the focus where browsing goes on (the end of a study session,
`send_arrows`) passes the keys that move in a list (Up, Down, Home, End, Page Up / Down)
to that widget, with the focus: they browse on from it as before the button had the
focus. Until the person moves the focus, Space does not press it: pressed to reveal out
of habit, it opened Preferences; Return is the key that does the obvious thing there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVE_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class _ButtonKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind is QEvent.Type.FocusOut:
            _SPACE_HELD.discard(id(watched))  # given back by the person: Space as usual
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent) and isinstance(watched, QPushButton)
        key = event.key()
        if key == Qt.Key.Key_Space and id(watched) in _SPACE_HELD:
            return kind is not QEvent.Type.ShortcutOverride  # (a shortcut's, as before)
        if kind is QEvent.Type.KeyRelease:
            return False
        plain = event.modifiers() in _PLAIN
        if key in RETURN_KEYS and plain:
            if kind is QEvent.Type.ShortcutOverride:
                event.accept()  # the button's key, not a window shortcut's
                return True
            if watched.isEnabled():
                watched.click()
            return True
        target = arrows_to(watched)
        if key in MOVE_KEYS and plain and kind is QEvent.Type.KeyPress and target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            again = QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), event.text())
            QApplication.sendEvent(target, again)
            return True
        return False


_FILTER: list[_ButtonKeys] = []  # the one filter, made on first use
_ARROWS_TO: dict[int, QWidget] = {}  # id(button) → where its moving keys go
_SPACE_HELD: set[int] = set()  # id(button): Space does nothing until the focus moves


def give_return(button: QPushButton) -> None:
    """Return and Enter press `button` from now on (once per button)."""
    if button.property("returnPresses"):
        return
    if not _FILTER:
        app = QApplication.instance()
        _FILTER.append(_ButtonKeys(app))
    button.installEventFilter(_FILTER[0])
    button.setProperty("returnPresses", True)


def send_arrows(button: QPushButton, target: QWidget) -> None:
    """Up, Down, Home, End, Page Up and Down on `button` move in `target` instead, and
    Space does nothing until the focus leaves it."""
    key = id(button)
    _ARROWS_TO[key] = target
    _SPACE_HELD.add(key)
    button.destroyed.connect(lambda _obj=None, k=key: _forget(k))
    give_return(button)


def _forget(key: int) -> None:
    _ARROWS_TO.pop(key, None)
    _SPACE_HELD.discard(key)


def arrows_to(button: QPushButton) -> QWidget | None:
    return _ARROWS_TO.get(id(button))
