"""A person's glossary written a term to a line with its note under it ("- Idempotence" /
"  An operation that …"), in a file that asks no question: each term is a card, titled
by the term, its note the answer; in bullets, numbered items and bold lines alike.

The colon a term leads to its note with ("+ Circuit breaker:", "**Quorum:**") is not
the card's: a heading's is not either ("## Encapsulation:"); a question's stays ("What
is a ReplicaSet:"). A term whose note is not written yet is a card of its own, not a
line of the answer above it. Points under a question are that question's answer.
"""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_plus_bullets_with_a_colon_are_terms_over_their_notes():
    notes = (
        "+ Circuit breaker:\n  Stops calls to a failing service for a while.\n"
        "+ Bulkhead:\n  Separate pools, so one failing dependency cannot take every thread.\n"
        "+ Retry budget:\n  A cap on how many retries a client may add to the load.\n"
    )
    assert pairs(notes) == [
        ("Circuit breaker", "Stops calls to a failing service for a while."),
        ("Bulkhead", "Separate pools, so one failing dependency cannot take every thread."),
        ("Retry budget", "A cap on how many retries a client may add to the load."),
    ]


def test_bold_and_numbered_terms_with_a_colon_read_the_same():
    bold = (
        "**Quorum:**\nThe least number of replicas that must agree.\n\n"
        "**Vector clock:**\nA counter per node, carried with each message.\n\n"
        "**Anti-entropy:**\nReplicas comparing hashes of their data to repair it.\n"
    )
    numbered = (
        "1. Quorum:\n   The least number of replicas that must agree.\n"
        "2. Vector clock:\n   A counter per node, carried with each message.\n"
        "3. Anti-entropy:\n   Replicas comparing hashes of their data to repair it.\n"
    )
    expected = ["Quorum", "Vector clock", "Anti-entropy"]
    assert titles(bold) == expected
    assert titles(numbered) == expected
    # a question or a task keeps the colon it was written with
    asked = (
        "1. What is a quorum read:\n   A read that waits for a majority of replicas.\n"
        "2. Explain hinted handoff:\n   A node keeps writes for a peer that is down.\n"
    )
    assert titles(asked) == ["What is a quorum read:", "Explain hinted handoff:"]


def test_a_term_whose_note_is_not_written_yet_is_a_card_of_its_own():
    notes = (
        "* Sharding\n  Splitting rows across databases by a key.\n"
        "* Tombstone\n"
        "* Compaction\n  Merging sorted files and dropping overwritten values.\n"
        "* Hinted handoff\n  A node keeps writes for a peer that is down.\n"
    )
    assert pairs(notes) == [
        ("Sharding", "Splitting rows across databases by a key."),
        ("Tombstone", ""),
        ("Compaction", "Merging sorted files and dropping overwritten values."),
        ("Hinted handoff", "A node keeps writes for a peer that is down."),
    ]


def test_a_bold_term_without_its_note_is_not_read_into_the_answer_above():
    notes = (
        "**Lamport clock**\nA single counter that orders events.\n\n"
        "**Gossip protocol**\n\n"
        "**Merkle tree**\nA tree of hashes that finds which ranges of data differ.\n\n"
        "**Read repair**\nFixing a stale replica while answering a read.\n"
    )
    assert pairs(notes) == [
        ("Lamport clock", "A single counter that orders events."),
        ("Gossip protocol", ""),
        ("Merkle tree", "A tree of hashes that finds which ranges of data differ."),
        ("Read repair", "Fixing a stale replica while answering a read."),
    ]


def test_terms_over_notes_under_a_question_are_its_answer():
    """(A guard: the rule above must not split an answer's points into cards.)"""
    notes = (
        "## What does each letter of ACID promise?\n\n"
        "- Atomicity\n  All of a transaction or none of it.\n"
        "- Consistency\n  Every commit leaves the rules of the data true.\n"
        "- Isolation\n"
        "- Durability\n  A commit survives a crash.\n\n"
        "## What is a deadlock?\n\nTwo transactions each waiting for the other's lock.\n"
    )
    assert titles(notes) == ["What does each letter of ACID promise?", "What is a deadlock?"]
