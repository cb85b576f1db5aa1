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

from studyapp.ui.literal_text import literal
from studyapp.ui.messages import Messages

from .conftest import make_doc, qid, topic_id

AMPERSANDS = (
    ("When is Q&A retrieval enough?", ("Search & Ranking",), "When the answers exist."),
    ("What is R&D spend?", ("Q&A",), "Money spent on research."),
    ("Which names does a[*] match in a glob?", ("Globs [*] and ranges",), "Any ending."),
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
        # (its first line: an empty name adds why OK waits, "A name is needed: …")
        seen.append(drawn(label.text()).split("\n")[0])
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
    editing.decks.rename_current_deck()
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
    names = ["Search & Ranking", "Q&A", "Globs [*] and ranges"]
    assert [t.name for t in store.topics(rd.id)] == names  # cancelled: no new topic


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
    assert [drawn(a.text()) for a in move.actions()] == [
        "Search & Ranking",
        "Q&A",
        "Globs [*] and ranges",
    ]


def test_the_window_title_names_a_question_or_topic_with_brackets_as_written(
    qtbot, make_window, ampersand_store
):
    """ "[*]" in a window title is Qt's place for an unsaved-changes mark: "a[*]" read
    "a", and a topic "Globs [*] and ranges" read "Globs  and ranges"."""
    window = make_window(show=True)
    shown = window.windowHandle().title
    question = "Which names does a[*] match in a glob?"
    window.controllers["browse"].show_question(qid(ampersand_store, question))
    assert shown() == f"{question} — StudyApp"
    window.action("weak").trigger()  # another tab, then back: the title comes back whole
    assert shown().startswith("Weak Topics")
    window.action("questions").trigger()
    assert shown() == f"{question} — StudyApp"
    rd = next(d for d in ampersand_store.decks() if d.name == "R&D Notes")
    globs = next(t.id for t in ampersand_store.topics(rd.id) if t.name.startswith("Globs"))
    window.tree.select_topic(globs)
    assert shown() == "Globs [*] and ranges — StudyApp"


def test_the_remove_deck_question_names_the_deck_as_written(qapp):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    from studyapp.core.store import DeckRemoval
    from studyapp.ui.deck_dialogs import confirm_remove

    headlines: list[str] = []

    def read() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        page = QTextDocument()
        page.setHtml(box.text())  # the headline is rich text: bold
        headlines.append(page.toPlainText())
        box.reject()

    for name in ("R&D <draft>", "Tom &amp; Jerry"):
        QTimer.singleShot(0, read)
        assert confirm_remove(Messages(None), DeckRemoval(name, 6, 3)) is False
    assert headlines == ["Remove “R&D <draft>”?", "Remove “Tom &amp; Jerry”?"]
