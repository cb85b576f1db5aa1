"""A study session and the search: the tree always shows the session's question and
marks it. A tester searched, then pressed Ctrl+Shift+D: "Studying: all topics" showed
a question the tree (still "2 found") had no row for, and nothing was marked."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.ui.window_helpers import shown_questions


def search(qtbot, window, words: str) -> None:
    window.search.focus()
    qtbot.keyClicks(window.search.field, words)
    window.search.flush()  # (the pause in typing the field waits for)


def qid_of(store, title: str) -> str:
    return next(q.id for q in store.questions() if q.title == title)


def marked(window) -> str | None:
    """The question the tree marks, where the person can see it (not hidden)."""
    qid = window.tree.current_question_id()
    return qid if qid in shown_questions(window) else None


def test_studying_all_during_a_search_clears_it_and_marks_the_question(qtbot, make_window, store):
    window = make_window(show=True)
    search(qtbot, window, "bias")
    assert shown_questions(window) == [qid_of(store, "What is bias-variance?")]

    window.action("study_all").trigger()

    assert window.mode == "study"
    assert window.search.field.text() == ""
    assert len(shown_questions(window)) == len(store.questions())
    assert window.current_qid is not None and marked(window) == window.current_qid
    assert window.statusBar().currentMessage() == "Cleared the search “bias” to study all topics."


def test_a_topic_studied_from_a_search_result_is_marked_too(qtbot, make_window, store):
    """The selected result's topic is studied: its first question is no match."""
    window = make_window(show=True)
    search(qtbot, window, "momentum")
    assert window.current_qid == qid_of(store, "What is momentum?")  # the result shown

    window.controllers["study"].start_study()

    assert window.mode == "study"
    assert window.search.field.text() == ""
    assert marked(window) == window.current_qid


def test_a_search_during_a_session_keeps_its_question_in_the_tree(qtbot, make_window, store):
    window = make_window(show=True)
    window.action("study_all").trigger()
    first = window.current_qid
    bias = qid_of(store, "What is bias-variance?")
    assert first != bias

    search(qtbot, window, "bias")

    assert set(shown_questions(window)) == {first, bias}  # the match, and the session's
    assert window.search.count.text() == "1 found"
    assert marked(window) == first
    window.action("reveal").trigger()
    window.action("grade_3").trigger()
    assert window.current_qid not in (None, first)
    assert marked(window) == window.current_qid  # the next one shown and marked in turn
    assert window.search.field.text() == "bias"  # the search kept


def words(button) -> str:
    return " ".join(button.text().split())


def test_after_a_search_matching_nothing_the_study_button_says_it_studies_all_topics(
    qtbot, make_window, store
):
    """A search matched nothing, and the Study button still offered "3 due · 5 new"
    as if they were its results; pressed, it cleared the search and studied every
    deck. It says so before it is pressed, and does what it says."""
    window = make_window(show=True)
    search(qtbot, window, "zzzqqq")
    assert window.search.count.text() == "no match"
    button = window.grading.study_button
    assert words(button).startswith("Study all topics (clears the search) ")
    assert "clears the search" in button.toolTip()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.mode == "study"
    assert window.mode_label.text() == "Studying: all topics"
    assert window.search.field.text() == ""
    said = window.statusBar().currentMessage()
    assert said == "Cleared the search “zzzqqq” to study all topics."
    window.controllers["study"].stop_study()
    assert "clears the search" not in words(button)  # no search: the plain button


def test_a_result_selected_during_a_search_offers_its_whole_topic_and_says_so(
    qtbot, make_window, store
):
    """With a result shown in its topic, the button counted the whole topic ("3 new"
    beside a topic of 1 in the tree): it says the whole topic is what it studies, and
    the session it starts has that topic's questions, not the one result."""
    window = make_window(show=True)
    search(qtbot, window, "variance")
    assert window.current_qid == qid_of(store, "What is bias-variance?")
    topic = next(q.topic_id for q in store.questions() if q.id == window.current_qid)
    in_topic = sum(q.topic_id == topic for q in store.questions())
    shown = set(shown_questions(window))
    assert in_topic > sum(q.topic_id == topic and q.id in shown for q in store.questions())
    button = window.grading.study_button
    assert words(button).startswith("Study the whole topic (clears the search) ")
    assert f"{in_topic} new" in words(button)
    window.tree.select_deck(store.decks()[0].id)  # its deck's row, among the results
    assert words(button).startswith("Study the whole deck (clears the search) ")
    window.tree.select_topic(topic)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.mode == "study" and window.search.field.text() == ""
    left = re.sub("<[^>]+>", "", window.grading.status.text())
    assert left.startswith(f"{in_topic} new ·")  # the whole topic, as said


@pytest.mark.parametrize("page", ["all done", "waiting for a step"])
def test_a_search_on_a_sessions_own_page_opens_its_best_match_as_browsing_does(
    qtbot, make_window, store, page
):
    """On "Nothing left to study" a search listed its results and opened none, while
    from browsing the best match opens at once; there is no question of the session
    there to keep in sight. One waiting for a learning step is paused meanwhile."""
    from studyapp.core import settings_schema as schema
    from tests.ui.conftest import topic_id
    from tests.ui.window_helpers import press

    schema.write(store, schema.LEARN_AHEAD, 0)  # a step is waited for
    window = make_window(show=True)
    window.tree.select_topic(topic_id(store, "Security"))  # one question
    window.controllers["study"].start_study()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_4 if page == "all done" else Qt.Key.Key_1)
    assert window.grading.face == ("done" if page == "all done" else "waiting")

    search(qtbot, window, "bias")

    best = qid_of(store, "What is bias-variance?")
    assert window.current_qid == best and marked(window) == best
    assert window.answer.is_answer_visible()  # browsing: the answer shown
    assert window.mode == "browse"
    assert window.action("resume").isEnabled() == (page != "all done")
