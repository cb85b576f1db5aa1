"""Numbering a person writes before a question that is no part of it: Roman numerals
("I.", "iv)") and a practice log's difficulty after the number ("Q3 (Medium): …")."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_questions_numbered_with_roman_numerals_leave_the_numeral():
    notes = (
        "# Constitutional law\n\n"
        "I. What is judicial review?\n\nThe power of courts to strike down laws.\n\n"
        "II. Which case established judicial review in the US?\n\nMarbury v. Madison.\n\n"
        "III. What is federalism?\n\nPower shared between national and state governments.\n\n"
        "IV. What does the Supremacy Clause say?\n\nFederal law prevails.\n"
    )
    assert pairs(notes) == [
        ("What is judicial review?", "The power of courts to strike down laws."),
        ("Which case established judicial review in the US?", "Marbury v. Madison."),
        ("What is federalism?", "Power shared between national and state governments."),
        ("What does the Supremacy Clause say?", "Federal law prevails."),
    ]


def test_lower_case_roman_numerals_in_a_text_note():
    notes = (
        "Statistics\n\n"
        "i) What is a p-value?\nThe chance of data this extreme under the null.\n\n"
        "ii) What is a type I error?\nRejecting a true null hypothesis.\n\n"
        "iii) What is statistical power?\nThe chance of rejecting a false null.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What is a p-value?",
        "What is a type I error?",
        "What is statistical power?",
    ]


def test_a_letter_that_only_looks_like_a_numeral_stays():
    notes = (
        "## V. cholerae causes which disease?\n\nCholera.\n\n"
        "## C. difficile infection follows what treatment?\n\nBroad-spectrum antibiotics.\n"
    )
    assert titles(notes) == [
        "V. cholerae causes which disease?",
        "C. difficile infection follows what treatment?",
    ]


def test_a_difficulty_after_the_number_is_no_part_of_the_title():
    notes = (
        "# Practice log\n\n"
        "Q3 (Medium): How do you detect a cycle in a linked list?\n"
        "Two pointers at different speeds.\n\n"
        "Q4 [Easy] How do you reverse a string in place?\n"
        "Swap from both ends.\n\n"
        "Q5 (Hard): How do you find the median of two sorted arrays?\n"
        "Binary search on a partition.\n"
    )
    assert pairs(notes) == [
        ("How do you detect a cycle in a linked list?", "Two pointers at different speeds."),
        ("How do you reverse a string in place?", "Swap from both ends."),
        ("How do you find the median of two sorted arrays?", "Binary search on a partition."),
    ]


def test_roman_numerals_in_brackets_leave_the_title_too():
    notes = (
        "Tort law revision\n\n"
        "(i) What are the elements of negligence?\nDuty, breach, causation and damage.\n\n"
        "(ii) What is contributory negligence?\nThe claimant's own fault.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What are the elements of negligence?",
        "What is contributory negligence?",
    ]


def test_a_number_with_a_dash_right_after_it_leaves_the_title():
    notes = (
        "Sociology revision\n\n"
        "1- What is socialisation?\nLearning the norms of a society.\n\n"
        "2- What is a social class?\nA group sharing an economic position.\n\n"
        "3- What is 3-D printing used for in sociology?\nModels of settlements.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What is socialisation?",
        "What is a social class?",
        "What is 3-D printing used for in sociology?",
    ]
