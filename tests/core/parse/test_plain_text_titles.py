"""A text file's title is its first line, alone above the questions: a text file has
no other way to write one. It names the deck, as a Markdown note's "# Title" does;
before, it was skipped as an intro and the deck took the file's name."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QUESTIONS = (
    "What is the GIL?\nA lock that lets one thread run bytecode at a time.\n\n"
    "What is a decorator?\nA function that wraps another.\n"
)


def deck(text: str, suffix: str = ".txt") -> tuple[str, list[tuple[int, int, str]]]:
    doc = parse_text(text, suffix=suffix, name="fallback")
    return doc.deck_name, [(r.start_line, r.end_line, r.reason) for r in doc.skipped]


def test_a_text_file_s_first_line_names_its_deck():
    assert deck("Python interview\n\n" + QUESTIONS) == ("Python interview", [(1, 1, "title")])
    prefixed = (
        "DEEP LEARNING — phone screen notes\n\n"
        "Q1) What is dropout?\nAns) Zeroing random units while training.\n\n"
        "Q2) What is batch norm?\nAns) Normalizing a layer's inputs per batch.\n"
    )
    assert deck(prefixed)[0] == "DEEP LEARNING — phone screen notes"


def test_a_first_line_that_is_a_sentence_a_lead_in_or_a_question_names_nothing():
    for first in (
        "These are the questions I was asked at the onsite last week in the morning.",
        "Questions from the phone screen:",
        "What should I revise first?",
    ):
        assert deck(first + "\n\n" + QUESTIONS)[0] == "fallback", first
    # a line right above the first question, no blank between, is not set apart
    assert deck("Python interview\n" + QUESTIONS)[0] == "fallback"
    # Markdown has its own way to write a title
    assert deck("Python interview\n\n" + QUESTIONS, ".md")[0] == "fallback"
