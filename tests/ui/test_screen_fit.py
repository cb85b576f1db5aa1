"""Every dialog fits a small screen: 1024×600 at 150 % leaves about 683×400 px, and the
mock set-up's Start button and the import preview's Import ran off its bottom edge.
Opened on a screen that small (or smaller), a dialog is no larger than the screen's
available room, its buttons are inside it, and every field can be scrolled to."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.mock import MockSettings
from studyapp.ui.backups_dialog import BackupsDialog
from studyapp.ui.edit_dialog import EditQuestionDialog
from studyapp.ui.import_preview import ImportPreviewDialog
from studyapp.ui.messages import CrashDialog, reference_dialog
from studyapp.ui.mock_setup import MockSetupDialog
from studyapp.ui.optimize_dialog import OptimizeDialog
from studyapp.ui.preferences_dialog import PreferencesDialog
from studyapp.ui.screen_fit import fitted_layout

# 1024×600 at 150 % (the user's), and a smaller one not tried while fixing it.
SMALL_SCREENS = [QRect(0, 0, 683, 400), QRect(0, 24, 600, 330)]
FIELDS = (QAbstractSpinBox, QComboBox, QLineEdit, QCheckBox)


@pytest.fixture
def screen_room(monkeypatch):
    """Make every screen report `room` as its available geometry."""

    def use(room: QRect) -> QRect:
        monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(room))
        return room

    return use


def mock_setup(store, tmp_path):
    decks = store.decks()
    return MockSetupDialog(
        decks,
        {deck.id: store.topics(deck.id) for deck in decks},
        Counter(q.topic_id for q in store.questions()),
        MockSettings(),
    )


def import_preview(store, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Deck\n\n## Topic\n\n"
        + "".join(f"### Question {i}?\n\nAnswer {i}.\n\n" for i in range(40)),
        encoding="utf-8",
    )
    return ImportPreviewDialog(store.path, notes)


def preferences(store, tmp_path):
    return PreferencesDialog({})


def backups(store, tmp_path):
    return BackupsDialog([], tmp_path, datetime.now(UTC))


def edit(store, tmp_path):
    question = store.questions()[0]
    topics = [(t.id, t.name) for d in store.decks() for t in store.topics(d.id)]
    return EditQuestionDialog(question, topics, lambda markdown: f"<p>{markdown}</p>")


def optimize(store, tmp_path):
    dialog = OptimizeDialog(512)
    dialog.show_message("\n".join(f"Line {i} of a long report." for i in range(60)))
    return dialog


def crash(store, tmp_path):
    details = "".join(f'  File "studyapp/x.py", line {i}, in step_{i}\n' for i in range(80))
    return CrashDialog("Unexpected error: ValueError: a bug", f"Traceback:\n{details}")


def reference(store, tmp_path):
    rows = "".join(f"<tr><td>Action number {i}</td><td>Ctrl+{i}</td></tr>" for i in range(60))
    return reference_dialog(None, "Keyboard shortcuts", f"<table>{rows}</table>")


DIALOGS = [mock_setup, import_preview, preferences, backups, edit, optimize, crash, reference]


def open_dialog(qtbot, make, store, tmp_path) -> QDialog:
    dialog = make(store, tmp_path)
    qtbot.addWidget(dialog)
    if isinstance(dialog, ImportPreviewDialog):
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            dialog.show()
    else:
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def footer_buttons(dialog: QDialog) -> list[QAbstractButton]:
    """The buttons outside the scrolling content: those that must stay in sight."""
    area = dialog.findChild(QScrollArea)
    assert area is not None, "the dialog's content scrolls"
    return [
        button
        for button in dialog.findChildren(QAbstractButton)
        if button.isVisibleTo(dialog) and not area.isAncestorOf(button)
    ]


def scroll_to(area: QScrollArea, widget: QWidget) -> bool:
    """Scroll `area` to show `widget` whole (ensureWidgetVisible shows a text field's
    cursor only); whether it is then whole in the view."""
    at = widget.mapTo(area.widget(), QPoint(0, 0))
    half_w, half_h = widget.width() // 2, widget.height() // 2
    area.ensureVisible(at.x() + half_w, at.y() + half_h, half_w + 1, half_h + 1)
    seen = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return area.viewport().rect().contains(seen)


def in_view(widget: QWidget, dialog: QDialog) -> bool:
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    return dialog.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("room", SMALL_SCREENS, ids=["683x400", "600x330"])
@pytest.mark.parametrize("make", DIALOGS, ids=lambda make: make.__name__)
def test_a_dialog_fits_a_small_screen_its_buttons_in_sight(
    qtbot, store, tmp_path, screen_room, room, make
):
    screen_room(room)
    dialog = open_dialog(qtbot, make, store, tmp_path)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    buttons = footer_buttons(dialog)
    assert any(isinstance(b.parentWidget(), QDialogButtonBox) for b in buttons) or buttons
    for button in buttons:
        assert in_view(button, dialog), button.text()
    # Every field of the content can be scrolled into sight, once the scroll area has
    # set its bars for the content's last size (queued: twice in a full CI run, a
    # vertical bar was still up for content no taller than the view, and no
    # horizontal one for content 14 px wider, right after the dialog showed).
    area = dialog.findChild(QScrollArea)
    for field in area.widget().findChildren(QWidget):
        if isinstance(field, FIELDS) and field.isVisibleTo(dialog):

            def reachable(field: QWidget = field) -> None:
                assert scroll_to(area, field), (
                    type(field).__name__,
                    field.objectName() or field.accessibleName(),
                    field.geometry(),
                    area.viewport().rect(),
                    area.widget().size(),
                )

            qtbot.waitUntil(reachable, timeout=5000)


def test_the_mock_set_up_s_fields_show_on_a_small_screen_its_topic_list_shorter(
    qtbot, store, tmp_path, screen_room
):
    """The user's screen: the topic list gives up its spare height, and the number of
    questions, the time per question and Start are all in sight without scrolling."""
    screen_room(SMALL_SCREENS[0])
    dialog = open_dialog(qtbot, mock_setup, store, tmp_path)
    assert dialog.scroll.verticalScrollBar().value() == 0
    for widget in (dialog.count, dialog.time, dialog.order, dialog.start_button):
        assert in_view(widget, dialog), widget.accessibleName()
        if dialog.scroll.isAncestorOf(widget):
            seen = QRect(widget.mapTo(dialog.scroll.viewport(), QPoint(0, 0)), widget.size())
            assert dialog.scroll.viewport().rect().contains(seen), widget.accessibleName()
    assert dialog.tree.height() < dialog.tree.sizeHint().height()


def test_the_import_preview_s_list_gives_up_its_height_before_anything_scrolls(
    qtbot, store, tmp_path, screen_room
):
    screen_room(SMALL_SCREENS[0])
    dialog = open_dialog(qtbot, import_preview, store, tmp_path)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() == 0
    for widget in (dialog.name_edit, dialog.unit_box, dialog.skipped, dialog.import_button):
        assert in_view(widget, dialog)
    assert dialog.questions.height() < dialog.questions.sizeHint().height()


def test_where_even_the_least_does_not_fit_the_content_scrolls(qtbot, store, tmp_path, screen_room):
    screen_room(QRect(0, 0, 600, 240))
    dialog = open_dialog(qtbot, mock_setup, store, tmp_path)
    assert in_view(dialog.start_button, dialog)
    bar = dialog.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    assert scroll_to(dialog.scroll, dialog.time)
    # No sideways scrolling for the vertical bar's width.
    assert dialog.scroll.widget().width() <= dialog.scroll.viewport().width()


@pytest.mark.parametrize("make", [mock_setup, import_preview, backups, edit])
def test_on_a_large_screen_a_dialog_opens_at_its_own_size(
    qtbot, store, tmp_path, screen_room, make
):
    screen_room(QRect(0, 0, 1920, 1040))
    dialog = open_dialog(qtbot, make, store, tmp_path)
    assert dialog.width() >= 520 and dialog.height() >= 460  # not squeezed for nothing


def test_a_dialog_placed_past_the_screen_s_edge_opens_inside_it(
    qtbot, store, tmp_path, screen_room
):
    room = screen_room(SMALL_SCREENS[0])
    dialog = edit(store, tmp_path)
    qtbot.addWidget(dialog)
    dialog.move(500, 300)  # where a larger screen had room for it
    dialog.show()
    qtbot.waitExposed(dialog)
    assert room.contains(dialog.geometry())


@pytest.mark.parametrize("make", [edit, mock_setup, preferences, backups, import_preview])
def test_a_dialog_with_fields_opens_with_the_focus_in_one_not_on_its_scroll_area(
    qtbot, store, tmp_path, screen_room, make
):
    """The edit dialog (F4) opened with the focus on the scroll area that holds its
    fields: typing did nothing until a Tab, with nothing to show where the focus was."""
    screen_room(QRect(0, 0, 1920, 1040))
    dialog = open_dialog(qtbot, make, store, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QScrollArea)
    assert dialog.isAncestorOf(focused)


def test_the_edit_dialog_types_into_its_title_at_once(qtbot, store, tmp_path, screen_room):
    screen_room(QRect(0, 0, 1920, 1040))
    dialog = open_dialog(qtbot, edit, store, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    title = dialog.title_edit.text()
    qtbot.keyClicks(QApplication.focusWidget(), " (revised)")
    assert dialog.title_edit.text() == title + " (revised)"


def tall_dialog(parent: QWidget) -> QDialog:
    """A dialog of many fields, taller than most windows (as Preferences is)."""
    dialog = QDialog(parent)
    body = QWidget()
    column = QVBoxLayout(body)
    for i in range(40):
        column.addWidget(QLineEdit(f"Field {i}"))
    fitted_layout(dialog, body, QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    return dialog


def preferences_of(window) -> QDialog:
    controller = window.controllers["prefs"]
    controller.find_microphones = lambda: ()  # no system probe in tests
    return controller.open_preferences()


@pytest.mark.parametrize(
    ("opens", "place"),
    [(preferences_of, QRect(60, 120, 760, 560)), (tall_dialog, QRect(20, 40, 640, 480))],
    ids=["preferences", "forty-fields"],
)
def test_a_dialog_taller_than_its_window_opens_centred_over_it_as_tall_as_it(
    qtbot, make_window, opens, place
):
    """Preferences opened at the screen's very top, taller than the main window (on a
    1440×900 screen): it is no taller than the window and centred over it."""
    window = make_window(show=True)
    window.setGeometry(place)
    qtbot.waitExposed(window)
    over = window.frameGeometry()
    dialog = opens(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.frameGeometry()
    assert shown.height() <= over.height() + (shown.height() - dialog.height())
    assert abs(shown.center().y() - over.center().y()) <= 2, (shown, over)
    assert abs(shown.center().x() - over.center().x()) <= 2, (shown, over)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() > 0  # the rest scrolls, buttons in sight
    for button in footer_buttons(dialog):
        assert in_view(button, dialog), button.text()
