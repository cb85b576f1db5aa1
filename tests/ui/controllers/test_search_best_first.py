"""A search selects its best match, listed first, and shows its first hit. A tester's
Ctrl+F "embedding" selected result 3 of 5 ("gradient" 4 of 7, "loss" 4 of 6): the
best match was shown, but the tree listed the results in its own order, so the best
sat in the middle and Down went on from there; and a hit deep in a long answer was
out of sight, the top of the answer shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.ui.controllers.browse import KEPT_CHOSEN
from tests.ui.window_helpers import QT_WARNINGS_FAIL, press, shown_questions

pytestmark = QT_WARNINGS_FAIL


def search(qtbot, window, words: str) -> None:
    window.search.focus()
    window.search.field.clear()
    qtbot.keyClicks(window.search.field, words)
    window.search.flush()  # (the pause in typing the field waits for)


def ranked(window, words: str) -> list[str]:
    return window.controllers["browse"].tree_search.best(words)[0]


@pytest.mark.parametrize("words", ["embedding", "gradient", "loss", "vector database"])
def test_the_best_match_is_listed_first_selected_and_down_goes_on(
    qtbot, make_window, default_store, words
):
    window = make_window(store=default_store, show=True)
    search(qtbot, window, words)
    listed = shown_questions(window)
    assert len(listed) > 2
    assert listed[0] == ranked(window, words)[0]  # the best, at the top
    assert window.current_qid == listed[0]
    assert window.tree.current_question_id() == listed[0]
    press(qtbot, window, Qt.Key.Key_Down)  # into the results
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.current_qid == listed[1]
    press(qtbot, window, Qt.Key.Key_J)
    assert window.current_qid == listed[2]  # J follows the list as shown too
    press(qtbot, window, Qt.Key.Key_K)
    assert window.current_qid == listed[1]


def answer(words: str, filler: int) -> str:
    lines = "\n\n".join(f"Line {i} of the answer says something else." for i in range(filler))
    return f"{lines}\n\nHere the {words} shows at last."


def deck(titles_and_answers: list[tuple[str, str, str]]) -> ParsedDocument:
    return ParsedDocument(
        "Notes",
        "markdown",
        [
            ParsedQuestion(title, text, i + 1, (topic,))
            for i, (title, topic, text) in enumerate(titles_and_answers)
        ],
        has_sections=True,
    )


@pytest.fixture
def long_answers(store):
    """A question with the word deep in its answer, and in its title (the best match)
    under a topic further down the tree than two with the word in the answer alone."""
    store.import_document(
        deck(
            [
                ("How is a cache warmed?", "Alpha", answer("eviction policy", 3)),
                ("Where do caches live?", "Alpha", answer("eviction policy", 60)),
                ("What is an eviction policy?", "Omega", answer("eviction policy", 80)),
            ]
        ),
        "notes.md",
        "n",
    )
    return store


def hit_in_view(window, word: str) -> bool:
    browser = window.answer.browser
    found = browser.document().find(word, 0, QTextDocument.FindFlag.FindWholeWords)
    assert not found.isNull()
    rect = browser.cursorRect(found)
    return browser.viewport().rect().contains(rect)


@pytest.mark.parametrize("words", ["eviction", "policy"])
def test_a_hit_deep_in_a_long_answer_is_scrolled_into_view(qtbot, make_window, long_answers, words):
    window = make_window(show=True)
    window.resize(900, 600)
    search(qtbot, window, words)
    listed = shown_questions(window)
    assert window.model.question(listed[0]).title == "What is an eviction policy?"
    assert window.current_qid == listed[0]
    assert hit_in_view(window, words)
    assert window.answer.browser.verticalScrollBar().value() > 0
    press(qtbot, window, Qt.Key.Key_Down)  # into the results
    press(qtbot, window, Qt.Key.Key_J)  # the next question, its hit in view too
    assert window.current_qid == listed[1]
    assert hit_in_view(window, words)


def test_a_hit_on_the_first_screen_leaves_the_answer_at_its_top(qtbot, make_window, long_answers):
    window = make_window(show=True)
    window.resize(900, 600)
    warmed = next(q.id for q in long_answers.questions() if q.title == "How is a cache warmed?")
    search(qtbot, window, "eviction")
    window.controllers["browse"].show_question(warmed)
    assert hit_in_view(window, "eviction")
    assert window.answer.browser.verticalScrollBar().value() == 0


def test_a_result_the_person_chose_stays_through_the_search_typed_on_and_says_so(
    qtbot, make_window, default_store
):
    window = make_window(store=default_store, show=True)
    search(qtbot, window, "vector")
    listed = shown_questions(window)
    refined = ranked(window, "vector search")
    chosen = next(q for q in listed[1:] if q in refined[1:])  # the best of neither
    press(qtbot, window, Qt.Key.Key_Down)  # into the results
    while window.current_qid != chosen:
        press(qtbot, window, Qt.Key.Key_J)
    window.search.focus()
    window.search.field.end(False)
    qtbot.keyClicks(window.search.field, " search")
    window.search.flush()
    assert chosen in shown_questions(window) and shown_questions(window)[0] != chosen
    assert window.current_qid == chosen  # kept, and said
    assert window.statusBar().currentMessage() == KEPT_CHOSEN
    # Esc clears the search: what it said of the question kept goes with it (it stayed
    # in the bar over a whole tree)
    window.search.focus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.search.field.text() == ""
    assert window.statusBar().currentMessage() != KEPT_CHOSEN


def test_the_first_start_hint_goes_when_notes_come_even_cut_to_its_room(
    qtbot, make_window, default_store, tmp_path
):
    """A narrow bar shows the hint cut ("This is a sample deck. Your own notes: …"); it
    was compared by what was shown, so it stayed after an import."""
    from studyapp.core.importer import import_file

    window = make_window(store=default_store, show=True)
    window.resize(640, 500)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage().endswith("…"))
    notes = tmp_path / "mine.md"
    notes.write_text("## What is TCP?\n\nA stream.\n", encoding="utf-8")
    import_file(default_store, notes)
    window.controllers["files"].reloaded.emit()  # as after an import in the window
    assert bar.currentMessage() == ""
