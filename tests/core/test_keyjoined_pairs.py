"""A point that gives each of two things its part in halves joined by "and" ("young
generation is collected often and the old generation rarely"), typed the other way
round, is not said (`keycompare.pairs_swapped`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms

GC = "young generation is collected often and the old generation rarely"
REPLICAS = "reads are sent to the replicas and writes to the primary"


@pytest.mark.parametrize(
    ("point", "typed", "said"),
    [
        (GC, "The old generation is collected often and the young generation rarely.", False),
        (GC, "The collector scans the young generation frequently and the old one seldom.", True),
        (REPLICAS, "Writes are sent to the replicas and reads to the primary.", False),
        (REPLICAS, "Reads are sent to the replicas, and writes go to the primary.", True),
    ],
)
def test_halves_joined_by_and_swapped_say_no_point(point, typed, said):
    assert ticked_terms([point], typed, "How is the work split?", point) == [said]
