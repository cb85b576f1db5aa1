"""A change said as the state it leaves, and the state said as the change
(`studyapp.core.keychange`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        # the verb of the point, said as the state it leaves
        (
            "stabilizes and speeds up training",
            "It makes training faster and more stable.",
            "What is batch normalization?",
        ),
        ("simplifies deployment", "Containers make deployment simpler.", "Why use Docker?"),
        ("complicates the build", "It makes the build more complex.", "Why avoid submodules?"),
        ("destabilizes training", "Training becomes unstable.", "Why clip gradients?"),
        # the state of the point, said as the change
        (
            "reads on the indexed columns get faster",
            "Lookups on those columns speed up.",
            "How do indexes affect writes?",
        ),
        ("the build gets simpler", "It simplifies the build.", "Why use a monorepo?"),
    ],
)
def test_a_change_is_heard_in_the_state_it_leaves(point, typed, question):
    assert covered(point, typed, question)


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        ("slows down writes", "Writes get faster.", "What does an index cost?"),
        (
            "reads on the indexed columns get faster",
            "Reads on the indexed columns get slower.",
            "How do indexes affect writes?",
        ),
        # "faster" says how fast one side is, not the row of the sides' speeds
        ("Speed", "TCP is faster.", "Compare TCP and UDP."),
    ],
)
def test_the_contrary_state_or_a_noun_of_the_verb_is_not_heard(point, typed, question):
    assert not covered(point, typed, question)
