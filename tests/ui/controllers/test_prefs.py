"""Zoom and theme (PrefsController)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from studyapp.core.render import answer_css
from tests.ui.conftest import qid
from tests.ui.window_helpers import GD, QT_WARNINGS_FAIL, press

pytestmark = QT_WARNINGS_FAIL


def test_zoom_keys(qtbot, make_window):
    window = make_window(show=True)
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom == 1
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom == -1


def test_theme_switch_changes_the_answer_css(make_window, store, settings_path):
    window = make_window()
    browse = window.controllers["browse"]
    prefs = window.controllers["prefs"]
    browse.show_question(qid(store, GD))
    prefs.set_theme_mode("light")
    light_doc_css = window.answer.browser.document().defaultStyleSheet()
    assert light_doc_css == answer_css("light")
    light_html = window.answer.answer_html()
    prefs.set_theme_mode("dark")
    assert window.theme.effective == "dark"
    assert window.answer.browser.document().defaultStyleSheet() == answer_css("dark")
    assert window.answer.answer_html() != light_html  # code colours follow the theme
    assert window.theme_actions["dark"].isChecked()
    window.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("view/theme") == "dark"
