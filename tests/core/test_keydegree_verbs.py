"""A point's verb of change said by a word of degree (core.keydegree.as_degree): "more
precision, less recall" says "raises precision and lowers recall", and the words of
degree swapped say its contrary."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (
        "What is precision vs recall?",
        "Precision is TP / (TP + FP): of the things we flagged, how many were right. Recall"
        " is TP / (TP + FN): of the real positives, how many we found. Increasing the"
        " threshold usually raises precision and lowers recall.",
        "raises precision and lowers recall",
        "Higher threshold: more precision, less recall.",
        "Higher threshold: less precision, more recall.",
    ),
    (
        "What does a stronger L2 penalty do?",
        "A stronger L2 penalty shrinks the weights: it reduces variance and increases bias.",
        "reduces variance and increases bias",
        "Smaller weights, so less variance but more bias.",
        "Smaller weights, so more variance but less bias.",
    ),
]


@pytest.mark.parametrize(("question", "answer", "point", "right", "swapped"), CASES)
def test_a_change_is_said_by_its_degree(question, answer, point, right, swapped):
    points = key_terms(answer, question=question)
    at = next(i for i, p in enumerate(points) if p.endswith(point))
    assert ticked_terms(points, right, question, answer)[at], points
    assert not ticked_terms(points, swapped, question, answer)[at], points


def test_a_degree_that_compares_nothing_says_no_change():
    """ "more than once" says no "raises" of anything."""
    question = "What does a stronger L2 penalty do?"
    points = ["reduces variance and increases bias"]
    assert not ticked_terms(points, "It is applied more than once to the variance.", question)[0]
