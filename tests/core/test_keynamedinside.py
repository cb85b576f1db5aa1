"""A side's name typed only as a word of what its own point says (core.keynamedinside):
"interfaces can express unions, intersections and mapped types" says nothing of the
`type` point "unions, intersections and mapped types", though "types" is typed."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

INTERFACE_Q = "What is the difference between `interface` and `type`?"
INTERFACE = (
    "Interfaces can be **reopened (declaration merging)** and extended with `extends`;"
    " type aliases can express **unions, intersections and mapped types**. For object"
    " shapes either works."
)
RECORD_Q = "What is the difference between a `class` and a `record` in C#?"
RECORD = (
    "Classes have **reference equality** by default; records give **value equality,"
    " with-expressions and positional record syntax**."
)
RECORD_POINTS = [
    "class: reference equality",
    "record: value equality, with-expressions and positional record syntax",
]


@pytest.mark.parametrize(
    ("question", "answer", "points", "right", "swapped"),
    [
        (
            INTERFACE_Q,
            INTERFACE,
            None,
            "An interface can be reopened later (declaration merging) and extended with"
            " extends. A type alias can express unions, intersections and mapped types.",
            "Type aliases can be reopened (declaration merging); interfaces can express"
            " unions, intersections and mapped types.",
        ),
        (
            RECORD_Q,
            RECORD,
            RECORD_POINTS,
            "A class compares by reference unless you override Equals. A record compares by"
            " its values and supports with-expressions and a positional syntax.",
            "Records have reference equality by default; classes give value equality,"
            " with-expressions and positional record syntax.",
        ),
    ],
)
def test_a_side_named_inside_its_own_phrase_is_not_named_there(
    question, answer, points, right, swapped
):
    points = points or key_terms(answer, question=question)
    assert ticked_terms(points, right, question, answer) == [True, True], points
    assert ticked_terms(points, swapped, question, answer) == [False, False], points


def test_a_word_of_the_names_stem_in_its_phrase_still_says_it():
    """ "generating text" says "Generative: designed to generate text" where the answer
    names the three words of GPT at its start."""
    question = "What does GPT stand for?"
    points = [
        "Generative: designed to generate text",
        "Transformer: neural network architecture",
    ]
    typed = (
        "Generative Pretrained Transformer: a transformer pretrained on a big corpus,"
        " generating text."
    )
    assert ticked_terms(points, typed, question)[0]
