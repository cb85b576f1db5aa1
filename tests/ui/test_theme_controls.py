"""Check boxes and dialog buttons in both themes: an unticked box can be seen (its
edge stands out from what is behind it, in a QCheckBox and in a tree's ticked
items alike), and dialog buttons carry no icon the dark theme would hide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.style import flat_bars_in, page_css
from studyapp.ui.theme import COLORS, palette


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def strongest_contrast(image: QImage, background: str) -> float:
    """How far the most visible pixel of `image` stands from `background`."""
    behind = QColor(background)
    return max(
        contrast(image.pixelColor(x, y), behind)
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.fixture
def app_palette(qapp):
    """The application painted in a theme, as ThemeManager does; put back after."""
    before = qapp.palette()
    yield lambda theme: qapp.setPalette(palette(theme))
    qapp.setPalette(before)


def page(qtbot, theme: str) -> tuple[QWidget, QCheckBox, QTreeWidget]:
    widget = QWidget()
    widget.setStyleSheet(page_css(theme))
    box = QCheckBox()  # no text: the box is all there is to see
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.setRootIsDecorated(False)
    item = QTreeWidgetItem([""])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    tree.addTopLevelItem(item)
    column = QVBoxLayout(widget)
    column.addWidget(box)
    column.addWidget(tree)
    widget.resize(200, 160)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, box, tree


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_an_unticked_box_can_be_seen_in_both_themes(qtbot, app_palette, theme):
    """On the dark theme Fusion drew the empty box a shade off black on black (the
    mock setup's topics, the key points): its edge now stands 3:1 from the page."""
    app_palette(theme)
    colors = COLORS[theme]
    _widget, box, tree = page(qtbot, theme)
    assert strongest_contrast(box.grab().toImage(), colors.window) >= 3.0
    row = tree.visualItemRect(tree.topLevelItem(0))
    cells = QPixmap(tree.viewport().grab(row)).toImage()
    assert strongest_contrast(cells, colors.base) >= 3.0


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_ticked_box_shows_its_tick(qtbot, app_palette, theme):
    app_palette(theme)
    _widget, box, tree = page(qtbot, theme)
    empty = box.grab().toImage()
    box.setChecked(True)
    assert box.grab().toImage() != empty
    item = tree.topLevelItem(0)
    row = tree.visualItemRect(item)
    before = tree.viewport().grab(row).toImage()
    item.setCheckState(0, Qt.CheckState.Checked)
    assert tree.viewport().grab(row).toImage() != before


def test_dialog_buttons_have_no_icon_the_dark_theme_would_hide(qtbot):
    """A desktop that gives dialog buttons icons gave Close a black ✗ on the dark
    theme's dark button: the dialogs' sheet takes them off."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Ok
    )
    for button in buttons.buttons():  # as such a desktop would give them
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.black)
        button.setIcon(QIcon(pixmap))
    layout.addWidget(buttons)
    flat_bars_in(dialog, "dark")
    later = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(later)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert all(button.icon().isNull() for button in buttons.buttons() + later.buttons())


def test_the_box_keeps_fusion_s_size_so_it_fits_a_compact_row(qtbot, app_palette):
    """The themed box is 14 px with its edge, as Fusion's own: 16 px overflowed the
    14-pixel rows of the mock setup's topic list."""
    app_palette("dark")
    _widget, box, _tree = page(qtbot, "dark")
    image = box.grab().toImage()
    behind = QColor(COLORS["dark"].window)
    inked = [
        y
        for y in range(image.height())
        if any(contrast(image.pixelColor(x, y), behind) >= 2 for x in range(image.width()))
    ]
    assert inked and max(inked) - min(inked) + 1 == 14
