"""A person's own names with "&" in them read as written wherever a widget takes "&"
for a mnemonic: "Supervised Learning & Classification" read "Supervised Learning
_Classification" in the rename dialog. The dialogs that ask about a topic, deck or
question, and the menu that lists the topics, are checked with names of both kinds:
"&" before a space ("A & B") and before a letter ("Q&A", "R&D", drawn "QA", "RD")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel

from studyapp.ui.messages import Messages
from studyapp.ui.mnemonics import literal

from .conftest import make_doc, qid, topic_id

AMPERSANDS = (
    ("When is Q&A retrieval enough?", ("Search & Ranking",), "When the answers exist."),
    ("What is R&D spend?", ("Q&A",), "Money spent on research."),
)


def drawn(text: str) -> str:
    """What a mnemonic-reading widget draws of `text`: "&&" is "&", "&x" is "x"."""
    return re.sub(r"&(.)", r"\1", text, flags=re.S)


@pytest.fixture
def ampersand_store(store, notes_dir):
    store.import_document(make_doc(AMPERSANDS, deck="R&D Notes"), str(notes_dir / "rd.md"), "h2")
    return store


def label_of_next_dialog(seen: list[str]) -> None:
    """Reads the label of the dialog about to open, as drawn, and cancels it."""

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        label = dialog.findChild(QLabel)
        assert label is not None and label.buddy() is not None  # so "&" is a mnemonic
        seen.append(drawn(label.text()))
        dialog.reject()

    QTimer.singleShot(0, read)


def test_literal_text_is_drawn_as_written() -> None:
    for name in ("A & B", "Q&A", "R&&D", "&", "Tom & Jerry & Co", "no ampersand"):
        assert drawn(literal(name)) == name


def test_the_rename_dialogs_name_a_topic_and_a_deck_with_ampersands(make_window, ampersand_store):
    store = ampersand_store
    store.rename_topic(topic_id(store, "Optimization"), "A & B")
    window = make_window(show=True, messages=Messages(None))
    editing = window.controllers["editing"]
    rd = next(d for d in store.decks() if d.name == "R&D Notes")
    seen: list[str] = []

    window.tree.select_topic(topic_id(store, "A & B"))
    label_of_next_dialog(seen)
    editing.rename_current_topic()
    search = next(t.id for t in store.topics(rd.id) if t.name == "Search & Ranking")
    window.tree.select_topic(search)
    label_of_next_dialog(seen)
    editing.rename_current_topic()
    window.tree.select_deck(rd.id)
    label_of_next_dialog(seen)
    editing.rename_current_deck()
    qa = next(t.id for t in store.topics(rd.id) if t.name == "Q&A")
    window.tree.select_topic(qa)
    label_of_next_dialog(seen)
    editing.create_topic_here(subtopic=True)

    assert seen == [
        "Rename the topic “A & B” to:",
        "Rename the topic “Search & Ranking” to:",
        "Rename the deck “R&D Notes” to:",
        "Name of the new subtopic in “Q&A” of “R&D Notes”:",
    ]
    assert [t.name for t in store.topics(rd.id)] == ["Search & Ranking", "Q&A"]  # cancelled


def test_moving_a_question_names_it_and_lists_the_topics_as_written(make_window, ampersand_store):
    window = make_window(show=True, messages=Messages(None))
    editing = window.controllers["editing"]
    window.tree.select_question(qid(ampersand_store, "When is Q&A retrieval enough?"))
    seen: list[str] = []
    label_of_next_dialog(seen)
    editing.move_current_question()
    assert seen == ["Move “When is Q&A retrieval enough?” to:"]

    menu = editing.context_menu(window.tree.current_node())
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [drawn(a.text()) for a in move.actions()] == ["Search & Ranking", "Q&A"]
