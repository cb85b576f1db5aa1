""" "Doesn't succeed" says "fails", "doesn't fail" says "succeeds", and "takes a long
time" says "slow" (`keyglosses`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms


@pytest.mark.parametrize(
    ("point", "typed", "said"),
    [
        ("the request fails", "The request doesn't succeed.", True),
        ("the request succeeds", "The request doesn't fail.", True),
        ("the request succeeds", "The request fails.", False),
        ("writes are slow", "Writes take a long time.", True),
        ("a full scan is slow", "A full scan takes ages on a big table.", True),
    ],
)
def test_an_outcome_said_by_its_denied_opposite_or_in_plain_words(point, typed, said):
    assert ticked_terms([point], typed, "What happens?", point) == [said]
