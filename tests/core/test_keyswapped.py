"""A point said of the other of two sides a pair of words names ("left" / "right",
"parent" / "child") is not said (`keyswapped`)."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms


def _ticks(answer: str, question: str, typed: str) -> int:
    points = key_terms(answer, question=question)
    return sum(ticked_terms(points, typed, question, answer))


LEFT_JOIN = (
    "What is a LEFT JOIN?",
    "Returns all rows from the left table and the matching rows from the right;"
    " unmatched right columns are NULL.",
)


def test_the_left_join_said_of_the_right_table_ticks_nothing():
    question, answer = LEFT_JOIN
    swapped = "all rows from the right table and the matching rows from the left"
    assert _ticks(answer, question, swapped) == 0
    right = "all rows of the left table plus matching rows from the right, NULL where no match"
    assert _ticks(answer, question, right) >= 2


def test_a_right_join_said_the_other_way_round():
    question = "What does a RIGHT JOIN return?"
    answer = (
        "Keeps every row of the right table and the matching rows of the left table;"
        " left columns without a match are NULL."
    )
    swapped = "every row of the left table and the matching rows of the right table"
    assert _ticks(answer, question, swapped) == 0
    right = "every row of the right table, and the left table's matching rows"
    assert _ticks(answer, question, right) >= 2
