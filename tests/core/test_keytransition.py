"""A change a point says keeps a quality ("from one valid state to another") is not said
by a typed answer whose change ends in the quality's opposite (`core.keytransition`)."""

from __future__ import annotations

from studyapp.core.keymatch import split_point
from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.test_keyglossary import ACID


def _ticks(answer: str, question: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    ticks = ticked_terms(points, typed, question, answer)
    return {split_point(p)[0]: t for p, t in zip(points, ticks, strict=True)}


def test_a_change_ending_in_the_opposite_quality_says_no_consistency():
    question = "What does ACID mean?"
    for wrong in (
        "Consistency: a transaction can move the database from a valid state to an invalid one.",
        "Consistency means a transaction moves the database from a valid state into an"
        " invalid state.",
    ):
        assert not _ticks(ACID, question, wrong)["Consistency"], wrong
    right = (
        "Consistency: a transaction never takes the database from a valid state to an invalid one."
    )
    assert _ticks(ACID, question, right)["Consistency"]


def test_a_phrase_of_the_change_is_turned_by_its_end_too():
    """Another change, a list item's claim ("rotation takes the tree from one balanced
    shape to another"; each item of the list a point)."""
    answer = (
        "- A rotation takes the tree from one balanced shape to another\n"
        "- It keeps the in-order sequence of keys\n"
    )
    question = "What does a rotation do in an AVL tree?"
    point = next(p for p in key_terms(answer, question=question) if "balanced shape" in p)
    wrong = "A rotation takes the tree from a balanced shape to an unbalanced one."
    assert not _ticks(answer, question, wrong)[point]
    right = "Rotating goes from one balanced shape to another."
    assert _ticks(answer, question, right)[point]
    snapshot = "The backup moves the replica from one consistent snapshot to another."
    points = key_terms(snapshot, question="What does the backup guarantee?")
    typed = "It moves the replica from a consistent snapshot to an inconsistent one."
    assert not any(ticked_terms(points, typed, "What does the backup guarantee?", snapshot))
