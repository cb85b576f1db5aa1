"""Notes saved in a legacy code page (Windows-1251 here) open an import preview of their
questions as written, saying which encoding they were read in so the person can check:
they were refused ("save it as UTF-8")."""

from __future__ import annotations

from tests.core.test_code_pages import RUSSIAN
from tests.ui.controllers.test_files_import_preview import click_import, open_preview


def test_notes_in_a_code_page_preview_their_questions_and_name_it(
    qtbot, make_window, store, tmp_path
):
    path = tmp_path / "python-ru.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, path)

    titles = [q.title for q in dialog.preview.doc.questions]
    assert titles[0] == "Что такое генератор?"
    said = dialog.state.text()
    assert "python-ru.txt is not UTF-8: read as Windows-1251 (Cyrillic)" in said
    click_import(qtbot, window, dialog)
    assert "Чем отличается список от кортежа?" in {q.title for q in store.questions()}
