"""A word of a point turned into its opposite on the thing it is said of
(`keyopposed.turned_on_its_thing`): "lowers precision and raises recall" for "raises
precision and lowers recall", "positive gradient" for "negative gradient", "forgets the
variables" for "remembers variables"."""

from __future__ import annotations

import pytest

from tests.core.test_keydenial import tells_apart, ticks

THRESHOLD = (
    "What is precision vs recall?",
    "Precision is TP / (TP + FP). Recall is TP / (TP + FN). Increasing the threshold usually"
    " raises precision and lowers recall.",
)
BATCH = (
    "What does a larger batch size change?",
    "A larger batch lowers gradient noise and raises memory use.",
)


def test_two_opposites_swapped_between_their_things_say_no_point():
    point = "Increasing the threshold usually raises precision and lowers recall"
    tells_apart(
        THRESHOLD,
        point,
        "If you raise the threshold it raises precision and lowers recall.",
        "Raising the threshold lowers precision and raises recall.",
    )
    point = "lowers gradient noise and raises memory use"
    tells_apart(
        BATCH,
        point,
        "With bigger batches the gradient noise is lowered, but memory use is raised.",
        "A larger batch raises gradient noise and lowers memory use.",
    )


@pytest.mark.parametrize(
    ("case", "point", "right", "wrong"),
    [
        (
            (
                "What is gradient descent?",
                "An optimisation algorithm that updates parameters in the direction of the"
                " negative gradient.",
            ),
            "optimisation algorithm that updates parameters in the direction of the negative"
            " gradient",
            "An optimisation algorithm that updates the parameters along the negative gradient.",
            "An optimisation algorithm that updates parameters in the direction of the"
            " positive gradient to climb the loss.",
        ),
        (
            (
                "What is a closure?",
                "A nested function that remembers variables from the enclosing scope even"
                " after the outer function has returned.",
            ),
            "nested function that remembers variables from the enclosing scope",
            "A nested function that remembers the variables of the enclosing scope.",
            "A nested function that forgets the variables from the enclosing scope once the"
            " outer function has returned.",
        ),
        (
            (
                "Explain decorators",
                "A decorator is a function that takes a function and returns a new function"
                " that wraps it. `@functools.wraps` keeps the name and docstring.",
            ),
            "@functools.wraps keeps the name and docstring",
            "functools.wraps preserves the name and the docstring.",
            "functools.wraps removes the name and docstring.",
        ),
        (
            (
                "When is a connection returned to the pool?",
                "A pooled connection is released when the request ends, and a new request"
                " acquires a free connection.",
            ),
            "released when the request ends",
            "The pooled connection gets released when the request ends.",
            "The pooled connection is held when the request ends and released on shutdown.",
        ),
        (
            (
                "What is the GIL?",
                "The GIL lets only one thread execute Python bytecode at a time. I/O-bound"
                " threads are fine because the GIL is released while waiting on I/O.",
            ),
            "I/O-bound threads are fine because the GIL is released while waiting on I/O",
            "I/O-bound threads are fine, because the GIL is released while they wait on I/O.",
            "I/O-bound threads are fine; the GIL is held while waiting on I/O.",
        ),
        (
            (
                "Why use a mutex?",
                "A thread must acquire the mutex before touching shared data, and the mutex is"
                " released when the thread leaves the critical section.",
            ),
            "released when the thread leaves the critical section",
            "The mutex gets released once the thread leaves the critical section.",
            "The mutex is held when the thread leaves the critical section.",
        ),
        (
            (
                "What is a Python generator?",
                "A function that uses yield; it returns an iterator that produces values"
                " lazily, one at a time, keeping its state between calls.",
            ),
            "keeping its state between calls",
            "It keeps its state between calls.",
            "A function that builds the whole list in memory; it loses its state between calls.",
        ),
    ],
)
def test_a_word_turned_into_its_opposite_on_its_thing_says_no_point(case, point, right, wrong):
    # (the thing after the word, "remembers variables", or before it, only linking words
    # between: "the GIL is released")
    tells_apart(case, point, right, wrong)


def test_positive_and_negative_of_two_things_in_one_answer_still_say_the_point():
    case = (
        "What can a Bloom filter tell you?",
        "False positives happen occasionally. False negatives never happen.",
    )
    found = ticks(*case, "It can give false positives but never false negatives.")
    assert all(found.values()), found

    relu = (
        "What does a ReLU do?",
        "ReLU passes positive inputs unchanged and outputs zero for negative inputs.",
    )
    typed = "It lets positive inputs through as they are and gives zero for negative ones."
    assert all(ticks(*relu, typed).values()), ticks(*relu, typed)
