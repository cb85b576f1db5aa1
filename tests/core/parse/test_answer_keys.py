"""A quiz with its answer key apart: numbered questions, then "## Answers" (or "ANSWER
KEY", "Solutions") over the answers numbered alike. Each question is answered by the
answer of its number; the key's lines are no questions of their own."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_a_markdown_quiz_with_an_answers_section():
    notes = (
        "# Practice quiz: Git\n\n"
        "1. What does `git fetch` do?\n2. What is a fast-forward merge?\n"
        "3. How do you list remote branches?\n\n"
        "## Answers\n\n"
        "1. Downloads objects and refs without touching the working tree.\n"
        "2. The branch pointer moves forward: no divergent history.\n"
        "3. `git branch -r`\n"
    )
    doc = parse_text(notes)
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What does git fetch do?",
            "Downloads objects and refs without touching the working tree.",
        ),
        (
            "What is a fast-forward merge?",
            "The branch pointer moves forward: no divergent history.",
        ),
        ("How do you list remote branches?", "`git branch -r`"),
    ]
    assert [(r.start_line, r.reason) for r in doc.skipped if r.reason == "answer key"] == [
        (7, "answer key")
    ]


def test_a_text_test_with_an_answer_key_in_another_order():
    notes = (
        "NETWORKING PRACTICE TEST\n\n"
        "1) Which layer does a router work at?\n2) What is the default port of SSH?\n"
        "3) What does TTL stop?\n\n"
        "ANSWER KEY\n"
        "2) 22.\n1) The network layer.\n3) Packets looping forever.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Which layer does a router work at?", "The network layer."),
        ("What is the default port of SSH?", "22."),
        ("What does TTL stop?", "Packets looping forever."),
    ]


def test_answered_questions_keep_their_answers_over_a_solutions_section():
    notes = (
        "1. What is a heap?\n   A tree with the heap property.\n"
        "2. What is a trie?\n   A prefix tree.\n\n"
        "## Solutions\n\n1. See chapter 3.\n2. See chapter 4.\n"
    )
    answers = [a for _, a in pairs(notes)]
    assert answers[0] == "A tree with the heap property."
    assert answers[1].startswith("A prefix tree.")
