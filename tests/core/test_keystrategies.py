"""A change of kind said by the two kinds changed (`keystrategies`): "converts
sort-merge joins to broadcast joins" says "switches join strategies"."""

from __future__ import annotations

from tests.core.keyticks import ticks

AQE_Q = "What is Adaptive Query Execution?"
AQE = (
    "AQE re-optimizes the plan at runtime using shuffle statistics: coalesces partitions,"
    " switches join strategies, and splits skewed partitions."
)
INDEX_Q = "How can you speed up equality lookups on a large table?"
INDEX = "Change the index type: equality lookups on a hash index are O(1)."


def test_naming_the_kinds_changed_says_the_change():
    typed = (
        "Spark re-optimizes the query plan while it runs using shuffle statistics: it"
        " merges small shuffle partitions, converts sort-merge joins to broadcast joins,"
        " and splits skewed partitions."
    )
    assert all(ticks(AQE, AQE_Q, typed).values())
    # a second kind: another verb and thing, one kind named ("the index type")
    typed = "replace the B-tree index with a hash index, which finds an equal key in O(1)"
    assert all(ticks(INDEX, INDEX_Q, typed).values())


def test_kinds_named_without_a_change_or_with_it_denied_say_none():
    for typed in (
        "AQE uses broadcast joins and sort-merge joins",
        "AQE never converts sort-merge joins to broadcast joins",
    ):
        assert not ticks(AQE, AQE_Q, typed)["switches join strategies"], typed
    typed = "add a second B-tree index beside the hash index"
    assert not ticks(INDEX, INDEX_Q, typed)["Change the index type"]
