"""A formula key point said in words, as people say one in a mock interview
(`studyapp.core.keyspoken`): "a squared plus b squared equals c squared", "n log n",
"big O of n squared", "one over n". Another formula of the same terms ("d squared",
"times" for "over", "cubed" for "squared", "n log n" for "n squared") says no point.
"""

from __future__ import annotations

import pytest

from studyapp.core.keyspoken import formula_spoken
from studyapp.core.keyterms import key_terms, ticked_terms

CASES = [
    (
        "What does the Pythagorean theorem say?",
        "In a right triangle:\n\n$$a^2 + b^2 = c^2$$\n\nwhere c is the hypotenuse.",
        "a² + b² = c²",
        ["a squared plus b squared equals c squared", "c squared is a squared plus b squared"],
        ["a squared plus b squared equals d squared", "a plus b equals c"],
    ),
    (
        "What is the time complexity of merge sort?",
        "Merge sort always takes **O(n log n)** time, since it halves the array log n times"
        " and merges n items at each level.",
        "O(n log n)",
        ["n times log n", "n log n in every case"],
        ["log n", "n squared"],
    ),
    (
        "What is the worst case of quicksort?",
        "Quicksort degrades to O(n^2) when the pivot is always the smallest element.",
        "degrades to O(n^2) when the pivot is always the smallest element",
        ["It degrades to big O of n squared when the pivot is always the smallest one"],
        ["It degrades to n log n when the pivot is always the smallest one"],
    ),
    (
        "What is the probability of each face of a fair n-sided die?",
        "$P = 1/n$",
        "P = 1/n",
        ["one over n", "it is 1 over n"],
        ["n over one", "one over two"],
    ),
    (
        "What is the standard error of the mean?",
        "$$SE = \\frac{\\sigma}{\\sqrt{n}}$$",
        "SE = σ / (√n)",
        ["sigma over the square root of n", "sigma divided by root n"],
        ["sigma times root n", "sigma over n"],
    ),
    (  # a formula that names what it computes: a point "Name: expression"
        "What are precision and recall?",
        "Precision = TP / (TP + FP), and recall = TP / (TP + FN).",
        "Precision: TP / (TP + FP)",
        ["precision is TP over TP plus FP"],
        ["precision is TP over FP"],
    ),
    (
        "What is Einstein's mass-energy relation?",
        "$$E = mc^2$$",
        "E = mc²",
        ["e equals m c squared"],
        ["e equals m c cubed"],
    ),
]


@pytest.mark.parametrize(
    ("question", "answer", "point", "rights", "wrongs"),
    CASES,
    ids=[
        "pythagoras",
        "merge-sort",
        "quicksort",
        "die",
        "standard-error",
        "precision",
        "mass-energy",
    ],
)
def test_a_formula_said_in_words_earns_its_point(question, answer, point, rights, wrongs):
    points = key_terms(answer, question=question)
    assert point in points, points
    at = points.index(point)
    for typed in rights:
        assert ticked_terms(points, typed, question, answer)[at], typed
    for typed in wrongs:
        assert not ticked_terms(points, typed, question, answer)[at], typed


# (round 27: "true positives / (true positives + false negatives)" said no "Recall: TP /
# (TP + FN)", its "FN" looked for among the words that tell it from precision's)
PRECISION_RECALL = (
    "What is precision vs recall?",
    "Precision is TP / (TP + FP): of the things we flagged, how many were right. Recall is"
    " TP / (TP + FN): of the real positives, how many we found.",
)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Recall = true positives / (true positives + false negatives).", True),
        ("Recall is true positives over true positives plus false negatives.", True),
        ("Precision is TP over TP plus FN and recall is TP over TP plus FP.", False),
    ],
)
def test_names_of_initials_said_in_full_words_say_the_formula(typed, said):
    points = key_terms(PRECISION_RECALL[1], question=PRECISION_RECALL[0])
    ticks = dict(zip(points, ticked_terms(points, typed, *PRECISION_RECALL), strict=True))
    assert ticks["Recall: TP / (TP + FN)"] is said, ticks
    negatives = "true negatives over true negatives plus false negatives"
    assert formula_spoken("TN / (TN + FP)", negatives.replace("false negatives", "false positives"))
    assert not formula_spoken("TN / (TN + FP)", negatives)
