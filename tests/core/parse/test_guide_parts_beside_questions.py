"""A README's own parts ("## How to use this guide", "## About") sit a level above its
questions ("### What does chmod 755 mean?"). A heading up there that asks, with text
under it, is taken as a question the author typed a level too high; the guide's part
that only looks so ("How to use this") is not one."""

from __future__ import annotations

from tests.helpers.parsing import titles


def test_how_to_use_this_guide_is_no_question_beside_the_questions_below():
    notes = (
        "# DevOps Interview Questions\n\n"
        "## How to use this guide\n\n"
        "Try answering each question before you read on.\n\n"
        "## Linux\n\n"
        "### What does `chmod 755` mean?\nOwner rwx; group and others r-x.\n\n"
        "### How do you find the process using the most memory?\n`ps aux --sort=-%mem`.\n\n"
        "## Docker\n\n"
        "### Why use multi-stage builds?\nTo keep build tools out of the final image.\n"
    )
    assert titles(notes) == [
        "What does chmod 755 mean?",
        "How do you find the process using the most memory?",
        "Why use multi-stage builds?",
    ]


def test_a_question_typed_a_level_too_high_is_still_one():
    notes = (
        "# Notes\n\n"
        "## Sorting\n\n"
        "### Why is quicksort fast?\nCache-friendly partitioning.\n\n"
        "### Is merge sort stable?\nYes.\n\n"
        "## What is amortised analysis?\n\nThe average cost over a worst-case sequence.\n"
    )
    assert titles(notes) == [
        "Why is quicksort fast?",
        "Is merge sort stable?",
        "What is amortised analysis?",
    ]
