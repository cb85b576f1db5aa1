"""A search cleared (Esc, the field's clear button, its text deleted) leaves the tree's
decks and topics open as the person had them before the search, as Anki's browser and
a file manager's filter do, the branch of the question chosen during the search opened
too. Every deck opened again (a deck the person had closed) and every topic closed but
the question's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from studyapp.core.model import ParsedDocument, ParsedQuestion


def deck(name: str, topics: dict[str, list[str]]) -> ParsedDocument:
    questions = [
        ParsedQuestion(title, f"Answer to {title}", i + 1, (topic,))
        for i, (topic, title) in enumerate(
            (topic, title) for topic, titles in topics.items() for title in titles
        )
    ]
    return ParsedDocument(name, "markdown", questions, has_sections=True)


def setup(store, make_window):
    store.import_document(
        deck(
            "Networks",
            {
                "Sockets": ["What is a socket?", "What does bind do?"],
                "Routing": ["What is a routing table?", "What is BGP?"],
                "Caching": ["What is a CDN edge?"],
            },
        ),
        "networks.md",
        "n",
    )
    store.import_document(
        deck(
            "Databases",
            {
                "Indexes": ["What is a B-tree index?"],
                "Locks": ["What is a deadlock?"],
            },
        ),
        "databases.md",
        "d",
    )
    window = make_window()
    window.tree.collapseAll()  # every topic closed (the one of the question at a start too)
    window.tree.expand_decks()
    return window


def index_of(window, kind: str, name: str):
    model = window.tree.model()
    for deck_row in range(model.rowCount()):
        deck_index = model.index(deck_row, 0)
        if kind == "deck" and deck_index.data() == name:
            return deck_index
        for row in range(model.rowCount(deck_index)):
            topic = model.index(row, 0, deck_index)
            if kind == "topic" and topic.data() == name:
                return topic
    raise AssertionError(f"no {kind} {name}")


def is_open(window, kind: str, name: str) -> bool:
    return window.tree.isExpanded(index_of(window, kind, name))


def clear_by(window, how: str) -> None:
    field = window.search.field
    if how == "escape":
        QTest.keyClick(field, Qt.Key.Key_Escape)
    elif how == "clear button":
        field.findChild(QToolButton).click()  # (its ⊗, the button of Qt's clear action)
    else:  # the text deleted
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Backspace)


def search(window, text: str) -> None:
    window.search.field.setFocus()
    window.search.field.setText(text)
    window.search.flush()
    assert window.tree.matches() is not None


@pytest.mark.parametrize("how", ["escape", "clear button", "text deleted"])
def test_a_closed_deck_stays_closed_and_opened_topics_stay_open(make_window, store, how):
    window = setup(store, make_window)
    window.tree.collapse(index_of(window, "deck", "Databases"))
    window.tree.expand(index_of(window, "topic", "Sockets"))

    search(window, "routing table")
    chosen = window.current_qid
    assert window.model.question(chosen).title == "What is a routing table?"
    clear_by(window, how)

    assert window.tree.matches() is None
    assert not is_open(window, "deck", "Databases")  # closed before: closed still
    assert is_open(window, "topic", "Sockets")  # opened before: open still
    assert is_open(window, "topic", "Routing")  # the chosen question's branch, in sight
    assert not is_open(window, "topic", "Caching")
    assert window.tree.current_question_id() == chosen


def test_the_question_chosen_in_a_closed_deck_opens_that_deck_alone(make_window, store):
    window = setup(store, make_window)
    window.tree.collapse(index_of(window, "deck", "Databases"))
    window.tree.expand(index_of(window, "topic", "Caching"))
    window.tree.expand(index_of(window, "topic", "Routing"))

    search(window, "deadlock")
    clear_by(window, "escape")

    assert is_open(window, "deck", "Databases")  # the chosen question is in it
    assert is_open(window, "topic", "Locks")
    assert not is_open(window, "topic", "Indexes")
    assert is_open(window, "topic", "Caching") and is_open(window, "topic", "Routing")
    assert not is_open(window, "topic", "Sockets")
    assert window.model.question(window.tree.current_question_id()).title == "What is a deadlock?"


def test_a_topic_open_inside_a_closed_deck_is_open_when_the_deck_opens(make_window, store):
    """Qt keeps a topic's state inside a closed deck; a search cleared keeps it too."""
    window = setup(store, make_window)
    window.tree.expand(index_of(window, "topic", "Indexes"))
    window.tree.collapse(index_of(window, "deck", "Databases"))

    search(window, "bgp")
    clear_by(window, "escape")
    assert not is_open(window, "deck", "Databases")
    window.tree.expand(index_of(window, "deck", "Databases"))

    assert is_open(window, "topic", "Indexes")
    assert not is_open(window, "topic", "Locks")


@pytest.mark.parametrize("typed", [["socket", "bgp"], ["tag:", "bgp"], ["bgp", "tag:"], ["tag:"]])
def test_what_was_open_before_the_first_search_typed_comes_back(make_window, store, typed):
    """Searches typed one after another (one not understood among them: it lists
    nothing) are one search: what was open before the first comes back."""
    window = setup(store, make_window)
    window.tree.collapse(index_of(window, "deck", "Networks"))
    window.tree.expand(index_of(window, "topic", "Locks"))

    for text in typed:
        search(window, text)
    clear_by(window, "text deleted")

    chosen = window.model.question(window.tree.current_question_id()).title
    topics = {"What is BGP?": "Routing", "What is a socket?": "Sockets"}
    topics["What is a B-tree index?"] = "Indexes"  # (the question at a start: "tag:" alone)
    assert is_open(window, "topic", "Locks")
    assert is_open(window, "deck", "Networks") == (topics[chosen] in ("Routing", "Sockets"))
    for topic in ("Routing", "Sockets", "Indexes"):
        assert is_open(window, "topic", topic) == (topic == topics[chosen])
