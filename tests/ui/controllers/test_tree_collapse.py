"""View → Collapse All folds the tree to its decks, whatever the page shows: it left
every deck open on its topics (and the current question's topic open too)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import make_doc


def shown_rows(tree) -> list[str]:
    """The rows a person sees, top to bottom (scrolled or not)."""
    rows, index = [], tree.model().index(0, 0)
    while index.isValid():
        rows.append(index.data())
        index = tree.indexBelow(index)
    return rows


def test_collapse_all_folds_the_tree_to_its_decks(qtbot, make_window, store, notes_dir):
    store.import_document(make_doc(deck="Second"), str(notes_dir / "second.md"), "hash-2")
    window = make_window(show=True)
    decks = [d.name for d in store.decks()]
    assert len(decks) == 2
    assert len(shown_rows(window.tree)) > len(decks)  # as at a start: decks open on topics

    window.action("collapse").trigger()

    assert sorted(shown_rows(window.tree)) == sorted(decks)


def test_collapse_all_folds_the_topic_of_the_question_read_too(qtbot, make_window, store):
    window = make_window(show=True)
    window.tree.setFocus()
    qid = window.tree.neighbour_question(1)
    window.controllers["browse"].show_question(qid)
    assert window.current_qid == qid

    window.action("collapse").trigger()

    assert shown_rows(window.tree) == [d.name for d in store.decks()]
    assert window.current_qid == qid  # the page stays on the question read
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)  # the keys go on from its deck's row
    assert window.tree.currentIndex().isValid()
