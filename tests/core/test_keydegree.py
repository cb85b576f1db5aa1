"""A point naming a change of degree ("Less origin load", "Fewer round trips") is said
by what lowers or raises it, in the typed answer's own words; not by its contrary, nor
by naming the thing alone."""

import pytest

from studyapp.core.keymatch import said


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("Less origin load", "It serves copies from the edge, lowering latency and origin load."),
        ("Less origin load", "It reduces the load on the origin server."),
        ("Less origin load", "The origin server's load drops."),
        ("Less origin load", "It takes load off the origin."),
        ("Fewer round trips", "Grouping the writes cuts the round trips to the server."),
        ("Higher throughput", "More rows go per request, so throughput goes up."),
        # tester, ml-prep: the "less" of the next clause is the sensitivity's
        (
            "higher learning rates",
            "That lets you use higher learning rates, makes training less sensitive to"
            " weight initialisation, and has a slight regularising effect.",
        ),
        # fresh: a contrary word of a later clause in a list of effects
        ("Fewer round trips", "Pipelining means fewer round trips, more requests in flight."),
    ],
)
def test_a_change_of_degree_is_said_by_what_changes_it(point, typed):
    assert said(point, typed)


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        ("Less origin load", "It raises the origin load, since every miss goes there."),
        ("Less origin load", "The origin load is what the CDN measures."),
        ("Fewer round trips", "It needs more round trips to the server."),
        ("Higher throughput", "Batching gives lower throughput but less latency."),
    ],
)
def test_its_contrary_or_the_thing_alone_does_not_say_it(point, typed):
    assert not said(point, typed)
