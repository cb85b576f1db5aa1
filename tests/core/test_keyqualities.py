"""A point of one word that is a quality ("stable", "hashable") typed only denied of its
thing ("it is not stable", "Timsort isn't stable") says no point (`keydenial.
quality_denied`): a name is said by naming it, denied or not, but a quality denied is its
contrary. Round 27: "sorted() uses quicksort … and it is not stable" ticked "stable"."""

from __future__ import annotations

import pytest

from tests.core.test_keydenial import ticks

SORT = (
    "What is the time complexity of sorting in Python?",
    "Python uses **Timsort**. It is **stable**.",
)
TUPLE = (  # fresh: another quality
    "Why can a tuple be a dict key?",
    "A tuple is **immutable**, and it is **hashable** when its items are.",
)


@pytest.mark.parametrize(
    ("case", "point", "typed", "said"),
    [
        (
            SORT,
            "stable",
            "sorted() uses quicksort, O(n^2) worst case, and it is not stable.",
            False,
        ),
        (SORT, "stable", "Timsort isn't stable.", False),
        (TUPLE, "hashable", "A tuple is immutable but it is not hashable.", False),
        (SORT, "stable", "Timsort is stable: equal keys keep their order.", True),
        (SORT, "stable", "It is not only stable but adaptive.", True),
        (TUPLE, "hashable", "A tuple can never change, and it is hashable if its items are.", True),
    ],
)
def test_a_quality_typed_only_denied_is_not_said(case, point, typed, said):
    assert ticks(*case, typed)[point] is said
