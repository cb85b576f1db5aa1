"""Shapes of notes a third blind importer round found misread: a glossary of bold terms a
paragraph each, a two-column table of terms and their explanations, questions typed in
capitals, and cards parted by `---` lines in a plain-text file."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_a_glossary_of_bold_terms_a_paragraph_each_is_one_question_a_term():
    notes = (
        "# Distributed systems glossary\n\n"
        "**CAP theorem** — a store can guarantee at most two of consistency, availability "
        "and partition tolerance.\n\n"
        "**Quorum** — the minimum number of replicas that must acknowledge an operation.\n\n"
        "**Idempotency** — performing an operation twice has the same effect as once.\n"
    )
    assert pairs(notes) == [
        (
            "CAP theorem",
            "a store can guarantee at most two of consistency, availability and partition "
            "tolerance.",
        ),
        ("Quorum", "the minimum number of replicas that must acknowledge an operation."),
        ("Idempotency", "performing an operation twice has the same effect as once."),
    ]


def test_a_glossary_of_bold_terms_with_the_colon_inside_the_bold():
    notes = (
        "__Mutex:__ a lock only one thread holds at a time.\n"
        "__Semaphore:__ a counter of permits threads take and give back.\n"
        "__Deadlock:__ threads waiting on each other forever.\n"
        "__Livelock:__ threads busy reacting to each other, none progressing.\n"
    )
    assert pairs(notes, suffix=".md") == [
        ("Mutex", "a lock only one thread holds at a time."),
        ("Semaphore", "a counter of permits threads take and give back."),
        ("Deadlock", "threads waiting on each other forever."),
        ("Livelock", "threads busy reacting to each other, none progressing."),
    ]
