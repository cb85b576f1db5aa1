"""Everyday technical synonyms of interviews: "leader" for "primary", "follower" for
"replica", "mutex" for "lock", "worker pool" for "thread pool", "hash map" for "hash
table" (keysynonyms); "merges" for "coalesces"."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms

REPLICATION = "How does database replication with a single writer work?"


def test_leader_and_followers_say_primary_and_replicas():
    assert said("All writes go to the primary", "every write hits the leader", REPLICATION)
    assert said("All writes go to the primary", "writes are sent to the master", REPLICATION)
    assert said(
        "Replicas serve reads and may lag", "followers handle reads and can lag", REPLICATION
    )
    assert not said("All writes go to the primary", "every node takes writes", REPLICATION)


def test_a_mutex_is_a_lock():
    question = "How do you protect shared state between threads?"
    assert said("guard the counter with a lock", "guard the counter with a mutex", question)
    assert said("locks", "take a mutex", "How do you prevent a cache stampede?")
    assert not said("guard the counter with a lock", "make the counter global", question)


def test_worker_pool_and_hash_map_say_their_usual_names():
    question = "How do you run many small jobs concurrently?"
    assert said("Submit the jobs to a thread pool", "push the jobs into a worker pool", question)
    assert not said("Submit the jobs to a thread pool", "start a thread per job", question)
    assert said("hash table", "a hash map", "What gives O(1) lookups by key?")


def test_merging_says_coalescing():
    # ("coalesce", as a verb, only ever means to merge: partitions, requests, free blocks)
    question = "What is Adaptive Query Execution?"
    answer = (
        "AQE re-optimizes the plan at runtime using shuffle statistics: coalesces"
        " partitions, switches join strategies, and splits skewed partitions."
    )
    points = key_terms(answer, question=question)
    typed = "it merges small shuffle partitions and splits skewed partitions"
    assert dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))[
        "coalesces partitions"
    ]
    typed = "it splits small shuffle partitions and broadcasts small tables"
    assert not dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))[
        "coalesces partitions"
    ]
    question = "How do you avoid many small files in a Spark job?"
    assert said(
        "Coalesce the partitions before writing", "merge the partitions before the write", question
    )


def test_partitioning_rows_over_servers_says_splitting_data_across_machines():
    question = "What is sharding?"
    answer = (
        "**Sharding** splits data across multiple machines by a shard key, so each machine"
        " holds a subset of the rows."
    )
    points = key_terms(answer, question=question)
    for typed in (
        "partitioning rows across servers by user id",
        "The rows are partitioned over several servers by customer id.",
    ):
        assert all(ticked_terms(points, typed, question, answer)), typed
    assert not any(ticked_terms(points, "copying all the data to every server", question, answer))
    # a partition, the noun, is a piece: it splits nothing
    assert not said(
        "consumers sharing a group id split the partitions of a topic",
        "each partition is read by every consumer in the group",
        "How do Kafka consumer groups work?",
    )
