"""The rename question (Messages.ask_text) looks as the Move dialog does: the app's
plain buttons, never the desktop's ✓ and ✗, Enter answers and Esc cancels, and the
name is selected in the field, to type over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
)

from studyapp.ui.messages import Messages


class IconsOnButtons(QProxyStyle):
    """A desktop that puts icons on dialog buttons (GNOME, KDE)."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.fixture
def icon_desktop(qapp):
    name = qapp.style().name()
    qapp.setStyle(IconsOnButtons(name))
    yield
    qapp.setStyle(name)


def ask(qtbot, answer, title="Rename Deck", label="New name for “R&D”:", text="R&D notes"):
    """Opens ask_text, reads the dialog as shown, then answers it with `answer`(dialog)."""
    seen: dict = {}

    def read_and_answer() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            field = dialog.findChild(QLineEdit)
            seen["selected"] = field.selectedText()
            seen["focus"] = dialog.focusWidget() is field
            buttons = dialog.findChild(QDialogButtonBox).buttons()
            seen["icons"] = [b.text() for b in buttons if not b.icon().isNull()]
            seen["buttons"] = sorted(b.text().replace("&", "") for b in buttons)
            answer(dialog, field)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, read_and_answer)
    return Messages(None).ask_text(title, label, text), seen


def test_the_name_is_selected_in_the_field_and_the_buttons_are_plain(qtbot, icon_desktop):
    value, seen = ask(qtbot, lambda dialog, field: qtbot.keyClick(field, Qt.Key.Key_Escape))
    assert value is None  # Esc cancels
    assert seen["selected"] == "R&D notes"
    assert seen["focus"]
    assert seen["icons"] == []
    assert seen["buttons"] == ["Cancel", "OK"]


@pytest.mark.parametrize("typed", ["Interview <prep> & more", "Systems"])
def test_enter_answers_with_what_was_typed_over_the_name(qtbot, icon_desktop, typed):
    def type_over(dialog, field):
        qtbot.keyClicks(field, typed)  # the selection replaced
        qtbot.keyClick(field, Qt.Key.Key_Return)

    value, _seen = ask(qtbot, type_over, title="Rename Topic", text="Old topic")
    assert value == typed


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_name_is_refused_in_words_not_dropped(qtbot, blank):
    """F2 on a deck, the name emptied, Enter: the rename was dropped without a word.
    OK waits for a letter and the dialog says a name is needed; typing one takes it."""

    def empty_then_name(dialog, field):
        field.selectAll()
        qtbot.keyClicks(field, blank) if blank else qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # refused: the dialog stays
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["open"] = dialog.isVisible()
        seen["ok"] = ok.isEnabled()
        seen["label"] = dialog.labelText()
        qtbot.keyClicks(field, "x")
        seen["label after"] = dialog.labelText()
        qtbot.keyClick(field, Qt.Key.Key_Return)

    seen: dict = {}
    value, _ = ask(qtbot, empty_then_name)
    assert (seen["open"], seen["ok"]) == (True, False), seen
    assert "A name is needed" in seen["label"]
    assert "A name is needed" not in seen["label after"]
    assert value.strip() == "x"


def test_a_dialog_that_opens_blank_does_not_open_on_a_reproach(qtbot):
    """New Topic opens with an empty field: OK waits for a name, but the dialog said
    "A name is needed" before a key was pressed; it says so once the field is emptied."""

    def read(dialog, field):
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["first"] = (dialog.labelText(), ok.isEnabled(), field.placeholderText())
        qtbot.keyClicks(field, "a")
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        seen["emptied"] = dialog.labelText()

    seen: dict = {}
    ask(qtbot, read, title="New Topic", label="Name of the new topic:", text="")
    label, ok_enabled, placeholder = seen["first"]
    assert label == "Name of the new topic:" and not ok_enabled and placeholder
    assert "A name is needed" in seen["emptied"]
