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


def _point(found: dict[str, bool], start: str) -> bool:
    return next(ticked for point, ticked in found.items() if point.startswith(start))


def test_a_main_clause_denied_is_not_said_beside_a_negation_of_its_own_relative_clause():
    # (reported: "skips" says no in its meaning, and "cannot" stands in the point's own
    # relative clause; the typed answer denies the main clause's verb)
    case = (
        "What is partition pruning?",
        "The engine skips partitions whose key cannot match the WHERE filter, e.g."
        " `WHERE dt = '2026-01-01'` reads one folder.",
    )
    assert _point(ticks(*case, "The engine does not skip partitions."), "engine skips") is False
    right = "The engine skips the partitions that can't match the filter."
    assert _point(ticks(*case, right), "engine skips") is True
    # (no verb that says no: the relative clause's "cannot" is no polarity of the main
    # clause, which the typed answer denies while repeating the relative clause)
    case = ("What is partition pruning?", "The planner prunes partitions whose key cannot match.")
    wrong = "The planner does not prune partitions; it reads every one, even those whose key can't match."
    assert not any(ticks(*case, wrong).values())
    right = "The planner prunes the partitions whose key can't match, so it reads less."
    assert all(ticks(*case, right).values())


def test_a_denied_verb_governing_a_word_that_says_no_is_not_said():
    # (a second input of the kind: the denied verb is the one that governs "skip", and
    # another field's "drops … that cannot")
    bloom = (
        "What does a Bloom filter do?",
        "A Bloom filter lets a reader skip files that cannot contain the key.",
    )
    assert not any(ticks(*bloom, "A Bloom filter doesn't let the reader skip files.").values())
    assert all(ticks(*bloom, "It lets the reader skip the files that can't have the key.").values())
    locks = (
        "What does the deadlock detector do?",
        "The lock manager drops transactions that cannot acquire their locks.",
    )
    assert not any(ticks(*locks, "The lock manager does not drop transactions.").values())
    assert all(ticks(*locks, "It drops the transactions that can't get their locks.").values())
    # (a word that says no said by a negation of what it governs still says it)
    cache = ("Why use a cache?", "A cache avoids repeated reads from a slow disk.")
    assert all(ticks(*cache, "With a cache you don't read the slow disk again and again.").values())
