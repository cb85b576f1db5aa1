"""Which control has the keyboard's focus can be seen, in both themes. A tester
tabbed through Preferences: a check box with the focus looked exactly like one
without (its box drawn by our sheet, and no label for Fusion to frame). Each kind of
control a person tabs to is drawn otherwise once it has the focus, in the sheets the
dialogs (`flat_bars_in`) and the pages (`page_css`) use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.style import page_css, scroll_css
from studyapp.ui.theme import indicator_css, palette

KINDS = {
    "check box": lambda: QCheckBox(""),
    "check box, ticked": lambda: ticked(QCheckBox("")),
    "check box with words": lambda: QCheckBox("Read answers aloud"),
    "radio button": lambda: QRadioButton(""),
    "radio button, chosen": lambda: ticked(QRadioButton("")),
    "button": lambda: QPushButton("Close"),
    "primary button": lambda: primary(QPushButton("Study")),
    "combo box": lambda: QComboBox(),
    "spin box": lambda: QSpinBox(),
    "text field": lambda: QLineEdit("20m"),
}
SHEETS = {
    "dialog": lambda theme: scroll_css(theme) + indicator_css(theme),
    "page": page_css,
}


# A change a person notices: this many pixels at least, each by a clear step of colour
# (an 8 px stretch of a 2 px ring; a check box's whole box ring is some 40).
MIN_CHANGED = 16
STEP = 60  # of 255, in one channel at least


def seen_change(before, after) -> int:
    """How many pixels changed by a clear step of colour between the two images."""
    assert before.size() == after.size()
    changed = 0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                >= STEP
            ):
                changed += 1
    return changed


def ticked(box):
    box.setChecked(True)
    return box


def primary(button):
    button.setObjectName("primary")
    return button


@pytest.mark.parametrize("sheet", SHEETS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_control_with_the_focus_looks_otherwise(qtbot, theme, kind, sheet):
    holder = QWidget()
    holder.setPalette(palette(theme))
    holder.setStyleSheet(SHEETS[sheet](theme))
    elsewhere = QLineEdit()
    control = KINDS[kind]()
    if isinstance(control, QComboBox):
        control.addItems(["Light", "Dark"])
    layout = QVBoxLayout(holder)
    layout.addWidget(elsewhere)
    layout.addWidget(control)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    without = control.grab().toImage()

    qtbot.keyClick(elsewhere, Qt.Key.Key_Tab)  # as a person moves it (Qt marks focus so)
    qtbot.waitUntil(control.hasFocus)

    assert seen_change(without, control.grab().toImage()) >= MIN_CHANGED, kind
