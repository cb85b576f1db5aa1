"""A question's mark with a sign before its number: "Q-1:" / "A-1:", "Q#2:",
"**Question #1:**" / "**Answer #1:**". The mark and its number label the pair; neither
is part of the question or of its answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_dashed_numbers_in_question_and_answer_marks():
    notes = (
        "NODE.JS ROUND\n\n"
        "Q-1: What is the event loop?\n"
        "A-1: The loop that runs callbacks when the call stack is empty.\n\n"
        "Q-2: What are streams?\n"
        "A-2: Objects that read or write data piece by piece.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is the event loop?", "The loop that runs callbacks when the call stack is empty."),
        ("What are streams?", "Objects that read or write data piece by piece."),
    ]


def test_hash_numbers_in_bold_marks():
    notes = (
        "# Redis prep\n\n"
        "**Question #1:** What data types does Redis support?\n\n"
        "**Answer #1:** Strings, lists, sets, hashes, streams.\n\n"
        "**Question #2:** How does Redis persist data?\n\n"
        "**Answer #2:** RDB snapshots and the append-only file.\n\n"
        "Q#3: What is Redis Sentinel?\n\n"
        "A#3: Monitoring and automatic failover.\n"
    )
    assert pairs(notes) == [
        ("What data types does Redis support?", "Strings, lists, sets, hashes, streams."),
        ("How does Redis persist data?", "RDB snapshots and the append-only file."),
        ("What is Redis Sentinel?", "Monitoring and automatic failover."),
    ]
