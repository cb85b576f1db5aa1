"""Search on a big deck: the best matches are listed, and the count says how many more."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.ui.controllers.browse import SEARCH_SHOWN
from studyapp.ui.topic_tree import QUESTION


def big_doc(n: int) -> ParsedDocument:
    questions = [
        ParsedQuestion(
            f"Question {i}: what is gradient step {i}?",
            f"The **gradient** of loss {i}; other words {i % 7}.",
            i + 1,
            (f"Area {i % 5}", f"Topic {i % 20}"),
        )
        for i in range(n)
    ]
    questions.append(ParsedQuestion("What is entropy?", "Disorder.", n + 1, ("Area 0",)))
    return ParsedDocument("Big", "markdown", questions, has_sections=True)


def shown_questions(window) -> list[str]:
    proxy = window.tree.proxy
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            node = window.model.node(proxy.mapToSource(index))
            if node.kind == QUESTION:
                found.append(node.key)
            walk(index)

    walk(QModelIndex())
    return found


def test_a_search_matching_thousands_lists_the_best_and_counts_all(make_window, store):
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window()
    window.apply_search("gradient")
    shown = shown_questions(window)
    assert len(shown) == SEARCH_SHOWN
    total = len(store.search("gradient", limit=10**6))
    assert total >= SEARCH_SHOWN + 200
    assert window.search.count.text() == f"{SEARCH_SHOWN} best of {total}"
    assert "narrow" in window.search.count.toolTip()


def test_a_narrow_search_shows_its_question_under_its_topics(make_window, store):
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window()
    window.apply_search("entropy")
    shown = shown_questions(window)
    assert [window.model.question(q).title for q in shown] == ["What is entropy?"]
    assert window.search.count.text() == "1 found"
    window.apply_search("")
    assert len(shown_questions(window)) > SEARCH_SHOWN
