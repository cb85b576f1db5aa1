"""A question typed with a colon after its question mark ("What is drift?:"), as a
lead-in to the answer below: the colon is no part of the question."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_headings_that_ask_then_a_colon():
    notes = (
        "# Terraform\n\n"
        "## What is drift?:\nChanges made outside Terraform.\n\n"
        "## What is a workspace?:\nA separate state for the same configuration.\n"
    )
    assert titles(notes) == ["What is drift?", "What is a workspace?"]


def test_numbered_lines_that_ask_then_a_colon():
    notes = (
        "Q1) Why use a message queue?:\nTo decouple producers from consumers.\n\n"
        "Q2) What is back-pressure?:\nA consumer asking the producer to slow down.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Why use a message queue?", "To decouple producers from consumers."),
        ("What is back-pressure?", "A consumer asking the producer to slow down."),
    ]
