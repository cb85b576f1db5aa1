"""An Anki package of several top-level decks, imported in the window: a deck each in
the tree, the first of them selected, as a new deck is."""

from __future__ import annotations

from tests.helpers.anki_packages import Note, modern_package
from tests.ui.controllers.test_files import deck_names, run_import


def test_a_package_of_several_decks_shows_a_deck_each_and_selects_the_first(
    qtbot, make_window, tmp_path
):
    package = modern_package(
        tmp_path / "collection.apkg",
        [
            Note(("What is TCP?", "A reliable stream."), "Networking::TCP"),
            Note(("What is a LEFT JOIN?", "Every left row."), "Databases::SQL"),
        ],
    )
    window = make_window(show=True)

    result = run_import(qtbot, window, [package])

    (summary,) = result.summaries
    assert sorted(summary.decks) == ["Databases", "Networking"]
    assert {"Databases", "Networking"} <= set(deck_names(window))
    assert window.tree.current_node().name == summary.decks[0]
