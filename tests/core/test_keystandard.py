"""A comparison keeps what it compares with (core.keystandard): a long clause is not cut
between "the same effect" and "as applying it once", and its words of sameness and
count are what an answer must say of it."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms

IDEMPOTENCY_Q = "Explain idempotency"
IDEMPOTENCY = (
    "An operation is idempotent if applying it twice has the same effect as applying it"
    " once.\nUse idempotency keys on POST so retries don't double-charge."
)


@pytest.mark.parametrize(
    ("question", "answer", "standard"),
    [
        (IDEMPOTENCY_Q, IDEMPOTENCY, "as applying it once"),
        (
            "What keeps a B-tree balanced?",
            "In a B-tree every leaf node always sits at exactly the same depth as every other"
            " leaf of the tree.",
            "as every other leaf",
        ),
    ],
)
def test_a_long_comparison_keeps_its_standard(question, answer, standard):
    points = key_terms(answer, question=question)
    assert any(standard in p for p in points), points


def test_the_comparison_is_said_in_other_words_not_turned():
    points = key_terms(IDEMPOTENCY, question=IDEMPOTENCY_Q)
    at = next(i for i, p in enumerate(points) if "applying it once" in p)
    right = (
        "Doing the same request several times leaves the system in the same state as doing"
        " it once, so retries are safe."
    )
    wrong = "Applying it twice has a different effect from applying it once."
    assert ticked_terms(points, right, IDEMPOTENCY_Q, IDEMPOTENCY)[at], points
    assert not ticked_terms(points, wrong, IDEMPOTENCY_Q, IDEMPOTENCY)[at], points
