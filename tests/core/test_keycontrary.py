"""A typed answer that says the contrary of a point does not tick it: an opposite word
of degree, frequency or order ("increases" for "reduces", "often" for "rarely",
"after" for "before"), in a clause where it says the point's other words
(keymatch._says_contrary). Said the other way round ("B after A" for "A before B"), or
with the point's own word, it still ticks."""

from __future__ import annotations

import pytest

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("Regularization: reduces overfitting", "Regularization increases overfitting."),
        ("Cache misses: happen rarely", "Cache misses happen often."),
        ("validate input before saving", "validate input after saving"),
        (
            "Lower learning rate: slower but more stable training",
            "A lower learning rate trains faster but less stable",
        ),
        (  # the contrary beside the point's words, the point's word said elsewhere
            "makes inserts and updates slower, because each one must be updated too",
            "Indexes make inserts and updates faster, and reads get slower.",
        ),
        ("congestion window starts small", "The congestion window starts large."),
    ],
)
def test_the_contrary_does_not_say_a_point(point, typed):
    assert not said(point, typed)


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("commit log before data pages", "the data pages change only after the log is committed"),
        ("validate input before saving", "save only after validating the input"),
        ("filters rows before grouping", "it filters individual rows, before the grouping happens"),
        ("Cache misses: happen rarely", "Cache misses are rare, they seldom happen."),
        (
            "Regularization: reduces overfitting",
            "Regularization reduces overfitting, increases bias.",
        ),
        ("Dropout: reduces overfitting", "Dropout lowers overfitting."),
    ],
)
def test_the_same_order_said_the_other_way_round_says_it(point, typed):
    assert said(point, typed)


def test_a_clause_keeps_the_word_of_order_it_turns_on():
    """ "before the data pages are changed": the point is when, so "before" stays in it
    and "after the data pages are changed" does not tick it."""
    question = "When is the WAL written?"
    answer = "The write-ahead log is written before the data pages are changed."
    points = key_terms(answer, question=question)
    assert points == ["before the data pages are changed"], points
    wrong = "The write-ahead log is written after the data pages are changed."
    assert ticked_terms(points, wrong, question) == [False]
    right = "The log is written first, before the pages change."
    assert ticked_terms(points, right, question) == [True]
