"""A reStructuredText title over- and underlined alike names the deck, as an underlined
one does, though its lines are typed a little shorter than its text (docutils warns
but reads it as the title)."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QUESTIONS = (
    "What is a decorator?\n"
    "--------------------\n\n"
    "A callable that wraps a function.\n\n"
    "What is a generator?\n"
    "--------------------\n\n"
    "A function that yields lazily.\n"
)


def test_an_overlined_title_typed_short_names_the_deck():
    text = "=========================\nPython Interview Questions\n=========================\n\n"
    doc = parse_text(text + QUESTIONS, name="notes", suffix=".rst")
    assert doc.deck_name == "Python Interview Questions"
    assert [q.title for q in doc.questions] == ["What is a decorator?", "What is a generator?"]


def test_an_inset_title_between_other_marks_names_the_deck_too():
    text = "~~~~~~~~~~~~~~\n  Kafka interview notes\n~~~~~~~~~~~~~~\n\n"
    doc = parse_text(text + QUESTIONS, name="notes", suffix=".rst")
    assert doc.deck_name == "Kafka interview notes"
    assert len(doc.questions) == 2
