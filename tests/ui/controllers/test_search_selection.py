"""After a search the question shown is the first one listed: the best match, and of
matches ranked alike (two copies of a question, a thousand titles holding the words
alike) the first in the tree. It was whichever the index held first (its rowids are
hashes of the ids): the second deck's copy, a question in the middle of the list."""

from __future__ import annotations

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.ui.controllers.browse import SEARCH_SHOWN
from tests.ui.window_helpers import shown_questions


def doc(name: str, titles: list[str], topic: str = "Deep learning") -> ParsedDocument:
    questions = [
        ParsedQuestion(title, f"Answer {i}: a few words.", i + 1, (topic,))
        for i, title in enumerate(titles)
    ]
    return ParsedDocument(name, "markdown", questions, has_sections=True)


def searched(window, text: str) -> str | None:
    window.controllers["browse"].apply_search(text)
    return window.current_qid


@pytest.mark.parametrize("word", ["vanishing", "dropout", "attention", "batch"])
def test_of_copies_in_several_decks_the_first_deck_s_is_shown(make_window, store, word):
    titles = [
        "What is the vanishing gradient problem?",
        "What is dropout?",
        "How does attention work?",
        "Why normalise a batch?",
    ]
    for name in ("Zeta notes", "Beta notes", "Alpha notes", "Gamma notes", "Delta notes"):
        store.import_document(doc(name, titles), f"{name}.md", name)
    window = make_window()

    shown = searched(window, word)

    listed = shown_questions(window)
    assert len(listed) == 5
    assert shown == listed[0]
    assert window.tree.current_question_id() == listed[0]  # highlighted, at the top


def test_of_many_titles_alike_the_first_listed_is_shown(make_window, store):
    titles = [f"Question {i:03}: what is thing {i}?" for i in range(SEARCH_SHOWN + 60)]
    store.import_document(doc("Things", titles, "Topic 00"), "things.md", "things")
    window = make_window()

    shown = searched(window, "what is thing")

    listed = shown_questions(window)
    assert len(listed) == SEARCH_SHOWN
    assert shown == listed[0]


def test_a_better_match_further_down_the_tree_is_still_the_one_shown(make_window, store):
    """Ties only: a question holding the word in its title goes before the first deck's
    that has it only in its answer."""
    store.import_document(
        ParsedDocument(
            "Kappa",
            "markdown",
            [ParsedQuestion("How do you sort?", "With a mergesort.", 1, ("Sorting",))],
            has_sections=True,
        ),
        "kappa.md",
        "a",
    )
    store.import_document(doc("Omega", ["What is mergesort?"]), "omega.md", "o")
    window = make_window()
    assert (
        window.current_qid is None or "sort" not in window.model.question(window.current_qid).title
    )

    shown = searched(window, "mergesort")

    assert window.model.question(shown).title == "What is mergesort?"
