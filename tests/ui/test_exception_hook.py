"""The exception hook (startup.ExceptionHook) while the window runs: an exception in a
Qt event override is printed and shown once. A widget whose paintEvent raises raises
again on every paint, and the crash dialog's own event loop repaints the window
behind it: before, each repaint opened another dialog inside the last one, forever."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRunnable, Qt, QThread, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from studyapp.startup import ExceptionHook
from tests.ui.conftest import ScriptedMessages

pytestmark = pytest.mark.qt_no_exception_capture  # the hook under test takes them


class BrokenPaint(QWidget):
    paints = 0

    def paintEvent(self, event) -> None:
        self.paints += 1
        raise RuntimeError("the paint broke")


class ModalMessages(ScriptedMessages):
    """As the real crash dialog: while it is open, the window behind it repaints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget

    def crash(self, summary: str, details: str) -> None:
        super().crash(summary, details)
        if len(self.shown) < 5:  # the unfixed hook would go on: stop it here
            self.widget.update()
            QApplication.processEvents()


def test_an_exception_on_every_paint_is_reported_once(qtbot, capsys):
    widget = BrokenPaint()
    qtbot.addWidget(widget)
    messages = ModalMessages(widget)
    with ExceptionHook(messages, smoke=False) as hook:
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.waitUntil(lambda: bool(messages.shown))
        for _ in range(3):  # the window keeps painting after the dialog closed
            paints = widget.paints
            widget.update()
            qtbot.waitUntil(lambda before=paints: widget.paints > before)
    assert messages.kinds() == ["crash"]
    assert "RuntimeError: the paint broke" in messages.shown[0][1]
    assert len(hook.errors) == 1
    assert capsys.readouterr().err.count("RuntimeError: the paint broke") == 1


class BrokenKeys(QWidget):
    def keyPressEvent(self, event) -> None:
        raise ValueError("a key broke")


def test_the_same_error_again_is_not_shown_again_but_another_is(qtbot):
    widget = BrokenKeys()
    qtbot.addWidget(widget)
    messages = ScriptedMessages()

    def press(key: Qt.Key) -> None:  # from the event loop, as a person's key press
        QApplication.postEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        )

    with ExceptionHook(messages, smoke=False) as hook:
        press(Qt.Key.Key_A)
        press(Qt.Key.Key_B)
        qtbot.waitUntil(lambda: len(hook.errors) == 1 and hook.repeats == 1)
        widget.keyPressEvent = lambda event: [][1]  # another bug
        press(Qt.Key.Key_C)
        qtbot.waitUntil(lambda: len(messages.shown) == 2)
    assert messages.kinds() == ["crash", "crash"]
    assert "ValueError: a key broke" in messages.shown[0][1]
    assert "IndexError" in messages.shown[1][1]


class BrokenTask(QRunnable):
    def run(self) -> None:
        raise KeyError("a worker broke")


def test_an_error_on_a_worker_thread_is_shown_on_the_main_thread(qtbot):
    threads: list[bool] = []

    class Recording(ScriptedMessages):
        def crash(self, summary: str, details: str) -> None:
            threads.append(QThread.currentThread() is QApplication.instance().thread())
            super().crash(summary, details)

    messages = Recording()
    pool = QThreadPool()
    with ExceptionHook(messages, smoke=False):
        pool.start(BrokenTask())
        qtbot.waitUntil(lambda: bool(messages.shown))
        pool.waitForDone()
    assert threads == [True] and "KeyError" in messages.shown[0][1]
