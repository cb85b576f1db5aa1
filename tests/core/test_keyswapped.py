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


def test_a_point_naming_its_side_twice_is_not_said_with_the_other_side_in_its_place():
    # The report: "Left join vs right join?", whose points each name their side twice
    # ("A left join keeps all rows from the left table"), was ticked whole by the swapped
    # "A left join keeps all rows from the right table and a right join … the left".
    question = "Left join vs right join?"
    answer = (
        "- A left join keeps all rows from the left table.\n"
        "- A right join keeps all rows from the right table.\n"
        "- Unmatched columns become NULL."
    )
    swapped = (
        "A left join keeps all rows from the right table and a right join keeps all rows"
        " from the left table."
    )
    assert _ticks(answer, question, swapped) == 0
    right = (
        "A left join keeps every row from the left table; a right join keeps every row"
        " from the right table."
    )
    assert _ticks(answer, question, right) == 2


def test_a_second_pair_of_sides_named_twice_in_a_point():
    # Written after the fix, as a check (not tuned on).
    question = "How does merge sort split its work?"
    answer = (
        "- The left half goes to the left call.\n"
        "- The right half goes to the right call.\n"
        "- Each call sorts its half before the merge."
    )
    swapped = "The left half goes to the right call and the right half goes to the left call."
    right = "The left half goes to the left call and the right half goes to the right call."
    assert _ticks(answer, question, right) >= 2
    assert _ticks(answer, question, swapped) == 0
