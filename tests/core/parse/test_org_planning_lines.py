"""An Org task's planning line (``SCHEDULED: <…>``, ``DEADLINE: <…>``, ``CLOSED: […]``)
under its heading says when the task was due or done: no part of the answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text

ORG = """\
#+TITLE: Interview questions
* Python
** TODO What is the difference between a list and a tuple?
   SCHEDULED: <2024-02-14 Wed>
   :PROPERTIES:
   :ID:       5f1c2a9e-1
   :END:
   Lists are mutable; tuples are immutable and hashable when their items are.
** DONE How does the GIL affect threads?
   CLOSED: [2024-02-12 Mon 09:00] SCHEDULED: <2024-02-11 Sun>
   Only one thread runs Python bytecode at a time; CPU-bound work needs processes.
** TODO What is a covering index?
   DEADLINE: <2024-03-01 Fri>
   An index holding every column a query needs.
"""


def test_planning_lines_are_no_part_of_the_answers():
    doc = parse_text(ORG, suffix=".org")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        (
            "What is the difference between a list and a tuple?",
            "Lists are mutable; tuples are immutable and hashable when their items are.",
        ),
        (
            "How does the GIL affect threads?",
            "Only one thread runs Python bytecode at a time; CPU-bound work needs processes.",
        ),
        ("What is a covering index?", "An index holding every column a query needs."),
    ]


def test_a_line_that_only_mentions_a_deadline_stays():
    text = "* What is a deadline-aware scheduler?\n  DEADLINE: tasks carry one and EDF runs the earliest.\n"
    doc = parse_text(text, suffix=".org")
    assert (
        doc.questions[0].answer_markdown == "DEADLINE: tasks carry one and EDF runs the earliest."
    )
