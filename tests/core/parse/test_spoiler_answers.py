"""Quiz lines copied from a study group's chat hide each answer behind a spoiler:
Discord's "||…||", Reddit's ">!…!<". The text before it is the question, the hidden
text its answer."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_discord_spoilers_hide_the_answers():
    notes = (
        "# Quiz night (copied from Discord)\n\n"
        "What is the time complexity of heapify? ||O(n)||\n\n"
        "Which sort is stable: quicksort or mergesort? ||mergesort||\n\n"
        "What does BFS use, a stack or a queue? ||a queue||\n"
    )
    assert pairs(notes) == [
        ("What is the time complexity of heapify?", "O(n)"),
        ("Which sort is stable: quicksort or mergesort?", "mergesort"),
        ("What does BFS use, a stack or a queue?", "a queue"),
    ]


def test_reddit_spoilers_in_a_list_and_code_with_or_left_alone():
    notes = (
        "Trivia thread – my saved answers\n\n"
        "- Which HTTP method is idempotent: POST or PUT? >!PUT!<\n"
        "- Default port of PostgreSQL >!5432!<\n"
        "- Big-O of lookup in a balanced BST >!O(log n)!<\n\n"
        "Note: use `a || b` in JavaScript for a default value.\n"
    )
    assert pairs(notes) == [
        ("Which HTTP method is idempotent: POST or PUT?", "PUT"),
        ("Default port of PostgreSQL", "5432"),
        ("Big-O of lookup in a balanced BST", "O(log n)"),
    ]
