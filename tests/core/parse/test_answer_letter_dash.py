"""An answer's letter and a dash with no colon ("Q1) What is X?" / "A - It is …", "A- …")
labels the answer where the notes label their other answers ("A:", "Ans:") or every
question's answer so: the label goes, as "A:" does. It was left at the head of every
answer. A quiz's options ("A - Paris" over "B - Rome", or "A - …, B - …" on one line)
and a lone "A - …" among unmarked answers keep theirs."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs

EVERY = """\
Q1) What is a process?
A - It is a running program with its own memory.

Q2) What is a thread?
A - It is a unit of execution inside a process.

Q3) What is a deadlock?
A- Two tasks each wait for the other to let go.
"""

MIXED = """\
1. What is DNS?
A - It maps names to addresses.
2. What is TCP?
A: A reliable stream protocol.
3. What is UDP?
Ans - A datagram protocol without delivery guarantees.
"""


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVERY,
            [
                ("What is a process?", "It is a running program with its own memory."),
                ("What is a thread?", "It is a unit of execution inside a process."),
                ("What is a deadlock?", "Two tasks each wait for the other to let go."),
            ],
        ),
        (
            MIXED,
            [
                ("What is DNS?", "It maps names to addresses."),
                ("What is TCP?", "A reliable stream protocol."),
                ("What is UDP?", "A datagram protocol without delivery guarantees."),
            ],
        ),
    ],
    ids=["every answer", "beside A: labels"],
)
def test_a_letter_and_a_dash_labels_the_answer(text, expected, suffix):
    doc = parse_text(text, suffix=suffix)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == expected


def test_a_quizs_options_keep_their_letters():
    text = (
        "1. What is the capital of France?\nA - Paris\nB - Rome\nC - Berlin\nAnswer: A\n\n"
        "2. What is the capital of Italy?\nA - Paris\nB - Rome\nC - Berlin\nAnswer: B\n"
    )
    for question in parse_text(text, suffix=".txt").questions:
        assert "A - Paris" in question.answer_markdown


def test_options_on_one_line_keep_their_letters():
    text = (
        "Q1) What is a process?\nA: A running program.\n\n"
        "Q2) Name a grade scale\nA - excellent, B - good, C - fair.\n"
    )
    answers = [q.answer_markdown for q in parse_text(text, suffix=".txt").questions]
    assert answers == ["A running program.", "A - excellent, B - good, C - fair."]


def test_a_quiz_among_the_questions_does_not_keep_the_others_labels():
    """A quiz's options open with "A - " too: they count for neither side."""
    notes = (
        "Q1) What is a race condition?\n"
        "A - Two threads touch shared data and the result depends on timing.\n\n"
        "Q2) What is a mutex?\n"
        "A - A lock that lets one thread at a time into a critical section.\n\n"
        "Q3) Which is faster?\n"
        "A - spin lock\n"
        "B - mutex\n"
    )
    answers = [a for _, a in pairs(notes, suffix=".txt")]
    assert answers[0].startswith("Two threads") and answers[1].startswith("A lock")
    assert answers[2].startswith("A - spin lock")
    markdown = (
        "### 1. What is a heap?\n\nA - A tree whose parent is never larger than its children.\n\n"
        "### 2. What is a trie?\n\nA - A tree of prefixes, one letter per edge.\n\n"
        "### 3. Which lookup is O(log n)?\n\nA - a balanced BST, B - a hash map\n"
    )
    answers = [a for _, a in pairs(markdown)]
    assert answers[0].startswith("A tree whose") and answers[1].startswith("A tree of")
    assert answers[2].startswith("A - a balanced BST")
