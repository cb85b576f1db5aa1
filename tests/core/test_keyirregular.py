"""A verb's irregular forms are heard as the verb (`studyapp.core.keyirregular`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        ("Freeze early layers", "The early layers are frozen.", "How do you fine-tune?"),
        ("chooses a pivot", "First a pivot is chosen.", "How does quicksort work?"),
        ("throws an exception", "An exception is thrown.", "What happens on a bad cast?"),
    ],
)
def test_an_irregular_form_says_its_verb(point, typed, question):
    assert covered(point, typed, question)


def test_a_form_of_another_verb_says_no_verb():
    assert not covered("Freeze early layers", "The early layers are fine-tuned.", "How?")
