"""Dialogs get the same flat scroll bars as the window (no arrow buttons), in the
application's theme; the topic chooser still answers as QInputDialog.getItem and
hands the keyboard back to the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
)

from studyapp.ui.messages import CrashDialog, Messages
from studyapp.ui.theme import COLORS


def arrows(bar: QScrollBar) -> list[int]:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return [
        bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, arrow, bar).height()
        for arrow in (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine)
    ]


def bars_of(dialog) -> list[QScrollBar]:
    bars = dialog.findChildren(QScrollBar)
    assert bars, "the dialog has scroll areas"
    return bars


def test_the_mock_setup_and_backups_dialogs_have_flat_bars(make_window):
    window = make_window(show=True)
    data_safety = window.controllers["data_safety"]
    mock = window.controllers["mock"]
    for dialog in (mock.open_mock_setup(), data_safety.show_backups()):
        assert dialog is not None
        for bar in bars_of(dialog):
            bar.ensurePolished()
            assert arrows(bar) == [0, 0]
        dialog.close()


def test_the_crash_dialog_has_flat_bars_in_the_dark_theme_too(make_window):
    window = make_window(show=True)
    prefs = window.controllers["prefs"]
    prefs.set_theme_mode("dark")
    dialog = CrashDialog("boom", "Traceback …\n" * 200, window)
    dialog.show()
    for bar in bars_of(dialog):
        bar.ensurePolished()
        assert arrows(bar) == [0, 0]
    assert COLORS["dark"].base in dialog.styleSheet()
    dialog.close()


def test_choosing_from_a_list_returns_the_index_chosen_or_none(qtbot, make_window):
    window = make_window(show=True)
    messages = Messages(window)
    choices = [f"Topic {i}" for i in range(60)]
    sheets: list[str] = []

    def answer(pick: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        sheets.append(dialog.styleSheet())
        combo = dialog.findChild(QComboBox)
        assert combo is not None and combo.count() == len(choices)
        if pick is None:
            dialog.reject()
        else:
            dialog.setTextValue(pick)
            dialog.accept()

    QTimer.singleShot(0, lambda: answer("Topic 7"))
    assert messages.ask_choice("Move", "To which topic?", choices) == 7
    QTimer.singleShot(0, lambda: answer(QApplication.activeModalWidget().textValue()))
    assert messages.ask_choice("Move", "To which topic?", choices, current=12) == 12
    QTimer.singleShot(0, lambda: answer(None))
    assert messages.ask_choice("Move", "To which topic?", choices) is None
    assert len(sheets) == 3 and all("QScrollBar" in sheet for sheet in sheets)
    # The window's keys work again: it is the active window once more.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
