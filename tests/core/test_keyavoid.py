"""A point that says no by its verb ("avoiding a shuffle"), said by a typed denial of
what it avoids (`studyapp.core.keyavoid`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        (
            "avoiding a shuffle",
            "Spark copies the small table to each executor so no shuffle is needed.",
            "When should you use a broadcast join?",
        ),
        ("prevents overfitting", "It's there so the model doesn't overfit.", "Why use dropout?"),
        ("avoids deadlocks", "So two threads can never deadlock.", "Why order locks?"),
        ("avoids recompilation", "You don't have to recompile.", "Why use a config file?"),
        (
            "vanishing gradients stop early layers from learning",
            "Early layers don't learn because the gradients vanish.",
            "What is the vanishing gradient problem?",
        ),
    ],
)
def test_what_is_avoided_said_denied_says_the_point(point, typed, question):
    assert covered(point, typed, question)


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        ("avoiding a shuffle", "It needs a shuffle of both tables.", "When use a broadcast join?"),
        (
            "prevents the processor and compiler from reordering loads",
            "It is memory that one process cannot read from another process.",
            "What is a memory barrier?",
        ),
    ],
)
def test_what_is_avoided_said_as_there_or_denied_of_another_thing_is_not(point, typed, question):
    assert not covered(point, typed, question)
