"""A heading that only labels its question ("## Q2?", "### Q4:", "## Question 5",
"## 7.") asks the question written under it. A new user's "## Q2?" between "## Q1.
What is …?" and "## Q3) …" was the question "?" with the real question as its answer,
and "## Q4:" swallowed every labelled question after it into its answer."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text

MIXED = """# Python interview

## Q1. What is a generator?
A function that yields values lazily.

## Q2?
What is the GIL?
A lock that lets one thread run Python bytecode at a time.

## Q3) What does `with` do?
It calls `__enter__` and `__exit__` around a block.

## Q4:
What is a decorator?

A function that wraps another function.

## Question 5
Explain the MRO.

The order in which base classes are searched.

## Q6
What is pickling?
Serialising objects to bytes.

## Q7.
How are dicts ordered?

By insertion, since 3.7.

## Q8 -
What is a metaclass?
The class of a class.
"""


def _pairs(text: str) -> list[tuple[int, str, str]]:
    return [(q.source_line, q.title, q.answer_markdown) for q in parse_text(text).questions]


def test_label_headings_among_question_headings_ask_the_line_below():
    assert _pairs(MIXED) == [
        (3, "What is a generator?", "A function that yields values lazily."),
        (6, "What is the GIL?", "A lock that lets one thread run Python bytecode at a time."),
        (10, "What does with do?", "It calls `__enter__` and `__exit__` around a block."),
        (13, "What is a decorator?", "A function that wraps another function."),
        (18, "Explain the MRO.", "The order in which base classes are searched."),
        (23, "What is pickling?", "Serialising objects to bytes."),
        (27, "How are dicts ordered?", "By insertion, since 3.7."),
        (32, "What is a metaclass?", "The class of a class."),
    ]


def test_a_second_shape_level_three_labels_with_question_marks_and_numbers():
    """Fresh input: every heading a label, ending in "?" or ")" or a dash, a question
    wrapped over two lines, a code block in an answer."""
    notes = (
        "# Kubernetes drills\n\n### Q1?\nWhat is a pod?\n\nThe smallest deployable unit.\n\n"
        "### 2)\nHow does a Deployment roll out\na new version?\n\nIt replaces pods a few at a "
        "time:\n\n```yaml\nstrategy:\n  type: RollingUpdate\n```\n\n"
        "### Q 3 –\nWhy use a readiness probe?\nSo traffic waits until the pod is ready.\n"
    )
    pairs = _pairs(notes)
    assert [(line, title) for line, title, _ in pairs] == [
        (3, "What is a pod?"),
        (8, "How does a Deployment roll out a new version?"),
        (19, "Why use a readiness probe?"),
    ]
    assert pairs[1][2].startswith("It replaces pods a few at a time:\n\n```yaml")
    assert pairs[2][2] == "So traffic waits until the pod is ready."


@pytest.mark.parametrize(
    ("first", "heading", "third"),
    [
        ("Q1.", "Q2?", "Q3."),
        ("Q1.", "Q2", "Q3."),
        ("Q1:", "Q2:", "Q3:"),
        ("Q1)", "Q2)", "Q3)"),
        ("Q1 -", "Q2 -", "Q3 -"),
        ("Question 1:", "Question 2", "Question 3:"),
        ("1.", "2.", "3."),
        ("Frage 1:", "Frage 2", "Frage 3:"),
    ],
)
def test_each_label_alone_takes_its_title_from_the_body(first, heading, third):
    """Numbered as its neighbours are, each label takes the question below it."""
    notes = (
        f"## {first} What is a mutex?\nA lock one thread holds at a time.\n\n"
        f"## {heading}\nWhat is a semaphore?\nA counter of permits.\n\n"
        f"## {third} What is a deadlock?\nEach waits for the other's lock.\n"
    )
    assert [(t, a) for _, t, a in _pairs(notes)] == [
        ("What is a mutex?", "A lock one thread holds at a time."),
        ("What is a semaphore?", "A counter of permits."),
        ("What is a deadlock?", "Each waits for the other's lock."),
    ]


def test_headings_that_say_something_keep_their_own_titles():
    """A year, a topic or a question written in the heading is no label."""
    notes = (
        "## 2023\nWhat changed this year?\nThe release cadence.\n\n"
        "## What is a race condition?\nAn outcome that depends on timing.\n\n"
        "## Q5. What is a spinlock?\nA lock that busy-waits.\n"
    )
    titles = [t for _, t, _ in _pairs(notes)]
    assert "What is a race condition?" in titles and "What is a spinlock?" in titles
    assert "What changed this year?" not in titles


def test_a_textbooks_numbered_exercises_take_their_statements():
    """Fresh input: "## Exercise 2.1" over its statement and a worked answer."""
    notes = (
        "# Chapter 2\n\n## Exercise 2.1\nShow that a binary heap of n items has height "
        "log n.\n\nEach level doubles, so n items fill log n levels.\n\n"
        "## Exercise 2.2\nWhy is building a heap O(n)?\n\nMost nodes sit near the leaves.\n"
    )
    assert [(t, a) for _, t, a in _pairs(notes)] == [
        (
            "Show that a binary heap of n items has height log n.",
            "Each level doubles, so n items fill log n levels.",
        ),
        ("Why is building a heap O(n)?", "Most nodes sit near the leaves."),
    ]
