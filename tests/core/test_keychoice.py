"""A choice the notes set is not said by an answer that keeps both sides
(studyapp/core/keychoice.py): "a distributed system keeps both consistency and
availability, no choice needed" earned all of the CAP theorem's points."""

from __future__ import annotations

from tests.core.keyticks import ticks

CAP = (
    "In the presence of a **network partition**, a distributed system must choose between"
    " **consistency** and **availability**.",
    "What does the CAP theorem say?",
)
CACHE = (
    "For every cache you choose between **write-through** and **write-back**: writing to"
    " the store at once, or later.",
    "How does a cache handle writes?",
)


def test_keeping_both_sides_of_a_choice_says_neither():
    said = ticks(
        *CAP,
        "In the presence of a network partition, a distributed system keeps both consistency"
        " and availability, no choice needed.",
    )
    assert not said["consistency"] and not said["availability"]
    said = ticks(*CACHE, "A cache uses both write-through and write-back at the same time.")
    assert not said["write-through"] and not said["write-back"]


def test_a_choice_said_in_other_words_is_said():
    said = ticks(*CAP, "During a partition you pick either consistency or availability.")
    assert said["consistency"] and said["availability"]
    said = ticks(*CACHE, "You either write through to the store on each write or write back later.")
    assert said["write-through"] and said["write-back"]
