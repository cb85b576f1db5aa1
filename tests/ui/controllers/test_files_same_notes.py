"""The import preview of a copy of notes a deck has already names that deck and where
its notes are, and offers to go to it instead: nothing is imported then; Import still
imports (a person may want both). The import's result says it as well."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import ScriptedMessages
from tests.ui.controllers.test_files_import_preview import NOTES, click_import, open_preview


def imported_once(qtbot, window, tmp_path):
    first = tmp_path / "prep" / "prep.md"
    first.parent.mkdir()
    first.write_text(NOTES, encoding="utf-8")
    click_import(qtbot, window, open_preview(qtbot, window, first))
    copy = tmp_path / "prep_copy" / "prep.md"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    return first, copy


def test_the_preview_of_a_copy_offers_the_deck_that_has_it(qtbot, make_window, store, tmp_path):
    window = make_window(show=True)
    first, copy = imported_once(qtbot, window, tmp_path)
    decks = len(store.decks())

    dialog = open_preview(qtbot, window, copy)

    said = dialog.state.text()
    assert "the same notes as the deck “Interview prep”" in said
    assert f"imported from {first}" in said
    assert dialog.use_button.isVisible()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(store.decks()) == decks  # nothing imported
    node = window.tree.current_node()
    assert node is not None and node.name == "Interview prep"


def test_importing_a_copy_anyway_says_so_in_the_result(qtbot, make_window, store, tmp_path):
    messages = ScriptedMessages()
    window = make_window(show=True, messages=messages)
    first, copy = imported_once(qtbot, window, tmp_path)
    decks = len(store.decks())

    click_import(qtbot, window, open_preview(qtbot, window, copy))

    assert len(store.decks()) == decks + 1
    said = f'the same notes as the deck "Interview prep", imported from {first}'
    assert any(said in str(text) for _kind, _title, text in messages.shown[1:])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"], ids=["same bytes", "re-encoded"])
def test_enter_in_the_preview_of_a_copy_goes_to_the_deck_instead_of_importing_it_twice(
    qtbot, make_window, store, tmp_path, encoding
):
    """The preview warns that a deck has these notes already: Enter (the default
    button) takes the safe way, to that deck; a second copy of every question is a
    click on Import away."""
    window = make_window(show=True)
    first, copy = imported_once(qtbot, window, tmp_path)
    copy.write_text(first.read_text(encoding="utf-8"), encoding=encoding)
    decks = len(store.decks())

    dialog = open_preview(qtbot, window, copy)

    assert dialog.use_button.isDefault() and not dialog.import_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(store.decks()) == decks  # nothing imported
    node = window.tree.current_node()
    assert node is not None and node.name == "Interview prep"


def test_enter_in_the_preview_of_notes_sharing_some_questions_imports_the_new_ones(
    qtbot, make_window, store, tmp_path
):
    """Two of three questions a deck has, one new (a socket): the preview names how
    many are new and which are shared, and Enter imports; it went to the deck and said
    "has these notes already", the new question in no deck."""
    window = make_window(show=True)
    imported_once(qtbot, window, tmp_path)
    week2 = tmp_path / "week2.md"
    week2.write_text(
        "# Week 2\n\n## What is an index?\n\nA sorted structure.\n\n"
        "## What is a socket?\n\nAn endpoint.\n\n## What is TCP?\n\nA byte stream.\n",
        encoding="utf-8",
    )
    decks = len(store.decks())

    dialog = open_preview(qtbot, window, week2)

    said = dialog.state.text()
    assert "1 question of these 3 is new" in said
    assert "“What is an index?”, “What is TCP?”" in said
    assert "saved another way" not in said
    assert dialog.use_button.isVisible()  # still offered, not the default
    assert dialog.import_button.isDefault() and not dialog.use_button.isDefault()
    importer = window.controllers["files"].importer
    with qtbot.waitSignal(importer.finished, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(store.decks()) == decks + 1
    titles = {q.title for q in store.questions()}
    assert "What is a socket?" in titles


def test_a_small_file_mostly_in_a_bigger_deck_is_said_to_be_so_and_enter_imports_it(
    qtbot, make_window, store, tmp_path
):
    """A tester's 7 questions, 4 of them in a deck of 20, previewed as "A new deck." and
    imported as 4 duplicates without a word: the share was the deck's, not the file's."""
    messages = ScriptedMessages()
    window = make_window(show=True, messages=messages)
    big = tmp_path / "web.md"
    asked = [f"What does the {h} header do?" for h in ("ETag", "Vary", "Age", "Host", "Range")]
    asked += [f"What is HTTP status {n}?" for n in range(200, 215)]
    big.write_text("# Web\n\n" + "".join(f"## {q}\n\nSomething.\n\n" for q in asked), "utf-8")
    click_import(qtbot, window, open_preview(qtbot, window, big))
    small = tmp_path / "week3.md"
    mine = [*asked[:3], "What is HTTP/3?", asked[7], "What is QUIC?", "What is TLS?"]
    small.write_text("# Week 3\n\n" + "".join(f"## {q}\n\nMine.\n\n" for q in mine), "utf-8")
    decks = len(store.decks())

    dialog = open_preview(qtbot, window, small)

    said = dialog.state.text()
    assert "3 questions of these 7 are new; the other 4 are already in the deck “Web”" in said
    assert "“What does the ETag header do?”, “What does the Vary header do?”" in said
    assert dialog.import_button.isDefault() and not dialog.use_button.isDefault()
    importer = window.controllers["files"].importer
    with qtbot.waitSignal(importer.finished, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(store.decks()) == decks + 1
    result = '4 of these 7 questions are already in the deck "Web"'
    assert any(result in str(text) for _kind, _title, text in messages.shown[1:])
