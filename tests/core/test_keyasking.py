"""A note that defines its terms by asking ("Recall: of what was there, how much I
found") keeps its clauses whole, and a bullet "Name = formula: meaning" is a point of the
name (studyapp/core/keyphrases.asks, keycandidates). The tester's precision and recall
bullets gave no key point at all, and the plain ones "Recall: much I found"."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.keyticks import ticks

QUESTION = "Explain precision and recall."
WITH_FORMULAS = (
    "- Precision = TP / (TP + FP): of what I flagged, how much was right.\n"
    "- Recall = TP / (TP + FN): of what was there, how much I found.\n"
    "- F1 = harmonic mean."
)
PLAIN = (
    "- Precision: of what I flagged, how much was right.\n"
    "- Recall: of what was there, how much I found."
)
POINTS = [
    "Precision: of what I flagged, how much was right",
    "Recall: of what was there, how much I found",
]


def test_bullets_of_a_formula_and_its_meaning_give_their_names_points():
    assert key_terms(WITH_FORMULAS, question=QUESTION) == POINTS


def test_asking_clauses_stay_whole():
    assert key_terms(PLAIN, question=QUESTION) == POINTS
    storage = (
        "- Cache: where data is kept close, how fast it is read.\n"
        "- Disk: where data lives for good, how long it lasts."
    )
    assert key_terms(storage, question="How do a cache and a disk differ?") == [
        "Cache: where data is kept close, how fast it is read",
        "Disk: where data lives for good, how long it lasts",
    ]


def test_the_points_are_said_in_other_words_and_not_swapped():
    right = (
        "Precision: of everything I flagged, the share that was right. Recall: of all"
        " that was really there, the share I found."
    )
    assert ticks(WITH_FORMULAS, QUESTION, right) == dict.fromkeys(POINTS, True)
    swapped = (
        "Recall: of what I flagged, how much was right. Precision: of what was there,"
        " how much I found."
    )
    assert ticks(WITH_FORMULAS, QUESTION, swapped) == dict.fromkeys(POINTS, False)
