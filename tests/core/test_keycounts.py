"""A count said in other words: "exactly one" is said by "only one", "just one" or "a
single" (`keysynonyms`), and a count is compared with what the point counts, not with
another count of the typed clause ("*each* partition is read by a single consumer" keeps
"exactly one consumer"; `keydenial.count_swapped`)."""

from __future__ import annotations

from tests.core.keyticks import ticks

GROUP_Q = "What is a consumer group?"
GROUP = (
    "Consumers sharing a group.id split the partitions of a topic; each partition is read"
    " by exactly one consumer in the group."
)
KEY_Q = "What is a primary key?"
KEY = "A row is identified by exactly one key."


def test_only_one_says_exactly_one():
    typed = (
        "A consumer group is a set of consumers that share the same group id. The topic's"
        " partitions are divided among them, so each partition is consumed by only one"
        " consumer in the group, which gives parallelism. If a consumer dies the group"
        " rebalances."
    )
    assert list(ticks(GROUP, GROUP_Q, typed).values()) == [True, True]


def test_a_single_one_beside_each_other_thing_says_exactly_one():
    assert list(ticks(KEY, KEY_Q, "each row is identified by a single key").values()) == [True]
    typed = (
        "consumers with one group.id divide the topic's partitions, and each partition is"
        " read by a single consumer of the group"
    )
    assert list(ticks(GROUP, GROUP_Q, typed).values()) == [True, True]


def test_another_count_of_the_same_thing_says_no_point():
    assert list(ticks(KEY, KEY_Q, "a row is identified by many keys").values()) == [False]
    typed = "each partition is read by every consumer in the group"
    assert not list(ticks(GROUP, GROUP_Q, typed).values())[1]
    typed = "only one consumer in the group reads all the partitions of a topic"
    assert not list(ticks(GROUP, GROUP_Q, typed).values())[1]
