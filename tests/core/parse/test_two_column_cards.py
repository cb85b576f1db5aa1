"""Flashcards printed in two columns: a question, a wide gap, its answer, a card a
line. Two spaces after a sentence's question mark are a typist's habit, not a column."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_aligned_questions_and_answers_are_cards():
    notes = (
        "HTTP STATUS CODES\n\n"
        "What does 201 mean?                 Created: a new resource was made.\n"
        "What does 304 mean?                 Not modified: use your cached copy.\n"
        "What does 429 mean?                 Too many requests.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What does 201 mean?", "Created: a new resource was made."),
        ("What does 304 mean?", "Not modified: use your cached copy."),
        ("What does 429 mean?", "Too many requests."),
    ]


def test_sentences_spaced_twice_stay_prose():
    notes = (
        "# Big-O cheat sheet\n\n"
        "Printed for the fridge.  Does spacing matter?  No.  Is it sorted?  Yes.\n\n"
        "Binary search on a sorted array?       O(log n)\n"
        "Build a heap from n items?             O(n)\n"
    )
    assert pairs(notes) == [
        ("Binary search on a sorted array?", "O(log n)"),
        ("Build a heap from n items?", "O(n)"),
    ]
