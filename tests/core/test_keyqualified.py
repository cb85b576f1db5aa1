"""Two points doing two things to kinds of one thing, swapped by a typed answer
(`keyqualified`): "splits small partitions and merges the skewed ones" says neither
"coalesces partitions" nor "splits skewed partitions"."""

from __future__ import annotations

from studyapp.core.keyterms import ticked_terms
from tests.core.keyticks import ticks

AQE_Q = "What is Adaptive Query Execution?"
AQE = (
    "AQE re-optimizes the plan at runtime using shuffle statistics: coalesces partitions,"
    " switches join strategies, and splits skewed partitions."
)
BTREE_Q = "How does a B-tree stay balanced?"
BTREE = "On delete it merges nodes; on insert it splits full nodes."


def test_each_verb_said_of_the_other_kind_says_neither_point():
    typed = (
        "It splits small shuffle partitions into more partitions and merges the skewed"
        " ones, and always uses sort-merge joins."
    )
    assert not any(ticks(AQE, AQE_Q, typed).values())
    typed = "it splits nodes after deletes and merges the full ones on insert"  # a second
    assert not any(ticks(BTREE, BTREE_Q, typed).values())


def test_each_verb_said_of_its_own_kind_says_both():
    typed = (
        "Spark re-optimizes the query plan while it runs using shuffle statistics: it"
        " merges small shuffle partitions, converts sort-merge joins to broadcast joins,"
        " and splits skewed partitions."
    )
    assert all(ticks(AQE, AQE_Q, typed).values())
    typed = "it merges nodes after deletes and splits the full nodes on insert"
    assert all(ticks(BTREE, BTREE_Q, typed).values())


def test_a_sides_value_beside_a_clause_about_that_side_is_said_by_its_value():
    # (a side's value is no verb and its object: "computed" does not verb the "value")
    question = "What is the difference between useMemo and useCallback?"
    answer = "- `useMemo` caches a **computed value**\n- `useCallback` caches a **function**"
    points = ["useMemo: computed value", "useMemo caches a computed value"]
    typed = "useMemo caches a computed value, useCallback caches the function itself."
    assert ticked_terms(points, typed, question, answer) == [True, True]
    points = ["Redis: in-memory store", "Redis keeps an in-memory store"]  # a second
    typed = "Redis is an in-memory store: it keeps everything in RAM."
    assert ticked_terms(points, typed, "What is Redis?", "Redis keeps an in-memory store.")[0]
