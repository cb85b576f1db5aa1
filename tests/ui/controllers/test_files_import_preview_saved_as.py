"""A Word document saved as .md opens an import preview of its questions that says
what it is (read as the document; renamed .docx, Word opens it too): it was refused
as "a binary file (a ZIP archive of 2 other files, no notes)"."""

from __future__ import annotations

import shutil

from tests.core.parse.test_documents_under_other_endings import java_docx
from tests.ui.controllers.test_files_import_preview import click_import, open_preview


def test_a_word_document_named_md_previews_its_questions_and_says_what_it_is(
    qtbot, make_window, store, tmp_path
):
    path = tmp_path / "java_renamed.md"
    shutil.copyfile(java_docx(tmp_path), path)
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, path)

    assert [q.title for q in dialog.preview.doc.questions] == [
        "What is the JVM?",
        "What is a final class?",
    ]
    said = dialog.state.text()
    assert "2 questions found" in said
    assert "java_renamed.md is a Word document saved as .md: read as one" in said
    click_import(qtbot, window, dialog)
    assert "What is the JVM?" in {q.title for q in store.questions()}
