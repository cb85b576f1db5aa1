"""A setting written with its value ("isolation.level=\"read_committed\"", "acks=all") is
a point's most specific words, not an equation (`keysettings`)."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms
from tests.core.keyticks import ticks

KAFKA_EOS_Q = "How does Kafka achieve exactly-once semantics?"
KAFKA_EOS = (
    "Idempotent producers (producer id + sequence numbers), transactions across"
    ' partitions, and consumers with isolation.level="read_committed".'
)
DURABLE_Q = "How do you make Kafka producers durable?"
DURABLE = (
    "Producers wait for every in-sync replica with acks=all, and the topic refuses writes"
    " below min.insync.replicas=2 replicas."
)


def test_a_setting_with_its_value_stays_in_its_point():
    points = key_terms(KAFKA_EOS, question=KAFKA_EOS_Q)
    assert any("read_committed" in p for p in points), points
    assert not any(p.endswith("and consumers") for p in points), points
    points = key_terms(DURABLE, question=DURABLE_Q)  # a second kind: a key without a dot
    assert any("acks=all" in p for p in points), points
    assert any("min.insync.replicas=2" in p for p in points), points


def test_a_setting_typed_with_its_dotted_key_says_the_point():
    typed = (
        "Producers are idempotent: each has a producer id and sequence numbers so retries"
        " are deduplicated by the broker. Transactions let you write atomically across"
        " several partitions, and consumers set isolation.level=read_committed so they"
        " only see committed messages."
    )
    ticked = ticks(KAFKA_EOS, KAFKA_EOS_Q, typed)
    assert [v for p, v in ticked.items() if "read_committed" in p] == [True], ticked
    # (the dot inside a name ends no sentence: "set isolation | level=…" was two)
    assert said(
        "producers with enable.idempotence=true",
        "producers set enable.idempotence=true so a retried batch keeps its sequence number",
        "How do you stop a Kafka producer writing duplicates on retries?",
    )
    typed = (
        "set acks=all so the leader waits for all in-sync replicas, and"
        " min.insync.replicas=2 on the topic so writes are refused when fewer replicas"
        " are in sync"
    )
    assert all(ticks(DURABLE, DURABLE_Q, typed).values())


def test_a_setting_given_another_value_says_no_point():
    typed = "consumers set isolation.level=read_uncommitted so they see every message"
    ticked = ticks(KAFKA_EOS, KAFKA_EOS_Q, typed)
    assert not any(v for p, v in ticked.items() if "read_committed" in p), ticked
    typed = (
        "set acks=1 so only the leader waits, and min.insync.replicas=0 so the topic never"
        " refuses writes"
    )
    assert not any(ticks(DURABLE, DURABLE_Q, typed).values())
