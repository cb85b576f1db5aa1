"""Numbered lines as a split of their own ("numbered lines", ``--split-at numbered``):
each line of a run numbered "1." "2)" "Q3 -" starts a question, whether it asks or
not, with the lines under it as its answer. The import preview offers it wherever a
run is found, so a reading that runs questions together has a way out; the engine
takes it by itself where the unit it found starts on some of the run's lines only."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs

DASHED = """\
Q1 - stack vs queue
stack is LIFO, queue is FIFO.
Q2 - Explain Big-O notation
An upper bound on growth.
Q3 - hash map lookup cost
constant on average, linear in the worst case.
"""


def test_q_numbered_lines_that_do_not_ask_are_questions_too():
    assert pairs(DASHED, suffix=".txt") == [
        ("stack vs queue", "stack is LIFO, queue is FIFO."),
        ("Explain Big-O notation", "An upper bound on growth."),
        ("hash map lookup cost", "constant on average, linear in the worst case."),
    ]


def test_hash_numbered_lines_with_a_title_above_are_questions():
    notes = (
        "Interview notes\n\n"
        "#1: CAP theorem in one line\n"
        "pick two of consistency, availability, partition tolerance.\n"
        "#2: What is a quorum?\n"
        "A majority of replicas that must agree.\n"
        "#3: vector clocks\n"
        "they order events across nodes.\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "CAP theorem in one line",
        "What is a quorum?",
        "vector clocks",
    ]


def test_the_numbered_split_is_offered_and_gives_every_numbered_line():
    notes = (
        "1. What is a hash map?\nA key-value store.\n"
        "2. Explain Big-O notation\nAn upper bound on growth.\n"
        "3. stack vs queue\nstack is LIFO, queue is FIFO.\n"
    )
    assert parse_text(notes, suffix=".txt").candidates["numbered"] == 3
    doc = parse_text(notes, suffix=".txt", split_at="numbered")
    assert doc.unit == "numbered"
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a hash map?", "A key-value store."),
        ("Explain Big-O notation", "An upper bound on growth."),
        ("stack vs queue", "stack is LIFO, queue is FIFO."),
    ]


def test_numbered_steps_in_answers_under_questions_are_offered_not_taken():
    notes = (
        "## How do you deploy a model?\n\n"
        "1. package it\ndocker image with the weights\n"
        "2. serve it\nbehind an HTTP endpoint\n\n"
        "## What is a feature store?\n\nA shared table of features.\n"
    )
    doc = parse_text(notes)
    assert [q.title for q in doc.questions] == [
        "How do you deploy a model?",
        "What is a feature store?",
    ]
    assert doc.candidates["numbered"] == 2


def test_q_dot_lines_keep_a_lower_case_answer_out_of_the_title():
    notes = (
        "My SQL notes\n\n"
        "Q1. Inner join vs left join\n"
        "inner keeps matching rows only; left keeps every row of the left table.\n"
        "Q2. What is an index?\n"
        "A sorted structure that finds rows without a full scan.\n"
        "Q3. normal forms\n"
        "1NF: atomic values. 2NF: no partial dependency.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "Inner join vs left join",
            "inner keeps matching rows only; left keeps every row of the left table.",
        ),
        ("What is an index?", "A sorted structure that finds rows without a full scan."),
        ("normal forms", "1NF: atomic values. 2NF: no partial dependency."),
    ]


def test_a_q_line_question_wrapped_over_two_lines_stays_whole():
    notes = (
        "Q1. What is the difference between a process\n"
        "and a thread on Linux?\n"
        "Memory: threads share it.\n"
        "Q2. What is a zombie process?\n"
        "One whose parent has not read its exit status.\n"
    )
    assert [title for title, _ in pairs(notes, suffix=".txt")] == [
        "What is the difference between a process and a thread on Linux?",
        "What is a zombie process?",
    ]
