"""Two data folders (`--data-dir`) share the person's settings file. What belongs to
one data folder stays its own: the question open last and the folder Import Notes…
opens in, and the folder an export's Save dialog opens in. What belongs to the person is shared: the theme (and the window's size
and place, the zoom, kept the same way)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studyapp.core.store import Store
from studyapp.ui import recent_folders
from tests.ui.conftest import make_doc, qid
from tests.ui.window_helpers import PV


@pytest.fixture
def other_store(tmp_path) -> Iterator[Store]:
    """A second data folder with the same notes imported there: the same question ids.
    (A window on it is closed by its test, before this store closes.)"""
    folder = tmp_path / "other data"
    folder.mkdir()
    with Store.open(folder / "store.sqlite3") as other:
        other.import_document(make_doc(), str(tmp_path / "interview.md"), "hash-1")
        yield other


def test_a_second_data_folder_keeps_its_own_place_and_notes_folder_and_the_person_s_theme(
    qtbot, make_window, store, other_store, settings_path, tmp_path
):
    window = make_window()
    browse = window.controllers["browse"]
    browse.show_question(qid(store, PV))
    window.controllers["prefs"].set_theme_mode("dark")
    window.close()  # what closing keeps: the question open, the theme

    second = make_window(store=other_store)
    try:
        first_question = second.model.first_question()
        assert first_question != qid(store, PV)
        # It opened where its own browsing was (never: the first question), not on
        # the question the other data folder had open.
        assert second.current_qid == first_question
        assert second.controllers["prefs"].ctx.theme.mode == "dark"  # the person's
    finally:
        second.close()  # before its store closes

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    notes_here, notes_there = tmp_path / "notes here", tmp_path / "notes there"
    for folder in (notes_here, notes_there):
        folder.mkdir()
    recent_folders.remember(settings, recent_folders.NOTES, notes_here / "a.md", store.path)
    assert recent_folders.start_folder(settings, recent_folders.NOTES, store.path) == notes_here
    other_path = other_store.path
    assert recent_folders.start_folder(settings, recent_folders.NOTES, other_path) == Path.home()
    recent_folders.remember(settings, recent_folders.NOTES, notes_there / "b.md", other_path)
    assert recent_folders.start_folder(settings, recent_folders.NOTES, store.path) == notes_here
    assert recent_folders.start_folder(settings, recent_folders.NOTES, other_path) == notes_there
    # An export's folder too is the data folder's: another's is not offered.
    recent_folders.remember(settings, recent_folders.EXPORTS, notes_here / "weak.pdf", store.path)
    assert recent_folders.start_folder(settings, recent_folders.EXPORTS, other_path) == Path.home()
    assert recent_folders.start_folder(settings, recent_folders.EXPORTS, store.path) == notes_here


def test_the_notes_folder_chosen_before_it_was_kept_per_data_folder_is_still_offered(
    settings_path, store, tmp_path
):
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("folders/notes", str(tmp_path))  # as an older version kept it
    assert recent_folders.start_folder(settings, recent_folders.NOTES, store.path) == tmp_path


def test_the_pdf_save_dialog_opens_where_this_data_folder_s_last_export_went(
    qtbot, make_window, store, other_store, settings_path, tmp_path, monkeypatch
):
    """A tester's weak-topics PDF dialog opened in another person's folder: the last
    export's folder was one for every data folder. An existing user's first export
    from a data folder still opens where their last export went before."""
    from studyapp.ui import export_worker

    before, mine, theirs = tmp_path / "exports before", tmp_path / "mine", tmp_path / "theirs"
    for folder in (before, mine, theirs):
        folder.mkdir()
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("folders/exports", str(before))  # as an older version kept it
    settings.sync()
    opened: list[Path] = []
    answers = iter([mine, theirs, mine, theirs])

    def save(_parent, _title, suggested, _filter):
        opened.append(Path(suggested).parent)
        return str(next(answers) / "weak.pdf"), ""

    monkeypatch.setattr(export_worker.QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(export_worker.ExportController, "start", lambda *args, **kwargs: None)
    windows = [make_window(), make_window(store=other_store)]
    try:
        for window in windows + windows:
            window.controllers["files"].exporter().ask_and_export()
    finally:
        windows[1].close()  # before its store closes
    assert opened == [before, before, mine, theirs]


def test_the_deck_export_dialog_opens_where_this_data_folder_s_last_export_went(
    qtbot, make_window, store, other_store, tmp_path, monkeypatch
):
    """The deck export's Save dialog, like the PDF's: each data folder its own."""
    from PySide6.QtWidgets import QFileDialog

    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    for folder in (mine, theirs):
        folder.mkdir()
    opened: list[Path] = []
    answers = iter([mine, theirs, mine, theirs])

    def save(_parent, _title, suggested, _filter):
        opened.append(Path(suggested).parent)
        return str(next(answers) / "deck.apkg"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    windows = [make_window(), make_window(store=other_store)]
    try:
        for window in windows + windows:
            window.controllers["files"].ask_export_path("Interview")
    finally:
        windows[1].close()  # before its store closes
    assert opened[2:] == [mine, theirs]
