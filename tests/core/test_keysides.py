"""Two sides an answer contrasts by marking them ("**mutable**", "**immutable**"): both
are points with what the answer says of each, and an answer that swaps them ticks
neither (`core.keysides`, `keymatch.said`)."""

from __future__ import annotations

from studyapp.core.keymatch import Heard
from studyapp.core.keyterms import key_terms, ticked_terms

MUTABLE_Q = "What is the difference between mutable and immutable objects?"
MUTABLE = (
    "A **mutable** object can be changed after it is created, like a list or dict. An"
    " **immutable** object cannot be changed; operations return a new object, like a"
    " tuple or str."
)
STATE_Q = "What is the difference between stateful and stateless services?"
STATE = (
    "A **stateful** service keeps session data between requests, so a client must return"
    " to the same server. A **stateless** service keeps no session data; any server can"
    " handle any request, which makes scaling out easy."
)


def test_two_marked_adjectives_are_both_points_with_what_each_means():
    assert key_terms(MUTABLE, question=MUTABLE_Q) == [
        "mutable: object can be changed",
        "immutable: object cannot be changed",
    ]


def test_a_right_answer_ticks_both_sides_and_a_swapped_one_neither():
    points = key_terms(MUTABLE, question=MUTABLE_Q)
    right = (
        "Mutable objects like lists can be modified in place; immutable ones like tuples or"
        " strings can't be altered, you get a new object instead."
    )
    assert ticked_terms(points, right, MUTABLE_Q) == [True, True]
    swapped = (
        "Mutable objects cannot be changed after creation, immutable ones can be modified in place."
    )
    assert ticked_terms(points, swapped, MUTABLE_Q) == [False, False]


def test_a_second_pair_of_sides_is_heard_the_same_way():
    # Written after the fix, as a check: both sides stay points ("keeps no session data"
    # is not "keeps session data" again), and the swapped answer ticks neither. (A right
    # answer in other words, "store session info", ticks neither too: "keep" and
    # "store" are not one idea to the matcher.)
    points = key_terms(STATE, question=STATE_Q)
    assert points == [
        "stateful: service keeps session data between requests",
        "stateless: service keeps no session data",
    ]
    swapped = (
        "A stateful service keeps no data between requests so any server can answer; a"
        " stateless service stores the session, so clients stick to one server."
    )
    assert ticked_terms(points, swapped, STATE_Q) == [False, False]
    right = "Stateless means the service keeps no session data; stateful ones keep session data."
    assert ticked_terms(points, right, STATE_Q) == [True, True]


def test_an_article_is_not_written_together_with_the_next_word():
    # "a synchronous call" says no "asynchronous"; "k means" still says "kmeans"
    assert not Heard.of("A synchronous call blocks.").positions("asynchronous")
    assert Heard.of("k means picks k centroids").positions("kmeans")
