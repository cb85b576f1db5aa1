""" "Refused" says "rejected", "none left" says "empty", and "accepted" says the
contrary of "rejected" (`keysynonyms`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        (
            "requests are rejected when the bucket is empty",
            "A request takes a token and is refused with 429 when none are left.",
            "How would you implement rate limiting?",
        ),
        (
            "new connections are rejected when the pool is empty",
            "Once nothing is left in the pool, new connections get refused.",
            "What happens when a connection pool runs dry?",
        ),
    ],
)
def test_a_refusal_when_none_are_left_says_rejected_when_empty(point, typed, question):
    assert covered(point, typed, question)


def test_accepted_says_the_contrary_of_rejected():
    point = "requests are rejected when the bucket is empty"
    typed = "Requests are still accepted when the bucket is empty."
    assert not covered(point, typed, "How would you implement rate limiting?")
