"""A short clause point holding a word the question asks about ("Pick the k at the
elbow", asked how to choose k) is said by a typed clause that says its own words, the
asked word typed in another clause ("k varies …; pick the elbow"): the question's words
go without saying. Only a clause that names another asked thing instead needs it
(`studyapp.core.keystatement`)."""

from __future__ import annotations

import pytest

from tests.core.keyticks import ticks

ELBOW = (
    "How do you choose k in k-means?",
    "Run it for several k and plot the inertia. Pick the k at the elbow.",
)
K_FOLD = (
    "How does k-fold cross-validation work?",
    "Split the data into k folds; train on k−1 folds and validate on the remaining one,"
    " rotating so every fold is the validation set once. Average the k scores.",
)


@pytest.mark.parametrize(
    ("card", "point", "said", "other"),
    [
        (
            ELBOW,
            "Pick the k at the elbow",
            "k varies over a range and you plot inertia; pick the elbow.",
            "k varies over a range and you plot inertia; pick the largest value.",
        ),
        (
            K_FOLD,
            "Average the k scores",
            "k chunks; each round one chunk validates, the others train; average the scores.",
            "k chunks; each round one chunk validates, the others train; keep the best score.",
        ),
    ],
)
def test_the_asked_word_typed_in_another_clause_leaves_the_point_said(card, point, said, other):
    question, answer = card
    assert ticks(answer, question, said)[point] is True
    assert ticks(answer, question, other)[point] is False
