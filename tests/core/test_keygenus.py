"""The kind the model answer says the asked thing is ("A generator is a function …")
goes without saying in a typed answer about it (`core.keygenus`)."""

from __future__ import annotations

from studyapp.core.keygenus import kind_of_asked
from tests.core.keyticks import ticks

GENERATOR = (
    "What is a generator in Python?",
    "A generator is a function defined with **yield**; it produces values lazily, one at"
    " a time, pausing between them.",
)
MUTEX = (
    "What is a mutex?",
    "A mutex is a lock defined with an **owner**: only the thread that holds it may release it.",
)


def test_the_kind_is_what_the_answer_opens_by_saying_the_asked_thing_is():
    assert kind_of_asked(*GENERATOR) == "function"
    assert (
        kind_of_asked(
            "What does React.memo do?", "**React.memo** is a higher-order component that skips …"
        )
        == "higher order component"
    )
    assert kind_of_asked("What is a closure?", "Closures capture variables that …") == ""
    assert kind_of_asked("What is a generator?", "An iterator is an object that …") == ""


def test_the_rest_of_a_definition_said_of_it_says_the_point():
    question, answer = GENERATOR
    said = ticks(
        answer, question, "It uses yield instead of return and gives values lazily one by one."
    )
    assert said["function defined with yield"]
    said = ticks(answer, question, "It is a function defined with return that builds a list.")
    assert not said["function defined with yield"]
    question, answer = MUTEX
    assert ticks(answer, question, "It has an owner: only the thread holding it can release it.")[
        "lock defined with an owner"
    ]
    assert not ticks(answer, question, "Any thread can release it; it has no owner.")[
        "lock defined with an owner"
    ]
