"""A passive point said actively (`keyantecedent`), and a count that counts another
thing than the point's (`keydenial.count_swapped`)."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import ticked_terms

BROADCAST = (
    "Use a broadcast join when one side is small (< ~10 MB by default in Spark). The"
    " small table is copied to every executor, avoiding a shuffle of the big one."
)
TLS = (
    "The client checks the server's certificate. A session key is encrypted with the"
    " server's public key, so only the server can read it."
)


@pytest.mark.parametrize(
    ("point", "typed", "question", "answer"),
    [
        (
            "small table is copied to every executor",
            "Spark copies the small table to each executor.",
            "When should you use a broadcast join?",
            BROADCAST,
        ),
        (
            "session key is encrypted with the server's public key",
            "The client encrypts the session key with the server's public key.",
            "How does a TLS handshake agree on a key?",
            TLS,
        ),
    ],
)
def test_a_passive_point_said_actively_is_heard(point, typed, question, answer):
    assert ticked_terms([point], typed, question, answer) == [True]


REPLICATION = (
    "The leader writes to its log, then every replica applies the write. Reads can go to"
    " any replica."
)


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        # "each" counts as "every" does
        ("every replica applies the write", "Each replica applies the write in one batch."),
        # "one batch" counts batches, not the replicas of "all replicas"
        ("all replicas store the data", "The replicas store the data in one batch."),
    ],
)
def test_a_count_of_another_thing_swaps_no_count(point, typed):
    assert ticked_terms([point], typed, "How does replication work?", REPLICATION) == [True]


@pytest.mark.parametrize(
    ("point", "typed", "question", "answer"),
    [
        (
            "every replica applies the write",
            "Only one replica applies the write.",
            "How does replication work?",
            REPLICATION,
        ),
        (
            "only one thread executes Python bytecode at a time",
            "All threads execute Python bytecode simultaneously.",
            "What is the GIL?",
            "Only one thread executes Python bytecode at a time.",
        ),
    ],
)
def test_a_count_of_the_points_own_thing_still_swaps_it(point, typed, question, answer):
    assert ticked_terms([point], typed, question, answer) == [False]
