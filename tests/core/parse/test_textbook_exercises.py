"""Self-study notes from a textbook: "Exercise 3.1." or "Problem 2:" numbers each
question (a task as often as a question: "Show that …"), "*Answer.*" or "Solution:"
starts its answer. The labels are the book's numbering, no part of what is asked.
("Problem:" without a number is a label inside an answer, as in LeetCode notes.)"""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bold_exercise_numbers_with_italic_answer_marks():
    notes = (
        "# Chapter 3 — Probability\n\n"
        "**Exercise 3.1.** A coin is tossed three times. What is P(exactly two heads)?\n\n"
        "*Answer.* 3/8.\n\n"
        "**Exercise 3.2.** Show that P(A ∪ B) = P(A) + P(B) − P(A ∩ B).\n\n"
        "*Answer.* Split A ∪ B into A and B \\ A.\n\n"
        "**Exercise 3.3** If X ~ Bin(10, 0.5), what is E[X]?\n\n"
        "_Answer._ np = 5.\n"
    )
    assert pairs(notes) == [
        ("A coin is tossed three times. What is P(exactly two heads)?", "3/8."),
        ("Show that P(A ∪ B) = P(A) + P(B) − P(A ∩ B).", "Split A ∪ B into A and B \\ A."),
        ("If X ~ Bin(10, 0.5), what is E[X]?", "np = 5."),
    ]


def test_problem_numbers_in_bold_without_punctuation():
    notes = (
        "## Set 1\n\n"
        "**Problem 1** Compute 3! + 2!.\n\n**Answer:** 8.\n\n"
        "**Problem 2** Is 91 prime?\n\n**Answer:** No, 7 × 13.\n"
    )
    assert pairs(notes) == [("Compute 3! + 2!.", "8."), ("Is 91 prime?", "No, 7 × 13.")]


def test_problem_label_without_a_number_stays_in_the_answer():
    notes = (
        "# LeetCode notes\n\n"
        "## 1. Two Sum\n\n"
        "**Problem:** Find two indices whose numbers add up to a target.\n\n"
        "**Approach:** A hash map from value to index.\n\n"
        "## 20. Valid Parentheses\n\n"
        "**Problem:** Check that brackets are balanced.\n\n"
        "**Approach:** A stack.\n"
    )
    assert pairs(notes) == [
        (
            "Two Sum",
            "**Problem:** Find two indices whose numbers add up to a target.\n\n"
            "**Approach:** A hash map from value to index.",
        ),
        (
            "Valid Parentheses",
            "**Problem:** Check that brackets are balanced.\n\n**Approach:** A stack.",
        ),
    ]
