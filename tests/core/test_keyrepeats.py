"""One idea said twice in an answer is one key point (core.keyrepeats): a bullet's
phrase beside its own sentence, a sentence's list beside its items, a "label: value"
line repeating the prose. A right answer then reaches 100 %; points the answer says
apart stay apart."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

MEMO_Q = "What is the difference between `useMemo` and `useCallback`?"
MEMO = (
    "- `useMemo` caches a **computed value**\n"
    "- `useCallback` caches a **function reference**\n"
    "- Both recompute only when their **dependency array** changes"
)
TYPE_Q = "What is the difference between `interface` and `type`?"
TYPE = (
    "Interfaces can be **reopened (declaration merging)** and extended with `extends`;"
    " type aliases can express **unions, intersections and mapped types**. For object"
    " shapes either works."
)
BALANCER_Q = "What does a load balancer do?"
BALANCER = (
    "A load balancer spreads incoming requests across several servers so no single server"
    " is overloaded.\n\n**Purpose:** spreads incoming requests across several servers"
)


@pytest.mark.parametrize(
    ("answer", "question", "typed", "repeated"),
    [
        (  # a bullet's bold phrase beside its own sentence
            MEMO,
            MEMO_Q,
            "useMemo caches a computed value (the result of calling the function),"
            " useCallback caches the function reference itself. Both recompute only when"
            " something in the dependency array changes.",
            "computed value",
        ),
        (  # a sentence's list beside its items
            TYPE,
            TYPE_Q,
            "An interface can be reopened later (declaration merging) and extended with"
            " extends. A type alias can express unions, intersections and mapped types.",
            "intersections",
        ),
    ],
)
def test_one_idea_said_twice_is_one_point_a_right_answer_covers(answer, question, typed, repeated):
    points = key_terms(answer, question=question)
    assert sum(repeated in p for p in points) == 1, points
    assert coverage(points, ticked_terms(points, typed, question, answer)) == 1.0, points


def test_a_label_line_repeating_the_prose_is_one_point():
    points = key_terms(BALANCER, question=BALANCER_Q)
    assert sum("spreads incoming requests" in p for p in points) == 1, points


def test_points_the_answer_says_apart_stay_apart():
    kafka = (
        "Producers append events to an **append-only log** split into **partitions**."
        " Kafka keeps records **in order within a partition**."
    )
    points = key_terms(kafka, question="What is Apache Kafka?")
    assert "partitions" in points and "in order within a partition" in points, points
    sql = (
        "- **WHERE**: filters rows before they are grouped and cannot use aggregates\n"
        "- **HAVING**: filters groups after GROUP BY and can use aggregates"
    )
    points = key_terms(sql, question="WHERE vs HAVING?")
    assert len(points) == 2, points
