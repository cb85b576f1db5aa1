"""A re-import preview that would remove studied questions says how many and which
before Import, in the words the command line uses before it asks (`studyapp import
--split-at`): their progress is kept in the store. Before, it said "3 removed", as
of questions never studied."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialogButtonBox

from studyapp.core.importer import import_file
from tests.helpers.cards import record
from tests.ui.controllers.test_files_import_preview import NOTES, choose, click_import, open_preview

T_MS = 1_900_000_000_000


def plain(label) -> str:
    return re.sub("<[^>]+>", " ", label.text())


def studied(store, *titles: str) -> None:
    for q in store.questions():
        if q.title in titles:
            record(store, q.id, 3, 10.0, "study", T_MS)


def test_a_split_that_removes_studied_questions_says_which_before_import(
    qtbot, make_window, store, tmp_path
):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    studied(store, "What is an index?", "What is TCP?")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    assert "studied" not in plain(dialog.counts)  # as it is: nothing removed
    choose(qtbot, dialog, "h2")  # the two sections as questions: the three go
    said = plain(dialog.counts)
    assert "3 removed" in said
    assert "3 questions removed, 2 of them studied: “What is an index?”, “What is TCP?”" in said
    assert "The 3 removed keep their progress in the store, and come back" in said
    # Enter is Cancel's here, as where a file is no notes: Import is a click away
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not dialog.import_button.isDefault()
    click_import(qtbot, window, dialog)  # Import is the answer: they go, kept
    titles = {q.title for q in store.questions()}
    assert {"Databases", "Networks"} <= titles and "What is TCP?" not in titles


def test_a_reimport_that_removes_only_unstudied_questions_says_nothing_more(
    qtbot, make_window, store, tmp_path
):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    import_file(store, notes)
    studied(store, "What is an index?")
    notes.write_text(NOTES.replace("### What is TCP?\n\nA reliable byte stream.\n", ""))
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    said = plain(dialog.counts)
    assert "1 removed" in said and "studied" not in said and "progress" not in said
    assert dialog.import_button.isDefault()  # nothing studied goes: Enter imports
