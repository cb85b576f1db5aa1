"""A folder holding a notes file whose name is not UTF-8 (an old unzip's Windows-1251
name) imports in the window: it said "Cannot import badnames – UnicodeEncodeError:
… surrogates not allowed". The file's questions are in the deck, and its name is
listed with replacement characters."""

from __future__ import annotations

import os

from tests.ui.controllers.test_files_import_preview import click_import, open_preview


def test_a_folder_with_a_windows_1251_name_in_it_previews_and_imports(
    qtbot, make_window, store, tmp_path
):
    folder = tmp_path / "badnames"
    (folder / os.fsdecode("Тема".encode("cp1251"))).mkdir(parents=True)
    (folder / os.fsdecode("Вопросы.md".encode("cp1251"))).write_text(
        "# Базы\n\n## What is a CTE?\n\nA named query.\n", encoding="utf-8"
    )
    (folder / os.fsdecode("Тема".encode("cp1251")) / "sets.md").write_text(
        "# Sets\n\n## What is a set?\n\nDistinct items.\n", encoding="utf-8"
    )
    window = make_window(show=True)

    dialog = open_preview(qtbot, window, folder)

    assert {q.title for q in dialog.preview.doc.questions} == {"What is a CTE?", "What is a set?"}
    click_import(qtbot, window, dialog)
    deck = next(d for d in store.decks() if d.name == "Badnames")
    assert {q.title for q in store.questions(deck_id=deck.id)} == {
        "What is a CTE?",
        "What is a set?",
    }
    assert "����" in {t.name for t in store.topics(deck.id)}  # the folder, as shown
