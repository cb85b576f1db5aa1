"""The window as a shell: its views, menus and shortcuts, and its geometry kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from studyapp.ui.main_window import K_GEOMETRY, K_LAST_QUESTION, K_SPLITTER, K_ZOOM
from tests.ui.window_helpers import QT_WARNINGS_FAIL

pytestmark = QT_WARNINGS_FAIL


def test_window_has_tree_answer_grading_menus_and_icon(make_window):
    window = make_window()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[0] == "File" and {"View", "Study", "Help"} <= set(menus)
    assert window.splitter.count() == 2
    assert not window.windowIcon().isNull()
    assert window.timer_slot.isHidden()  # room for the mock-interview timer


def test_every_shortcut_is_listed_in_a_menu(make_window):
    window = make_window()
    listed = {keys for _, keys in window.shortcut_rows()}
    for keys in ("Space", "1", "2", "3", "4", "J", "K", "Ctrl+F", "Ctrl+Z", "Ctrl+O"):
        assert keys in listed, keys


def test_geometry_splitter_and_zoom_persist(qtbot, make_window, settings_path):
    window = make_window(show=True)
    prefs = window.controllers["prefs"]
    window.splitter.setSizes([300, 900])
    prefs.zoom_in()
    prefs.zoom_in()
    window.close()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    for key in (K_GEOMETRY, K_SPLITTER, K_LAST_QUESTION):
        assert settings.value(key) is not None, key
    assert int(settings.value(K_ZOOM)) == 2
    again = make_window(show=True)
    assert again.answer.zoom == 2
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]
