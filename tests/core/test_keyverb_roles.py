"""A clause point typed with its verb but its subject and object turned round ("shared
data protects the mutex") says no point; the passive says it (`keyroles`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms


@pytest.mark.parametrize(
    ("point", "typed", "said"),
    [
        ("a mutex protects shared data", "Shared data protects the mutex.", False),
        ("a mutex protects shared data", "Shared data is protected by a mutex.", True),
        ("a mutex protects shared data", "A mutex protects the data that threads share.", True),
        ("the encoder compresses the input", "The input compresses the encoder.", False),
        ("the encoder compresses the input", "The input is compressed by the encoder.", True),
    ],
)
def test_subject_and_object_turned_round_say_no_point(point, typed, said):
    assert ticked_terms([point], typed, "What does it do?", point) == [said]
