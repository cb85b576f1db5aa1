"""A thing and where it reaches, said with more words between them than a name holds
(`keyacross`): "Transactions let you write atomically across several partitions" says
"transactions across partitions"."""

from __future__ import annotations

from studyapp.core.keyterms import ticked_terms

KAFKA_Q = "How does Kafka achieve exactly-once semantics?"
REGIONS_Q = "How do you survive a regional outage?"


def says(point: str, typed: str, question: str) -> bool:
    return ticked_terms([point], typed, question)[0]


def test_the_thing_and_its_preposition_before_the_place_say_the_point():
    typed = "Transactions let you write atomically across several partitions"
    assert says("transactions across partitions", typed, KAFKA_Q)
    typed = "replication is set up asynchronously between two regions"  # a second kind
    assert says("replication between regions", typed, REGIONS_Q)


def test_another_place_or_a_denied_reach_says_no_point():
    for typed in (
        "transactions only ever cover a single partition",
        "transactions never write across partitions",
        "partitions are replicated across brokers, and transactions are logged",
    ):
        assert not says("transactions across partitions", typed, KAFKA_Q), typed
    typed = "replication runs asynchronously inside one region, not between regions"
    assert not says("replication between regions", typed, REGIONS_Q)
