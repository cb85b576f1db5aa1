"""A file that is no notes (a CV, an invoice, a paper) opens an import preview that
says it does not look like interview notes, before any deck is made: Cancel makes
none, Import Anyway makes it. Notes open the preview as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.core.test_notes_look import CV, PAPER, pdf_of_markdown
from tests.ui.controllers.test_files_import_preview import NOTES, click_import, open_preview


def _decks(store) -> list[str]:
    return sorted(d.name for d in store.decks())


def test_a_cv_is_said_to_look_unlike_notes_and_cancel_makes_no_deck(
    qtbot, make_window, store, tmp_path
):
    path = tmp_path / "jane-doe-cv.md"
    path.write_text(CV, encoding="utf-8")
    before = _decks(store)
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, path)

    assert dialog.unlike.isVisible()
    said = dialog.unlike.text()
    assert "This file does not look like interview notes:" in said
    assert "“Summary”" in said and "Import it anyway, or Cancel." in said
    assert dialog.import_button.text() == "&Import Anyway"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert _decks(store) == before


def test_a_paper_as_a_pdf_is_said_to_look_unlike_notes_and_can_still_be_imported(
    qtbot, make_window, store, tmp_path
):
    path = pdf_of_markdown(tmp_path / "moe-routing.pdf", PAPER)
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, path)

    assert dialog.unlike.isVisible() and "“Abstract”" in dialog.unlike.text()
    click_import(qtbot, window, dialog)
    assert len(_decks(store)) == 2  # the person's choice: the deck is made


def test_notes_open_the_preview_without_a_word_of_it(qtbot, make_window, store, tmp_path):
    path = tmp_path / "prep.md"
    path.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, path)

    assert dialog.preview.doc.questions
    assert not dialog.unlike.isVisible() and dialog.unlike.text() == ""
    assert dialog.import_button.text() == "&Import"


def _press_enter(qtbot, dialog) -> None:
    """Enter where the person's keys go: the widget with the focus in the dialog."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _cv_md(tmp_path):
    path = tmp_path / "alex-rivera-cv.md"
    path.write_text(CV, encoding="utf-8")
    return path


def _paper_pdf(tmp_path):
    return pdf_of_markdown(tmp_path / "moe-routing.pdf", PAPER)


@pytest.mark.parametrize("make_file", [_cv_md, _paper_pdf], ids=["cv-markdown", "paper-pdf"])
def test_enter_on_the_warning_cancels_and_imports_nothing(
    qtbot, make_window, store, tmp_path, make_file
):
    """Enter on the warning that a file is no notes is Cancel, not Import Anyway."""
    before = _decks(store)
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, make_file(tmp_path))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.unlike.isVisible()
    assert cancel.isDefault() and not dialog.import_button.isDefault()

    _press_enter(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert window.controllers["files"].importer.task is None  # no import started
    assert _decks(store) == before


def test_enter_on_notes_still_imports_them(qtbot, make_window, store, tmp_path):
    path = tmp_path / "prep.md"
    path.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, path)
    assert dialog.import_button.isDefault()

    with qtbot.waitSignal(window.controllers["files"].importer.finished, timeout=20000):
        _press_enter(qtbot, dialog)

    assert "prep" in " ".join(_decks(store)).lower()
