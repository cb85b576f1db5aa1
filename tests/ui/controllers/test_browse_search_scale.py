"""Search on a big deck: the best matches are listed, and the count says how many more."""

from __future__ import annotations

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.render import highlight
from studyapp.ui.controllers.browse import SEARCH_SHOWN
from tests.ui.window_helpers import shown_questions


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


def test_a_search_matching_thousands_lists_the_best_and_counts_all(make_window, store):
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window()
    browse = window.controllers["browse"]
    browse.apply_search("gradient")
    shown = shown_questions(window)
    assert len(shown) == SEARCH_SHOWN
    total = len(store.search("gradient", limit=10**6))
    assert total >= SEARCH_SHOWN + 200
    assert window.search.count.text() == f"{SEARCH_SHOWN} best of {total}"
    assert "narrow" in window.search.count.toolTip()


def test_a_search_of_terms_alone_lists_the_first_matches_in_the_tree(make_window, store):
    """ "is:new" on thousands listed the first 300 of the file (the sample deck's, then
    the big deck's by line), not the tree's first (decks by name, each topic's
    questions together), and called them "best"."""
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window()
    browse = window.controllers["browse"]
    every = window.model.question_order()
    for text in ("is:new", "-is:due (deck:Big or deck:Interview)"):  # every question
        browse.apply_search(text)
        assert shown_questions(window) == every[:SEARCH_SHOWN], text
        assert window.search.count.text() == f"first {SEARCH_SHOWN} of {len(every)}"
        assert "first 300 in the tree" in window.search.count.toolTip()
        assert window.current_qid == every[0]


def test_a_narrow_search_shows_its_question_under_its_topics(make_window, store):
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window()
    browse = window.controllers["browse"]
    browse.apply_search("entropy")
    shown = shown_questions(window)
    assert [window.model.question(q).title for q in shown] == ["What is entropy?"]
    assert window.search.count.text() == "1 found"
    browse.apply_search("")
    assert len(shown_questions(window)) > SEARCH_SHOWN


def test_during_a_search_the_next_matches_are_prepared_not_the_hidden_questions(
    qtbot, make_window, store
):
    """Idle time prepares the answers the person is likely to open next: during a
    search, the matches after the one shown, which lie far apart in the deck."""
    store.import_document(big_doc(SEARCH_SHOWN + 200), "big.md", "h")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: not pane._prerender, timeout=10_000)  # the start's own work
    window.cache.clear_memory()
    window.answer.drop_documents()

    window.controllers["browse"].apply_search("loss 45")  # loss 45, loss 450 … 459

    shown = shown_questions(window)  # in tree order; the best match is the one open
    assert len(shown) == 11 and window.current_qid in shown
    at = shown.index(window.current_qid)
    theme = window.theme.effective
    following = [window.model.question(q) for q in (shown[at + 1 :] + shown[:at][::-1])[:2]]

    def prepared(question) -> bool:  # as shown during the search: its words marked
        html = highlight(window.cache.html(question, theme), pane.search_terms)
        return window.answer.is_prepared(html)

    qtbot.waitUntil(lambda: all(prepared(q) for q in following), timeout=5000)
