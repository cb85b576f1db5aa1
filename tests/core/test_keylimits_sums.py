""" "Caps" says "limits", and "adds up to 1" says "sums to one" (`keysynonyms`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        ("cap the attempts", "Limit how many attempts you make.", "How do you retry safely?"),
        ("caps concurrency", "It limits concurrency.", "What does a semaphore do?"),
        (
            "turns a vector of scores into probabilities that sum to one",
            "It exponentiates each logit, giving a probability distribution that adds up to 1.",
            "What does softmax do?",
        ),
        (
            "attention weights sum to one",
            "The attention weights add up to 1.",
            "What is attention?",
        ),
    ],
)
def test_a_limit_or_a_sum_said_in_other_words(point, typed, question):
    assert covered(point, typed, question)


def test_the_cap_theorem_is_no_limit():
    typed = "The CAP theorem says a partitioned system picks consistency or availability."
    assert not covered("limits the request rate", typed, "What does a rate limiter do?")
