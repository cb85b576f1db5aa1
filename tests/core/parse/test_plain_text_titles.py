"""A text file's title is its first line, alone above the questions: a text file has
no other way to write one. It names the deck, as a Markdown note's "# Title" does;
before, it was skipped as an intro and the deck took the file's name. A Markdown note
written the same way is named by the same rule (it took the file's name while the
same notes saved as ".txt" took the line), but for a line of Markdown's marks."""

from __future__ import annotations

from studyapp.core.parse import parse_text

QUESTIONS = (
    "What is the GIL?\nA lock that lets one thread run bytecode at a time.\n\n"
    "What is a decorator?\nA function that wraps another.\n"
)


PREFIXED = (
    "DEEP LEARNING — phone screen notes\n\n"
    "Q1) What is dropout?\nAns) Zeroing random units while training.\n\n"
    "Q2) What is batch norm?\nAns) Normalizing a layer's inputs per batch.\n"
)


def deck(text: str, suffix: str = ".txt") -> tuple[str, list[tuple[int, int, str]]]:
    doc = parse_text(text, suffix=suffix, name="fallback")
    return doc.deck_name, [(r.start_line, r.end_line, r.reason) for r in doc.skipped]


def test_a_text_file_s_first_line_names_its_deck():
    assert deck("Python interview\n\n" + QUESTIONS) == ("Python interview", [(1, 1, "title")])
    assert deck(PREFIXED)[0] == "DEEP LEARNING — phone screen notes"


def test_a_first_line_that_is_a_sentence_a_lead_in_or_a_question_names_nothing():
    for first in (
        "These are the questions I was asked at the onsite last week in the morning.",
        "Questions from the phone screen:",
        "What should I revise first?",
    ):
        assert deck(first + "\n\n" + QUESTIONS)[0] == "fallback", first
    # a line right above the first question, no blank between, is not set apart
    assert deck("Python interview\n" + QUESTIONS)[0] == "fallback"


def test_the_first_line_names_the_deck_of_a_markdown_note_as_of_a_text_file():
    """One rule for both: the same notes saved as ".md" were named by the file."""
    for text, name in (
        ("Python interview\n\n" + QUESTIONS, "Python interview"),
        (PREFIXED, "DEEP LEARNING — phone screen notes"),
        (
            "Networking Interview Notes\n\nQ: What is TCP?\nA: A reliable stream.\n",
            "Networking Interview Notes",
        ),
    ):
        named = deck(text, ".txt")
        assert deck(text, ".md") == named, text
        assert named[0] == name and named[1][0] == (1, 1, "title")


def test_a_markdown_first_line_of_marks_names_no_deck():
    # a link back, a picture, a tag line: no title, as a sentence or a question is none
    for first in ("[Back to index](README.md)", "![logo](logo.png)", "#python #interview"):
        assert deck(first + "\n\n" + QUESTIONS, ".md")[0] == "fallback", first
    sentence = "These are the questions I was asked at the onsite last week in the morning."
    assert deck(sentence + "\n\n" + QUESTIONS, ".md")[0] == "fallback"
