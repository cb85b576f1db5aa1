"""An interview log that labels what was asked and what was answered ("**Asked:**" /
"**My answer:**", "They asked:" / "I said:"): each labelled line is a question, worded
as a task ("Reverse a linked list.") or not, and a line between rounds ("Round 2
(onsite)") is no part of the answer above it."""

import pytest

from studyapp.core.parse import parse_text


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("**Asked:**", "**My answer:**"),
        ("They asked:", "I said:"),
        ("__Asked__:", "__I answered:__"),
    ],
)
def test_each_labelled_task_is_a_question(asked, said):
    notes = (
        "# Interview log\n\nRound 1 (phone screen) with Sam.\n\n"
        f"{asked} Reverse a linked list.\n{said} Three pointers, O(n).\n**Feedback:** Good.\n\n"
        f"{asked} What is the difference between a process and a thread?\n"
        f"{said} Threads share an address space.\n\n"
        "Round 2 (onsite)\n\n"
        f"{asked} Design a rate limiter.\n{said} A token bucket per user.\n"
    )
    doc = parse_text(notes)
    assert [q.title for q in doc.questions] == [
        "Reverse a linked list.",
        "What is the difference between a process and a thread?",
        "Design a rate limiter.",
    ]
    assert "Round 2" not in doc.questions[1].answer_markdown


def test_an_answer_label_in_the_next_paragraph_counts_too():
    notes = (
        "**Asked:** Merge two sorted arrays in place.\n\n**My answer:** Fill from the back.\n\n"
        "**Asked:** Sort a million integers in 1 MB.\n\n**My answer:** External merge sort.\n"
    )
    titles = [q.title for q in parse_text(notes).questions]
    assert titles == ["Merge two sorted arrays in place.", "Sort a million integers in 1 MB."]


def test_a_line_that_says_what_was_asked_without_an_answer_label_stays_prose():
    notes = (
        "# Debrief\n\n## What went well?\n\nThey asked: about my last project.\n"
        "It went fine.\n\n## What went badly?\n\nThe system design round.\n"
    )
    assert [q.title for q in parse_text(notes).questions] == ["What went well?", "What went badly?"]
