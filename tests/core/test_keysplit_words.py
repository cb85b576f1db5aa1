""" "The network splits" says "network partition" (studyapp/core/keysynonyms.py, a
phrase: "split" alone is no "partition", a Kafka topic's partition is no split): "When
the network splits into parts that can't talk" did not tick the CAP theorem's "network
partition"."""

from __future__ import annotations

from tests.core.keyticks import ticks


def test_a_network_that_splits_says_a_network_partition():
    said = ticks(
        "In the presence of a **network partition**, a distributed system must choose"
        " between **consistency** and **availability**.",
        "What does the CAP theorem say?",
        "When the network splits into parts that can't talk, a distributed system has to"
        " give up either consistency or availability.",
    )
    assert said["network partition"]


def test_a_network_that_is_split_says_it_too():
    said = ticks(
        "During a **network partition**, only the side with a **majority** of nodes can"
        " elect a **leader**.",
        "What does Raft do when the cluster is cut in two?",
        "If the network is split, only the part holding a majority of nodes can elect a leader.",
    )
    assert said["network partition"]
