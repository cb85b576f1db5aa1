"""Shapes of notes a fifth blind importer round found misread: numbered questions
whose answers are numbered lists of their own (nested or written flat)."""

from __future__ import annotations

from tests.helpers.parsing import pairs, titles


def test_numbered_steps_nested_under_a_numbered_question_are_its_answer():
    notes = (
        "# Behavioural + technical\n\n"
        "1. What are the SOLID principles?\n"
        "   1. Single responsibility: one reason to change.\n"
        "   2. Open/closed: open for extension, closed for modification.\n"
        "   3. Liskov substitution: subtypes must be usable as their base.\n"
        "2. What are the steps of a TCP handshake?\n"
        "   1. SYN\n   2. SYN-ACK\n   3. ACK\n"
        "3. How do you debug a memory leak?\n"
        "   1. Reproduce and measure (heap snapshots).\n"
        "   2. Compare snapshots to find growing objects.\n"
    )
    assert pairs(notes) == [
        (
            "What are the SOLID principles?",
            "1. Single responsibility: one reason to change.\n"
            "2. Open/closed: open for extension, closed for modification.\n"
            "3. Liskov substitution: subtypes must be usable as their base.",
        ),
        ("What are the steps of a TCP handshake?", "1. SYN\n2. SYN-ACK\n3. ACK"),
        (
            "How do you debug a memory leak?",
            "1. Reproduce and measure (heap snapshots).\n"
            "2. Compare snapshots to find growing objects.",
        ),
    ]


def test_numbered_steps_written_flat_below_a_numbered_question_are_its_answer():
    notes = (
        "1. What are the four pillars of OOP?\n"
        "1. Encapsulation\n2. Abstraction\n3. Inheritance\n4. Polymorphism\n\n"
        "2. What are the ACID properties?\n"
        "1. Atomicity\n2. Consistency\n3. Isolation\n4. Durability\n\n"
        "3. Name the HTTP methods that are idempotent.\nGET, PUT, DELETE, HEAD, OPTIONS.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What are the four pillars of OOP?",
        "What are the ACID properties?",
        "Name the HTTP methods that are idempotent.",
    ]
    # the steps may be imperatives ("build the image") and numbered "1)"
    deploy = (
        "Deployment questions\n\n"
        "1) How do you ship a release?\n1) build the image\n2) run the tests\n"
        "3) roll out gradually\n\n"
        "2) How do you roll back?\n1) keep the previous image tagged\n"
        "2) point the deployment back at it\n\n"
        "3) What is a canary?\nA small share of traffic sent to the new version first.\n"
    )
    assert pairs(deploy, suffix=".txt") == [
        (
            "How do you ship a release?",
            "1) build the image\n2) run the tests\n3) roll out gradually",
        ),
        (
            "How do you roll back?",
            "1) keep the previous image tagged\n2) point the deployment back at it",
        ),
        ("What is a canary?", "A small share of traffic sent to the new version first."),
    ]


def test_a_bold_numbered_question_over_a_numbered_list_keeps_the_list():
    notes = (
        "# OS interview\n\n"
        "**1. What is a deadlock?**\n\n"
        "Two or more tasks each waiting for a resource another holds.\n\n"
        "Conditions:\n1. Mutual exclusion\n2. Hold and wait\n3. No preemption\n\n"
        "**2. What is starvation?**\n\nA task never gets the resource.\n\n"
        "**3. What is a semaphore?**\n\nA counter with atomic wait and signal.\n"
    )
    found = pairs(notes)
    assert [t for t, _ in found] == [
        "What is a deadlock?",
        "What is starvation?",
        "What is a semaphore?",
    ]
    assert found[0][1].endswith("1. Mutual exclusion\n2. Hold and wait\n3. No preemption")


def test_sections_that_number_their_questions_again_keep_flat_steps_apart():
    notes = (
        "# Python\n\n## Basics\n\n"
        "1. What is a list comprehension?\n1. A compact loop that builds a list.\n"
        "2. What is slicing?\n1. Taking a range of items.\n\n"
        "## Advanced\n\n"
        "1. What is a metaclass?\nThe class of a class.\n"
        "2. Explain descriptors.\nObjects that control attribute access.\n"
    )
    assert titles(notes) == [
        "What is a list comprehension?",
        "What is slicing?",
        "What is a metaclass?",
        "Explain descriptors.",
    ]
