"""A typed clause that says a point's clause with the other polarity does not tick it,
however many of its words it repeats: a negation in one and none in the other
(`keydenial.polarity_flipped`), each clause of the point weighed on its own."""

from __future__ import annotations

from tests.core.test_keydenial import ticks

GIL = (
    "What does the GIL do?",
    "The Global Interpreter Lock lets only one thread execute Python bytecode at a time."
    " CPU-bound threads don't run in parallel; use multiprocessing instead.",
)
PARALLEL = "CPU-bound threads don't run in parallel; use multiprocessing instead"


def test_a_negation_elsewhere_keeps_no_polarity_of_the_flipped_clause():
    found = ticks(*GIL, "threads run in parallel on all cores so you never need multiprocessing")
    assert found[PARALLEL] is False, found


def test_the_point_said_with_its_own_polarity_is_still_ticked():
    found = ticks(
        *GIL,
        "Only one thread at a time may run Python bytecode, so CPU-heavy threads can't run"
        " in parallel; you'd use multiprocessing for that.",
    )
    assert all(found.values()), found


def test_a_polarity_the_question_asks_about_is_weighed_too():
    # (a second input of the kind, in another field: the question's own words carry it)
    question = "Does UDP guarantee delivery?"
    answer = "UDP does not guarantee delivery or ordering; use TCP when you need reliability."
    right = "No, UDP doesn't guarantee delivery or order, so use TCP when reliability is needed."
    wrong = "UDP guarantees delivery and ordering, so you never need TCP for reliability."
    assert all(ticks(question, answer, right).values())
    assert not any(ticks(question, answer, wrong).values())


def test_a_denying_clause_affirmed_is_not_said():
    found = ticks(
        "When does a query avoid a full table scan?",
        "When an index covers the filtered column, the database does not scan the whole"
        " table; it jumps straight to the matching rows.",
        "Even with an index on the filtered column the database scans the whole table.",
    )
    assert found["database does not scan the whole table"] is False, found
