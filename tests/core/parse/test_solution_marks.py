"""Worked problems marked "Sol." or "Solution:" under their questions (aptitude sets,
exam papers): the mark says where the answer starts, no part of it."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_sol_dot_marks_the_answer_of_a_numbered_question_in_a_text_file():
    notes = (
        "DBMS placement prep\n\n"
        "Ques 1. What is ACID?\n"
        "Sol. Atomicity, Consistency, Isolation, Durability.\n\n"
        "Ques 2. What is a view?\n"
        "Sol. A virtual table defined by a query.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is ACID?", "Atomicity, Consistency, Isolation, Durability."),
        ("What is a view?", "A virtual table defined by a query."),
    ]


def test_bold_solution_label_is_left_out_of_the_answer():
    notes = (
        "# Aptitude set\n\n"
        "**Q1.** What is 15% of 240?\n\n"
        "**Solution:** 0.15 × 240 = 36.\n\n"
        "**Q2.** If 5 workers take 8 days, how long do 4 take?\n\n"
        "**Solution:** 40 worker-days / 4 = 10 days.\n"
    )
    assert pairs(notes) == [
        ("What is 15% of 240?", "0.15 × 240 = 36."),
        ("If 5 workers take 8 days, how long do 4 take?", "40 worker-days / 4 = 10 days."),
    ]
