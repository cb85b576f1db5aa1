"""Phrases that say the same idea in other words (`keysynonyms._PHRASES`): a right
answer in its own words ticks the point; a phrase that denies ("no duplicates") says
none of what it denies."""

from __future__ import annotations

from studyapp.core.keymatch import Heard, stem
from studyapp.core.keyterms import key_terms, ticked_terms

LIST_SET = (
    "What is the difference between a list and a set in Python?",
    "A list keeps insertion order and allows duplicates. A set is unordered and stores"
    " each element only once.",
)


def test_a_right_answer_in_its_own_words_ticks_both_sides():
    question, answer = LIST_SET
    points = key_terms(answer, question=question)
    right = (
        "Lists are ordered and can hold the same value twice; sets have no order and keep"
        " unique elements."
    )
    assert ticked_terms(points, right, question) == [True, True], points
    swapped = (
        "A set keeps insertion order and allows duplicates. A list is unordered and stores"
        " each element only once."
    )
    assert ticked_terms(points, swapped, question) == [False, False], points


def test_session_state_says_session_data():
    question = "What is the difference between stateful and stateless services?"
    answer = (
        "A stateful service stores session data between requests. A stateless service keeps"
        " no session data, so any instance can serve any request."
    )
    points = key_terms(answer, question=question)
    right = (
        "Stateful ones keep session info across requests; stateless ones hold no session"
        " state, so every instance can handle every request."
    )
    assert all(ticked_terms(points, right, question)), points


def test_a_phrase_says_its_groups_words_but_not_what_it_denies():
    from studyapp.core.keysynonyms import phrase_words

    said = phrase_words(Heard.of("It is all or nothing, with no duplicates.").tokens)
    assert stem("completely") in said
    assert stem("unique") in said
    assert stem("duplicates") not in said


def test_ram_says_physical_memory_and_a_denied_aside_stays_denied():
    question = "What is a page fault?"
    answer = (
        "A page fault happens when a process touches a page that is not in physical"
        " memory. The OS traps and loads the page from disk."
    )
    point = "process touches a page that is not in physical memory"
    points = key_terms(answer, question=question)
    assert point in points, points

    def said(typed: str) -> bool:
        return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))[point]

    assert said("It's when a program accesses a virtual page that isn't currently in RAM.")
    # (the aside's "not" is part of the point: affirmed, it says the contrary)
    assert not said("It's when a program accesses a page that is already in RAM.")


def test_a_second_denied_aside_in_another_field():
    # (a second input of the kind: the "not" in a relative clause, said or dropped)
    from studyapp.core.keymatch import said

    question = "What is a cache miss?"
    point = "lookup asks for a key that is not in the cache"
    assert said(point, "a lookup wants a key that isn't cached", question)
    assert said(point, "the lookup asks for a key that is not stored in the cache", question)
    assert not said(point, "a lookup asks for a key that is in the cache", question)


def test_test_time_says_inference():
    assert Heard.of("at test time nothing is dropped").positions("inference")
    assert Heard.of("the model at prediction time").positions("inference")
    assert not Heard.of("the test took a long time").positions("inference")


def test_gives_back_returns_and_loosely_coupled_decouples():
    # (round 27: a decorator "receives a function and gives back a wrapper function", a
    # generator "gives back a lazy iterator" for "returns an iterator … lazily")
    from tests.core.test_keydenial import ticks

    decorators = (
        "Explain decorators",
        "A decorator is a function that takes a function and returns a new function that wraps it.",
    )
    typed = "A higher-order function: it takes a function and gives back a new function."
    assert ticks(*decorators, typed)["function that takes a function and returns a new function"]
    generator = (
        "What is a Python generator?",
        "A function that uses yield; it returns an iterator that produces values lazily, one"
        " at a time, keeping its state between calls.",
    )
    point = "returns an iterator that produces values lazily, one at a time"
    assert ticks(
        *generator, "Calling it gives back a lazy iterator; one at a time it produces values."
    )[point]
    assert not ticks(*generator, "It returns a list that produces values eagerly, all at once.")[
        point
    ]
    services = (  # fresh: "loosely coupled" for "decouples"
        "Why put a queue between two services?",
        "A queue decouples the producer from the consumer. The producer never waits for the"
        " consumer.",
    )
    typed = "With a queue the producer and the consumer are loosely coupled."
    assert ticks(*services, typed)["decouples the producer from the consumer"]
