"""A list of the names a question asks about, each with what it means, gives each name
with its meaning as its point (`core.keymeaning`): the meaning whole, not cut before the
words that make it, and an example in brackets is no part of it nor a point of its own."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

TIMING = "Debounce vs throttle"
TIMING_ANSWER = (
    "- **Debounce**: run the function only after calls have stopped for N ms (search box"
    " input).\n"
    "- **Throttle**: run at most once every N ms (scroll handler).\n"
)
LOCKING = "Optimistic vs pessimistic locking"
LOCKING_ANSWER = (
    "- **Optimistic locking**: read without a lock and check the version before writing"
    " (a wiki edit).\n"
    "- **Pessimistic locking**: take the lock before reading so no one else can change the"
    " row (a bank transfer).\n"
)


def test_each_asked_name_is_a_point_with_its_whole_meaning():
    assert key_terms(TIMING_ANSWER, question=TIMING) == [
        "Debounce: run the function only after calls have stopped for N ms",
        "Throttle: run at most once every N ms",
    ]


def test_without_examples_in_brackets_no_item_is_lost():
    plain = TIMING_ANSWER.replace(" (search box input)", "").replace(" (scroll handler)", "")
    assert key_terms(plain, question=TIMING) == key_terms(TIMING_ANSWER, question=TIMING)


def test_another_pair_of_asked_names_keeps_what_tells_them_apart():
    points = key_terms(LOCKING_ANSWER, question=LOCKING)
    assert points == [
        "Optimistic locking: read without a lock and check the version before writing",
        "Pessimistic locking: lock before reading so no one else can change the row",
    ]


def test_naming_the_examples_says_no_point_and_the_meanings_say_them():
    points = key_terms(TIMING_ANSWER, question=TIMING)
    examples = "debounce is for the search box input, throttle is for a scroll handler"
    assert ticked_terms(points, examples, TIMING) == [False, False]
    right = (
        "Debounce runs the function only after calls have stopped for N ms. Throttle runs"
        " it at most once every N ms."
    )
    assert ticked_terms(points, right, TIMING) == [True, True]
