"""A folder whose files are decks already (imported one by one): its import preview
names those decks and how many of its questions each holds, and Enter does not make
the second copy. A file of a folder deck, previewed alone, is said the same way and
offers that deck instead. A tester's folder of three such files went in silently: 86
questions, each twice, both decks re-imported at every save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.controllers.test_files_import_preview import click_import, open_preview

CARDS = "question,answer\nWhat is a pod?,Containers together\nWhat is a node?,A machine\n"
QA = "Q: What is an SLO?\nA: An objective.\n\nQ: What is toil?\nA: Manual work.\n\n" + (
    "Q: What is an SLI?\nA: An indicator.\n"
)
MD = "# Linux\n\n## What is a process?\n\nA running program.\n\n## What is a zombie?\n\nDone.\n"


def a_folder_of_notes(tmp_path):
    folder = tmp_path / "mine" / "notes"
    folder.mkdir(parents=True)
    for name, text in (("sheet.csv", CARDS), ("sre.txt", QA), ("linux.md", MD)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_folder_whose_files_are_decks_names_them_and_enter_imports_nothing(
    qtbot, make_window, store, tmp_path
):
    folder = a_folder_of_notes(tmp_path)
    window = make_window(show=True)
    for name in ("sheet.csv", "sre.txt", "linux.md"):
        click_import(qtbot, window, open_preview(qtbot, window, folder / name))
    decks = {d.name for d in store.decks()}
    questions = len(store.questions())

    dialog = open_preview(qtbot, window, folder)

    said = dialog.state.text()
    assert "7 questions found" in said
    assert "7 of these questions are already in 3 decks read from its files" in said
    sre = next(d.name for d in store.decks() if d.source_path.endswith("sre.txt"))
    assert f"“{sre}” (3)" in said and "(2)" in said
    assert "second copy" in said
    assert not dialog.import_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert {d.name for d in store.decks()} == decks and len(store.questions()) == questions


def test_a_file_of_a_folder_deck_names_that_deck_and_offers_it(qtbot, make_window, store, tmp_path):
    folder = a_folder_of_notes(tmp_path)
    window = make_window(show=True)
    click_import(qtbot, window, open_preview(qtbot, window, folder))
    questions = len(store.questions())

    dialog = open_preview(qtbot, window, folder / "sre.txt")

    said = dialog.state.text()
    assert "3 of these questions are already in the deck read from these notes: “Notes” (3)" in (
        said
    )
    assert dialog.use_button.isVisible() and dialog.use_button.isDefault()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert len(store.questions()) == questions  # nothing imported
    node = window.tree.current_node()
    assert node is not None and node.name == "Notes"


def test_a_folder_one_of_whose_files_is_a_deck_is_imported_by_enter(
    qtbot, make_window, store, tmp_path
):
    """A tester imported Kafka basics.md (5 questions), then its folder (25): the
    preview's default was "Go to “Kafka basics” instead", and Enter said the notes
    were there, 20 of them in no deck."""
    folder = a_folder_of_notes(tmp_path)
    window = make_window(show=True)
    click_import(qtbot, window, open_preview(qtbot, window, folder / "sre.txt"))
    sre = next(d.name for d in store.decks() if d.source_path.endswith("sre.txt"))

    dialog = open_preview(qtbot, window, folder)

    said = dialog.state.text()
    assert (
        f"3 of these questions are already in the deck read from its files: “{sre}” (3);"
        " the other 4 are in no deck." in said
    )
    assert dialog.use_button.isVisible() and not dialog.use_button.isDefault()
    assert dialog.import_button.isDefault()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)  # went there after all
    assert window.statusBar().currentMessage() == (
        f"Not imported: {sre} has 3 of these 7 questions; the other 4 are in no deck."
    )

    dialog = open_preview(qtbot, window, folder)
    decks = len(store.decks())
    importer = window.controllers["files"].importer
    with qtbot.waitSignal(importer.finished, timeout=20000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(store.decks()) == decks + 1


def test_a_folder_two_of_whose_three_files_are_decks_keeps_import_the_default(
    qtbot, make_window, store, tmp_path
):
    folder = a_folder_of_notes(tmp_path)
    window = make_window(show=True)
    for name in ("sheet.csv", "linux.md"):
        click_import(qtbot, window, open_preview(qtbot, window, folder / name))

    dialog = open_preview(qtbot, window, folder)

    said = dialog.state.text()
    assert "4 of these questions are already in 2 decks read from its files" in said
    assert "the other 3 are in no deck." in said
    assert not dialog.use_button.isVisible() and dialog.import_button.isDefault()
