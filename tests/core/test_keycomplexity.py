"""A complexity the answer marks ("**O(log n)**") is a point, said only by that
complexity: in notation however typed ("O(n^2)" for "O(n²)"), by its inside ("n log
n") or in words ("constant time"), never by a longer one ("O(n log n)" is no
"O(log n)")."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms


def test_a_marked_complexity_is_a_point_even_when_the_question_asks_for_it():
    question = "Explain Big-O of binary search."
    answer = (
        "Binary search halves the search interval at each step, so it takes **O(log n)**"
        " comparisons on a sorted array. It needs random access; on a linked list it is no"
        " faster than a linear scan."
    )
    points = key_terms(answer, question=question)
    assert points[0] == "O(log n)", points
    assert ticked_terms(points, "It is O(log n) since each step halves the range.", question)[0]
    assert not ticked_terms(points, "O(n log n), because it sorts first.", question)[0]


def test_two_complexities_are_two_points_each_said_by_its_own():
    question = "What is the time complexity of a hash table lookup?"
    answer = (
        "On average a lookup is **O(1)**: the hash points straight at the bucket. In the"
        " worst case, when all keys collide, it degrades to **O(n)**."
    )
    points = key_terms(answer, question=question)
    assert points == ["O(1)", "O(n)"]
    right = "Constant time on average, but linear in the worst case when keys collide."
    assert ticked_terms(points, right, question) == [True, True]
    assert ticked_terms(points, "O(n^2) worst case.", question) == [False, False]
    assert ticked_terms(points, "O(log n) because it is a tree.", question) == [False, False]


def test_a_complexity_is_said_however_it_is_typed():
    question = "What is the time complexity of quicksort?"
    answer = (
        "Quicksort takes **O(n log n)** on average, but **O(n²)** in the worst case, when"
        " the pivots split the array badly."
    )
    points = key_terms(answer, question=question)
    assert points == ["O(n log n)", "O(n²)"]
    for typed in (
        "n log n on average, quadratic when the pivots are bad.",
        "O(n log n) average and O(n^2) worst case.",
    ):
        assert ticked_terms(points, typed, question) == [True, True], typed
    assert ticked_terms(points, "O(log n) average and O(n) worst.", question) == [False, False]
