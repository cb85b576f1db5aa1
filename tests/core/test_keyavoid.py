"""A point that says no by its verb ("avoiding a shuffle"), said by a typed denial of
what it avoids (`studyapp.core.keyavoid`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered, key_terms, ticked_terms


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


def test_skipping_is_said_by_not_doing():
    """ "skips recompiling" is an avoidance: "aren't recompiled" says it, "recompiles every
    module" does not."""
    answer = "It **skips recompiling** modules whose source is **equal** to the last build's."
    question = "What does incremental compilation do?"
    points = key_terms(answer, question=question)
    right = "Modules whose source hasn't changed since the last build aren't recompiled."
    assert all(ticked_terms(points, right, question, answer)), points
    assert not any(
        ticked_terms(points, "It recompiles every module on each build.", question, answer)
    )
    memo = "- React.memo skips the re-render\n- when the props are **equal** to the last ones"
    question = "What does React.memo do?"
    points = key_terms(memo, question=question)
    right = "It doesn't re-render when the props haven't changed since last time."
    assert all(ticked_terms(points, right, question, memo)), points
