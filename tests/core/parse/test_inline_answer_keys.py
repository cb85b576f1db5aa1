"""Multiple-choice questions with their key on one line below them ("**Answers:** 1-b,
2-c", "Answer key: 1. B 2. C"): each question's right option is marked, as a ticked
quiz option is, and the key line is no part of the last answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_a_markdown_quiz_with_a_bold_key_line():
    notes = (
        "# AWS practice\n\n"
        "1. Which service stores objects?\n   a) EBS\n   b) S3\n\n"
        "2. Which database is key-value?\n   a) RDS\n   b) DynamoDB\n\n"
        "**Answers:** 1-b, 2-b\n"
    )
    assert pairs(notes) == [
        ("Which service stores objects?", "a) EBS\nb) ✔ **S3**"),
        ("Which database is key-value?", "a) RDS\nb) ✔ **DynamoDB**"),
    ]


def test_a_text_quiz_with_an_answer_key_line():
    notes = (
        "Python MCQ\n\n"
        "1. What does len({1, 1, 2}) return?\nA. 3\nB. 2\n\n"
        "2. Which keyword makes a generator?\nA. return\nB. yield\n\n"
        "Answer key: 1. B 2. B\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What does len({1, 1, 2}) return?", "A. 3\nB. ✔ **2**"),
        ("Which keyword makes a generator?", "A. return\nB. ✔ **yield**"),
    ]
